"""Number forms read wrong at the start of session 36 (issue 11), each kind with sentences of
our own. A lab result's reference range in a bare bracket: whole-number bounds were dropped
as a citation marker (``Ferritin 8 ug/L (15-200)``), and a unit printed once after the
bracket (``Sodium 131 (135–145) mmol/L``) was nobody's. A dose's frequency before a meal
(``three times a day after food``) was a multiple, a singular dose form took its period as a
noun (``1 tablet daily``), and ``the risk of fracture over 10 years`` was "more than 10
years". Each figure's values and the offset
contract (``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    # a whole-number range the result lies outside: its reference range, in its unit
    ("Vitamin B12 142 ng/L (197-771).",
     [fig("142 ng/L", 142, unit="ng/L"), fig("197-771", 197, 771, unit="ng/L")]),
    ("Magnesium 0.52 mmol/L L (0.70–1.00), calcium 2.71 mmol/L H (2.20–2.60).",
     [fig("0.52 mmol/L", 0.52, unit="mmol/L"), fig("0.70–1.00", 0.70, 1.00, unit="mmol/L"),
      fig("2.71 mmol/L", 2.71, unit="mmol/L"), fig("2.20–2.60", 2.20, 2.60, unit="mmol/L")]),
    ("Her haemoglobin was 84 g/L (120-150) on admission.",
     [fig("84 g/L", 84, unit="g/L"), fig("120-150", 120, 150, unit="g/L")]),
    ("Neutrophils 0.6 x10^9/L (2.0-7.5).",
     [fig("0.6 x10^9/L", 0.6e9, unit="/L"), fig("2.0-7.5", 2.0e9, 7.5e9, unit="/L")]),
    ("HbA1c 71 mmol/mol (20-41) at diagnosis.",
     [fig("71 mmol/mol", 71, unit="mmol/mol"), fig("20-41", 20, 41, unit="mmol/mol")]),
    # … one the result lies inside stays the interval read with it (README)
    ("Potassium 4.4 mmol/L (3.5-5.3).",
     [fig("4.4 mmol/L", 4.4, unit="mmol/L",
          spread={"kind": "CI", "value": None, "low": 3.5, "high": 5.3, "level": None})]),
    # the unit printed once, after the range: both take it (with its power of ten)
    ("Urea: 14.8 (2.5–7.8) mmol/L",
     [fig("14.8", 14.8, unit="mmol/L"), fig("2.5–7.8", 2.5, 7.8, unit="mmol/L")]),
    ("Albumin 28 (35-50) g/L, bilirubin 41 (0-21) umol/L.",
     [fig("28", 28, unit="g/L"), fig("35-50", 35, 50, unit="g/L"),
      fig("41", 41, unit="µmol/L"), fig("0-21", 0, 21, unit="µmol/L")]),
    ("WBC 19.6 (4.0-11.0) x10^9/L",
     [fig("19.6", 19.6e9, unit="/L"), fig("4.0-11.0", 4.0e9, 11.0e9, unit="/L")]),
    # … and a citation after words, or after a share, is still no figure
    ("Anaemia is common in heart failure (12-15).", []),
    ("About 30% of adults are affected (4-6).",
     [fig("About 30%", 30, unit="percent", approx=True)]),
    # a dose's frequency before a meal or bedtime: how often, not a multiple ("a day after
    # food" is not a day later)
    ("Give 10 mL three times a day after meals.",
     [fig("10 mL", 10, unit="mL"), fig("three times a day", 3, unit="times/day", per="day")]),
    ("Take 500 mg 2 times a day before food.",
     [fig("500 mg", 500, unit="mg"), fig("2 times a day", 2, unit="times/day", per="day")]),
    ("Take 5 mL three times a day after each meal.",
     [fig("5 mL", 5, unit="mL"), fig("three times a day", 3, unit="times/day", per="day")]),
    ("Use the inhaler four times a day before bed.",
     [fig("four times a day", 4, unit="times/day", per="day")]),
    # … while a day after an event is still when
    ("Swelling was worst 2 days after surgery.", [fig("2 days", 2, unit="day")]),
    # a singular dose form before how often: a rate per period, the adverb no part of the noun
    ("Take 1 capsule daily with water.",
     [fig("1 capsule daily", 1, unit="capsule/day", per="day")]),
    ("Change 1 patch weekly.", [fig("1 patch weekly", 1, unit="patch/week", per="week")]),
    ("Inject 1 pen monthly.", [fig("1 pen monthly", 1, unit="pen/month", per="month")]),
    # what a period measures, said with its event: the time it is counted over
    ("The risk of a hip fracture over 10 years was 4%.",
     [fig("10 years", 10, unit="year"), fig("4%", 4, unit="percent")]),
    ("Her chance of recurrence over five years is 12%.",
     [fig("five years", 5, unit="year"), fig("12%", 12, unit="percent")]),
    ("The probability of dying over 3 years fell to 9%.",
     [fig("3 years", 3, unit="year"), fig("9%", 9, unit="percent")]),
    # a bare age range after a noun of people, before the clause's verb, whatever the verb
    ("Teenagers 12 to 15 sleep 8 hours a night on average.",
     [fig("8 hours a night", 8, unit="hour", per="night")]),
    ("Women 50 to 70 attended screening 1.5 times as often.",
     [fig("1.5 times", 1.5, unit="fold")]),
    # … not before a plural noun or a unit, which it counts
    ("Adults 2 to 3 doses behind were recalled.", [fig("2 to 3 doses", 2, 3, unit="doses")]),
    # Altman's NNTB and NNTH are the NNT and NNH
    ("The NNTB was 9 and the NNTH 60.",
     [fig("NNTB was 9", 9, statistic="NNT"), fig("NNTH 60", 60, statistic="NNH")]),
    # pounds said of money are pounds sterling; of weight, the pound
    ("The hospital paid 12,000 pounds in compensation.",
     [fig("12,000 pounds", 12000, unit="GBP")]),
    ("Parking costs 3 pounds an hour.", [fig("3 pounds an hour", 3, unit="GBP", per="hour")]),
    ("He gained 15 pounds after the operation.", [fig("15 pounds", 15, unit="lb")]),
    ("She spent 6 months on the diet and shed 30 pounds.",
     [fig("6 months", 6, unit="month"), fig("30 pounds", 30, unit="lb")]),
    # a name with its digits between two figures is no other number: the unit said once
    ("Incidence was 3.4 per 1,000 person-years in KAPPA-2 and 2.9 in KAPPA-3.",
     [fig("3.4 per 1,000 person-years", 3.4, per="1,000 person-years"),
      fig("2.9", 2.9, per="1,000 person-years")]),
    ("Mean dose was 12 mg in HER2-positive patients and 9 in the rest.",
     [fig("12 mg", 12, unit="mg"), fig("9", 9, unit="mg")]),
    # a score over the same top said again in parallel is a score too, no date
    ("Her pain was 8/10 at triage and 2/10 after paracetamol.",
     [fig("8/10", 8), fig("2/10", 2)]),
    # … while two dates stay dates
    ("Clinic dates: 3/10 and 7/10.", []),
    # one of a unit to a number of the next smaller one: a range in the smaller unit
    ("A sprain heals in a week to 12 days.", [fig("a week to 12 days", 7, 12, unit="day")]),
    ("Symptoms usually last a day or 30 hours.",
     [fig("a day or 30 hours", 24, 30, unit="hour")]),
    ("Expect a year to 20 months of follow-up.",
     [fig("a year to 20 months", 12, 20, unit="month")]),
    # "halved" said of what people did is their outcome, not a figure of 0.5
    ("In KESTREL, 31.4% of patients on placebo halved their monthly headache days.",
     [fig("31.4%", 31.4, unit="percent")]),
    ("Two in five of the adults given it halved their weekly attacks.",
     [fig("Two in five", 0.4, unit="proportion")]),
    ("| Halved weekly attacks | 52.0% | 30.1% |",
     [fig("52.0%", 52.0, unit="percent"), fig("30.1%", 30.1, unit="percent")]),
    # … while a relative effect stays one
    ("The vaccine halved hospital admissions.",
     [fig("halved", 0.5, unit="proportion", approx=True)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s36_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:50] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


GROUPED = {
    # a bare age range before the clause's verb, whatever the verb
    "Teenagers 12 to 15 sleep 8 hours a night on average.": [(12, 15)],
    "Women 50 to 70 attended screening 1.5 times as often.": [(50, 70)],
    # ages listed before "age groups": each is a group, none a figure
    "Uptake in the 40–49 and 75-plus age groups was 61% and 88%, respectively.":
        [(40, 49), (75, None)],
    "In the 16-24, 25-44 and 45-64 age groups, 9%, 7% and 4% smoked daily.":
        [(16, 24), (25, 44), (45, 64)],
    "In the 85+ and 65–84 age bands it was 30% and 12%, respectively.": [(85, None), (65, 84)],
}  # fmt: skip


@pytest.mark.parametrize("text", list(GROUPED))
def test_an_age_said_as_a_group_is_the_claims_group_not_a_figure(tmp_path, extract_json, text):
    (tmp_path / "page.md").write_text(text + "\n", encoding="utf-8")
    [claim] = extract_json(tmp_path / "page.md")["documents"][0]["claims"]
    groups = sorted((g["low"], g["high"]) for g in claim["groups"])
    assert groups == sorted(GROUPED[text], key=lambda g: g[0])
    for group in claim["groups"]:
        assert not any(q["start"] < group["end"] and group["start"] < q["end"]
                       for q in claim["quantities"])  # fmt: skip
