"""Reading drafts: what a user gets from read_document for Markdown, HTML and plain text.

The contract every later stage relies on: `doc.analysis` has the length of `doc.raw`, so an
offset found in the analysis text is an offset in the file, and a figure planted in the
prose reads the same in both; markup, code, comments and hidden HTML are blank.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.documents import (
    BLOCK_BREAK,
    ROW_BREAK,
    SUPPORTED_SUFFIXES,
    Document,
    DocumentError,
    inline_comments,
    iter_draft_paths,
    read_document,
)

FIXTURES = Path(__file__).parent / "fixtures" / "documents"


def read_fixture(name: str) -> Document:
    return read_document(FIXTURES / name)


def write_draft(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read_text(folder: Path, name: str, text: str) -> Document:
    return read_document(write_draft(folder, name, text))


def words(analysis: str) -> list[str]:
    # markup that opens or splits a figure is written as zero-width spaces (shown as nothing)
    return analysis.replace(BLOCK_BREAK, " ").replace("\u200b", "").split()


def squeezed(text: str) -> str:
    """Text without the padding that in-place decoding leaves."""
    return "".join(text.split())


# ---------------------------------------------------------------- the offset contract


@pytest.mark.parametrize(
    ("fixture", "figure"),
    [
        ("page.md", "12.5%"),
        ("page.md", "13 weeks"),
        ("page.md", "41.7%"),
        ("page.md", "68 weeks"),
        ("page.md", "2.3 months"),
        ("page.md", "55% uptake"),
        ("page.md", "18%"),
        ("page.md", "26%"),
        ("page.md", "0800 555 0188"),
        ("page.html", "33%"),
        ("page.html", "12.5%"),
        ("page.html", "18%"),
        ("page.html", "26%"),
        ("notes.txt", "41.7%"),
        ("notes.txt", "24-31%"),
    ],
)
def test_a_planted_figure_reads_the_same_at_the_same_offsets(fixture: str, figure: str) -> None:
    doc = read_fixture(fixture)
    start = doc.raw.index(figure)
    end = start + len(figure)
    assert doc.raw[start:end] == figure
    assert doc.analysis[start:end] == figure


@pytest.mark.parametrize("fixture", ["page.md", "page.html", "notes.txt"])
def test_analysis_keeps_the_length_and_newlines_only_where_the_file_has_them(fixture: str) -> None:
    doc = read_fixture(fixture)
    assert len(doc.analysis) == len(doc.raw)
    newlines = {i for i, ch in enumerate(doc.raw) if ch == "\n"}
    assert {i for i, ch in enumerate(doc.analysis) if ch == "\n"} <= newlines


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("wrapped.md", "# Results\n\nMedian survival was 14.1 months against\n9.2 months.\n"),
        ("wrapped.html", "<p>Median survival was 14.1 months against\n9.2 months.</p>\n"),
    ],
)
def test_a_soft_line_break_does_not_end_the_sentence(
    tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    doc = read_document(path)
    at = content.index("against")
    assert doc.analysis[at : at + len("against 9.2")] == "against 9.2"


@pytest.mark.parametrize(
    ("fixture", "fmt"), [("page.md", "markdown"), ("page.html", "html"), ("notes.txt", "text")]
)
def test_the_format_follows_the_suffix(fixture: str, fmt: str) -> None:
    assert read_fixture(fixture).format == fmt


@pytest.mark.parametrize("fixture", ["page.md", "page.html"])
def test_an_entity_is_decoded_in_place(fixture: str) -> None:
    doc = read_fixture(fixture)
    start = doc.raw.index("24&ndash;31%")
    decoded = doc.analysis[start : start + len("24&ndash;31%")]
    assert squeezed(decoded) == "24–31%"
    assert decoded.startswith("24–")


@pytest.mark.parametrize(
    ("html", "shown"),
    [
        ("<p>&lt;5% of adults</p>", "<5%"),
        ("<p>costs &#36;40 a month</p>", "$40"),
        ("<p>in &ge;50% of cases</p>", "≥50%"),
        ("<p>AT&amp;T</p>", "AT&"),
    ],
)
def test_a_decoded_entity_stays_on_its_word(tmp_path: Path, html: str, shown: str) -> None:
    assert shown in read_text(tmp_path, "page.html", html).analysis


# ---------------------------------------------------------------- what vanishes


@pytest.mark.parametrize(
    ("fixture", "hidden"),
    [
        ("page.md", "Liver cancer treatment"),  # front matter
        ("page.md", "#"),  # heading markers
        ("page.md", "**"),  # emphasis
        ("page.md", "_41"),
        ("page.md", "=="),  # setext underline
        ("page.md", "example.org"),  # link, image and autolink URLs
        ("page.md", "Trial 97"),  # link title
        ("page.md", "fig-96"),
        ("page.md", "94"),  # inline code
        ("page.md", "93"),  # fenced code
        ("page.md", "claimcheck"),  # HTML comment
        ("page.md", "<span>"),
        ("page.md", "---"),  # table delimiter row
        ("page.md", "7."),  # ordered list number
        ("page.md", ">"),
        ("page.html", "<"),
        ("page.html", "charset"),
        ("page.html", "91%"),  # style
        ("page.html", "90"),  # script
        ("page.html", "89"),  # attribute
        ("page.html", "88"),  # noscript
        ("page.html", "87"),  # template
        ("page.html", "claimcheck"),  # comment
        ("page.html", "&"),  # every entity here is known
    ],
)
def test_markup_code_and_comments_vanish(fixture: str, hidden: str) -> None:
    doc = read_fixture(fixture)
    assert hidden in doc.raw
    assert hidden not in doc.analysis.replace("AT&", "")


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("***nested _emph_ 4***", ["nested", "emph", "4"]),
        ('[a link](https://x.org/9 "title 8") here', ["a", "link", "here"]),
        ("[ref 5][r] and [r]\n\n[r]: https://x.org/7 'title 6'", ["ref", "5", "and", "r"]),
        ("![alt with 3%](img/2.png)", ["alt", "with", "3%"]),
        ("7. seven\n8. eight", ["seven", "eight"]),
        ("- item 1\n  - nested 2", ["item", "1", "nested", "2"]),
        ("Setext 3\n---", ["Setext", "3"]),
        ("## Closed 4 ##", ["Closed", "4"]),
        ("> quoted 5\n> > nested 6", ["quoted", "5", "nested", "6"]),
        ("`code 5` and ``co`de 6``", ["and"]),
        ("    indented 7\n\ntext", ["text"]),
        ("~~~\n8\n~~~\nafter", ["after"]),
        ("escaped \\*9\\* and line\\\nbreak", ["escaped", "*9*", "and", "line", "break"]),
        ("a <b>bold 3</b> word", ["a", "bold", "3", "word"]),
        ("<div>\nblock 4 &amp; more\n</div>", ["block", "4", "&", "more"]),
        ("text <!-- note 5 --> end", ["text", "end"]),
        ("<https://auto.link/6> done", ["done"]),
        ("| a | b |\n|---|---|\n| `1` | **2** |", ["a", "b", "2"]),
        ("***\n\nafter rule", ["after", "rule"]),
    ],
)
def test_markdown_keeps_only_the_prose(tmp_path: Path, markdown: str, expected: list) -> None:
    doc = read_text(tmp_path, "draft.md", markdown)
    assert words(doc.analysis) == expected
    assert len(doc.analysis) == len(doc.raw)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>one <em>2</em> three</p>", ["one", "2", "three"]),
        ("<head><title>T 1</title><meta name='x'></head><body>b 2</body>", ["T", "1", "b", "2"]),
        ("<p>a</p><script>if (a < 3) {}</script><p>b</p>", ["a", "b"]),
        ("<p>x <code>y = 4</code> z</p>", ["x", "z"]),
        ("<p>5 < 6 & 7</p>", ["5", "<", "6", "&", "7"]),
        ("<p>cdata<![CDATA[ 8 ]]> doctype</p>", ["cdata", "doctype"]),
        ("<p>unclosed <b>bold", ["unclosed", "bold"]),
        ("<p>broken <![(<b>5%</b> declaration</p>", ["broken", "<![(", "5%", "declaration"]),
    ],
)
def test_html_keeps_only_what_a_reader_sees(tmp_path: Path, html: str, expected: list) -> None:
    assert words(read_text(tmp_path, "page.html", html).analysis) == expected


@pytest.mark.parametrize("fixture", ["page.md", "page.html"])
def test_revealed_characters_are_the_files_own(fixture: str) -> None:
    """Outside decoded entities and escapes, the analysis text holds no character of its own
    but the block and row breaks."""
    doc = read_fixture(fixture)
    decoded = {"–", "\xa0", "&", "$", "*"}  # spelled &ndash; &nbsp; &amp; &#36; \*
    # markup that opens or splits a figure shows as nothing: a zero-width space
    shown_as_nothing = "\u200b"
    for raw_char, shown in zip(doc.raw, doc.analysis, strict=True):
        assert (
            shown in (raw_char, " ", BLOCK_BREAK, ROW_BREAK, shown_as_nothing) or shown in decoded
        )


# ---------------------------------------------------------------- block boundaries


@pytest.mark.parametrize(
    ("fixture", "left", "right"),
    [
        ("page.md", "Cohort A", "18%"),
        ("page.md", "Group", "Response"),
        ("page.html", "Cohort A", "18%"),
        ("page.html", "12.5% of patients", "Grade 3"),
    ],
)
def test_cells_and_blocks_on_one_line_are_separated(fixture: str, left: str, right: str) -> None:
    doc = read_fixture(fixture)
    start = doc.analysis.index(left) + len(left)
    assert BLOCK_BREAK in doc.analysis[start : doc.analysis.index(right, start)]


@pytest.mark.parametrize("item", ["# About", "7. Grade 3", "8. Median", "> - 7. In the trial"])
def test_a_markdown_block_start_is_marked(item: str) -> None:
    doc = read_fixture("page.md")
    assert doc.analysis[doc.raw.index(item)] == BLOCK_BREAK


# ---------------------------------------------------------------- newlines, BOM, line/col


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("draft.md", "# Title\r\n\r\nSecond para has 45% here.\r\n"),
        ("draft.txt", "Title\r\n\r\nSecond para has 45% here.\r\n"),
        ("draft.html", "<h1>Title</h1>\r\n\r\n<p>Second para has 45% here.</p>\r\n"),
    ],
)
def test_crlf_files_keep_exact_offsets_and_line_col(tmp_path: Path, name: str, text: str) -> None:
    doc = read_text(tmp_path, name, text)
    assert doc.raw == text
    start = doc.raw.index("45%")
    assert doc.analysis[start : start + 3] == "45%"
    line, col = doc.line_col(start)
    assert line == 3
    assert col == text.split("\r\n")[2].index("45%") + 1
    assert "\r" not in doc.analysis


@pytest.mark.parametrize("name", ["draft.md", "draft.txt", "draft.html"])
def test_a_utf8_bom_is_a_blank_character(tmp_path: Path, name: str) -> None:
    doc = read_text(tmp_path, name, "\ufeffOnly 45% of adults.")
    assert doc.raw.startswith("\ufeff")
    assert doc.analysis[0] == " "
    assert doc.analysis[doc.raw.index("45%") :].startswith("45%")


def test_front_matter_after_a_bom_is_still_front_matter(tmp_path: Path) -> None:
    doc = read_text(tmp_path, "draft.md", "\ufeff---\ntopic: hcc\n---\nText 12%.\n")
    assert doc.front_matter == {"topic": "hcc"}
    assert words(doc.analysis) == ["Text", "12%."]


# ---------------------------------------------------------------- front matter, comments


def test_front_matter_is_parsed_and_blanked() -> None:
    doc = read_fixture("page.md")
    assert doc.front_matter["title"] == "Liver cancer treatment options"
    assert doc.front_matter["audience"] == "patients"
    assert "patients" not in doc.analysis[: doc.raw.index("# About")]


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("title: ok\naudience: [patients\n", "front matter is not valid YAML at line 3"),
        ("- a list\n- not a mapping\n", "front matter must be a YAML mapping of keys, not a list"),
    ],
)
def test_broken_front_matter_names_file_and_line(
    tmp_path: Path, front_matter: str, reason: str
) -> None:
    path = write_draft(tmp_path, "draft.md", f"---\n{front_matter}---\nText.\n")
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: {reason}")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("fixture", ["page.md", "page.html"])
def test_html_comments_stay_findable_with_offsets(fixture: str) -> None:
    doc = read_fixture(fixture)
    (comment,) = inline_comments(doc)
    assert comment.text.startswith("claimcheck-disable")
    assert doc.raw[comment.start : comment.end].startswith("<!--")
    assert doc.raw[comment.start : comment.end].endswith("-->")


def test_a_comment_inside_code_is_not_an_inline_control(tmp_path: Path) -> None:
    doc = read_text(tmp_path, "draft.md", "```\n<!-- claimcheck-disable -->\n```\n")
    assert inline_comments(doc) == []


# ---------------------------------------------------------------- mojibake


GARBLED = "Response was 45โ€“50% in adults โ‰ฅ65 years; median 6.1 months โ€”"


@pytest.mark.parametrize(
    ("name", "template"),
    [("draft.txt", "{}"), ("draft.md", "# Results\n\n{}"), ("draft.html", "<p>{}</p>")],
)
def test_mojibake_is_repaired_for_analysis_with_one_warning(
    tmp_path: Path, name: str, template: str
) -> None:
    doc = read_text(tmp_path, name, template.format(GARBLED))
    assert "โ€“" in doc.raw
    start = doc.raw.index("45โ€“50%")
    assert squeezed(doc.analysis[start : start + len("45โ€“50%")]) == "45–50%"
    assert "≥65" in doc.analysis
    assert "โ" not in doc.analysis
    (warning,) = doc.warnings
    assert warning.code == "CC401"
    assert (warning.start, warning.end) == (start + 2, start + 5)
    assert "'โ€“' looks like '–'" in warning.message
    assert "3 places" in warning.message


def test_latin1_mojibake_is_repaired_too(tmp_path: Path) -> None:
    doc = read_text(tmp_path, "draft.txt", "The cafÃ© study found 12â€“15% gains.")
    assert "café" in doc.analysis
    assert squeezed(doc.analysis).endswith("12–15%gains.")
    assert len(doc.warnings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "การรักษามะเร็งตับ ยกเว้นผู้ป่วยบางราย โกง เกก",  # Thai
        "Café, naïve, Straße, São Paulo, Ærøskøbing, Łódź, ÄÖÜ–test",  # accented European
        "“Quoted” ‘text’ — with dashes – and … ellipsis • bullets € 5 ™ ±2 ≥3 ½",
        "Greek μ and β, Cyrillic при, arrows →",
    ],
)
def test_ordinary_text_is_never_taken_for_mojibake(tmp_path: Path, text: str) -> None:
    doc = read_text(tmp_path, "draft.txt", text)
    assert doc.warnings == ()
    assert doc.analysis == doc.raw


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at byte 8), not a text"),
        (b"line one\ncaf\xe9 au lait\n", "invalid UTF-8 at byte 12 (line 2, byte 0xE9)"),
        ("Only 45%".encode("utf-16"), "UTF-16 encoded; save it as UTF-8"),
        (b"", "empty file, nothing to check"),
        (b"  \r\n\t\n", "empty file, nothing to check"),
        (b"\xef\xbb\xbf\n", "empty file, nothing to check"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = tmp_path / "draft.md"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: {reason}")
    assert "\n" not in str(caught.value)


def test_a_directory_is_not_a_draft(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is a directory, expected a file"):
        read_document(tmp_path)


# ---------------------------------------------------------------- finding drafts


def test_folders_expand_to_supported_drafts_sorted_and_missing_paths_are_errors(
    tmp_path: Path,
) -> None:
    names = ["b/two.md", "b/one.TXT", "a.html", "b/.hidden/skip.md", ".git/x.md", "c.png"]
    for name in [*names, "c.pdf", "d.DOCX"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text 1%.")
    explicit = write_draft(tmp_path, "NOTES", "Text 2%.")
    found = list(iter_draft_paths([tmp_path, explicit, tmp_path / "missing.md"]))
    paths, errors = found[:-1], found[-1]
    drafts = ["a.html", "b/one.TXT", "b/two.md", "c.pdf", "d.DOCX"]
    assert paths == [*(tmp_path / name for name in drafts), explicit]
    assert isinstance(errors, DocumentError)
    assert str(errors) == f"{tmp_path / 'missing.md'}: no such file or directory"
    assert read_document(explicit).format == "text"


def test_supported_suffixes() -> None:
    assert {".md", ".markdown", ".html", ".htm", ".txt", ".docx", ".pdf"} == SUPPORTED_SUFFIXES
