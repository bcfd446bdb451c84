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
    ("In three weeks 7-day courses began.",
     [fig("three weeks", 3, unit="week"), fig("7-day", 7, unit="day")]),
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
    # timepoints listed with "at" said again, or each with its share between: times, no ages
    ("Remission rates were 40% at 6 and 55% at 12 months.",
     [fig("40%", 40, unit="percent"), fig("6", 6, unit="month"),
      fig("55%", 55, unit="percent"), fig("12 months", 12, unit="month")]),
    ("Weight was measured at 6 and at 12 months after surgery.",
     [fig("6", 6, unit="month"), fig("12 months", 12, unit="month")]),
    ("Recurrence was checked at 1 and at 3 years.",
     [fig("1", 1, unit="year"), fig("3 years", 3, unit="year")]),
    # decided (changed, session 58): the ages a schedule gives doses at are group labels
    ("Infants were immunised at 2, 4 and 6 months of age.", []),
    # blood pressures: the unit said once for a list, a change or a range; a band of readings
    ("Her readings were 150/95, 148/92 and 152/96 mmHg over a week.",
     [fig("150", 150, unit="mmHg", role="systolic"), fig("95", 95, unit="mmHg", role="diastolic"),
      fig("148", 148, unit="mmHg", role="systolic"), fig("92", 92, unit="mmHg", role="diastolic"),
      fig("152", 152, unit="mmHg", role="systolic"),
      fig("96 mmHg", 96, unit="mmHg", role="diastolic"),
      # the span the readings were taken over, as "over 7 days" is (session 56)
      fig("a week", 1, unit="week")]),
    ("Treatment lowered clinic BP from 162/98 to 138/84 mmHg.",
     [fig("162", 162, unit="mmHg"), fig("98", 98, unit="mmHg"), fig("138", 138, unit="mmHg"),
      fig("84 mmHg", 84, unit="mmHg")]),
    ("Stage 1 hypertension is a reading of 130-139/80-89 mmHg.",
     [fig("130-139", 130, 139, unit="mmHg", role="systolic"),
      fig("80-89 mmHg", 80, 89, unit="mmHg", role="diastolic")]),
    # a statistic's second value: after a comma and a preposition, with a bracketed label,
    # or with a word of when after it; an incidence rate ratio is a statistic
    ("The OR for smoking was 2.1, for obesity 1.6.",
     [fig("2.1", 2.1, statistic="OR"), fig("1.6", 1.6, statistic="OR")]),
    ("Adjusted HRs were 0.62 (death) and 0.70 (MI).",
     [fig("0.62", 0.62, statistic="HR"), fig("0.70", 0.70, statistic="HR")]),
    ("The relative risk was 1.9 in the first year but 1.2 thereafter.",
     [fig("relative risk was 1.9", 1.9, statistic="RR"), fig("1.2", 1.2, statistic="RR")]),
    ("The incidence rate ratio was 1.21 for asthma attacks and 1.09 for GP visits.",
     [fig("incidence rate ratio was 1.21", 1.21, statistic="IRR"),
      fig("1.09", 1.09, statistic="IRR")]),
    # two-unit durations: glued minutes after hours, a whole unit in words, a change's ends
    ("The gel takes 1h 20m to dry fully.", [fig("1h 20m", 80, unit="minute")]),
    ("A typical session lasts an hour and 15 minutes.",
     [fig("an hour and 15 minutes", 75, unit="minute")]),
    ("Total sleep time rose from 5 h 40 min to 6 h 55 min.",
     [fig("5 h 40 min", 340, unit="minute", role="before"),
      fig("6 h 55 min", 415, unit="minute", role="after")]),
    ("Funding rose to 1h and 20m dollars.",
     [fig("1h", 1, unit="hour"), fig("20m dollars", 20e6, unit="USD")]),
    # markup around a figure's own separator shows as nothing
    ("The trial enrolled 1,**200** patients.",
     [fig("1,**200** patients", 1200, unit="patients")]),
    ("Blood pressure of **140**/**90** mmHg was recorded.",
     [fig("140", 140, unit="mmHg", role="systolic"),
      fig("90** mmHg", 90, unit="mmHg", role="diastolic")]),
    ("Incidence is 4.*5* per 100,000 people.",
     [fig("4.*5* per 100,000 people", 4.5, per="100,000 people")]),
    ("We saw **5**, 6 and 7 cases.",
     [fig("5", 5, unit="cases"), fig("6", 6, unit="cases"), fig("7 cases", 7, unit="cases")]),
    # a lab's one-sided normal limit, an upper limit's lone number, the words of a target or
    # a group's range: in the result's unit
    ("ALT 85 U/L (normal < 40).",
     [fig("85 U/L", 85, unit="U/L"), fig("< 40", None, 40, unit="U/L", hi=False)]),
    ("Vitamin D 25 nmol/L (optimal above 75).",
     [fig("25 nmol/L", 25, unit="nmol/L"), fig("above 75", 75, None, unit="nmol/L", li=False)]),
    ("Total cholesterol 6.8 mmol/L (ideal: under 5).",
     [fig("6.8 mmol/L", 6.8, unit="mmol/L"), fig("under 5", None, 5, unit="mmol/L", hi=False)]),
    ("Bilirubin 34 µmol/L (upper limit of normal 21).",
     [fig("34 µmol/L", 34, unit="µmol/L"), fig("21", None, 21, unit="µmol/L")]),
    ("Haemoglobin 104 g/L (normal for women 120–150).",
     [fig("104 g/L", 104, unit="g/L"), fig("120–150", 120, 150, unit="g/L")]),
    # … while a lone number after a word of reference names no limit
    ("Weight fell 12 kg (normal 3).", [fig("12 kg", 12, unit="kg"), fig("3", 3)]),
    # from a second tester: a part that says how often, a count after a time word, a bound
    ("Physio ran for 2 weeks 3 days a week.",
     [fig("2 weeks", 2, unit="week"), fig("3 days a week", 3, unit="day", per="week")]),
    ("In 2 weeks 5 days were lost to strikes.",
     [fig("2 weeks", 2, unit="week"), fig("5 days", 5, unit="day")]),
    ("It took over 2 hours 30 minutes.",
     [fig("over 2 hours 30 minutes", 150, None, unit="minute", li=False)]),
    ("Response rates were 20% at 3, 42% at 6 and 51% at 12 months.",
     [fig("20%", 20, unit="percent"), fig("3", 3, unit="month"), fig("42%", 42, unit="percent"),
      fig("6", 6, unit="month"), fig("51%", 51, unit="percent"),
      fig("12 months", 12, unit="month")]),
    ("The incidence rate ratio (IRR) was 0.72.",
     [fig("incidence rate ratio (IRR) was 0.72", 0.72, statistic="IRR")]),
    ("The Twentyfold Trust funds research.", []),
    ("Risk rose twentyfold in smokers.", [fig("twentyfold", 20, unit="fold")]),
    ("BP was checked at every visit; hearing thresholds were 80/60 dB.", []),
    ("Thousandfold Foundation gave £2m to the hospice.",
     [fig("£2m", 2e6, unit="GBP")]),
    ("Adherence rose from a mean of 61% to a mean of 78%.",
     [fig("61%", 61, unit="percent", role="before"), fig("78%", 78, unit="percent", role="after")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s34_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


HTML_CASES: list[tuple[str, list[dict]]] = [
    ("The trial enrolled 1<span>,</span>200 patients.",
     [fig("1<span>,</span>200 patients", 1200, unit="patients")]),
    ("Her BP was <b>150</b>/<b>95</b> mmHg.",
     [fig("150", 150, unit="mmHg", role="systolic"),
      fig("95</b> mmHg", 95, unit="mmHg", role="diastolic")]),
    ("Incidence is 4.<b>5</b> per 100,000.", [fig("4.<b>5</b> per 100,000", 4.5, per="100,000")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted_html(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s34_html")
    return extract_paragraphs(folder, [t for t, _e in HTML_CASES], html=True)


@pytest.mark.parametrize(("text", "expected"), HTML_CASES, ids=[t[:40] for t, _ in HTML_CASES])
def test_html_form_read_right(extracted_html, text, expected):
    assert_read_as(extracted_html[text], text, expected)


def test_a_blood_pressure_cue_counts_in_its_own_block_or_table(tmp_path, extract_json):
    """A ``BP`` in the paragraph or list item before is no cue for a pair with no unit; a
    table's header names its column's cells (``| Visit | BP |`` over ``| Week 4 | 132/84 |``)."""
    draft = tmp_path / "page.md"
    draft.write_text(
        "BP was checked at every visit.\n\nHearing thresholds were 80/60 on the chart.\n\n"
        "- BP checked\n- Hearing 70/50 on the chart\n\n"
        "| Visit | BP |\n|---|---|\n| Week 4 | 132/84 |\n",
        encoding="utf-8",
    )
    claims = extract_json(draft)["documents"][0]["claims"]
    read = [(q["text"], q["role"]) for c in claims for q in c["quantities"]]
    assert ("132", "systolic") in read and ("84", "diastolic") in read
    pairs_in_prose = {"80", "60", "70", "50"}
    assert not any(role for text, role in read if text in pairs_in_prose)
