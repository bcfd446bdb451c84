"""Issue 11, the kinds round bug22 found (ext31): each kind read as a whole, with examples of
our own wording; every figure is checked at its offset (``text == file[start:end]``).

1. An energy in kilojoules and kilocalories with comma-grouped amounts (``1,046 kJ/250 kcal``)
   is the same pair as ``1046kJ/250kcal``: two figures, each in its unit.
2. Bare bounds in square brackets parted by a semicolon after a statistic (``OR 1.5 [1.2;
   1.9]``) are its CI, as ``(1.2–1.9)`` is; never two stray figures.
3. ``plus or minus N`` in words is ``±N``: after a figure its spread, opening a figure the band
   around zero [−N, N], as ``±3 points`` is; never −N.
4. An allocation ratio (``1:1``, ``2:1``, ``1:1:1``) claims no amount, also at a sentence's or
   clause's end; ``1:1,000`` (a dilution) is still read.
5. ``-plus`` after a number is the wire's open end, as ``+`` is (``2 million-plus adults`` at
   least 2,000,000 adults; after an age, a group label as ``65+`` is); ``a half-million`` and
   ``half million`` are 500,000, as ``half a million`` is.
6. ``units`` spelled out keep their denominator as ``IU/mL`` does: ``units/mL`` and ``units/L``
   are concentrations, ``units/kg`` a dose by weight, ``units/day`` a rate.
7. ``N or more <unit of time>`` after a word of a period (``over``, ``lasting``, ``for``)
   keeps its unit, a duration of at least N; ``over`` there is the span, not a second bound
   (``over 3 or more sessions`` is at least 3 sessions). Without such a word a unit of time
   is still left to the reading of when (``survive ten or more years``).
8. A times sign glued before a bare number (``×2``, ``×3 higher``) is a multiple, as ``3x``
   and ``3 × higher`` are; ``AUC``/``AUROC`` before a value from 0 to 1 is the statistic AUC,
   and the CI after it (after a comma or in brackets) is its spread; a drug's ``AUC`` with a
   unit (``AUC 12.5 mg·h/L``) stays a measure.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig


def _ci(low: float, high: float) -> dict:
    """A bare CI as the JSON gives it: no level, since none is written."""
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": None}


def _pm(value: float) -> dict:
    """A ``±`` spread as the JSON gives it."""
    return {"kind": "±", "value": value, "low": None, "high": None, "level": None}


KINDS = {
    "energy pair with thousands commas": [
        (
            "A slice gives 1,046 kJ/250 kcal of energy.",
            [fig("1,046 kJ", 1046.0, unit="kJ"), fig("250 kcal", 250.0, unit="kcal")],
        ),
        (
            "Each tub holds 1,380kJ/330kcal.",
            [fig("1,380kJ", 1380.0, unit="kJ"), fig("330kcal", 330.0, unit="kcal")],
        ),
        (
            "The panel lists 2,510 kJ / 600 kcal per pack.",
            [fig("2,510 kJ", 2510.0, unit="kJ"), fig("600 kcal", 600.0, unit="kcal")],
        ),
        (
            "Aim for 2,500 kcal/10,500 kJ on training days.",
            [fig("2,500 kcal", 2500.0, unit="kcal"), fig("10,500 kJ", 10500.0, unit="kJ")],
        ),
        (
            "A man needs about 10,460 kJ/2,500 kcal.",
            [fig("10,460 kJ", 10460.0, unit="kJ"), fig("2,500 kcal", 2500.0, unit="kcal")],
        ),
        (
            "The sachet comes as 1,000 mg/2,000 mg of the powder.",
            [fig("1,000 mg", 1000.0, unit="mg"), fig("2,000 mg", 2000.0, unit="mg")],
        ),
    ],
    "semicolon interval in square brackets after a statistic": [
        (
            "The hazard was lower (HR 0.74 [0.61; 0.90]).",
            [fig("HR 0.74", 0.74, statistic="HR", spread=_ci(0.61, 0.90))],
        ),
        (
            "Mortality fell, RR 0.82 [0.70; 0.96], in the trial.",
            [fig("RR 0.82", 0.82, statistic="RR", spread=_ci(0.70, 0.96))],
        ),
        (
            "Odds rose with age (aOR 2.3 [1.6; 3.4]; P < 0.001).",
            [
                fig("aOR 2.3", 2.3, statistic="AOR", spread=_ci(1.6, 3.4)),
                fig("P < 0.001", None, 0.001, hi=False, statistic="P"),
            ],
        ),
        (
            "We report an OR of 3.1 [2.0; 4.8].",
            [fig("OR of 3.1", 3.1, statistic="OR", spread=_ci(2.0, 4.8))],
        ),
        (
            "Incidence rate ratio 1.9 [1.2; 3.0] in smokers.",
            [fig("Incidence rate ratio 1.9", 1.9, statistic="IRR", spread=_ci(1.2, 3.0))],
        ),
        (
            "The hazard ratio was 1.25 [1.05 ; 1.49] overall.",
            [fig("hazard ratio was 1.25", 1.25, statistic="HR", spread=_ci(1.05, 1.49))],
        ),
    ],
    "plus or minus in words": [
        (
            "Polls like this carry a margin of plus or minus 4 percentage points.",
            [fig("plus or minus 4 percentage points", -4.0, 4.0, unit="percentage points")],
        ),
        (
            "The scale is accurate to plus or minus 0.2 kg.",
            [fig("plus or minus 0.2 kg", -0.2, 0.2, unit="kg")],
        ),
        (
            "The cuff reads within plus-or-minus 3 mmHg.",
            [fig("within plus-or-minus 3 mmHg", -3.0, 3.0, unit="mmHg", comparator="within")],
        ),
        (
            "Home readings drift by plus or minus two kilos.",
            [fig("plus or minus two kilos", -2.0, 2.0, unit="kg")],
        ),
        (
            "Results are plus or minus 5% either way.",
            [fig("plus or minus 5%", -5.0, 5.0, unit="percent")],
        ),
        (
            "Home readings drift by ±2 kg.",
            [fig("±2 kg", -2.0, 2.0, unit="kg")],
        ),
        (
            "The mean was 41 plus-or-minus 6 points.",
            [fig("41 plus-or-minus 6 points", 41.0, unit="points", spread=_pm(6.0))],
        ),
        (
            "At night it fell to minus 4 degrees.",
            [fig("minus 4 degrees", -4.0, unit="degree")],
        ),
    ],
    "allocation ratio": [
        ("Volunteers were allocated 1:1.", []),
        ("We randomised 2:1, drug to placebo.", []),
        (
            "The 480 adults were assigned 1:1 to each arm.",
            [fig("480 adults", 480.0, unit="adults")],
        ),
        ("Assignment was 1:1:1.", []),
        ("Allocation, 1:1; blinding, double.", []),
        (
            "A 1:1,000 adrenaline solution.",
            [fig("1:1,000", 0.001, unit="proportion", kind="proportion")],
        ),
    ],
    "-plus open ends and a half-million": [
        (
            "Some 3 million-plus adults use the service.",
            [fig("Some 3 million-plus adults", 3e6, None, unit="adults", approx=True)],
        ),
        (
            "The charity has 120,000-plus members.",
            [fig("120,000-plus members", 120000.0, None, unit="members")],
        ),
        (
            "Screening reached 40,000-plus.",
            [fig("40,000-plus", 40000.0, None, unit=None, kind="number")],
        ),
        ("It cost $4 million-plus.", [fig("$4 million-plus", 4e6, None, unit="USD")]),
        (
            "A half-million adults now have the app.",
            [fig("A half-million adults", 5e5, unit="adults")],
        ),
        (
            "Nearly half-million doses were wasted.",
            [fig("Nearly half-million doses", 5e5, unit="doses", approx=True)],
        ),
        ("Men 70-plus should ask for a check.", []),
        (
            "In the 50-plus age group, 12% smoke.",
            [fig("12%", 12.0, unit="percent")],
        ),
    ],
    "units over a denominator": [
        (
            "Each pen of insulin holds 100 units/mL.",
            [fig("100 units/mL", 100.0, unit="units/mL", kind="measure")],
        ),
        (
            "The heparin vial is 1,000 units/ml.",
            [fig("1,000 units/ml", 1000.0, unit="units/mL", kind="measure")],
        ),
        (
            "A level above 35 units/L needs a review.",
            [fig("above 35 units/L", 35.0, None, li=False, unit="units/L")],
        ),
        (
            "Give 50 units/kg before surgery.",
            [fig("50 units/kg", 50.0, unit="units/kg", kind="measure")],
        ),
        (
            "Most adults need 30 units/day.",
            [fig("30 units/day", 30.0, unit="units/day", kind="rate", per="day")],
        ),
        (
            "The 300 units/3 mL pen lasts a week.",
            [
                fig("300 units/3 mL", 300.0, unit="units/3mL", kind="measure"),
                # session 51: a verb of how long before "a week" says the length
                fig("a week", 1.0, unit="week", kind="duration"),
            ],
        ),
    ],
    "N or more after over or lasting": [
        (
            "Give the course over 7 or more days.",
            [fig("7 or more days", 7.0, None, unit="day", comparator="or more")],
        ),
        (
            "A rash lasting 4 or more days needs a doctor.",
            [fig("4 or more days", 4.0, None, unit="day", comparator="or more")],
        ),
        (
            "Pain for 6 or more weeks is chronic.",
            [fig("6 or more weeks", 6.0, None, unit="week", comparator="or more")],
        ),
        (
            "Split the therapy over 4 or more sessions.",
            [fig("4 or more sessions", 4.0, None, unit="sessions", comparator="or more")],
        ),
        (
            "A fever lasting three or more days is a warning sign.",
            [fig("three or more days", 3.0, None, unit="day", comparator="or more")],
        ),
        (
            "Most survive twenty or more years.",
            [fig("twenty or more", 20.0, None, comparator="or more")],
        ),
    ],
    "times sign before a number, AUC": [
        (
            "Smokers had ×2 the risk of non-smokers.",
            [fig("×2", 2.0, unit="fold", kind="multiple")],
        ),
        (
            "Rates were ×4 higher in the north.",
            [fig("×4", 4.0, unit="fold", kind="multiple")],
        ),
        (
            "Exposure was (×1.5) that of placebo.",
            [fig("×1.5", 1.5, unit="fold", kind="multiple")],
        ),
        (
            "The model did well (AUC 0.84, 95% CI 0.80–0.88).",
            [fig("AUC 0.84", 0.84, statistic="AUC", spread={**_ci(0.80, 0.88), "level": 95.0})],
        ),
        (
            "Its AUROC was 0.71 (95% CI 0.66–0.76).",
            [
                fig(
                    "AUROC was 0.71",
                    0.71,
                    statistic="AUC",
                    spread={**_ci(0.66, 0.76), "level": 95.0},
                )
            ],
        ),
        (
            "The risk score gave AUC 0.69 [0.61; 0.77].",
            [fig("AUC 0.69", 0.69, statistic="AUC", spread=_ci(0.61, 0.77))],
        ),
        (
            "Mean AUC 40 mg·h/L after one dose.",
            # (the dose count is a figure, as "after two doses" is: session 53's second set)
            [fig("40 mg", 40.0, unit="mg", statistic=None), fig("one dose", 1.0, unit="dose")],
        ),
    ],
}
CASES = cases_by_kind(KINDS)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("bug22"), [text for _, text, _ in CASES])


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_each_kind_is_read_as_a_whole(readings, kind, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
