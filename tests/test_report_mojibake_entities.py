"""Mojibake spelled partly or wholly with HTML entities (``Ã&nbsp;`` for ``à``,
``&Atilde;&copy;`` for ``é``, as a CMS writes a garbled byte it cannot show): the analysis
repairs it, the CC401 warning quotes it as the file spells it, and the report's page shows
the repaired character exactly where the analysis read it, in Markdown and HTML drafts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_report_reading import Rendered

from claimcheck.documents.reader import read_document
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.report import html

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


@pytest.fixture(scope="module")
def registry():
    return load_registry(CLAIMS)


def report_page(registry, name: str, draft: str):
    """The draft as read, and its page in the HTML report with the inline items' ids."""
    document = read_document(Path(name), draft.encode("utf-8"))
    result = lint([document], registry, today=date(2026, 1, 1))
    (doc,) = html.build_context(result, root=Path.cwd())["documents"]
    inline, _top = html.build_items(0, result.documents[0])
    return document, Rendered(doc["page"]), inline


def assert_marks_read_as_the_analysis(document, page, inline) -> None:
    for item in inline:
        read = document.as_read(item.start, item.end)
        if read and item.id in page.marked:
            assert " ".join("".join(page.marked[item.id]).split()) == read


@pytest.mark.parametrize(
    ("name", "draft", "garbled", "shown"),
    [
        ("a.md", "Lunch at the cafÃ&copy; cut sugar intake by 40%.", "Ã&copy;", "café"),
        ("b.md", "Lunch at the caf&Atilde;&copy; cut sugar by 40%.", "&Atilde;&copy;", "café"),
        ("c.md", "Home visits Ã&nbsp; domicile rose 8% last spring.", "Ã&nbsp;", "à domicile"),
        ("d.md", "\\*CafÃ&#169;\\* staff: 15\\% walked to work.", "Ã&#169;", "*Café* staff: 15%"),
        ("e.md", "Nearly *cafÃ&#xA9;* regulars, 3 in 10, cycled.", "Ã&#xA9;", "café regulars"),
        # pieces Python takes for whitespace (NEL 0x85, NBSP 0xA0) pad nothing apart
        ("m.md", "The Ã\x85Ã©n cohort: 12% relapsed.", "Ã\x85Ã©", "Åén cohort"),
        ("n.txt", "Voil\u00c3\u00a0 12% of them.", "\u00c3\u00a0", "Voilà 12%"),
        ("f.html", "<p>Lunch at the cafÃ&copy; cut sugar by 40%.</p>", "Ã&copy;", "café"),
        ("g.html", "<p>It eased pain in 20â€&#147;30% of them.</p>", "â€&#147;", "20–30%"),
        ("h.html", "<p>Clinic Ã&nbsp; domicile: 8% more visits.</p>", "Ã&nbsp;", "à domicile"),
        (
            "i.html",
            '<p><img alt="caf&Atilde;&copy; queue, 40%"> Wait.</p>',
            "&Atilde;&copy;",
            "café",
        ),
    ],
)
def test_entity_spelled_mojibake_is_shown_repaired_where_it_is_read(
    registry, name, draft, garbled, shown
):
    document, page, inline = report_page(registry, name, draft)
    (warning,) = [w for w in document.warnings if w.code == "CC401"]
    assert f"'{garbled}' looks like" in warning.message
    assert document.raw[warning.start : warning.end] == garbled
    text = " ".join(page.shown().split())
    assert shown in text
    assert "Ã" not in text and "â€" not in text
    assert shown in document.as_read(0, len(document.raw))
    assert_marks_read_as_the_analysis(document, page, inline)


def test_a_figure_with_an_entity_spelled_dash_is_marked_whole(registry):
    # `&#8220;` is `“`, the byte 0x93 in windows-1252: `â€“` spells the UTF-8 of `–`
    document, page, inline = report_page(
        registry, "dash.html", "<p>Relief came for 20â€&#8220;30% of patients.</p>"
    )
    (figure,) = [item for item in inline if document.as_read(item.start, item.end) == "20–30%"]
    assert page.marked[figure.id] == ["20–30%"]
    assert document.raw[figure.start : figure.end] == "20â€&#8220;30%"


@pytest.mark.parametrize(
    ("name", "draft", "shown"),
    [
        ("j.md", "Ã\\&nbsp; stays as written, 5% of it.", "Ã&nbsp; stays"),  # an escaped &
        ("k.md", "`cafÃ&copy;` is code; 5% is not.", "cafÃ&copy;"),  # code is not read
        ("l.html", "<p>Ã<b>&nbsp;</b>apart, 5% of it.</p>", "Ã\xa0apart"),  # markup parts them
    ],
)
def test_pieces_that_markup_or_escapes_part_are_not_mojibake(registry, name, draft, shown):
    document, page, inline = report_page(registry, name, draft)
    assert [w.code for w in document.warnings] == []
    assert shown in page.shown()
    assert_marks_read_as_the_analysis(document, page, inline)
