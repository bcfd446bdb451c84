"""Issue 11, round ext26: two layout kinds found on text the extractor was not tuned on.

1. A line or list item that opens with a decimal and a lower-case word is a figure
   (``- 6.2 strokes recorded per 1,000 patients``), never a section number; a capitalised
   title after it (``3.1 Dosage``) and a number with two or more points (``2.4.1 routine
   care``) stay section numbers.
2. A bare table cell under a column header that names no unit takes the rate or unit said
   in the heading or caption above the table, even when a year or a source ends that
   heading (``Falls per 1,000 residents, 2021-22``; ``Fees (EUR), 2023``); the year or the
   source is never read as the unit.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import fig

from claimcheck.cli import main


def _figures(folder, name: str, draft: str) -> list[dict]:
    """Every quantity ``extract --format json`` reads in ``draft``, with the offset contract
    (``text == file[start:end]``) checked for each."""
    path = folder / name
    path.write_text(draft, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    found = []
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
            found.append(quantity)
    return found


def _check(found: list[dict], expected: list[dict]) -> None:
    assert [q["text"] for q in found] == [e["text"] for e in expected]
    for quantity, want in zip(found, expected, strict=True):
        for key, value in want.items():
            wanted = pytest.approx(value) if isinstance(value, float) else value
            assert quantity[key] == wanted, key


LINE_STARTS = [
    (
        "Audit summary\n\n- 6.2 strokes recorded per 1,000 patients\n- 40 wards took part\n",
        [
            fig(
                "6.2 strokes recorded per 1,000 patients",
                6.2,
                unit="strokes/1,000 patients",
                per="1,000 patients",
                kind="rate",
                comparator=None,
            ),
            fig("40 wards", 40.0, unit="wards", kind="count"),
        ],
    ),
    (
        "3.7 infections were diagnosed per 10,000 bed-days.\n",
        [
            fig(
                "3.7 infections were diagnosed per 10,000 bed-days",
                3.7,
                unit="infections/10,000 bed-days",
                per="10,000 bed-days",
                kind="rate",
            ),
        ],
    ),
    (
        "Why it matters\n\n1.8 times more likely to be readmitted if discharged early.\n",
        [fig("1.8 times", 1.8, unit="fold", kind="multiple")],
    ),
    (
        "* 0.5 grams of salt is in a slice\n* 12.5 percent of teenagers vape\n",
        [
            fig("0.5 grams", 0.5, unit="g", kind="measure"),
            fig("12.5 percent", 12.5, unit="percent", kind="percent"),
        ],
    ),
    (
        "Key figures:\n9.6 deaths per 100,000 people in the north\n",
        [
            fig(
                "9.6 deaths per 100,000 people",
                9.6,
                unit="deaths/100,000 people",
                per="100,000 people",
                kind="rate",
            ),
        ],
    ),
    (
        "1. Rates\n\n- 4.25 falls found per 100 residents\n",
        [
            fig(
                "4.25 falls found per 100 residents",
                4.25,
                unit="falls/100 residents",
                per="100 residents",
                kind="rate",
            ),
        ],
    ),
    # a capitalised title, or two or more points, stays the section's number
    ("3.1 Dosage and administration\n\nTake 2 tablets.\n", [fig("2 tablets", 2.0, unit="tablets")]),
    (
        "5.3 Effects on the Heart\n\nIn 40 adults it was safe.\n",
        [fig("40 adults", 40.0, unit="adults")],
    ),
    ("2.4.1 routine care\n\nOffer 3 visits.\n", [fig("3 visits", 3.0, unit="visits")]),
    # a name with a capital inside its first letters is a title
    ("3.1 mRNA vaccines\n\nGive 2 doses.\n", [fig("2 doses", 2.0, unit="doses")]),
]


@pytest.mark.parametrize(
    ("draft", "expected"), LINE_STARTS, ids=[f"line{i}" for i in range(len(LINE_STARTS))]
)
def test_a_decimal_opening_a_line_before_a_lower_case_word_is_a_figure(
    tmp_path, draft: str, expected: list[dict]
) -> None:
    _check(_figures(tmp_path, "page.md", draft), expected)


HEADED_TABLES = [
    (
        "page.md",
        "### Falls per 1,000 residents, 2021-22\n\n| Home | Value |\n|---|---|\n"
        "| Oak House | 7.4 |\n| Elm Court | 11.2 |\n",
        [
            fig("7.4", 7.4, unit="falls/1,000 residents", per="1,000 residents", kind="rate"),
            fig("11.2", 11.2, unit="falls/1,000 residents", per="1,000 residents", kind="rate"),
        ],
    ),
    (
        "page.md",
        "Table 3. Fees (EUR), 2023\n\n| Service | Price |\n|---|---|\n| Check-up | 85 |\n",
        [fig("85", 85.0, unit="EUR", kind="money")],
    ),
    (
        "page.md",
        "### Admissions per 100,000 residents (2019)\n\n| Region | Figure |\n|---|---|\n"
        "| Coast | 312 |\n",
        [
            fig(
                "312",
                312.0,
                unit="admissions/100,000 residents",
                per="100,000 residents",
                kind="rate",
            )
        ],
    ),
    (
        "page.md",
        "### Prices in £, 2020/21 (source: clinic price list)\n\n| Item | Cost |\n|---|---|\n"
        "| Scan | 140 |\n",
        [fig("140", 140.0, unit="GBP", kind="money")],
    ),
    (
        "page.md",
        "### Mean weight in kg\n\n| Group | Mean |\n|---|---|\n| Girls | 28.5 |\n",
        [fig("28.5", 28.5, unit="kg", kind="measure")],
    ),
    (
        "page.html",
        "<table><caption>Injuries per 10,000 children, 2022</caption>"
        "<tr><th>Sport</th><th>Rate</th></tr><tr><td>Rugby</td><td>48</td></tr></table>\n",
        [fig("48", 48.0, unit="injuries/10,000 children", per="10,000 children", kind="rate")],
    ),
    (
        "page.html",
        "<table><caption>Travel costs (US$), 2018</caption>"
        "<tr><th>Trip</th><th>Amount</th></tr><tr><td>Bus</td><td>12</td></tr></table>\n",
        [fig("12", 12.0, unit="USD", kind="money")],
    ),
    # a year, a place or a group in the heading is no unit
    (
        "page.md",
        "### Deaths in Wales, 2019\n\n| Cause | Number |\n|---|---|\n| Stroke | 2,100 |\n",
        [fig("2,100", 2100.0, unit=None, per=None, kind="number")],
    ),
    (
        "page.md",
        "### Results for 2019\n\n| Area | Value |\n|---|---|\n| North | 71 |\n",
        [fig("71", 71.0, unit=None, per=None, kind="number")],
    ),
    (
        "page.md",
        "### Uptake in women, 2022\n\n| Area | Value |\n|---|---|\n| North | 64 |\n",
        [fig("64", 64.0, unit=None, per=None, kind="number")],
    ),
]


@pytest.mark.parametrize(
    ("name", "draft", "expected"),
    HEADED_TABLES,
    ids=[f"table{i}" for i in range(len(HEADED_TABLES))],
)
def test_a_bare_cell_takes_the_rate_or_unit_of_its_heading(
    tmp_path, name: str, draft: str, expected: list[dict]
) -> None:
    _check(_figures(tmp_path, name, draft), expected)
