"""Number forms read wrong at the start of session 34 (issue 11), each kind with sentences of
our own: a statistic's value is never the part of a proportion (``The hazard ratio was 0.83 in
2,400 patients``); a statistic given for two outcomes with ``and for``/``and of`` keeps its
name (``The HR for death was 0.83 and for hospitalisation 0.71``); a change from ``a median
of``/``a mean of`` one figure to another; a number left hanging by a suspended hyphen before
a timepoint label (``at 6- and 12-month follow-up``) is no figure; a duration in two units
(``9 hours 30 minutes``, ``3 years 6 months old``) is one figure; fold words past ten
(``twelvefold``); a blood pressure with no unit that no date can be (``BP 90/60``);.
Each figure's values and the offset contract (``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    # a statistic's value is never a proportion's part
    ("The hazard ratio was 0.83 in 2,400 patients.",
     [fig("hazard ratio was 0.83", 0.83, statistic="HR"),
      fig("2,400 patients", 2400, unit="patients")]),
    ("The odds ratio was 1.4 in 900 women.",
     [fig("odds ratio was 1.4", 1.4, statistic="OR"), fig("900 women", 900, unit="women")]),
    ("HR 0.71 in 1,200 randomised participants.",
     [fig("HR 0.71", 0.71, statistic="HR"),
      fig("1,200 randomised participants", 1200, unit="randomised participants")]),
    # … while a count's part stays a proportion
    ("One in 2,400 patients had a reaction.",
     [fig("One in 2,400", 1 / 2400, unit="proportion")]),
    # a statistic given for a second outcome after "and for"/"and of"
    ("The HR for death was 0.83 and for hospitalisation 0.71.",
     [fig("0.83", 0.83, statistic="HR"), fig("0.71", 0.71, statistic="HR")]),
    ("The relative risk of stroke was 0.78, and of heart attack 0.85.",
     [fig("0.78", 0.78, statistic="RR"), fig("0.85", 0.85, statistic="RR")]),
    ("The odds ratio for readmission was 1.6 and for death 2.1.",
     [fig("1.6", 1.6, statistic="OR"), fig("2.1", 2.1, statistic="OR")]),
    # … and another measure named after "and" still takes no unit from the first
    ("Sodium was 131 mmol/L and albumin 28.",
     [fig("131 mmol/L", 131, unit="mmol/L"), fig("28", 28)]),
    # a change from a median, a mean or an average of one figure to another
    ("The new drug extended survival from a median of 10.1 to 13.8 months.",
     [fig("10.1", 10.1, unit="month", role="before"),
      fig("13.8 months", 13.8, unit="month", role="after")]),
    ("Waiting times fell from an average of 18 to 11 weeks.",
     [fig("18", 18, unit="week", role="before"),
      fig("11 weeks", 11, unit="week", role="after")]),
    ("HbA1c fell from a mean of 8.1% to 6.9%.",
     [fig("8.1%", 8.1, unit="percent", role="before"),
      fig("6.9%", 6.9, unit="percent", role="after")]),
    # … and with no change word, "from a median of" is no change
    ("Ages ranged from 18 to 90 years.", [fig("from 18 to 90 years", 18, 90, unit="year")]),
    # a number left hanging before a timepoint label is no figure
    ("Pain improved by 20% and 25% at 6- and 12-month follow-up.",
     [fig("20%", 20, unit="percent"), fig("25%", 25, unit="percent")]),
    ("The 1- and 5-year survival rates were 70% and 40%.",
     [fig("70%", 70, unit="percent"), fig("40%", 40, unit="percent")]),
    # … while a list that gives its unit keeps every figure
    ("Risk was 4-, 5- and 6-fold higher.",
     [fig("4", 4, unit="fold"), fig("5", 5, unit="fold"), fig("6-fold", 6, unit="fold")]),
    ("Doses of 2.5- or 5-mg were given.",
     [fig("2.5", 2.5, unit="mg"), fig("5-mg", 5, unit="mg")]),
    # a duration in two units is one figure, in the smaller unit
    ("The operation took 2 h 15 min on average.",
     [fig("2 h 15 min", 135, unit="minute")]),
    ("Labour lasted 9 hours 30 minutes.", [fig("9 hours 30 minutes", 570, unit="minute")]),
    ("The youngest patient was 3 years 6 months old.",
     [fig("3 years 6 months old", 42, unit="month-old")]),
    ("She was 1 year and 4 months old at diagnosis.",
     [fig("1 year and 4 months old", 16, unit="month-old")]),
    ("Recovery took about 2 weeks 3 days.",
     [fig("about 2 weeks 3 days", 17, unit="day", approx=True)]),
    ("The run took 3 hours 15 minutes and 40 seconds.",
     [fig("3 hours 15 minutes and 40 seconds", 11740, unit="second")]),
    # … but not two units of no whole step, nor a part of a whole unit or more
    ("Symptoms lasted 2 months 3 weeks.",
     [fig("2 months", 2, unit="month"), fig("3 weeks", 3, unit="week")]),
    ("Stays were 2 days, 30 hours in some wards.",
     [fig("2 days", 2, unit="day"), fig("30 hours", 30, unit="hour")]),
    # fold words past ten
    ("Risk rose twelvefold in smokers and twentyfold in heavy smokers.",
     [fig("twelvefold", 12, unit="fold"), fig("twentyfold", 20, unit="fold")]),
    ("Levels were fortyfold higher.", [fig("fortyfold", 40, unit="fold")]),
    # a blood pressure no date can be, with no unit
    ("Her BP was 90/60 on admission.",
     [fig("90", 90, role="systolic"), fig("60", 60, role="diastolic")]),
    ("Blood pressure of 85/50 was recorded in the ambulance.",
     [fig("85", 85, role="systolic"), fig("50", 50, role="diastolic")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s34_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
