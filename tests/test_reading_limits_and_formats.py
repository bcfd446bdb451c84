"""Kinds of figure a fresh tester found misread (issue 11, second round): limits stated as a
prohibition, European number formats, proportion ranges and fractions in ranges, percentage
points and percent abbreviations, comparators spelled out or after a bracketed conversion,
and a change whose end sits past a phrase.

Every case is one paragraph of our own, all extracted in one ``claimcheck extract --format
json`` run on one Markdown draft, so each expectation is what a user sees; offsets are checked
(``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_drafts, extract_paragraphs, fig

INF = None  # an open side

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    # a prohibition turns a strict comparator into the opposite bound, the figure included:
    # a dose limit is "at most", never "more than"
    "negated limit": [
        (
            "Do not give more than 3 doses of the syrup overnight.",
            [fig("more than 3 doses", INF, 3, unit="doses", comparator="not more than")],
        ),
        (
            "Total intake must not exceed 2,000 mg.",
            [fig("not exceed 2,000 mg", INF, 2000, unit="mg", comparator="not exceed")],
        ),
        (
            "Give 10 mg per dose, not exceeding 40 mg.",
            [
                fig("10 mg", 10, unit="mg"),
                fig("not exceeding 40 mg", INF, 40, unit="mg", comparator="not exceeding"),
            ],
        ),
        (
            "Never use more than 6 sprays.",
            [fig("more than 6 sprays", INF, 6, unit="sprays", comparator="not more than")],
        ),
        (
            "You shouldn't drink more than 6 cups of coffee.",
            [fig("more than 6 cups", INF, 6, unit="cups", comparator="not more than")],
        ),
        (
            "Wear the patch for no longer than 12 hours.",
            [fig("no longer than 12 hours", INF, 12, unit="hour", comparator="no longer than")],
        ),
        (
            "Store the pens at not above 30 °C.",
            [fig("not above 30 °C", INF, 30, unit="°C", comparator="not above")],
        ),
        (
            "Do not refrigerate below 2 °C.",
            [fig("below 2 °C", 2, INF, unit="°C", comparator="not below")],
        ),
        (
            "Don't eat fewer than 3 meals a day.",
            [
                fig(
                    "fewer than 3 meals a day",
                    3,
                    INF,
                    unit="meals/day",
                    comparator="not fewer than",
                )
            ],
        ),
        # words that forbid without a "not"
        (
            "Avoid eating more than 6 g of salt.",
            [fig("more than 6 g", INF, 6, unit="g", comparator="not more than")],
        ),
        (
            "Titrate weekly without exceeding 20 mg.",
            [fig("without exceeding 20 mg", INF, 20, unit="mg", comparator="without exceeding")],
        ),
        (
            "Refrain from using more than 2 patches.",
            [fig("more than 2 patches", INF, 2, unit="patches", comparator="not more than")],
        ),
        # the negation is about something else: the comparator keeps its reading
        (
            "Those who did not improve had more than 4 flares.",
            [fig("more than 4 flares", 4, INF, unit="flares", li=False, comparator="more than")],
        ),
        (
            "Not every clinic with more than 9 beds replied.",
            [fig("more than 9 beds", 9, INF, unit="beds", li=False, comparator="more than")],
        ),
        (
            "The wait is often as long as, if not longer than 8 weeks.",
            [fig("longer than 8 weeks", 8, INF, unit="week", li=False, comparator="longer than")],
        ),
        (
            "Symptoms lasting longer than 10 days need review.",
            [fig("longer than 10 days", 10, INF, unit="day", li=False, comparator="longer than")],
        ),
    ],
    # a proportion's part may be a range, and so may the proportion as a whole
    "proportion range": [
        (
            "Roughly 2–4 in 1,000 newborns are affected.",
            [fig("Roughly 2–4 in 1,000", 0.002, 0.004, unit="proportion", approx=True)],
        ),
        (
            "Between 3 and 5 in 100 adults carry the gene.",
            [fig("Between 3 and 5 in 100", 0.03, 0.05, unit="proportion")],
        ),
        (
            "Around 1 to 2 in every 500 pregnancies end this way.",
            [fig("Around 1 to 2 in every 500", 0.002, 0.004, unit="proportion", approx=True)],
        ),
        (
            "The chance is between 1 in 40 and 1 in 25.",
            [fig("between 1 in 40 and 1 in 25", 0.025, 0.04, unit="proportion")],
        ),
        (
            "Somewhere 1 in 200 to 1 in 100 donors qualify.",
            [fig("Somewhere 1 in 200 to 1 in 100", 0.005, 0.01, unit="proportion", approx=True)],
        ),
        ("6-8 in 10 parents agreed.", [fig("6-8 in 10", 0.6, 0.8, unit="proportion")]),
        # a period after "in" is no whole; a change keeps its two ends
        (
            "It recurred 2-4 in 12 months.",
            [fig("2-4", 2, 4), fig("12 months", 12, unit="month")],
        ),
        (
            "Cases climbed from 1 in 90 to 1 in 40.",
            [
                fig("1 in 90", 1 / 90, unit="proportion", role="before"),
                fig("1 in 40", 1 / 40, unit="proportion", role="after"),
            ],
        ),
    ],
    # a fraction may open or close a range, and a bracketed percentage may stand between a
    # fraction and what it is a part of
    "fraction in a range or before its percentage": [
        ("Give ½–1 sachet with water.", [fig("½–1 sachet", 0.5, 1, unit="sachet")]),
        ("Use 1/4 - 1/2 cup of the mix.", [fig("1/4 - 1/2 cup", 0.25, 0.5, unit="cup")]),
        ("The wait is 2–2½ hours.", [fig("2–2½ hours", 2, 2.5, unit="hour")]),
        ("It lasts 1½ to 3 weeks.", [fig("1½ to 3 weeks", 1.5, 3, unit="week")]),
        (
            "Symptoms last between 1½ and 4 days.",
            [fig("between 1½ and 4 days", 1.5, 4, unit="day")],
        ),
        ("Take half to one tablet.", [fig("half to one tablet", 0.5, 1, unit="tablet")]),
        (
            "Add a quarter to 1 teaspoon.",
            [fig("a quarter to 1 teaspoon", 0.25, 1, unit="teaspoon")],
        ),
        (
            "Three quarters (76%) of nurses agreed.",
            [fig("Three quarters", 0.75, unit="proportion"), fig("76%", 76, unit="percent")],
        ),
        (
            "Half (48%) of callers hung up.",
            [fig("Half", 0.5, unit="proportion"), fig("48%", 48, unit="percent")],
        ),
        (
            "One-fifth (21 per cent) of wards were full.",
            [fig("One-fifth", 0.2, unit="proportion"), fig("21 per cent", 21, unit="percent")],
        ),
        (
            "Seven and one-half percent replied.",
            [fig("Seven and one-half percent", 7.5, unit="percent")],
        ),
        # a slash after a date word stays a date: the count after it is its own figure
        ("We met on 3/4 - 5 people came.", [fig("5 people", 5, unit="people")]),
    ],
    # percentage points are their own unit, however abbreviated; "pct" is a percent
    "percentage points and percent abbreviations": [
        (
            "Coverage dropped 4 pp to 68%.",
            [
                fig("4 pp", 4, unit="percentage points"),
                fig("68%", 68, unit="percent", role="after"),
            ],
        ),
        (
            "Coverage dropped 4pp to 68%.",
            [
                fig("4pp", 4, unit="percentage points"),
                fig("68%", 68, unit="percent", role="after"),
            ],
        ),
        ("Smoking fell 2 ppt in a year.", [fig("2 ppt", 2, unit="percentage points")]),
        (
            "A 5-percentage-point gap remains.",
            [fig("5-percentage-point", 5, unit="percentage points")],
        ),
        ("Sales rose 9pct.", [fig("9pct", 9, unit="percent")]),
        (
            "Screening rose 6 pct and 3 percentage pts among men.",
            [fig("6 pct", 6, unit="percent"), fig("3 percentage pts", 3, unit="percentage points")],
        ),
        ("The gap narrowed by 1.5 %-points.", [fig("1.5 %-points", 1.5, unit="percentage points")]),
        ("Turnout rose 2 p.p. overall.", [fig("2 p.p.", 2, unit="percentage points")]),
    ],
    # a comparator spelled out with "or equal to" includes the figure; a trailing comparator
    # reaches over a bracketed conversion to the figure before it and the one inside
    "spelled-out and bracket-separated comparators": [
        (
            "A waist equal to or greater than 94 cm raises risk.",
            [fig("equal to or greater than 94 cm", 94, INF, unit="cm")],
        ),
        (
            "Adults with more than or equal to 2 falls were referred.",
            [fig("more than or equal to 2 falls", 2, INF, unit="falls")],
        ),
        (
            "Aim for LDL less than or equal to 1.8 mmol/L.",
            [fig("less than or equal to 1.8 mmol/L", INF, 1.8, unit="mmol/L")],
        ),
        (
            "Glucose lower than or equal to 5.5 mmol/L is normal.",
            [fig("lower than or equal to 5.5 mmol/L", INF, 5.5, unit="mmol/L")],
        ),
        (
            "A BMI equal or greater than 35 qualifies.",
            [fig("equal or greater than 35", 35, INF, comparator="equal or greater than")],
        ),
        (
            "Ferritin lower than/equal to 30 µg/L suggests deficiency.",
            [fig("lower than/equal to 30 µg/L", INF, 30, unit="µg/L")],
        ),
        (
            "Scores equal to or less than 7 are mild.",
            [fig("equal to or less than 7", INF, 7, comparator="equal to or less than")],
        ),
        (
            "A pulse at or above 100 bpm is fast.",
            [fig("at or above 100 bpm", 100, INF, unit="bpm", comparator="at or above")],
        ),
        (
            "Counts =>15 and =<2 were flagged.",
            [fig("=>15", 15, INF, comparator="=>"), fig("=<2", INF, 2, comparator="=<")],
        ),
        (
            "Systolic above 120 and less than or equal to 129 mmHg is elevated.",
            # a floor then a ceiling joined by "and" is one interval (README, "Comparators
            # spelled out"), in the unit said once after both
            [fig("above 120 and less than or equal to 129 mmHg", 120, 129, li=False, unit="mmHg")],
        ),
        (
            "A cholesterol of 5.0 mmol/L (193 mg/dL) or higher needs review.",
            [
                fig("5.0 mmol/L", 5.0, INF, unit="mmol/L", comparator="or higher"),
                fig("193 mg/dL", 193, INF, unit="mg/dL", comparator="or higher"),
            ],
        ),
        (
            "A newborn of 2.5 kg (5.5 lb) or less is small.",
            [
                fig("2.5 kg", INF, 2.5, unit="kg", comparator="or less"),
                fig("5.5 lb", INF, 5.5, unit="lb", comparator="or less"),
            ],
        ),
        (
            "A temperature of 38 °C (100.4 °F) or above is a fever.",
            [
                fig("38 °C", 38, INF, unit="°C", comparator="or above"),
                fig("100.4 °F", 100.4, INF, unit="°F", comparator="or above"),
            ],
        ),
    ],
    # a phrase between a change's start and "to" leaves the end its role; a verb of change
    # right before "X% to Y%" says "by" without writing it
    "change across a phrase": [
        (
            "Median survival rose from 11.2 months with chemotherapy to 16.8 months.",
            [
                fig("11.2 months", 11.2, unit="month", role="before"),
                fig("16.8 months", 16.8, unit="month", role="after"),
            ],
        ),
        (
            "Mean HbA1c dropped from 8.4% at baseline to 7.1%.",
            [
                fig("8.4%", 8.4, unit="percent", role="before"),
                fig("7.1%", 7.1, unit="percent", role="after"),
            ],
        ),
        (
            "The pass rate improved from 62% in the first cohort to 74%.",
            [
                fig("62%", 62, unit="percent", role="before"),
                fig("74%", 74, unit="percent", role="after"),
            ],
        ),
        (
            "Obesity rose from 21% in women aged over 50 in 2012 to 27% last year.",
            [
                fig("21%", 21, unit="percent", role="before"),
                fig("27%", 27, unit="percent", role="after"),
            ],
        ),
        (
            "Weight went from 92 kg, her heaviest, to 80 kg.",
            [
                fig("92 kg", 92, unit="kg", role="before"),
                fig("80 kg", 80, unit="kg", role="after"),
            ],
        ),
        (
            "Use fell 5% to 48%.",
            [fig("5%", 5, unit="percent"), fig("48%", 48, unit="percent", role="after")],
        ),
        # ends within three times each other stay a range, as after "by"
        ("Prices rose 4% to 6%.", [fig("4% to 6%", 4, 6, unit="percent")]),
        # either end of a change may itself be a range
        (
            "Uptake fell from 60–65% to 40–45%.",
            [
                fig("60–65%", 60, 65, unit="percent", role="before"),
                fig("40–45%", 40, 45, unit="percent", role="after"),
            ],
        ),
        (
            "The estimate was cut from 5 to 7% to 3 to 5%.",
            [
                fig("5 to 7%", 5, 7, unit="percent", role="before"),
                fig("3 to 5%", 3, 5, unit="percent", role="after"),
            ],
        ),
        (
            "Its weight fell from 80 to 85 kg to 70 to 75 kg.",
            [
                fig("80 to 85 kg", 80, 85, unit="kg", role="before"),
                fig("70 to 75 kg", 70, 75, unit="kg", role="after"),
            ],
        ),
        ("The dose was cut to 3 to 5 mg.", [fig("3 to 5 mg", 3, 5, unit="mg", role="after")]),
        # a unit on every figure: a sequence of levels, each its own figure
        (
            "Fees rose from $160 to $180 to $200.",
            [
                fig("$160", 160, unit="USD", role="before"),
                fig("$180", 180, unit="USD", role="after"),
                fig("$200", 200, unit="USD", role="after"),
            ],
        ),
    ],
    # a typo that glues a common word to a figure leaves the figure (a unit or noun follows)
    "word glued to a figure": [
        (
            "Take2 capsules every 8 hours.",
            [fig("2 capsules", 2, unit="capsules"), fig("8 hours", 8, unit="hour")],
        ),
        ("Apply3-4 drops to each eye.", [fig("3-4 drops", 3, 4, unit="drops")]),
        ("Use for5 days.", [fig("5 days", 5, unit="day")]),
        ("Drink about2 litres.", [fig("about2 litres", 2, unit="L", approx=True)]),
        ("Give1 tablet at night.", [fig("1 tablet", 1, unit="tablet")]),
        ("The Take2 app is free.", []),
    ],
}

# an age with a part of a year belongs to its group label, which keeps the whole age
AGE_GROUPS: list[tuple[str, dict, list[dict]]] = [
    (
        "Toddlers under 3 1/2 years get 2 ml.",
        {"text": "Toddlers under 3 1/2 years", "low": None, "high": 3.5},
        [fig("2 ml", 2, unit="mL")],
    ),
    (
        "Children aged 1½ to 4 take 5 ml.",
        {"text": "Children aged 1½ to 4", "low": 1.5, "high": 4},
        [fig("5 ml", 5, unit="mL")],
    ),
    (
        "Kids over 6½ years may chew 2 tablets.",
        {"text": "Kids over 6½ years", "low": 6.5, "high": None},
        [fig("2 tablets", 2, unit="tablets")],
    ),
    (
        "Babies under 1 ½ years need 1 ml.",
        {"text": "Babies under 1 ½ years", "low": None, "high": 1.5},
        [fig("1 ml", 1, unit="mL")],
    ),
    (
        "Children aged 2 1/2 to 6 take 2.5 ml.",
        {"text": "Children aged 2 1/2 to 6", "low": 2.5, "high": 6},
        [fig("2.5 ml", 2.5, unit="mL")],
    ),
]

# each case is a draft of its own: whether a single point groups thousands may depend on how
# the rest of the document writes its numbers
EUROPEAN: dict[str, list[tuple[list[str], str, list[dict]]]] = {
    # points grouping thousands before a decimal comma: one number, never two figures
    "points and a decimal comma": [
        (
            ["The implant costs 3.456,78 € in Austria."],
            "The implant costs 3.456,78 € in Austria.",
            [fig("3.456,78 €", 3456.78, unit="EUR")],
        ),
        (
            ["The ward spent EUR 12.345,6 on dressings."],
            "The ward spent EUR 12.345,6 on dressings.",
            [fig("EUR 12.345,6", 12345.6, unit="EUR")],
        ),
        (
            ["A scan costs €2.150,00 privately."],
            "A scan costs €2.150,00 privately.",
            [fig("€2.150,00", 2150, unit="EUR")],
        ),
        (
            ["An IVF cycle costs 9.870,50 zł in Kraków."],
            "An IVF cycle costs 9.870,50 zł in Kraków.",
            [fig("9.870,50 zł", 9870.5, unit="PLN")],
        ),
        (
            ["The county saw 2.468,3 admissions per million."],
            "The county saw 2.468,3 admissions per million.",
            [fig("2.468,3 admissions per million", 2468.3, unit="admissions/1,000,000")],
        ),
        (
            ["Each refill costs ,75 € extra."],
            "Each refill costs ,75 € extra.",
            [fig(",75 €", 0.75, unit="EUR")],
        ),
    ],
    # a single point before three digits: thousands when the figure or the page says so
    "a single point before three digits": [
        (
            ["A dental visit costs kr. 2.400 in Aarhus."],
            "A dental visit costs kr. 2.400 in Aarhus.",
            [fig("kr. 2.400", 2400, unit="kr")],
        ),
        (
            ["The registry counted 412.309 new stroke cases last year."],
            "The registry counted 412.309 new stroke cases last year.",
            [fig("412.309 new stroke cases", 412309, unit="new stroke cases")],
        ),
        (
            [
                "Across Europe 31,904 women were screened.",
                "| Year | Screened |",
                "| 2023 | 31.904 |",
            ],
            "| 2023 | 31.904 |",
            [fig("31.904", 31904)],
        ),
        (
            ["The trial paid 2.500.000 € in grants.", "Each site enrolled 1.250 volunteers."],
            "Each site enrolled 1.250 volunteers.",
            [fig("1.250 volunteers", 1250, unit="volunteers")],
        ),
        (
            ["Each kit costs 1.234,50 €.", "The usual dose is 2.500 mg."],
            "The usual dose is 2.500 mg.",
            [fig("2.500 mg", 2500, unit="mg")],
        ),
        # otherwise the point is decimal, as in English
        (
            ["Take 1.250 mg twice daily."],
            "Take 1.250 mg twice daily.",
            [fig("1.250 mg", 1.25, unit="mg"), fig("twice daily", 2, unit="times/day")],
        ),
        (
            ["A mean of 2.125 visits a patient was recorded."],
            "A mean of 2.125 visits a patient was recorded.",
            [fig("2.125 visits a patient", 2.125, unit="visits/patient")],
        ),
        (
            ["Fertility was 1.125 births per woman, 12,500.5 in total."],
            "Fertility was 1.125 births per woman, 12,500.5 in total.",
            [fig("1.125 births", 1.125, unit="births"), fig("12,500.5", 12500.5)],
        ),
    ],
}
EUROPEAN_CASES = [
    (kind, paragraphs, text, expected)
    for kind, cases in EUROPEAN.items()
    for paragraphs, text, expected in cases
]


@pytest.fixture(scope="module")
def extracted_drafts(tmp_path_factory):
    drafts = {f"case{i}": paragraphs for i, (_k, paragraphs, _t, _e) in enumerate(EUROPEAN_CASES)}
    return extract_drafts(tmp_path_factory.mktemp("european"), drafts)


@pytest.mark.parametrize(
    ("index", "text", "expected"),
    [(i, t, e) for i, (_k, _p, t, e) in enumerate(EUROPEAN_CASES)],
    ids=[f"{k}:{t[:40]}" for k, _p, t, _e in EUROPEAN_CASES],
)
def test_european_numeral_is_one_figure(extracted_drafts, index, text, expected):
    assert_read_as(extracted_drafts[f"case{index}"][text], text, expected)


CASES = cases_by_kind(KINDS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("limits"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.fixture(scope="module")
def age_groups(tmp_path_factory):
    """{paragraph: (groups, quantities)} of the age cases, from one ``extract`` run."""
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    path = tmp_path_factory.mktemp("ages") / "ages.md"
    path.write_text("\n\n".join(text for text, _g, _q in AGE_GROUPS) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    return {
        claim["text"]: (claim["groups"], claim["quantities"])
        for claim in json.loads(result.stdout)["documents"][0]["claims"]
    }


@pytest.mark.parametrize(
    ("text", "group", "expected"), AGE_GROUPS, ids=[t[:40] for t, *_ in AGE_GROUPS]
)
def test_age_with_a_half_is_a_group_label(age_groups, text, group, expected):
    groups, quantities = age_groups.get(text, ([], []))
    assert [{key: g[key] for key in group} for g in groups] == [group]
    assert [q["text"] for q in quantities] == [e["text"] for e in expected]
    for quantity, want in zip(quantities, expected, strict=True):
        assert (quantity["low"], quantity["high"], quantity["unit"]) == (
            want["low"],
            want["high"],
            want["unit"],
        )
