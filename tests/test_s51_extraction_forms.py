"""Figure forms from session 51, fixed as kinds with our own health-page examples.

Each kind's sentences are read in one Markdown draft and one HTML draft (one paragraph each),
and every figure is checked as a user sees it: surface, interval, inclusivity, approx, unit
and kind, at its offset (``text == file[start:end]``).

- Deadlines in words: ``no later than 41 weeks`` and ``not later than`` are at most it,
  ``no earlier than``/``no sooner than``/``not before`` at least it, a trailing ``at the
  latest`` at most and ``at the earliest`` at least; ``later than 42 weeks`` is more than it
  and ``sooner than``/``earlier than`` less. Before a bare year they date what follows
  (``no later than 2025``), as ``before 2019`` does: no figure.
- A verb of how long (take, last, wait) right before ``a``/``an`` and a unit of a day or
  longer is one of the unit even with no bound after it: ``most take a fortnight to give full
  protection`` is 2 weeks, ``a month or so`` about one (session 50 kept a bare one as words).
  The clause must end or go on with a purpose or condition; ``took a year off``, ``a decade
  of campaigning``, ``wait a week before`` and a unit under a day (``takes a minute``) stay
  words.
- An adult's age bracket closed by ``years`` after a share and ``at`` is a group label, as the
  bare bracket was (``20% at 38 to 39 years``: group [38, 39], no duration): only a bracket
  from 16 up, ten years wide at most. ``80% at 5 years``, ``at 5 to 10 years`` and a single
  ``at 20 years`` are landmark times and stay durations.
- A bare number bracketed after a limit is the limit of the setting it names even where the
  setting names its people by a figure (``at most 8 tablets a day (4 for children aged 10 to
  15)``: at most 4 a day; ``(2 g in adults under 50 kg)``, ``(7 for women over 65)``); the age
  or weight stays what it was (a group label, or a figure of its own).
- ``over`` + a period right after a verb of how long (wait, stay, remain, survive, live,
  persist) is "more than" it even where a figure or a verb of change comes earlier in the
  clause: ``about 1 in 4 patients has waited over a year`` is more than a year, as ``for over
  3 years`` is; ``lost 9% over 40 weeks`` stays the span."""

from __future__ import annotations

import pytest
from figure_helpers import fig, paragraph_tests

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    "deadline": [
        (
            "A birth should be offered no later than 41 weeks.",
            [fig("no later than 41 weeks", None, 41.0, "week", kind="duration")],
        ),
        (
            "Take the morning-after pill not later than 72 hours after sex.",
            [fig("not later than 72 hours", None, 72.0, "hour", kind="duration")],
        ),
        (
            "Book the scan no earlier than 11 weeks.",
            [fig("no earlier than 11 weeks", 11.0, None, "week", kind="duration")],
        ),
        (
            "Restart exercise no sooner than 6 weeks after surgery.",
            [fig("no sooner than 6 weeks", 6.0, None, "week", kind="duration")],
        ),
        (
            "The test is done not before 10 weeks of pregnancy.",
            [fig("not before 10 weeks", 10.0, None, "week", kind="duration")],
        ),
        (
            "Come back for a review in 6 weeks at the latest.",
            [fig("6 weeks at the latest", None, 6.0, "week", kind="duration")],
        ),
        (
            "Stitches come out after 10 days at the earliest.",
            [fig("10 days at the earliest", 10.0, None, "day", kind="duration")],
        ),
        (
            "Pregnancies lasting later than 42 weeks are induced.",
            [fig("later than 42 weeks", 42.0, None, "week", li=False, kind="duration")],
        ),
        (
            "Most results arrive sooner than 5 days.",
            [fig("sooner than 5 days", None, 5.0, "day", hi=False, kind="duration")],
        ),
        ("Clinics must register no later than 2025.", []),
        ("It was later than 2019 that the unit opened.", []),
    ],
    "a verb of how long before a unit": [
        (
            "Most vaccines take a fortnight to give full protection.",
            [fig("a fortnight", 2.0, unit="week", kind="duration")],
        ),
        ("The rash may last a week.", [fig("a week", 1.0, unit="week", kind="duration")]),
        (
            "It takes a month to feel the benefit of the tablets.",
            [fig("a month", 1.0, unit="month", kind="duration")],
        ),
        (
            "Results took a week, sometimes longer.",
            [fig("a week", 1.0, unit="week", kind="duration")],
        ),
        (
            "Healing usually takes a month or so.",
            [fig("a month", 1.0, unit="month", approx=True, kind="duration")],
        ),
        (
            "You may have to wait a year for surgery.",
            [fig("a year", 1.0, unit="year", kind="duration")],
        ),
        ("She took a year off work.", []),
        ("It only takes a minute.", []),
        ("Wait a week before retesting.", []),
        ("It took a decade of campaigning.", []),
    ],
    "over after a verb of how long": [
        (
            "About 1 in 4 patients has waited over a year.",
            [
                fig("About 1 in 4", 0.25, unit="proportion", approx=True, kind="proportion"),
                fig("over a year", 1.0, None, "year", li=False, kind="duration"),
            ],
        ),
        (
            "About 25% of patients have waited over 18 weeks.",
            [
                fig("About 25%", 25.0, unit="percent", approx=True, kind="percent"),
                fig("over 18 weeks", 18.0, None, "week", li=False, kind="duration"),
            ],
        ),
        (
            "About 25% survived over 5 years.",
            [
                fig("About 25%", 25.0, unit="percent", approx=True, kind="percent"),
                fig("over 5 years", 5.0, None, "year", li=False, kind="duration"),
            ],
        ),
        (
            "Symptoms in 30% persisted over 6 months.",
            [
                fig("30%", 30.0, unit="percent", kind="percent"),
                fig("over 6 months", 6.0, None, "month", li=False, kind="duration"),
            ],
        ),
        (
            "In 12% the rash remained over 3 weeks.",
            [
                fig("12%", 12.0, unit="percent", kind="percent"),
                fig("over 3 weeks", 3.0, None, "week", li=False, kind="duration"),
            ],
        ),
        (
            "Patients lost 9% over 40 weeks.",
            [
                fig("9%", 9.0, unit="percent", kind="percent"),
                fig("40 weeks", 40.0, unit="week", kind="duration"),
            ],
        ),
    ],
    "a whole hyphened to its fraction before a percent sign": [
        ("Rates were 4-1/2% higher.", [fig("4-1/2%", 4.5, unit="percent", kind="percent")]),
        ("A 2-1/2% rise in fees.", [fig("2-1/2%", 2.5, unit="percent", kind="percent")]),
        ("Uptake was 3-3/4 % lower.", [fig("3-3/4 %", 3.75, unit="percent", kind="percent")]),
        (
            "Copays were 1-1/2% of income.",
            [fig("1-1/2%", 1.5, unit="percent", kind="percent")],
        ),
        (
            "Premiums rose about 6-1/4% last year.",
            [fig("about 6-1/4%", 6.25, unit="percent", approx=True, kind="percent")],
        ),
        ("Take 1-1/2 tablets.", [fig("1-1/2 tablets", 1.5, unit="tablets", kind="count")]),
    ],
    "a point to a strict ceiling in words": [
        (
            "Overweight is a BMI of 25 to less than 30.",
            [fig("25 to less than 30", 25.0, 30.0, hi=False, kind="number")],
        ),
        (
            "A healthy weight is a BMI of 18.5 to under 25.",
            [fig("18.5 to under 25", 18.5, 25.0, hi=False, kind="number")],
        ),
        (
            "Fasting glucose of 5.6 to less than 7.0 mmol/L is raised.",
            [fig("5.6 to less than 7.0 mmol/L", 5.6, 7.0, "mmol/L", hi=False, kind="measure")],
        ),
        (
            "An eGFR of 30 to below 60 mL/min is moderate.",
            [fig("30 to below 60 mL/min", 30.0, 60.0, "mL/min", hi=False, kind="measure")],
        ),
        (
            "A BMI from 25 up to but not including 30 counts as overweight.",
            [fig("25 up to but not including 30", 25.0, 30.0, hi=False, kind="number")],
        ),
        (
            "Doses from 10 mg up to but excluding 20 mg are licensed.",
            [fig("10 mg up to but excluding 20 mg", 10.0, 20.0, "mg", hi=False, kind="measure")],
        ),
        (
            "Waits fell from 30 to under 18 weeks.",
            [
                fig("30", 30.0, kind="number", role="before"),
                fig("under 18 weeks", None, 18.0, "week", hi=False, kind="duration", role="after"),
            ],
        ),
    ],
    "a comparator after a score out of its top": [
        (
            "In the survey 84% rated their care 7/10 or higher.",
            [
                fig("84%", 84.0, unit="percent", kind="percent"),
                fig("7/10 or higher", 7.0, None, kind="number", comparator="or higher"),
            ],
        ),
        (
            "Pain scores of 3/10 or less need no opioid.",
            [fig("3/10 or less", None, 3.0, kind="number", comparator="or less")],
        ),
        (
            "An Apgar score of 7/10 or above is normal.",
            [fig("7/10 or above", 7.0, None, kind="number", comparator="or above")],
        ),
        (
            "An MMSE of 24/30 or lower suggests dementia.",
            [fig("24/30 or lower", None, 24.0, kind="number", comparator="or lower")],
        ),
        (
            "A pain score of 4/10 or more needs review.",
            [fig("4/10 or more", 4.0, None, kind="number", comparator="or more")],
        ),
        (
            "Pain fell from 7/10 to 3/10.",
            [
                fig("7/10", 7.0, kind="number", role="before"),
                fig("3/10", 3.0, kind="number", role="after"),
            ],
        ),
    ],
    "a bracketed setting with its own figure": [
        (
            "Take at most 8 tablets a day (4 for children aged 10 to 15).",
            [
                fig("at most 8 tablets a day", None, 8.0, "tablets/day", kind="rate"),
                fig("4", None, 4.0, "tablets/day", kind="rate"),
            ],
        ),
        (
            "Take at most 4 g a day (2 g in adults under 50 kg).",
            [
                fig("at most 4 g a day", None, 4.0, "g", kind="measure"),
                fig("2 g", None, 2.0, "g", kind="measure"),
                fig("under 50 kg", None, 50.0, "kg", hi=False, kind="measure"),
            ],
        ),
        (
            "Give up to 3 doses (4 for children over 12).",
            [
                fig("up to 3 doses", None, 3.0, "doses", kind="count"),
                fig("4", None, 4.0, "doses", kind="count"),
            ],
        ),
        (
            "Drink no more than 14 units a week (7 for women over 65).",
            [
                fig("no more than 14 units a week", None, 14.0, "unit", kind="measure"),
                fig("7", None, 7.0, "unit", kind="measure"),
            ],
        ),
        (
            "Give at most 60 ml a day (40 ml for babies under 6 months).",
            [
                fig("at most 60 ml a day", None, 60.0, "mL", kind="measure"),
                fig("40 ml", None, 40.0, "mL", kind="measure"),
            ],
        ),
        (
            "Take at most 16 tablets (32 in a pharmacy).",
            [
                fig("at most 16 tablets", None, 16.0, "tablets", kind="count"),
                fig("32", None, 32.0, "tablets", kind="count"),
            ],
        ),
    ],
}

ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s51"
)


AGE_BRACKETS = [
    (
        "The live birth rate was 20% at 38 to 39 years.",
        ["20%"],
        [("at 38 to 39 years", 38.0, 39.0)],
    ),
    (
        "It was 31% at 35–37 years and 20% at 38–39 years.",
        ["31%", "20%"],
        [("at 35–37 years", 35.0, 37.0), ("at 38–39 years", 38.0, 39.0)],
    ),
    ("Uptake was 64% at 50 to 59 years.", ["64%"], [("at 50 to 59 years", 50.0, 59.0)]),
    ("Obesity is 28% at 45-54 yrs.", ["28%"], [("at 45-54 yrs", 45.0, 54.0)]),
    ("Smoking is about 9% at 18 to 24 years.", ["about 9%"], [("at 18 to 24 years", 18.0, 24.0)]),
    ("Survival was 80% at 5 years.", ["80%", "5 years"], []),
    ("Survival was 80% at 5 to 10 years.", ["80%", "5 to 10 years"], []),
    ("Survival was 62% at 20 years.", ["62%", "20 years"], []),
]


@pytest.mark.parametrize(("text", "figures", "groups"), AGE_BRACKETS)
def test_an_age_bracket_in_years_after_a_share_is_a_group(
    tmp_path, extract_json, text, figures, groups
):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [q["text"] for c in claims for q in c["quantities"]] == figures
    assert [(g["text"], g["low"], g["high"]) for c in claims for g in c["groups"]] == groups
