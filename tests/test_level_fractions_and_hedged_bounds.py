"""Issue 11, round ext26: two kinds of spelled figure found on text the extractor was not
tuned on.

3. A fraction said as the level a share reached, with no ``of`` after it (``adherence had
   climbed to two-thirds``, ``coverage was three quarters in 2021``): a proportion, as
   ``two-thirds of`` is. A noun after it keeps it no share (``a third dose``, ``a quarter
   past``); an adjective of fullness makes it one (``three quarters full``, session 51).
4. Hedges and spellings from bug reports (decided): ``more or less 50`` is about 50;
   ``not quite 20%`` is under 20 and near it (an upper bound, approximate), as ``just under``
   is; ``kilogrammes``/``grammes``/``milligrammes`` are kg, g and mg; ``a million and three
   quarters`` is 1.75 million.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

THIRD = 1 / 3
PROPORTION = {"unit": "proportion", "kind": "proportion"}

LEVEL_FRACTIONS = [
    ("By June adherence had climbed to two-thirds.", [fig("two-thirds", 2 / 3, **PROPORTION)]),
    (
        "Coverage was three quarters in 2021.",
        [fig("three quarters", 0.75, **PROPORTION)],
    ),
    ("Daily smoking dropped to a third.", [fig("a third", THIRD, **PROPORTION)]),
    ("Screening reached nine-tenths by spring.", [fig("nine-tenths", 0.9, **PROPORTION)]),
    ("Attendance is now four fifths, nationally.", [fig("four fifths", 0.8, **PROPORTION)]),
    (
        "Their share is roughly a quarter among men.",
        [fig("roughly a quarter", 0.25, approx=True, **PROPORTION)],
    ),
    ("Use of the app stayed at half.", [fig("half", 0.5, **PROPORTION)]),
    # a noun after the fraction: an ordinal, a time or a measure, no share
    ("Nurses were giving a third dose that week.", []),
    ("The clinic was open at a quarter past eight.", []),
    # an adjective of how full is the share of the whole (session 51, second set)
    ("The jug is three quarters full.", [fig("three quarters", 0.75, **PROPORTION)]),
    ("He was third in the queue.", []),
]


HEDGES_AND_SPELLINGS = [
    (
        "More or less 70 volunteers signed up.",
        [fig("More or less 70 volunteers", 70.0, unit="volunteers", approx=True, kind="count")],
    ),
    (
        "The repair cost more or less £35.",
        [fig("more or less £35", 35.0, unit="GBP", approx=True, kind="money")],
    ),
    (
        "Not quite 15% of pupils walk to school.",
        [
            fig(
                "Not quite 15%",
                None,
                15.0,
                unit="percent",
                approx=True,
                hi=False,
                comparator="Not quite",
                kind="percent",
            )
        ],
    ),
    (
        "Recovery took not quite 8 weeks.",
        [
            fig(
                "not quite 8 weeks",
                None,
                8.0,
                unit="week",
                approx=True,
                hi=False,
                comparator="not quite",
                kind="duration",
            )
        ],
    ),
    (
        "The parcel weighed twelve kilogrammes.",
        [fig("twelve kilogrammes", 12.0, unit="kg", kind="measure")],
    ),
    ("Each bar holds 45 grammes of oats.", [fig("45 grammes", 45.0, unit="g", kind="measure")]),
    ("Take 500 milligrammes at night.", [fig("500 milligrammes", 500.0, unit="mg")]),
    (
        "A million and three quarters leaflets were posted.",
        [fig("A million and three quarters leaflets", 1.75e6, unit="leaflets", kind="count")],
    ),
    (
        "Two million and a quarter tests were run.",
        [fig("Two million and a quarter tests", 2.25e6, unit="tests", kind="count")],
    ),
    # a scale and a whole number after "and" stays that number
    (
        "A thousand and four beds were open.",
        [fig("A thousand and four beds", 1004.0, unit="beds", kind="count")],
    ),
]

CASES = LEVEL_FRACTIONS + HEDGES_AND_SPELLINGS


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("levels"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), LEVEL_FRACTIONS)
def test_a_fraction_as_the_level_a_share_reached(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), HEDGES_AND_SPELLINGS)
def test_hedges_and_spellings_from_bug_reports(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
