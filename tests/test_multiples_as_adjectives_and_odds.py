"""Multiples in words before ``as`` and any adjective (issue 11, round ext25): ``half as
strong`` is 0.5-fold, ``twice as effective`` 2-fold, ``a third as often`` a third, as ``three
times as strong`` is; ``twice as needed`` is how often, no multiple. Odds and scores written
``N to 1`` (``4 to 1 against``, ``won 2 to 1``) compare and claim no amount, as ``3:1`` does:
never the range [1, N]."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

MULTIPLES = [
    ("The new patch is half as strong.", [fig("half", 0.5, unit="fold", kind="multiple")]),
    ("Generic insulin is twice as effective.", [fig("twice", 2.0, unit="fold", kind="multiple")]),
    (
        "Men were a third as likely to call.",
        [fig("a third", 1 / 3, unit="fold", kind="multiple")],
    ),
    ("Teens visited a quarter as often.", [fig("a quarter", 0.25, unit="fold", kind="multiple")]),
    ("The home test is half as expensive.", [fig("half", 0.5, unit="fold", kind="multiple")]),
    ("Older pumps are twice as noisy.", [fig("twice", 2.0, unit="fold", kind="multiple")]),
    (
        "The spray is three times as strong.",
        [fig("three times", 3.0, unit="fold", kind="multiple")],
    ),
    (
        "The gel is twice as effective in children.",
        [fig("twice", 2.0, unit="fold", kind="multiple")],
    ),
    ("The new valve is half as dangerous.", [fig("half", 0.5, unit="fold", kind="multiple")]),
    # a dosing instruction, a role or a plural noun after "as" is no comparison
    ("Staff got it twice as boosters in spring.", []),
    ("Use the inhaler twice as needed.", []),
    ("She trained there twice as a student.", []),
]

ODDS = [
    ("The odds were 4 to 1 against recovery.", []),
    ("Odds of 3 to 1 favour the new drug.", []),
    ("Bettors got 50 to 1 odds on a cure.", []),
    ("The hospital side won 2 to 1.", []),
    ("Girls outnumber boys 3 to 1 in the clinic.", []),
    # a change from N to 1, and a range in a unit, stay what they were
    (
        "Visits fell from 6 to 1 a week.",
        [fig("6", 6.0, role="before"), fig("1 a week", 1.0, role="after")],
    ),
    ("Doses were tapered 4 to 1 mg.", [fig("4 to 1 mg", 1.0, 4.0, unit="mg", kind="measure")]),
]

CASES = MULTIPLES + ODDS


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("multiples"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_multiples_as_adjectives_and_odds(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
