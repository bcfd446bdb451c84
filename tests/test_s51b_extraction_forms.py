"""Figure forms from session 51's second set, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph where its shape allows (:func:`_read_in`); the README's "Session 51 forms (second
set)" item says each rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS, claims_in
from form_helpers import bounds_in as _bounds
from form_helpers import figures_in as _read_in


def _groups_in(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, unit) of every group label read from ``sentence`` in ``form``."""
    return [
        (g["text"], g["low"], g["high"], g["unit"])
        for c in claims_in(tmp_path, extract_json, form, sentence)
        for g in c["groups"]
    ]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mouth guards are about 2⁄3 as effective as CPAP.",
            [("about 2⁄3", 2 / 3, 2 / 3, "fold", True)],
        ),
        ("Smokers are 2/3 as likely to quit.", [("2/3", 2 / 3, 2 / 3, "fold", False)]),
        ("The new jab is 1/2 as painful.", [("1/2", 0.5, 0.5, "fold", False)]),
        ("Generic inhalers cost 1/4 as much.", [("1/4", 0.25, 0.25, "fold", False)]),
        ("Women were 3/4 as likely to be referred.", [("3/4", 0.75, 0.75, "fold", False)]),
    ],
)
def test_a_slash_fraction_before_as_is_a_multiple(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Among those who stop, half stop in the first month.",
            [("half", 0.5, 0.5, "proportion", False)],
        ),
        ("Among teens, a third smoke.", [("a third", 1 / 3, 1 / 3, "proportion", False)]),
        (
            "More than a quarter (26.3%) screened positive.",
            [
                ("More than a quarter", 0.25, None, "proportion", False),
                ("26.3%", 26.3, 26.3, "percent", False),
            ],
        ),
        (
            "Of those offered a place, two thirds started within a week.",
            [
                ("two thirds", 2 / 3, 2 / 3, "proportion", False),
                ("within a week", None, 1.0, "week", False),
            ],
        ),
        (
            "Of the patients asked, half skipped a dose.",
            [("half", 0.5, 0.5, "proportion", False)],
        ),
        ("A third dose is due in May.", []),
    ],
)
def test_a_fraction_before_what_a_group_does(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Returned bottles were often more than half full.",
            [("more than half", 0.5, None, "proportion", False)],
        ),
        ("The jug is three quarters full.", [("three quarters", 0.75, 0.75, "proportion", False)]),
        ("The artery was half blocked.", [("half", 0.5, 0.5, "proportion", False)]),
        (
            "The course was about two-thirds complete.",
            [("about two-thirds", 2 / 3, 2 / 3, "proportion", True)],
        ),
        ("The ward is now a quarter empty.", [("a quarter", 0.25, 0.25, "proportion", False)]),
    ],
)
def test_a_fraction_before_an_adjective_of_fullness(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Inactivity doubles the risk, and poverty is linked with a risk about 3 times higher.",
            [("doubles", 2.0, 2.0, "fold", True), ("about 3 times", 3.0, 3.0, "fold", True)],
        ),
        (
            "Obesity triples the risk; smoking raises it 4 times.",
            [("triples", 3.0, 3.0, "fold", True), ("4 times", 4.0, 4.0, "fold", False)],
        ),
        (
            "Inactivity doubles the risk, but walking cuts it by 30%.",
            [("doubles", 2.0, 2.0, "fold", True), ("30%", 30.0, 30.0, "percent", False)],
        ),
        (
            "Poor sleep doubles the risk, while stress is linked with a 50% rise.",
            [("doubles", 2.0, 2.0, "fold", True), ("50%", 50.0, 50.0, "percent", False)],
        ),
        (
            "Exercise helps.\nLoneliness\ndoubles the risk, and debt raises it 3 times.",
            [("doubles", 2.0, 2.0, "fold", True), ("3 times", 3.0, 3.0, "fold", False)],
        ),
        # in the same clause a percentage still states the change the verb rounds
        (
            "Gout cases more than doubled over 30 years, rising by 118%.",
            [("30 years", 30.0, 30.0, "year", False), ("118%", 118.0, 118.0, "percent", False)],
        ),
    ],
)
def test_a_multiple_verb_keeps_its_figure_beside_another_clause(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Send your swab to 75008 Paris for testing.",
        "Our partner lab is in 35250 İzmir, near the port.",
        "Write to the clinic at 28013 Madrid by post.",
        "The eye centre moved to 20121 Milano in May.",
        "Post the form to 80331 München.",
    ],
)
def test_a_postcode_before_its_city_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About 35000 Americans die of sepsis.",
            [("About 35000 Americans", 35e3, 35e3, "Americans", True)],
        ),
        (
            "We tested 12500 patients in Leeds.",
            [("12500 patients", 12500.0, 12500.0, "patients", False)],
        ),
    ],
)
def test_a_count_before_a_capital_stays_a_count(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Call Samaritans free on 116 123 at any time.",
        "You can ring the Mind Infoline on 0300 123 3393.",
        "Use 111 online if you are unsure what to do.",
        "Get help from NHS 111 or your GP.",
        "Phone NHS 119 to book a vaccine.",
        "If a child stops breathing, call 999 at once.",
    ],
)
def test_a_helpline_to_call_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_short_number_of_beds_stays_a_count(tmp_path, extract_json, form):
    assert _read_in(tmp_path, extract_json, form, "The hospital has 111 beds.") == [
        ("111 beds", 111.0, 111.0, "beds", False)
    ]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Many patients ask for a second opinion.", []),
        ("Some need a second, stronger course of antibiotics.", []),
        ("He waited for a second dose of the vaccine.", []),
        ("The rash came back for a second time.", []),
        ("Plan for a second, follow-up scan at 12%.", [("12%", 12.0, 12.0, "percent", False)]),
        (
            "Hold the inhaler for a second and breathe out.",
            [("a second", 1.0, 1.0, "second", False)],
        ),
        ("Hold your breath for a second.", [("a second", 1.0, 1.0, "second", False)]),
        (
            "The test takes less than a second.",
            [("less than a second", None, 1.0, "second", False)],
        ),
    ],
)
def test_a_second_before_a_noun_is_the_ordinal(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # README "Scores": a single or bounded score stays a figure, with no unit
        (
            "A PHQ-9 score of 10 or more suggests depression.",
            [("10 or more", 10.0, None, None, False)],
        ),
        (
            "Those with a GAD-7 score of 8 or more get therapy.",
            [("8 or more", 8.0, None, None, False)],
        ),
        (
            "People on the PHQ-9 with a score of 15 or more are referred.",
            [("15 or more", 15.0, None, None, False)],
        ),
        ("An AUDIT score of 8 or more needs advice.", [("8 or more", 8.0, None, None, False)]),
        ("A NEWS2 score of 5 or more triggers review.", [("5 or more", 5.0, None, None, False)]),
    ],
)
def test_a_score_threshold_stays_a_bounded_figure(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lenses cost €998–€1.650 per eye.", ("€998–€1.650 per eye", 998.0, 1650.0)),
        ("A course costs 998 to 1.650 mg in total.", ("998 to 1.650 mg", 998.0, 1650.0)),
        ("Fees run 750–1.200 kr a visit.", ("750–1.200 kr a visit", 750.0, 1200.0)),
        ("Implants cost €850 to €2.400 each.", ("€850 to €2.400 each", 850.0, 2400.0)),
        ("Doses of 1–1.500 mg were tried.", ("1–1.500 mg", 1.0, 1.5)),
        ("The scan costs €1.650 abroad.", ("€1.650", 1650.0, 1650.0)),
    ],
)
def test_a_range_of_mixed_grouping_rises(tmp_path, extract_json, form, sentence, expected):
    found = [q[:3] for q in _read_in(tmp_path, extract_json, form, sentence)]
    assert found == [expected]
    assert found[0][1] <= found[0][2]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Expect a little over half of patients to respond.",
            [("a little over half", 0.5, None, False, True, True)],
        ),
        (
            "A little over £200 is typical.",
            [("A little over £200", 200.0, None, False, True, True)],
        ),
        (
            "Slightly over 30% had side effects.",
            [("Slightly over 30%", 30.0, None, False, True, True)],
        ),
        (
            "Slightly below 20% of adults smoke.",
            [("Slightly below 20%", None, 20.0, True, False, True)],
        ),
        # "just" hedges only "over"/"under", as decided before: "just below" is the plain bound
        ("Just below 20% of adults smoke.", [("below 20%", None, 20.0, True, False, False)]),
        (
            "A bit more than 40 patients came.",
            [("A bit more than 40 patients", 40.0, None, False, True, True)],
        ),
        (
            "Marginally under 5 mmol/L is the goal.",
            [("Marginally under 5 mmol/L", None, 5.0, True, False, True)],
        ),
        ("Over 30% had side effects.", [("Over 30%", 30.0, None, False, True, False)]),
    ],
)
def test_a_hedge_of_closeness_before_a_comparator(tmp_path, extract_json, form, sentence, expected):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rest for 5 days at the least.", [("5 days at the least", 5.0, None, True, True, False)]),
        (
            "Avoid alcohol for 3 weeks at the very least.",
            [("3 weeks at the very least", 3.0, None, True, True, False)],
        ),
        ("Drink 2 litres at a minimum.", [("2 litres at a minimum", 2.0, None, True, True, False)]),
        (
            "Use the mask on 70% of nights or more.",
            [("70% of nights or more", 70.0, None, True, True, False)],
        ),
        ("Take 90% of doses or more.", [("90% of doses or more", 90.0, None, True, True, False)]),
        (
            "Sit for 80% of the time or less.",
            [("80% of the time or less", None, 80.0, True, True, False)],
        ),
        ("About 20% of adults smoke.", [("About 20%", 20.0, 20.0, True, True, True)]),
    ],
)
def test_a_bound_after_an_intervening_phrase(tmp_path, extract_json, form, sentence, expected):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


def _bounds_of_draft(tmp_path, extract_json, name: str, draft: str) -> list[tuple]:
    """(text, low, high, low_inclusive, high_inclusive) of every figure in a whole draft."""
    path = tmp_path / name
    path.write_text(draft, encoding="utf-8")
    claims = extract_json(path)["documents"][0]["claims"]
    return [
        (q["text"], q["low"], q["high"], q["low_inclusive"], q["high_inclusive"])
        for c in claims
        for q in c["quantities"]
    ]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (
            "You may not need another scan for up to\n   5 years.",
            ("up to\n   5 years", None, 5.0, True, True),
        ),
        (
            "Take no more than\n   8 tablets a day.",
            ("no more than\n   8 tablets a day", None, 8.0, True, True),
        ),
        ("Walk for at least\n   30 minutes.", ("at least\n   30 minutes", 30.0, None, True, True)),
        ("Keep it to less than\n   6 units.", ("less than\n   6 units", None, 6.0, True, False)),
        ("Rest for at most\n   2 days.", ("at most\n   2 days", None, 2.0, True, True)),
    ],
)
def test_a_comparator_before_a_wrapped_list_line(tmp_path, extract_json, item, expected):
    """A numbered item's wrapped line is indented under its text: the comparator at the end of
    the line above still bounds the figure that opens the next."""
    draft = "Steps:\n\n1. **Advice.** " + item + "\n2. Ask your GP.\n"
    assert _bounds_of_draft(tmp_path, extract_json, "list.md", draft) == [expected]


def test_a_row_label_across_a_column_gap_stays_a_label(tmp_path, extract_json):
    draft = "Annual maximum          $1,000\n"
    assert _bounds_of_draft(tmp_path, extract_json, "prices.txt", draft) == [
        ("$1,000", 1000.0, 1000.0, True, True)
    ]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Give no single dose above 30 mg/kg.",
            [("above 30 mg/kg", None, 30.0, True, True, False)],
        ),
        ("Give no dose above 4 g in a day.", [("above 4 g", None, 4.0, True, True, False)]),
        ("Allow no daily intake over 2 g of salt.", [("over 2 g", None, 2.0, True, True, False)]),
        (
            "Serve no portion of juice above 150 ml.",
            [("above 150 ml", None, 150.0, True, True, False)],
        ),
        ("Take no tablet over 500 mg at once.", [("over 500 mg", None, 500.0, True, True, False)]),
        ("No child under 12 should take aspirin.", []),
        ("A dose above 4 g harms the liver.", [("above 4 g", 4.0, None, False, True, False)]),
    ],
)
def test_no_before_what_is_dosed_makes_a_limit(tmp_path, extract_json, form, sentence, expected):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A sleep study costs from £295 (clinic) to £1,150 (hospital).",
            [("from £295 (clinic) to £1,150", 295.0, 1150.0, "GBP", False)],
        ),
        (
            "Tests cost from £250 (at home) to £900 in a lab.",
            [("from £250 (at home) to £900", 250.0, 900.0, "GBP", False)],
        ),
        (
            "Doses range from 5 mg (infants) to 20 mg (adults).",
            [("from 5 mg (infants) to 20 mg", 5.0, 20.0, "mg", False)],
        ),
        (
            "Stays last from 2 days (day surgery) to 5 days.",
            [("from 2 days (day surgery) to 5 days", 2.0, 5.0, "day", False)],
        ),
        (
            "Give between 2 (children) and 4 (adults) tablets.",
            [("between 2 (children) and 4", 2.0, 4.0, None, False)],
        ),
    ],
)
def test_a_bracketed_note_inside_a_from_to_range(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
def test_a_change_with_a_year_in_brackets_keeps_its_ends(tmp_path, extract_json, form):
    found = _read_in(tmp_path, extract_json, form, "Fees rose from £20 (in 2019) to £30.")
    assert [q[:3] for q in found] == [("£20", 20.0, 20.0), ("£30", 30.0, 30.0)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Results vary by ±1–2 percentage points.",
            [("±1–2 percentage points", 1.0, 2.0, "percentage points", False)],
        ),
        ("Scales are accurate to ±0.1-0.2 kg.", [("±0.1-0.2 kg", 0.1, 0.2, "kg", False)]),
        ("Readings drift by ±3–5 mmHg.", [("±3–5 mmHg", 3.0, 5.0, "mmHg", False)]),
        ("Meters err by ±10–15%.", [("±10–15%", 10.0, 15.0, "percent", False)]),
        (
            "Clocks drift ±2–4 minutes a day.",
            [("±2–4 minutes a day", 2.0, 4.0, "minute", False)],
        ),
        (
            "Aim to land within ±0.5 D of the target.",
            [("within ±0.5 D", -0.5, 0.5, "dioptre", False)],
        ),
    ],
)
def test_a_plus_minus_before_a_range_is_the_spread_size(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cognitive decline over 3 years was 40% lower with hearing aids.",
            [("3 years", 3.0, 3.0, True, True, False), ("40%", 40.0, 40.0, True, True, False)],
        ),
        (
            "Weight gain over 2 years averaged 3 kg.",
            [("2 years", 2.0, 2.0, True, True, False), ("3 kg", 3.0, 3.0, True, True, False)],
        ),
        (
            "Bone loss over 10 years was 12%.",
            [("10 years", 10.0, 10.0, True, True, False), ("12%", 12.0, 12.0, True, True, False)],
        ),
        (
            "Average spending over 5 years came to £2,000.",
            [("5 years", 5.0, 5.0, True, True, False), ("£2,000", 2e3, 2e3, True, True, False)],
        ),
        (
            "Hospital use over 12 months fell by 8%.",
            [("12 months", 12.0, 12.0, True, True, False), ("8%", 8.0, 8.0, True, True, False)],
        ),
        # after "for", a verb of lasting, or people, "over" stays "more than"
        ("He has smoked for over 20 years.", [("over 20 years", 20.0, None, False, True, False)]),
        (
            "Symptoms lasting over 3 weeks are a warning.",
            [("over 3 weeks", 3.0, None, False, True, False)],
        ),
    ],
)
def test_over_a_period_after_a_noun_is_its_span(tmp_path, extract_json, form, sentence, expected):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # decided: "after N minutes" is the time point after the event, as "at 30 minutes" is
        (
            "If vomiting happens after 30 minutes, do not repeat the dose.",
            [("30 minutes", 30.0, 30.0, True, True, False)],
        ),
        ("Pain eases after 2 days for most people.", [("2 days", 2.0, 2.0, True, True, False)]),
        ("Check the level after 4 hours.", [("4 hours", 4.0, 4.0, True, True, False)]),
        ("Swelling settles after 6 weeks.", [("6 weeks", 6.0, 6.0, True, True, False)]),
        (
            "After 12 months, 60% were still smoke-free.",
            [("12 months", 12.0, 12.0, True, True, False), ("60%", 60.0, 60.0, True, True, False)],
        ),
    ],
)
def test_after_a_period_is_a_time_point(tmp_path, extract_json, form, sentence, expected):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "figures", "groups"),
    [
        (
            "Of people aged 60 and 61, 40% took the test.",
            [("40%", 40.0, 40.0, "percent", False)],
            [("people aged 60", 60.0, 60.0, "year"), ("61", 61.0, 61.0, "year")],
        ),
        (
            "Among those aged 65 or 66, 70% are invited by letter.",
            [("70%", 70.0, 70.0, "percent", False)],
            [("those aged 65 or 66", 65.0, 66.0, "year")],  # "or": a range, as before
        ),
        (
            "Of children aged 2 and 3, 45% get the nasal spray.",
            [("45%", 45.0, 45.0, "percent", False)],
            [("children aged 2", 2.0, 2.0, "year"), ("3", 3.0, 3.0, "year")],
        ),
        (
            "Among women aged 50 and 51, 62% were screened.",
            [("62%", 62.0, 62.0, "percent", False)],
            [("women aged 50", 50.0, 50.0, "year"), ("51", 51.0, 51.0, "year")],
        ),
        (
            "People aged 70 and 71 were added to the programme.",
            [],
            [],
        ),
        (
            "Men aged 40 and 45 patients were seen.",
            [("45 patients", 45.0, 45.0, "patients", False)],
            [("Men aged 40", 40.0, 40.0, "year")],
        ),
        (
            "Women aged 30 and 12 others came.",
            [("12 others", 12.0, 12.0, "others", False)],
            [("Women aged 30", 30.0, 30.0, "year")],
        ),
    ],
)
def test_a_second_single_age_after_and_is_an_age(
    tmp_path, extract_json, form, sentence, figures, groups
):
    assert _read_in(tmp_path, extract_json, form, sentence) == figures
    assert _groups_in(tmp_path, extract_json, form, sentence) == groups


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The implant lasts about 10 years; a cheaper one in roughly 6.",
            [("about 10 years", 10.0, 10.0, "year", True), ("roughly 6", 6.0, 6.0, "year", True)],
        ),
        (
            "Most wounds heal in about 3 weeks; deeper ones, with dressings, in close to 8.",
            [("about 3 weeks", 3.0, 3.0, "week", True), ("close to 8", 8.0, 8.0, "week", True)],
        ),
        (
            "Survival was 85% after 5 years and 70% after almost 10.",
            [
                ("85%", 85.0, 85.0, "percent", False),
                ("5 years", 5.0, 5.0, "year", False),
                ("70%", 70.0, 70.0, "percent", False),
                ("almost 10", 10.0, 10.0, "year", True),
            ],
        ),
        (
            "A £900 hearing aid pays for itself in about 12 years; a £400 one, with batteries, "
            "in roughly 5.",
            [
                ("£900", 900.0, 900.0, "GBP", False),
                ("about 12 years", 12.0, 12.0, "year", True),
                ("£400", 400.0, 400.0, "GBP", False),
                ("roughly 5", 5.0, 5.0, "year", True),
            ],
        ),
        (
            "Scars fade within 6 months on the face and on the legs within approximately 12.",
            [
                ("within 6 months", None, 6.0, "month", False),
                ("within approximately 12", None, 12.0, "month", True),
            ],
        ),
    ],
)
def test_a_hedged_elided_period_takes_the_said_unit(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "CPAP brings the AHI under 5 in 9 out of 10 patients.",
            [("under 5", None, 5.0, None, False), ("9 out of 10", 0.9, 0.9, "proportion", False)],
        ),
        (
            "Statins cut LDL to below 2 in 8 out of 10 patients.",
            [("below 2", None, 2.0, None, False), ("8 out of 10", 0.8, 0.8, "proportion", False)],
        ),
        (
            "Pain scores fell to 3 in 7 of 10 patients.",
            [("3", 3.0, 3.0, None, False), ("7 of 10", 0.7, 0.7, "proportion", False)],
        ),
        (
            "HbA1c fell below 7 in 6 out of 10 adults.",
            [("below 7", None, 7.0, None, False), ("6 out of 10", 0.6, 0.6, "proportion", False)],
        ),
        (
            "Fever settles under 38 in 4 out of 5 children.",
            [("under 38", None, 38.0, None, False), ("4 out of 5", 0.8, 0.8, "proportion", False)],
        ),
        (
            "About 1 in 8 women gets breast cancer.",
            [("About 1 in 8", 0.125, 0.125, "proportion", True)],
        ),
    ],
)
def test_in_before_a_proportion_of_its_own(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "figures", "groups"),
    [
        (
            "Having a first baby before 35 raises the risk by 20%.",
            [("20%", 20.0, 20.0, "percent", False)],
            [("before 35", None, 35.0, "year")],
        ),
        (
            "Women who reach menopause before 45 have a 30% higher risk.",
            [("30%", 30.0, 30.0, "percent", False)],
            [("before 45", None, 45.0, "year")],
        ),
        (
            "Of those diagnosed before 40, 60% carry the gene.",
            [("60%", 60.0, 60.0, "percent", False)],
            [("before 40", None, 40.0, "year")],
        ),
        (
            "Boys who started smoking under 16 were 2 times more likely to be hooked.",
            [("2 times", 2.0, 2.0, "fold", False)],
            [("under 16", None, 16.0, "year")],
        ),
        (
            "Over 80, it is about 4%.",
            [("about 4%", 4.0, 4.0, "percent", True)],
            [("Over 80", 80.0, None, "year")],
        ),
        (
            "Under 50, the risk is about 1 in 1,000.",
            [("about 1 in 1,000", 0.001, 0.001, "proportion", True)],
            [("Under 50", None, 50.0, "year")],
        ),
        (
            "It is a myth that most are diagnosed before 50, says a 2024 review of 300 cases.",
            [("300 cases", 300.0, 300.0, "cases", False)],
            [("before 50", None, 50.0, "year")],
        ),
    ],
)
def test_an_age_bound_that_says_whose_risk_is_a_group(
    tmp_path, extract_json, form, sentence, figures, groups
):
    assert _read_in(tmp_path, extract_json, form, sentence) == figures
    assert _groups_in(tmp_path, extract_json, form, sentence) == groups


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Give the vaccine before 12 weeks.", [("before 12 weeks", None, 12.0, "week", False)]),
        ("Over 60% of adults walk daily.", [("Over 60%", 60.0, None, "percent", False)]),
        (
            "Over 4,000 procedures were done.",
            [("Over 4,000 procedures", 4e3, None, "procedures", False)],
        ),
    ],
)
def test_a_bound_with_a_unit_stays_a_figure(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "SPF 100 sunscreen blocks about 99% of UVB.",
            [("100", 100.0, 100.0, None, False), ("about 99%", 99.0, 99.0, "percent", True)],
        ),
        ("Choose an SPF 50 cream for children.", [("50", 50.0, 50.0, None, False)]),
        ("UPF 50 clothes help on the beach.", [("50", 50.0, 50.0, None, False)]),
        ("SPF 30 lotions are enough for most days.", [("30", 30.0, 30.0, None, False)]),
        (
            "SPF 15 sunscreens last 2 hours.",
            [("15", 15.0, 15.0, None, False), ("2 hours", 2.0, 2.0, "hour", False)],
        ),
        ("Use SPF 30 or higher.", [("30 or higher", 30.0, None, None, False)]),
        ("Use at least SPF 30.", [("at least SPF 30", 30.0, None, None, False)]),
    ],
)
def test_a_protection_factor_counts_no_product(tmp_path, extract_json, form, sentence, expected):
    """The rating stays a figure, as decided before (the seventh held-out kinds); the product
    after it is what is rated, never a count of sunscreens."""
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In the UK there is about one diagnosis every 6 minutes.",
            [("6 minutes", 6.0, 6.0, "minute", False)],
        ),
        ("There is 1 death every 2 hours from sepsis.", [("2 hours", 2.0, 2.0, "hour", False)]),
        (
            "One birth every twenty seconds happens worldwide.",
            [("twenty seconds", 20.0, 20.0, "second", False)],
        ),
        (
            "About 1 person every 3 minutes has a stroke.",
            [("3 minutes", 3.0, 3.0, "minute", False)],
        ),
        ("One admission every 4 hours is for falls.", [("4 hours", 4.0, 4.0, "hour", False)]),
        # a dose taken every so often keeps its amount
        (
            "Take 1 tablet every 4 hours.",
            [("1 tablet", 1.0, 1.0, "tablet", False), ("4 hours", 4.0, 4.0, "hour", False)],
        ),
    ],
)
def test_the_one_of_a_rate_is_no_figure(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected
