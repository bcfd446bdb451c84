"""An unlabelled spread in brackets after a mean or a median (session 45): ``a mean age of
61.4 (9.8) years`` is one figure, 61.4 years with an SD of 9.8, never the two bare numbers
61.4 and 9.8; ``median 6 (4–9) days`` is 6 days with an IQR of 4–9. A bracket with no mean
or median word before it keeps its old reading (``40 (12)`` two figures, ``12 (15%)`` a count
and its share, a bracketed year)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig


def sd(value: float) -> dict:
    """The JSON of an SD spread."""
    return {"kind": "SD", "value": value, "low": None, "high": None, "level": None}


def iqr(low: float, high: float) -> dict:
    """The JSON of an interquartile range."""
    return {"kind": "IQR", "value": None, "low": low, "high": high, "level": None}


MEANS = [
    ("Volunteers had a mean age of 57.3 (8.6) years at enrolment.",
     [fig("57.3 (8.6) years", 57.3, unit="year", spread=sd(8.6))]),
    ("Mean BMI 29.7 (5.2) kg/m2 in the lifestyle arm.",
     [fig("29.7 (5.2) kg/m2", 29.7, unit="kg/m2", spread=sd(5.2))]),
    ("Diastolic pressure fell by a mean of 7.4 (6.3) mmHg over the year.",
     [fig("7.4 (6.3) mmHg", 7.4, unit="mmHg", spread=sd(6.3))]),
    ("The average stay 4.8 (2.6) days on the surgical ward.",
     [fig("4.8 (2.6) days", 4.8, unit="day", spread=sd(2.6))]),
    ("Mean systolic blood pressure at entry was 148 (17) mmHg.",
     [fig("148 (17) mmHg", 148, unit="mmHg", spread=sd(17))]),
    ("Smokers reported an average of 13 (7) cigarettes a day.",
     [fig("13 (7) cigarettes a day", 13, unit="cigarettes/day", spread=sd(7))]),
    ("The mean change in weight was -3.1 (2.4) kg.",
     [fig("-3.1 (2.4) kg", -3.1, unit="kg", spread=sd(2.4))]),
    ("Their mean HbA1c was 8.2 (1.4)% before the switch.",
     [fig("8.2 (1.4)%", 8.2, unit="percent", spread=sd(1.4))]),
    ("Nights averaged 6.1 (1.3) hours of sleep.",
     [fig("6.1 (1.3) hours", 6.1, unit="hour", spread=sd(1.3))]),
    ("Adults (mean age 39 (11) years) were recruited online.",
     [fig("39 (11) years", 39, unit="year", spread=sd(11))]),
    ("Mean age was 63.2 (9.1) years and 61.8 (10.4) years in the two arms.",
     [fig("63.2 (9.1) years", 63.2, unit="year", spread=sd(9.1)),
      fig("61.8 (10.4) years", 61.8, unit="year", spread=sd(10.4)),
      fig("two arms", 2, unit="arms")]),
]  # fmt: skip

MEDIANS = [
    ("The median stay was 6 (4–9) days.", [fig("6 (4–9) days", 6, unit="day", spread=iqr(4, 9))]),
    ("Median follow-up was 3.4 (2.1-5.0) years.",
     [fig("3.4 (2.1-5.0) years", 3.4, unit="year", spread=iqr(2.1, 5.0))]),
    ("The median delay to treatment was 2 (2–5) weeks.",
     [fig("2 (2–5) weeks", 2, unit="week", spread=iqr(2, 5))]),
    ("A median of 11 (7 to 18) visits a year.",
     [fig("11 (7 to 18) visits a year", 11, unit="visits/year", spread=iqr(7, 18))]),
    ("Patients waited a median 41 (25–63) minutes.",
     [fig("41 (25–63) minutes", 41, unit="minute", spread=iqr(25, 63))]),
]  # fmt: skip

UNCHANGED = [
    # no mean word, no unit after the bracket: the bracketed whole number is a citation marker
    ("Scores were 40 (12) at the first visit.", [fig("40", 40)]),
    # a mean word, a whole number in brackets and nothing after it: a citation marker still
    ("The mean score was 40 (12).", [fig("40", 40)]),
    # a count and its share, with or without a mean word before
    ("Of these, 12 (15%) relapsed.", [fig("12", 12), fig("15%", 15, unit="percent")]),
    ("There were 45 (12.3%) patients with diabetes.",
     [fig("45", 45, unit="patients"), fig("12.3%", 12.3, unit="percent")]),
    ("A mean of 45 (12.3%) patients relapsed.",
     [fig("45", 45, unit="patients"), fig("12.3%", 12.3, unit="percent")]),
    # a bracketed year dates the figure and is no spread
    ("During COVID-19 (2020) clinic visits fell.", []),
    ("The average wait was 18 (2019) weeks.", [fig("18", 18)]),
    # a bracket after the figure's own unit is the figure said again for another group
    ("Mean HbA1c was 6.9% (7.3) in the control arm.",
     [fig("6.9%", 6.9, unit="percent"), fig("7.3", 7.3, unit="percent")]),
    ("Mean weight 84.6 kg (15.1) at entry.",
     [fig("84.6 kg", 84.6, unit="kg"), fig("15.1", 15.1, unit="kg")]),
    # the verb "mean" names no average
    ("This could mean 40 (12) patients are missed.", [fig("40", 40)]),
    # a named spread keeps its name
    ("Mean age 61 (range 40–80) years.",
     [fig("61 (range 40–80) years", 61, unit="year",
          spread={"kind": "range", "value": None, "low": 40, "high": 80, "level": None})]),
    ("A mean reduction of 5.1 (95% CI 3.2 to 7.0) mmHg.",
     [fig("5.1 (95% CI 3.2 to 7.0) mmHg", 5.1, unit="mmHg",
          spread={"kind": "CI", "value": None, "low": 3.2, "high": 7.0, "level": 95})]),
    ("Mean (SD) age was 58.4 (9.7) years.",
     [fig("58.4 (9.7) years", 58.4, unit="year", spread=sd(9.7))]),
]  # fmt: skip

CASES = MEANS + MEDIANS + UNCHANGED


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("mean_spread"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), MEANS, ids=[t[:40] for t, _ in MEANS])
def test_a_bare_bracket_after_a_mean_is_its_sd(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), MEDIANS, ids=[t[:40] for t, _ in MEDIANS])
def test_a_bare_interval_after_a_median_is_its_iqr(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED, ids=[t[:40] for t, _ in UNCHANGED])
def test_other_brackets_keep_their_reading(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
