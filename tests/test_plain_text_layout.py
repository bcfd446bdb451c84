"""Plain-text layout: a row label across a column gap is no comparator (``Annual maximum``
then ten spaces then ``$1,000`` is $1,000, while ``maximum $1,000`` and an HTML entity's
padding before a sign still read as before), and a line wrapped between a number and its unit
(``no more than 63`` / ``days before``, ``within the first`` / ``10 days``) is one line of
prose, as a Markdown soft break is; a new line that starts with a capital or a list marker
(``1.``) stays a new block."""

from __future__ import annotations

from pathlib import Path

import pytest


def _figures(tmp_path: Path, extract_json, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    written = path.read_text(encoding="utf-8")
    claims = extract_json(path)["documents"][0]["claims"]
    quantities = [q for c in claims for q in c["quantities"]]
    for q in quantities:
        assert written[q["start"] : q["end"]] == q["text"]
    return [(q["text"], q["low"], q["high"], q["unit"]) for q in quantities]


COLUMNS = [
    (
        "  Annual maximum          $1,000            $1,500\n",
        [("$1,000", 1000, 1000, "USD"), ("$1,500", 1500, 1500, "USD")],
    ),
    ("  Maximum per visit        £120\n", [("£120", 120, 120, "GBP")]),
    (
        "Annual maximum: $1,000 per person.\n",
        [("maximum: $1,000 per person", None, 1000, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "figures"), COLUMNS, ids=["row", "label", "prose"])
def test_column_gap_breaks_a_comparator(tmp_path: Path, extract_json, text: str, figures) -> None:
    assert _figures(tmp_path, extract_json, "plan.txt", text) == figures


def test_entity_padding_before_a_sign_is_still_read(tmp_path: Path, extract_json) -> None:
    html = "<p>Fees are under &dollar;40 a visit.</p>\n"
    assert _figures(tmp_path, extract_json, "fees.html", html) == [
        ("under &dollar;40 a visit", None, 40, "USD")
    ]


WRAPS = [
    (
        "Cover ended no more than 63\ndays before you joined.\n",
        [("no more than 63\ndays", None, 63, "day")],
    ),
    ("Most people wait 12\nmonths for a crown.\n", [("12\nmonths", 12, 12, "month")]),
    ("About 40\n% of claims are dental.\n", [("About 40\n%", 40, 40, "percent")]),
    (
        "Refunds apply if you cancel within the first\n10 days.\n",
        [("within the first\n10 days", None, 10, "day")],
    ),
    ("What to do next\n1. Rest for 2 days\n", [("2 days", 2, 2, "day")]),
]


@pytest.mark.parametrize(
    ("text", "figures"), WRAPS, ids=["bound", "point", "percent", "comparator", "list item"]
)
def test_soft_wrap_inside_a_figure(tmp_path: Path, extract_json, text: str, figures) -> None:
    assert _figures(tmp_path, extract_json, "letter.txt", text) == figures


def test_new_line_with_a_capital_stays_a_block(tmp_path: Path, extract_json) -> None:
    text = "Plan B costs 40\nDays off are paid.\n"
    assert [f[3] for f in _figures(tmp_path, extract_json, "list.txt", text)] == [None]
