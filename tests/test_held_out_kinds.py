"""Kinds a second held-out collection of real-world forms found misread (issue 11): bounds
written as ``max``/``maximum``/``min``/``limit`` without ``of``, doses per dose or per puff and
ratios per mmol, ranges of time with the unit on both ends, P values that name their test,
``over`` + a period after a figure earlier in the clause, percent as a hyphenated adjective,
``half a dozen``, identifiers after ``code``/``lot``/``batch``, phone numbers of other numbering
plans and their extensions, a plus spaced on both sides, and age groups whose ends are in two
units of time.

Every case is a sentence of our own, all extracted in one ``claimcheck extract --format json``
run on one Markdown draft, so each expectation is what a user sees; offsets are checked
(``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

P = {"statistic": "P", "kind": "statistic"}


def ci(low, high, level=95.0, kind="CI"):
    """The JSON of an interval spread."""
    return {"kind": kind, "value": None, "low": low, "high": high, "level": level}


def sd(value, kind="SD"):
    """The JSON of a dispersion spread."""
    return {"kind": kind, "value": value, "low": None, "high": None, "level": None}


CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    # a bound on a dose said with max/maximum/min/minimum/limit, with or without "of" or a colon
    "bound words without of": [
        (
            "Infuse 15 mg/kg over an hour (maximum 1 g per dose).",
            [
                fig("15 mg/kg", 15, unit="mg/kg"),
                fig("maximum 1 g", None, 1, unit="g", comparator="maximum"),
            ],
        ),
        (
            "Syrup: 5 ml every 6 hours, max 20 ml in 24 hours.",
            [
                fig("5 ml", 5, unit="mL"),
                fig("6 hours", 6, unit="hour"),
                fig("max 20 ml", None, 20, unit="mL", comparator="max", per="day"),
                fig("24 hours", 24, unit="hour"),
            ],
        ),
        (
            "Ibuprofen for adults, Max: 1.2 g daily without advice.",
            [
                fig(
                    "Max: 1.2 g daily",
                    None,
                    1.2,
                    unit="g",
                    comparator="Max:",
                    per="day",
                )
            ],
        ),
        (
            "Space the doses by a minimum 6 hours.",
            [fig("a minimum 6 hours", 6, None, unit="hour", comparator="a minimum")],
        ),
        (
            "Weekly limit: 14 units of alcohol for men and women.",
            [
                fig(
                    "Weekly limit: 14 units",
                    None,
                    14,
                    unit="unit",
                    comparator="Weekly limit:",
                )
            ],
        ),
        (
            "Keep salt limited to 6 g a day.",
            [
                fig(
                    "limited to 6 g a day",
                    None,
                    6,
                    unit="g",
                    comparator="limited to",
                    per="day",
                )
            ],
        ),
        (
            "Children under 12 take 250 mg, 1 g maximum in a day.",
            [
                fig("250 mg", 250, unit="mg"),
                fig("1 g maximum", None, 1, unit="g", comparator="maximum", per="day"),
            ],
        ),
        (
            "Book a session, Max. 6 people per group.",
            [fig("Max. 6 people", None, 6, unit="people", comparator="Max.")],
        ),
        # the label style of a leaflet or formulary: "maximum (daily|single) dose (is|of|:)"
        (
            "Maximum daily dose: 3 g for adults.",
            [
                fig(
                    "Maximum daily dose: 3 g",
                    None,
                    3,
                    unit="g",
                    comparator="Maximum daily dose:",
                )
            ],
        ),
        (
            "The maximum single dose is 800 mg.",
            [fig("maximum single dose is 800 mg", None, 800, unit="mg")],
        ),
        (
            "Never go past the recommended maximum intake of 6 cups.",
            [fig("recommended maximum intake of 6 cups", None, 6, unit="cups")],
        ),
        # "min." is minutes when it ends a sentence, never a bound on the next one
        (
            "The scan took 40 min. 8 people waited.",
            [fig("40 min", 40, unit="minute"), fig("8 people", 8, unit="people")],
        ),
    ],
    # a dose per dose, per puff, per tablet; a ratio per mmol (the urine ACR)
    "units per dose and per mmol": [
        (
            "Give 10 mg/kg/dose twice a day.",
            [
                fig("10 mg/kg/dose", 10, unit="mg/kg/dose"),
                fig("twice a day", 2, unit="times/day", kind="frequency"),
            ],
        ),
        (
            "Each inhaler gives 200 mcg/puff of the steroid.",
            [fig("200 mcg/puff", 200, unit="µg/puff")],
        ),
        (
            "The strength is 400 mg/tablet.",
            [fig("400 mg/tablet", 400, unit="mg/tablet")],
        ),
        (
            "Her urine ACR was 34 mg/mmol last week.",
            [fig("34 mg/mmol", 34, unit="mg/mmol")],
        ),
        (
            "An ACR above 30 mg/mmol needs a referral.",
            [fig("above 30 mg/mmol", 30, None, unit="mg/mmol", li=False)],
        ),
        (
            "Fluids ran at 2 mL/kg/hour overnight.",
            [fig("2 mL/kg/hour", 2, unit="mL/kg/hour")],
        ),
        # an amount per a period of hours, spelled one way: "mg/24 hours" is "mg/24h"
        (
            "Her urine held 210 mg/24 hours of protein.",
            [fig("210 mg/24 hours", 210, unit="mg/24h")],
        ),
        (
            "Max 3 g/24 h for adults.",
            [fig("Max 3 g/24 h", None, 3, unit="g/24h", comparator="Max")],
        ),
        ("Sodium loss was 90 mmol/24hrs.", [fig("90 mmol/24hrs", 90, unit="mmol/24h")]),
    ],
    # the same unit of time (or measure) on both ends is one range; two units are two figures
    "ranges with the unit on both ends": [
        (
            "Healing takes 3 weeks to 8 weeks.",
            [fig("3 weeks to 8 weeks", 3, 8, unit="week")],
        ),
        (
            "Teenagers need 8 hours to 10 hours a night.",
            [fig("8 hours to 10 hours a night", 8, 10, unit="hour", per="night")],
        ),
        ("The rash lasts 2 days - 5 days.", [fig("2 days - 5 days", 2, 5, unit="day")]),
        (
            "Recovery after the operation takes 4 months to 6 months.",
            [fig("4 months to 6 months", 4, 6, unit="month")],
        ),
        (
            # two units of one kind with an exact ratio: one range in the low end's unit
            # (the bug8 collection; each end alone is no claim the sentence makes)
            "Symptoms settle in 5 days to 2 weeks.",
            [fig("5 days to 2 weeks", 5, 14, unit="day")],
        ),
        (
            "The dose is 250 mg to 1 g a day.",
            [fig("250 mg to 1 g a day", 250, 1000, unit="mg", per="day")],
        ),
        (
            "His walking distance recovered to 400 metres.",
            [fig("400 metres", 400, unit="m", role="after")],
        ),
    ],
    # a P value that names its test is still a P value
    "P values naming their test": [
        (
            "Risk climbed with intake (P for trend = 0.004).",
            [fig("P for trend = 0.004", 0.004, **P)],
        ),
        (
            "The benefit was similar in men and women (P for interaction = 0.41).",
            [fig("P for interaction = 0.41", 0.41, **P)],
        ),
        (
            "Effects varied across trials (p for heterogeneity < 0.01).",
            [fig("p for heterogeneity < 0.01", None, 0.01, hi=False, **P)],
        ),
        ("Scores rose with age (P-trend = 0.02).", [fig("P-trend = 0.02", 0.02, **P)]),
        (
            "Fewer strokes were seen (P for non-inferiority < 0.001).",
            [fig("P for non-inferiority < 0.001", None, 0.001, hi=False, **P)],
        ),
    ],
    # "over" + a period after a figure earlier in the clause is the time it was measured over
    "over a period after a figure": [
        (
            "The NNT was 40 to avoid one fracture over three years.",
            [fig("NNT was 40", 40, statistic="NNT"), fig("three years", 3, unit="year")],
        ),
        (
            "Screening saves 1 life per 1,000 women screened over 10 years.",
            [
                fig(
                    "1 life per 1,000 women",
                    1,
                    unit="life/1,000 women",
                    per="1,000 women",
                ),
                fig("10 years", 10, unit="year"),
            ],
        ),
        (
            "About 3 in 100 had a bleed over two years.",
            [
                fig("About 3 in 100", 0.03, approx=True, unit="proportion"),
                fig("two years", 2, unit="year"),
            ],
        ),
        (
            "Give 3 doses of the vaccine over 6 months.",
            [fig("3 doses", 3, unit="doses"), fig("6 months", 6, unit="month")],
        ),
        (
            "Only 12% of residents over 80 years had the booster.",
            [fig("12%", 12, unit="percent")],
        ),
        (
            "She has used the inhaler for over 4 years.",
            [fig("over 4 years", 4, None, unit="year", li=False, comparator="over")],
        ),
    ],
    # percent as a hyphenated adjective
    "hyphenated percent": [
        (
            "It gave a 30-percent drop in flares.",
            [fig("30-percent", 30, unit="percent")],
        ),
        (
            "We saw a 12-per-cent rise in visits.",
            [fig("12-per-cent", 12, unit="percent")],
        ),
        (
            "A 7.5-percent fall in admissions.",
            [fig("7.5-percent", 7.5, unit="percent")],
        ),
        (
            "Trial Shows 40-Percent Cut in Relapse",
            [fig("40-Percent", 40, unit="percent")],
        ),
        (
            "There was a 2-percent gap between arms.",
            [fig("2-percent", 2, unit="percent")],
        ),
    ],
    # half a dozen is six
    "half a dozen": [
        (
            "Half a dozen wards were closed.",
            [fig("Half a dozen wards", 6, unit="wards")],
        ),
        (
            "She saw half a dozen doctors.",
            [fig("half a dozen doctors", 6, unit="doctors")],
        ),
        (
            "A half dozen trials reported harm.",
            [fig("A half dozen trials", 6, unit="trials")],
        ),
        ("The unit has a half-dozen beds.", [fig("a half-dozen beds", 6, unit="beds")]),
        (
            "The clinic hired half a dozen nurses.",
            [fig("half a dozen nurses", 6, unit="nurses")],
        ),
    ],
    # a window of time named by a plural time word before its numbers is a label, while a
    # plural time word after a number is that number's unit
    "windows after weeks, days, months": [
        ("Quit rates were counted through weeks 9–24 of the study.", []),
        ("Give the tablets on days 1–14 of each cycle.", []),
        ("Pain scores were lower in months 6–12 after surgery.", []),
        ("Fever settled between days 3 and 5.", []),
        ("Scores were read at visits 2-6 and again in cycles 7 through 9.", []),
        (
            "On days 1 and 8 give 2 mg.",
            [fig("2 mg", 2, unit="mg")],  # the schedule's list names when (bug25's kinds)
        ),
        (
            "In 4 weeks 12–15 patients relapsed.",
            [fig("4 weeks", 4, unit="week"), fig("12–15 patients", 12, 15, unit="patients")],
        ),
        (
            "Over weeks 1-4, 30% of patients stopped.",
            [fig("30%", 30, unit="percent")],
        ),
        (
            "In 4 weeks 12 patients relapsed.",
            [fig("4 weeks", 4, unit="week"), fig("12 patients", 12, unit="patients")],
        ),
        (
            # (a duration in two units is one figure: README "A duration in two units")
            "The course lasts 2 weeks 3 days.",
            [fig("2 weeks 3 days", 17, unit="day")],
        ),
    ],
    # a number after a label of an identifier names a thing
    "identifiers after code, lot, batch": [
        ("The billing code 99214 covers a long visit.", []),
        ("Enter product code 50458 on the form.", []),
        ("Lot 48213 of the vaccine was withdrawn.", []),
        ("Return any pack from batch 7731 to the pharmacy.", []),
        ("The device serial 20488 failed a check.", []),
        ("The RxNorm code is 860975 for the pill.", []),
        ("The batch number was 4821 on the box.", []),
    ],
    # phone numbers of other numbering plans, and extensions
    "phone numbers and extensions": [
        ("Ring 13 11 14 at any hour.", []),
        ("Ring the ward on 0161 496 0200 after noon.", []),
        ("For bookings ring +61 3 9123 4567 today.", []),
        ("Le standard est au +33 4 78 12 34 56 en semaine.", []),
        ("Our Dublin desk is on +353 1 234 5678.", []),
        ("Ask for the clinic on (555) 010-0142 ext. 305 in the morning.", []),
        ("The ward is on 0161 496 0200, extension 4417, after noon.", []),
        ("Dial 020 7946 0321 ext 22 for results.", []),
    ],
    # a plus spaced on both sides adds something else; glued it opens the upper end
    "a plus that adds": [
        ("A fit note costs £25 + VAT at our surgery.", [fig("£25", 25, unit="GBP")]),
        ("The monitor is $79 + shipping.", [fig("$79", 79, unit="USD")]),
        ("Lenses cost €120 + fitting fee.", [fig("€120", 120, unit="EUR")]),
        (
            "The group has 2,000+ members.",
            [fig("2,000+ members", 2000, None, unit="members")],
        ),
        (
            "Over 500 + staff attended.",
            [fig("Over 500", 500, None, li=False, comparator="Over")],
        ),
    ],
    # a whole followed by a unit of time is a period, never the whole of a proportion
    "a count in a period": [
        (
            "Adults: 1 or 2 caplets, no more than 8 in 24 hours.",
            [
                fig("1 or 2 caplets", 1, 2, unit="caplets"),
                fig("no more than 8", None, 8, comparator="no more than"),
                fig("24 hours", 24, unit="hour"),
            ],
        ),
        (
            "Use up to 6 in 24 hours.",
            [
                fig("up to 6", None, 6, comparator="up to"),
                fig("24 hours", 24, unit="hour"),
            ],
        ),
        (
            "She had 3 in 12 months.",
            [fig("3", 3), fig("12 months", 12, unit="month")],
        ),
        (
            "Seizures fell to 2 in 6 weeks.",
            [fig("2", 2, role="after"), fig("6 weeks", 6, unit="week")],
        ),
        (
            "About 1 in 4 adults snore.",
            [fig("About 1 in 4", 0.25, approx=True, unit="proportion")],
        ),
    ],
    # a spaced lower-case h after a number is hours, as dosing tables write it
    "hours written h": [
        ("Give 1 g every 6 h.", [fig("1 g", 1, unit="g"), fig("6 h", 6, unit="hour")]),
        (
            "No more than 4 g in 24 h.",
            [
                fig("No more than 4 g", None, 4, unit="g", comparator="No more than", per="day"),
                fig("24 h", 24, unit="hour"),
            ],
        ),
        ("Collect urine for 24 h.", [fig("24 h", 24, unit="hour")]),
        ("The drip ran 8 h overnight.", [fig("8 h", 8, unit="hour")]),
        ("Repeat after 12 h if needed.", [fig("12 h", 12, unit="hour")]),
    ],
    # a results line: the short name of a blood test or a vital sign before its reading
    "results lines": [
        (
            "Obs: HR 104, RR 24, GCS 15.",
            [fig("104", 104), fig("24", 24), fig("15", 15)],
        ),
        (
            "Bloods: Hb 118, Plt 320, Na 131.",
            [fig("118", 118), fig("320", 320), fig("131", 131)],
        ),
        (
            "Renal: Urea 9.2, Creat 140, K 5.6.",
            [fig("9.2", 9.2), fig("140", 140), fig("5.6", 5.6)],
        ),
        (
            "Deaths fell (HR 0.81) with the drug.",
            [fig("HR 0.81", 0.81, statistic="HR")],
        ),
        (
            "Falls were more common (RR 1.9) in winter.",
            [fig("RR 1.9", 1.9, statistic="RR")],
        ),
    ],
    # a heading names the spread in the brackets after each figure of its clause (JAMA style)
    "spread named by a heading": [
        (
            "Mean (SD) age at entry was 58.4 (9.7) years.",
            [fig("58.4 (9.7) years", 58.4, unit="year", spread=sd(9.7))],
        ),
        (
            "At baseline, mean (SD): weight 96.2 (18.1) kg, waist 108.4 (12.9) cm.",
            [
                fig("96.2 (18.1) kg", 96.2, unit="kg", spread=sd(18.1)),
                fig("108.4 (12.9) cm", 108.4, unit="cm", spread=sd(12.9)),
            ],
        ),
        (
            "The median (IQR) wait was 12 (7-20) days.",
            [fig("12 (7-20) days", 12, unit="day", spread=ci(7, 20, None, "IQR"))],
        ),
        (
            "Mean (95% CI) loss at a year was 6.3 (5.1-7.5) kg.",
            [fig("6.3 (5.1-7.5) kg", 6.3, unit="kg", spread=ci(5.1, 7.5))],
        ),
        (
            "Median (range) dose was 40 (10–80) mg.",
            [fig("40 (10–80) mg", 40, unit="mg", spread=ci(10, 80, None, "range"))],
        ),
    ],
    # a named interval in brackets after a figure and the words it qualifies is its spread
    "interval after the words a figure qualifies": [
        (
            "The jab was 88% effective (95% CI, 80.1 to 92.7) in adults.",
            [
                fig(
                    "88% effective",
                    88,
                    unit="percent",
                    spread=ci(80.1, 92.7),
                )
            ],
        ),
        (
            "Walking gave a 21% lower risk (95% CI 12-29%) of death.",
            [fig("21% lower risk", 21, unit="percent", spread=ci(12, 29))],
        ),
        (
            "Stays were 3.2 days shorter (95% CI 1.1 to 5.3) with the drug.",
            [fig("3.2 days shorter", 3.2, unit="day", spread=ci(1.1, 5.3))],
        ),
        (
            "Relapse was 18% lower overall (90% CI 9–26).",
            [fig("18% lower overall", 18, unit="percent", spread=ci(9, 26, 90.0))],
        ),
        (
            "Cases were 9.1% vs 7.4% (OR 1.25; 95% CI 1.02-1.53).",
            [
                fig("9.1%", 9.1, unit="percent"),
                fig("7.4%", 7.4, unit="percent"),
                fig("OR 1.25", 1.25, statistic="OR", spread=ci(1.02, 1.53)),
            ],
        ),
    ],
    # a price's "inc. VAT" and a rate per hour
    "prices per hour and with VAT": [
        (
            "Reviews cost £80 inc. VAT; a second opinion £120.",
            [fig("£80", 80, unit="GBP"), fig("£120", 120, unit="GBP")],
        ),
        (
            "Scans are $300 excl. tax at the clinic.",
            [fig("$300", 300, unit="USD")],
        ),
        ("Nurse visits cost €45/hour.", [fig("€45/hour", 45, unit="EUR", per="hour")]),
        ("Carers charge £25/hr on weekdays.", [fig("£25/hr", 25, unit="GBP", per="hour")]),
        ("Parking is $3/hour at the hospital.", [fig("$3/hour", 3, unit="USD", per="hour")]),
    ],
    # "et al." and "e.g." close an abbreviation, not the sentence
    "abbreviations inside a sentence": [
        ("Brown et al. (2022) saw 35% fewer falls.", [fig("35%", 35, unit="percent")]),
        (
            "A review (Lee et al., 2020) counted 14 trials.",
            [fig("14 trials", 14, unit="trials")],
        ),
        ("Greens, e.g. kale, give 4 g of fibre.", [fig("4 g", 4, unit="g")]),
        ("Nuts (i.e. almonds) hold 20 g of protein.", [fig("20 g", 20, unit="g")]),
        ("Kim et al. reported 9 cases.", [fig("9 cases", 9, unit="cases")]),
    ],
}

GROUP_CASES: list[tuple[str, list[tuple[str, float, float | None, str]]]] = [
    # an age group whose ends are in two units of time: the near end in the far end's unit
    (
        "Children aged 6 months to 4 years need 5 ml.",
        [("Children aged 6 months to 4 years", 0.5, 4, "year")],
    ),
    (
        "Babies aged 3 months to 1 year take 2.5 ml.",
        [("Babies aged 3 months to 1 year", 0.25, 1, "year")],
    ),
    (
        "Infants aged 2 weeks to 3 months had 1 dose.",
        [("Infants aged 2 weeks to 3 months", 0.46, 3, "month")],
    ),
    (
        "Children aged 18 months to 6 years: 10 mg.",
        [("Children aged 18 months to 6 years", 1.5, 6, "year")],
    ),
    # a comparator on the far end, as US labels write age brackets: [2, 12)
    ("Pediatric patients 2 to <12 years: 10 mg/kg.", [("patients 2 to <12 years", 2, 12, "year")]),
    (
        "Children aged 12 to less than 18 years: 20 mg.",
        [("Children aged 12 to less than 18 years", 12, 18, "year")],
    ),
    (
        "Adolescents ≥12 to <17 years: 40 mg once daily.",
        [("Adolescents ≥12 to <17 years", 12, 17, "year")],
    ),
    (
        "Infants aged 1 month to <2 years: 2.5 ml.",
        [("Infants aged 1 month to <2 years", 0.083, 2, "year")],
    ),
    ("Patients 6 to under 12 years need 5 ml.", [("Patients 6 to under 12 years", 6, 12, "year")]),
    # the age in brackets after its population noun, as leaflets' dose tables write it
    ("Children (7-11 years): 1 tablet.", [("Children (7-11 years", 7, 11, "year")]),
    ("Children (6-11): 5 ml of syrup.", [("Children (6-11", 6, 11, "year")]),
    ("Infants (under 1 year) need 2.5 ml.", [("Infants (under 1 year", None, 1, "year")]),
    ("Adults (over 65) need 1 dose.", [("Adults (over 65", 65, None, "year")]),
    ("Adults (18+) may take 2 tablets.", [("Adults (18+", 18, None, "year")]),
    (
        "Kids aged 9 months to 2 years get 4 ml.",
        [("Kids aged 9 months to 2 years", 0.75, 2, "year")],
    ),
]


CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("held_out"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.fixture(scope="module")
def groups(tmp_path_factory):
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    path = tmp_path_factory.mktemp("held_out_groups") / "groups.md"
    path.write_text("\n\n".join(t for t, _ in GROUP_CASES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    found = {}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for group in claim["groups"]:
            assert file_text[group["start"] : group["end"]] == group["text"]
            found[group["text"]] = group
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
    return found


@pytest.mark.parametrize(("text", "expected"), GROUP_CASES, ids=[t[:40] for t, _ in GROUP_CASES])
def test_age_group_in_two_units(groups, text, expected):
    for surface, low, high, unit in expected:
        group = groups[surface]
        assert group["low"] == (None if low is None else pytest.approx(low, abs=0.01))
        assert group["high"] == (None if high is None else pytest.approx(high))
        assert group["unit"] == unit
        assert group["low_inclusive"] is not ("over" in surface)
        assert group["high_inclusive"] is not (
            "<" in surface or "less than" in surface or "under" in surface
        )
