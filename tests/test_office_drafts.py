"""Word (.docx) and PDF drafts: read through the text claimcheck extracts from them, with each
finding at the paragraph (and page) a reader of the file finds it, an exact offset into the
extracted text, table cells judged by their headers as in Markdown, and unreadable files
(no text layer, encrypted, damaged) reported as CC400 with the reason. The drafts are written
by the tests: python-docx for Word, tests/pdf_helpers.py for PDF."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from office_helpers import write_docx
from pdf_helpers import write_pdf
from test_tables import IDS
from test_tables import REGISTRY as SCREENING_REGISTRY
from workflow_helpers import REPO

from claimcheck.documents import is_editable, read_document

REGISTRY = """\
- id: flu-vaccine-clinic-visits
  statement: Seasonal flu vaccination lowered the risk of a clinic visit for flu by 42%.
  subject: [flu vaccination, flu vaccine]
  context: [clinic visit]
  value: {value: 42, unit: percent}
  sources: [{citation: "Vaccine effectiveness network report 2024", quote: "42% lower risk"}]
  status: approved
  review_by: 2030-01-01
"""
DISCLAIMER = "This guide is for information only and is not medical advice."
WRONG = "The flu vaccine cut the risk of a clinic visit for flu by 60% last season."


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "flu.yaml").write_text(REGISTRY, encoding="utf-8")
    return folder


def lint_json(run_cli, registry: Path, *paths: Path, select: str = "CC1,CC4") -> list[dict]:
    result = run_cli(
        "lint", "--no-cache", "--registry", registry, "--select", select, "--format", "json",
        *paths,
    )  # fmt: skip
    return json.loads(result.stdout)["findings"]


def word_draft(path: Path) -> Path:
    return write_docx(
        path,
        [
            ("h1", "Flu season guide"),
            ("p", "Getting vaccinated protects you and the people around you."),
            ("p", WRONG),
            ("p", DISCLAIMER),
        ],
    )


def pdf_draft(path: Path) -> Path:
    return write_pdf(
        path,
        [
            [
                (16, "Flu season guide"),
                "",
                "Getting vaccinated protects you and the",
                "people around you.",
                "",
                "1",
            ],  # fmt: skip
            [
                "Vaccination is free at every clinic this",
                "winter.",
                "",
                "The flu vaccine cut the risk of a clinic",
                "visit for flu by 60% last season.",
                "",
                DISCLAIMER,
                "2",
            ],  # fmt: skip
        ],
    )


# ------------------------------------------------------------------ Word: where findings are


def test_a_word_finding_names_its_paragraph_in_the_text_output(tmp_path, run_cli, registry):
    draft = word_draft(tmp_path / "guide.docx")
    result = run_cli("lint", "--no-cache", "--registry", registry, draft)
    assert result.exit_code == 1
    [line] = [line for line in result.stdout.splitlines() if "CC101" in line]
    assert line.startswith(f'{draft}:¶3:{WRONG.index("60%") + 1}: CC101 error: "60%" conflicts')


def test_a_word_finding_carries_its_paragraph_and_an_exact_offset(tmp_path, run_cli, registry):
    draft = word_draft(tmp_path / "guide.docx")
    [finding] = lint_json(run_cli, registry, draft)
    assert (finding["code"], finding["paragraph"], finding["page"]) == ("CC101", 3, None)
    assert finding["line"] == 3  # a Word paragraph is a line of the extracted text
    extracted = read_document(draft).raw
    assert extracted[finding["start"] : finding["end"]] == "60%"
    assert extracted.splitlines()[2] == WRONG


def test_a_word_draft_is_read_as_a_reader_sees_it(tmp_path, extract_json):
    """A tracked deletion and hidden text are not read; a superscript footnote number is no
    figure; a list item and a heading are paragraphs of their own."""
    draft = write_docx(
        tmp_path / "notes.docx",
        [
            ("h2", "Screening"),
            (
                "p+",
                [
                    ("About 3 in 10 adults were screened", ""),
                    (" (was 5 in 10)", "deleted"),
                    (" this year", ""),
                    ("2", "superscript"),
                    (".", ""),
                    (" Internal note: 99% done.", "hidden"),
                ],
            ),  # fmt: skip
            ("bullet", "Results arrive within 14 days."),
        ],
    )
    document = read_document(draft)
    assert document.raw.splitlines() == [
        "Screening",
        "About 3 in 10 adults were screened this year².",
        "Results arrive within 14 days.",
    ]
    assert [b.kind for b in document.blocks] == ["heading", "paragraph", "item"]
    figures = [
        q["text"] for c in extract_json(draft)["documents"][0]["claims"] for q in c["quantities"]
    ]
    assert figures == ["About 3 in 10", "within 14 days"]


# ------------------------------------------------------------------ Word: tables


def screening_registry(tmp_path: Path) -> Path:
    folder = tmp_path / "screening-claims"
    folder.mkdir()
    (folder / "screening.yaml").write_text(SCREENING_REGISTRY, encoding="utf-8")
    return folder


def age_table(path: Path, figures: tuple[str, str, str]) -> Path:
    rows = [["Age group", "Uptake"], ["Under 50", figures[0]], ["50–59", figures[1]]]
    rows.append(["60+", figures[2]])
    return write_docx(path, [("h2", "Bowel screening uptake by age, 2023"), ("table", rows)])


def test_each_word_table_cell_is_judged_against_its_own_rows_claim(tmp_path, run_cli):
    registry = screening_registry(tmp_path)
    right = age_table(tmp_path / "right.docx", ("58%", "64%", "71%"))
    assert lint_json(run_cli, registry, right) == []
    swapped = age_table(tmp_path / "swapped.docx", ("71%", "64%", "58%"))
    found = {
        f["message"].split('"')[1]: (f["code"], f["registry_id"], f["paragraph"])
        for f in lint_json(run_cli, registry, swapped)
    }
    # heading ¶1, header row ¶2: the under-50 row is ¶3, the 60+ row ¶5
    assert found == {"71%": ("CC101", IDS[0], 3), "58%": ("CC101", IDS[2], 5)}


def test_a_word_table_reads_as_rows_of_cells(tmp_path):
    document = read_document(age_table(tmp_path / "t.docx", ("58%", "64%", "71%")))
    assert document.raw.splitlines()[1:3] == ["| Age group | Uptake |", "| Under 50 | 58% |"]
    rows = [b for b in document.blocks if b.kind == "row"]
    assert [document.raw[s:e] for s, e in rows[1].cells] == ["Under 50", "58%"]
    assert rows[0].header and not rows[1].header


# ------------------------------------------------------------------ PDF


def test_a_pdf_finding_names_its_page_and_paragraph(tmp_path, run_cli, registry):
    draft = pdf_draft(tmp_path / "guide.pdf")
    result = run_cli("lint", "--no-cache", "--registry", registry, draft)
    [line] = [line for line in result.stdout.splitlines() if "CC101" in line]
    assert line.startswith(f"{draft}:p2:¶2:")
    [finding] = lint_json(run_cli, registry, draft)
    assert (finding["page"], finding["paragraph"]) == (2, 2)
    extracted = read_document(draft).raw
    assert extracted[finding["start"] : finding["end"]] == "60%"
    # the paragraph is rejoined from its two lines, the page numbers left out
    assert WRONG in extracted.splitlines()
    assert not re.search(r"^\d+$", extracted, re.MULTILINE)


def test_pdf_hyphenation_ligatures_and_a_paragraph_over_a_page_break(tmp_path):
    draft = write_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Most infections oc-",
                "curred in children, and \x80ve in ten were self-",
                "reported. Age-",
                "adjusted rates fell while",
            ],  # fmt: skip
            [
                "COVID-",
                "19 admissions rose by 12% over",
                "the winter.",
                "",
                "A new paragraph with 30% here.",
            ],  # fmt: skip
        ],
    )
    document = read_document(draft)
    assert document.raw.splitlines() == [
        "Most infections occurred in children, and five in ten were self-reported. "
        "Age-adjusted rates fell while COVID-19 admissions rose by 12% over the winter.",
        "A new paragraph with 30% here.",
    ]
    assert document.place(document.raw.index("rates")) == (1, 1)
    assert document.place(document.raw.index("12%")) == (1, 2)  # page 2 starts mid-paragraph
    assert document.place(document.raw.index("30%")) == (2, 2)


def test_a_pdf_heading_and_list_items_are_blocks(tmp_path):
    draft = write_pdf(
        tmp_path / "list.pdf",
        [[(18, "What to expect"), "", "\x95 A sore arm for 1 to 2 days.", "\x95 A mild fever."]],
    )
    document = read_document(draft)
    assert [(b.kind, document.raw[b.start : b.end]) for b in document.blocks] == [
        ("heading", "What to expect"),
        ("item", "A sore arm for 1 to 2 days."),
        ("item", "A mild fever."),
    ]


def test_a_scanned_pdf_is_cc400_with_the_reason(tmp_path, run_cli, registry):
    scan = write_pdf(tmp_path / "scan.pdf", [None, None])
    result = run_cli("lint", "--no-cache", "--registry", registry, "--format", "json", scan)
    assert result.exit_code == 2  # no draft could be read
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["code"] == "CC400"
    assert finding["message"].startswith("no text layer (a scanned or image-only PDF?)")


def test_a_scanned_page_among_text_pages_is_a_warning_naming_it(tmp_path, run_cli, registry):
    draft = write_pdf(tmp_path / "mixed.pdf", [["Flu vaccines are free this winter."], None])
    found = lint_json(run_cli, registry, draft, select="CC405")
    assert [(f["code"], f["page"]) for f in found] == [("CC405", 2)]
    assert found[0]["message"].startswith("page 2 has no text layer")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "cannot be read as PDF"),
        ("not.pdf", b"Just some words, no PDF at all.", "not a PDF file"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a Word document"),
        ("text.docx", b"Plain words saved with the wrong name.", "not a Word document"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Word 97-2003"),
    ],
)
def test_a_damaged_file_is_cc400_with_the_reason(tmp_path, run_cli, registry, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli("lint", "--no-cache", "--registry", registry, "--format", "json", path)
    assert "Traceback" not in result.stdout + result.stderr
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["code"] == "CC400" and reason in finding["message"], finding


def test_an_encrypted_pdf_is_cc400_saying_so(tmp_path, run_cli, registry):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(pdf_draft(tmp_path / "plain.pdf")))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as out:
        writer.write(out)
    [finding] = lint_json(run_cli, registry, locked)
    assert finding["code"] == "CC400" and "encrypted" in finding["message"]


# ------------------------------------------------------------------ outputs and workflow


@pytest.fixture(scope="module")
def sarif_schema():
    return json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())


def test_sarif_names_the_paragraph_and_page_and_stays_valid(
    tmp_path, run_cli, registry, sarif_schema
):
    drafts = [word_draft(tmp_path / "guide.docx"), pdf_draft(tmp_path / "guide.pdf")]
    result = run_cli(
        "lint", "--no-cache", "--registry", registry, "--select", "CC1", "--format", "sarif",
        *drafts,
    )  # fmt: skip
    document = json.loads(result.stdout)
    jsonschema.validate(document, sarif_schema)
    places = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1]: (
            r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in document["runs"][0]["results"]
    }
    # the region counts lines of the extracted text: the PDF's page 1 holds a heading and
    # one paragraph, and page 2's first paragraph is its line 3
    assert places == {"guide.docx": ("¶3", 3), "guide.pdf": ("p2:¶2", 4)}


def test_the_report_shows_a_word_draft_as_a_page(tmp_path, run_cli, registry):
    draft = write_docx(
        tmp_path / "guide.docx",
        [
            ("h1", "Flu season guide"),
            ("bullet", "Vaccines are free."),
            ("p", WRONG),
            ("table", [["Season", "Visits avoided"], ["2023", "1,200"]]),
        ],  # fmt: skip
    )
    out = tmp_path / "report.html"
    result = run_cli("report", "--registry", registry, "--output", out, draft)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    reading = page[page.index('class="reading"') :]
    assert re.search(r'<h3 class="r-h1">Flu season guide</h3>', reading)
    assert "<ul><li>Vaccines are free.</li></ul>" in reading
    assert re.search(r"<table><tr><th>Season</th><th>Visits avoided</th></tr><tr><td>2023", reading)
    assert re.search(r'<mark class="cc-item v-conflict[^>]*>60%</mark>', reading)
    assert '"where": "guide.docx:¶3' not in page  # the path is added by the page's script
    assert '"where": "¶3"' in page or '"where":"¶3"' in page


def test_show_source_shows_the_extracted_paragraph(tmp_path, run_cli, registry):
    draft = word_draft(tmp_path / "guide.docx")
    result = run_cli("lint", "--no-cache", "--registry", registry, "--show-source", draft)
    [shown] = [line for line in result.stdout.splitlines() if line.startswith("    3 | ")]
    assert "clinic visit for flu by 60% last season." in shown


def test_word_and_pdf_drafts_are_never_written(tmp_path, run_cli, registry):
    drafts = [word_draft(tmp_path / "guide.docx"), pdf_draft(tmp_path / "guide.pdf")]
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in drafts]
    run_cli("lint", "--registry", registry, *drafts)
    run_cli("report", "--registry", registry, "--output", tmp_path / "r.html", *drafts)
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in drafts] == before
    assert not is_editable(drafts[0]) and not is_editable(drafts[1])
    assert is_editable(tmp_path / "page.md") and not read_document(drafts[0]).editable


def test_folders_and_the_hook_pick_up_word_and_pdf_drafts(tmp_path, run_cli, registry):
    folder = tmp_path / "content"
    word_draft(folder / "guide.docx")
    pdf_draft(folder / "sub" / "Guide.PDF")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    paths = {f["path"] for f in lint_json(run_cli, registry, folder)}
    assert paths == {str(folder / "guide.docx"), str(folder / "sub" / "Guide.PDF")}
    hook = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())[0]
    files = re.compile(hook["files"])
    assert [n for n in ("a.docx", "b/C.PDF", "c.md", "d.png", "e.txt") if files.search(n)] == [
        "a.docx", "b/C.PDF", "c.md", "e.txt",
    ]  # fmt: skip


def test_a_word_draft_from_standard_input(tmp_path, run_cli, registry):
    from click.testing import CliRunner

    from claimcheck.cli import main

    data = word_draft(tmp_path / "guide.docx").read_bytes()
    result = CliRunner().invoke(
        main,
        ["lint", "--no-cache", "--registry", str(registry), "--stdin-filename", "in.docx", "-"],
        input=data,
    )
    assert "in.docx:¶3:" in result.stdout


def test_an_inline_control_paragraph_in_a_word_draft_applies(tmp_path, run_cli, registry):
    draft = write_docx(
        tmp_path / "guide.docx",
        [("p", "claimcheck-disable-next-line CC101"), ("p", WRONG), ("p", DISCLAIMER)],
    )
    assert lint_json(run_cli, registry, draft) == []


def test_github_annotations_and_the_markdown_summary_name_the_place(tmp_path, run_cli, registry):
    draft = pdf_draft(tmp_path / "guide.pdf")
    common = ("lint", "--no-cache", "--registry", registry, "--select", "CC101")
    github = run_cli(*common, "--format", "github", draft).stdout
    assert "title=CC101 conflict at p2%3A¶2::" in github
    summary = run_cli(*common, "--format", "markdown", draft).stdout
    assert f"{draft}:p2:¶2:" in summary.replace("\\", "")


def test_pdf_short_paragraphs_and_running_heads(tmp_path):
    """A page of two-line paragraphs has as many gaps between paragraphs as within them;
    a title repeated at the top of every page and the page numbers are not the draft's."""
    pages = []
    for number in range(1, 5):
        body = []
        for item in range(3):
            body += [f"The clinic in district {number}.{item} saw about {10 * item + number}%",
                     "more visits than last winter.", ""]  # fmt: skip
        pages.append(["Winter report 2024", "", *body, f"Page {number} of 4"])
    document = read_document(write_pdf(tmp_path / "short.pdf", pages))
    lines = document.raw.splitlines()
    assert len(lines) == 12
    assert lines[0] == "The clinic in district 1.0 saw about 1% more visits than last winter."
    assert "Winter report" not in document.raw and "Page" not in document.raw


def test_the_runner_reads_word_and_pdf_drafts_up_to_the_readers_limit():
    from claimcheck import runner
    from claimcheck.documents import reader

    assert runner.MAX_PACKAGE_BYTES == reader.MAX_PACKAGE_BYTES
    assert {s for s in runner.DRAFT_SUFFIXES} == set(reader.SUPPORTED_SUFFIXES)
