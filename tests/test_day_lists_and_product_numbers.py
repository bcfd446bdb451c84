"""Two kinds of number that state no amount (bug21 kinds 2 and 3 of issue 11's "not figures").

Days listed before their month are a date (``on 25 and 26 December``), and a span of days
(``between 4 and 8 July``) is no range of 4-8. A whole number between a capitalised name and
a singular verb of its own ends the name (``the Fitbit Charge 6 tracks``, ``Zyrtec 10 is
sold``): English counts two or more with a plural verb. Doses (``Zyrtec 10 mg``) and real
counts (``40 checks were done``) stay figures. Sentences of our own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

DAY_LISTS = [
    ("The surgery shuts on 24 and 27 December.", []),
    ("Walk-in jabs run on 2, 9 and 16 November.", []),
    ("Repeat scripts are issued on the 1st and 15th of April.", []),
    ("Testing ran between 3 and 7 August, and 40 people came.", ["40 people"]),
    ("Drop-ins on 5 & 6 June saw 120 patients.", ["120 patients"]),
    ("Clinics on 11 or 12 Sept take 30 bookings.", ["30 bookings"]),
]

PRODUCT_NUMBERS = [
    ("The Fitbit Charge 6 tracks 5 sleep stages.", ["5 sleep stages"]),
    ("Zyrtec 10 is sold over the counter.", []),
    ("My Garmin Venu 3 measures stress and 4 other signals.", ["4 other signals"]),
    ("The Oura Ring 4 counts steps all day.", []),
    ("Gardasil 9 protects against 9 HPV types.", ["9 HPV types"]),
    ("The Apple Watch Series 9 reads your pulse.", []),
]

STILL_FIGURES = [
    ("Take Zyrtec 10 mg once a day.", ["10 mg"]),
    ("In Scotland 40 checks were done.", ["40 checks"]),
    ("Only 10 is left in stock.", ["10"]),
    ("Nearly 40 counts were wrong.", ["40 counts"]),
    ("The study gave 2 and 4 mg doses in March.", ["4 mg"]),
]


def _figures(tmp_path: Path, sentence: str) -> list[str]:
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(draft)])
    assert result.exit_code == 0, result.stderr
    raw = draft.read_text(encoding="utf-8")
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    figures = [q for claim in claims for q in claim["quantities"]]
    for q in figures:
        assert raw[q["start"] : q["end"]] == q["text"]
    return [q["text"] for q in figures]


@pytest.mark.parametrize(("sentence", "want"), DAY_LISTS + PRODUCT_NUMBERS)
def test_days_before_a_month_and_product_numbers_are_no_figures(
    tmp_path: Path, sentence: str, want: list[str]
) -> None:
    got = _figures(tmp_path, sentence)
    assert len(got) == len(want), got
    assert all(w in g for w, g in zip(want, got, strict=True)), got


@pytest.mark.parametrize(("sentence", "want"), STILL_FIGURES)
def test_doses_counts_and_bare_subjects_stay_figures(
    tmp_path: Path, sentence: str, want: list[str]
) -> None:
    got = _figures(tmp_path, sentence)
    assert all(any(w in g for g in got) for w in want), got
