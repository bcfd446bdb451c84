"""The report's reading view (`claimcheck.report.reading`): a draft shown as a reader sees
it, with no Markdown or HTML markup left, every figure marked at its own offsets (a figure
that markup cuts in two is marked in pieces that together read as the figure), the source
view exactly the file, and a page that stays well formed and inert whatever the draft holds.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.cli import read_drafts
from claimcheck.documents.reader import read_document
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.report import html, reading

REPO = Path(__file__).resolve().parent.parent
CLAIMS = REPO / "claims"
VOID = {"br", "hr", "img", "input", "meta", "link"}
BLOCKS = {"div", "li", "td", "th", "tr", "h3", "h4", "h5", "h6", "blockquote", "pre", "table"}

MARKDOWN_DRAFT = """---
title: Flu shots in brief
audience: [parents, carers]
---

# Flu shots in brief

About **1 in 5** children catch flu each *winter*, says our [local survey](https://example.org/s).

## What the numbers say

| Group | Share vaccinated |
|:------|-----------------:|
| Under 5s | 38% |
| Over 65s | 72% |

> A dose takes about 14 days to work&nbsp;fully.

1. Book by October.
2. Bring the red book.

Severe reactions happen in fewer than 1 in 100,000 doses<sup>2</sup>.

```
code: 99% not a figure
```
"""

HTML_DRAFT = """<!DOCTYPE html><html><head><title>Clinic notes</title>
<style>p { color: red }</style><script>var x = "45%";</script></head>
<body><h1>Clinic notes</h1>
<p>Waiting times fell to <b>12</b>&nbsp;days, and 3 in 4 patients were seen on&nbsp;time.</p>
<ul><li>Screening found 27 cases.</li></ul>
</body></html>
"""


class Rendered(HTMLParser):
    """The text a screen shows (print notes left out), each mark's text by item id, and
    every tag's opening and closing, to check the page is well formed."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.marked: dict[str, list[str]] = {}
        self.stack: list[tuple[str, dict]] = []
        self.tags: list[tuple[str, dict]] = []
        self.balanced = True
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in BLOCKS:
            self.text.append("\n")  # as a browser lays blocks out
        if tag not in VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.balanced = False
            return
        self.stack.pop()

    def handle_data(self, data):
        if any("print-note" in (a.get("class") or "") for _, a in self.stack):
            return
        self.text.append(data)
        for tag, attrs in self.stack:
            if tag == "mark":
                self.marked.setdefault(attrs["data-id"], []).append(data)

    def shown(self) -> str:
        """The text with each run of ASCII whitespace one space (a no-break space stays)."""
        return re.sub(r"[ \t\n]+", " ", "".join(self.text)).strip()


def mark_for(document, words: str, ident: str) -> reading.Mark:
    """A mark over the first ``words`` in the draft's file, as the report makes one."""
    start = document.raw.index(words)
    return reading.Mark(start, start + len(words), ident, "cc-item v-supported s-none", ident)


def test_markdown_page_shows_the_text_and_none_of_the_markup(tmp_path):
    path = tmp_path / "flu.md"
    path.write_text(MARKDOWN_DRAFT, encoding="utf-8")
    document = read_document(str(path))
    page = Rendered(reading.render_page(document.raw, str(path), "markdown", reading.Marker([])))
    shown = page.shown()
    for markup in ("**", "##", "# ", "|", ":---", "---", "](", "&nbsp;", "<sup>", "> ", "```"):
        assert markup not in shown, markup
    assert "About 1 in 5 children catch flu each winter, says our local survey." in shown
    assert "Under 5s 38%" in shown
    assert "A dose takes about 14 days to work\xa0fully." in shown
    assert "title:" not in shown  # front matter goes to its own table
    tags = {tag for tag, _ in page.tags}
    assert {
        "h3",
        "h4",
        "strong",
        "em",
        "table",
        "th",
        "td",
        "blockquote",
        "ol",
        "li",
        "sup",
    } <= tags
    assert page.balanced and not page.stack
    assert reading.front_matter_rows(document.front_matter) == [
        ("title", "Flu shots in brief"),
        ("audience", "parents, carers"),
    ]


def test_html_page_shows_what_a_browser_shows(tmp_path):
    path = tmp_path / "clinic.html"
    path.write_text(HTML_DRAFT, encoding="utf-8")
    document = read_document(str(path))
    page = Rendered(reading.render_page(document.raw, str(path), "html", reading.Marker([])))
    shown = page.shown()
    assert "Waiting times fell to 12\xa0days, and 3 in 4 patients were seen on\xa0time." in shown
    assert "Screening found 27 cases." in shown
    for hidden in ("45%", "color: red", "<p", "&nbsp;", "DOCTYPE"):
        assert hidden not in shown, hidden
    assert page.balanced and not page.stack


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("split.md", MARKDOWN_DRAFT, "1 in 5** children"),
        ("cell.md", MARKDOWN_DRAFT, "72%"),
        ("entity.md", MARKDOWN_DRAFT, "14 days to work&nbsp;fully"),
        ("entity.html", HTML_DRAFT, "12</b>&nbsp;days"),
        ("wrapped.txt", "Rates rose to\n41% last year.\n\nThen 5 more.\n", "to\n41%"),
    ],
)
def test_a_mark_covers_exactly_its_span_whatever_markup_cuts_it(tmp_path, name, text, words):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = read_document(str(path))
    marker = reading.Marker([mark_for(document, words, "x")])
    page = Rendered(reading.render_page(document.raw, str(path), document.format, marker))
    start = document.raw.index(words)
    pieces = page.marked["x"]
    assert " ".join("".join(pieces).split()) == document.as_read(start, start + len(words))
    assert marker.placed == {"x"}
    primaries = [a for tag, a in page.tags if tag == "mark" and "id" in a]
    assert len(primaries) == 1 and primaries[0]["tabindex"] == "0"  # one tab stop per figure


def test_every_example_figure_is_on_its_page_or_listed_as_off_it(tmp_path):
    documents, _ = read_drafts([str(REPO / "examples")])
    result = lint(documents, load_registry(str(CLAIMS)))
    context = html.build_context(result)
    for doc, doc_result in zip(context["documents"], result.documents, strict=True):
        page = Rendered(doc["page"])
        inline, _top = html.build_items(doc["index"], doc_result)
        offpage = {item.id for item in doc["offpage"]}
        for item in inline:
            if item.id in offpage:
                continue
            shown = " ".join("".join(page.marked[item.id]).split())
            assert shown == doc_result.document.as_read(item.start, item.end), item.text
        source = Rendered(doc["source"])
        assert "".join(source.text) == doc_result.document.raw
        raw = doc_result.document.raw
        lines = raw.count("\n") + (not raw.endswith("\n"))
        assert sum(1 for tag, _ in source.tags if tag == "span") == doc["lines"] == lines


def test_broken_and_hostile_markup_stays_inert_and_well_formed():
    raw = (
        '<div><p onclick="x()"><b>1 in 5 <i>adults</div></p></b></table></ul>'
        '<a href="javascript:alert(1)">more</a><img src=x onerror=alert(1)>'
        "<iframe src=x></iframe><script>alert(1)</script><style>*{}</style>"
        '<table><tr><td colspan="2" style="x">9%</td></tr><td>2</td></table>'
    )
    page = Rendered(reading.render_html(raw, reading.Marker([])))
    assert page.balanced and not page.stack
    for tag, attrs in page.tags:
        assert tag not in ("script", "style", "iframe", "img", "a", "object"), tag
        assert not [n for n in attrs if n.startswith("on") or n in ("href", "src", "style")]
    assert ("td", {"colspan": "2"}) in page.tags  # structure kept, attributes re-written
    assert "alert" not in page.shown() and "1 in 5 adults" in page.shown()


def test_marks_carry_no_draft_text_into_attributes_unescaped():
    raw = 'Risk fell by 30% "quoted" <b>bold</b>'
    mark = reading.Mark(0, len(raw), 'a"><script>', "cc-item", 'label "><img src=x>')
    out = reading.render_text(raw, reading.Marker([mark]))
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;b&gt;bold&lt;/b&gt;" in out


def test_an_entity_or_a_garbled_character_does_not_cut_a_mark(tmp_path):
    html_path = tmp_path / "waits.html"
    html_path.write_text("<p>Most waits were 12&nbsp;days or less.</p>", encoding="utf-8")
    document = read_document(str(html_path))
    marker = reading.Marker([mark_for(document, "12&nbsp;days", "w")])
    page = Rendered(reading.render_page(document.raw, str(html_path), "html", marker))
    assert page.marked["w"] == ["12\xa0days"]  # one <mark>, the entity decoded inside it

    text_path = tmp_path / "garbled.txt"
    text_path.write_text("Relapse rates fell to 20โ€“30% within a year.\n", encoding="utf-8")
    document = read_document(str(text_path))
    assert [w.code for w in document.warnings] == ["CC401"]
    marker = reading.Marker([mark_for(document, "20โ€“30%", "g")])
    page = Rendered(
        reading.render_page(document.raw, str(text_path), "text", marker, document.repairs)
    )
    assert page.marked["g"] == ["20–30%"]  # as the analysis (and every message) reads it
    assert "Relapse rates fell to 20–30% within a year." in page.shown()
    source = Rendered(reading.render_source(document.raw, reading.Marker(marker.marks, "s")))
    assert "".join(source.text) == document.raw  # the source stays the file's bytes
