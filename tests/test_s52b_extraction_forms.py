"""Figure forms from session 52's second set, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph where its shape allows (:func:`_read_in`); the README's "Session 52 forms (second
set)" item says each rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS
from form_helpers import bounds_in as _bounds
from form_helpers import figures_in as _read_in


# Kind 1: a count or period right after a field label and its colon is the field's value,
# not the label's number ("Schedule 2" drugs, "Version: 2.3" stay labels).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Schedule: 3 doses, a month apart.",
            [("3 doses", 3, 3, "doses", False), ("a month", 1, 1, "month", False)],
        ),
        ("Dosing schedule: 2 injections.", [("2 injections", 2, 2, "injections", False)]),
        ("Schedule: two doses.", [("two doses", 2, 2, "doses", False)]),
        ("Cycle: 28 days.", [("28 days", 28, 28, "day", False)]),
        ("Treatment period: 16 weeks.", [("16 weeks", 16, 16, "week", False)]),
        ("Round: 6 visits in total.", [("6 visits", 6, 6, "visits", False)]),
    ],
)
def test_a_count_after_a_field_label_and_colon_is_its_value(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Morphine is a Schedule 2 drug.",
        "Schedule 2 drugs need a special prescription.",
        "Version: 2.3",
        "Stage: 3",
        "Phase: 2",
    ],
)
def test_a_label_number_without_a_counted_noun_stays_a_label(
    tmp_path, extract_json, form, sentence
):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


# Kind 3: a colon pair is a ratio (a / b fold) where what it compares is named without the
# word "ratio": staff to the people they look after, or the two parts of a mix.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Staffing is 1:5 by day and 1:10 at night.",
            [("1:5", 0.2, 0.2, "fold", False), ("1:10", 0.1, 0.1, "fold", False)],
        ),
        ("Nurse staffing was 1:8 on the ward.", [("1:8", 0.125, 0.125, "fold", False)]),
        ("Care staff cover is 1:4 for dementia.", [("1:4", 0.25, 0.25, "fold", False)]),
        ("Use a 2:1 glucose-to-fructose mix.", [("2:1", 2.0, 2.0, "fold", False)]),
        ("A 3:1 carb:protein drink helps.", [("3:1", 3.0, 3.0, "fold", False)]),
        ("Try a 4:1 maltodextrin-to-fructose blend.", [("4:1", 4.0, 4.0, "fold", False)]),
    ],
)
def test_a_colon_ratio_of_named_parts_is_a_multiple(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Make a 3:1 mix of water and gel.",
        "Patients were randomised 1:1 to drug or placebo.",
        "Staff are at 9:30 each morning.",
        "Staff start at 10:30 each day.",
        "The odds were 4:1 against a relapse.",
    ],
)
def test_a_colon_pair_without_named_parts_stays_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


# Kind 4: a bare multiplier verb after a modal or "to" is a multiple, as after a hedge.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In hot weather sweat losses can double.", [("double", 2.0, 2.0, "fold", False)]),
        ("Costs could triple by the end of the decade.", [("triple", 3.0, 3.0, "fold", False)]),
        ("The doctor may double the dose.", [("double", 2.0, 2.0, "fold", False)]),
        ("Waiting lists will quadruple.", [("quadruple", 4.0, 4.0, "fold", False)]),
        ("Demand is expected to double.", [("double", 2.0, 2.0, "fold", False)]),
        (
            "Smoking can more than double the risk.",
            [("more than double", 2.0, None, "fold", False)],
        ),
    ],
)
def test_a_multiplier_verb_after_a_modal_is_a_multiple(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "You can book a double room.",
        "We may use triple therapy.",
        "Do not take a double dose.",
        "You can double-check the label.",
        "Can double glazing help?",
    ],
)
def test_double_naming_a_kind_stays_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


# Kind 5: a zero right after a label's colon is the value it reports.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Falls: zero", [("zero", 0.0, 0.0, None, False)]),
        ("Never events: zero.", [("zero", 0.0, 0.0, None, False)]),
        ("Pressure ulcers: zero in March.", [("zero", 0.0, 0.0, None, False)]),
        (
            "Patient safety: zero never events for 14 consecutive months.",
            [
                ("zero never events", 0.0, 0.0, "never events", False),
                ("14 consecutive months", 14.0, 14.0, "month", False),
            ],
        ),
        (
            "Infection control: zero MRSA cases.",
            [("zero MRSA cases", 0.0, 0.0, "MRSA cases", False)],
        ),
    ],
)
def test_a_zero_after_a_label_and_colon_is_its_value(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Goal: close to zero.", []),
        ("Note: zero-calorie drinks still count.", []),
        ("Zero attacks", []),
        ("Results: 87% had zero attacks.", [("87%", 87.0, 87.0, "percent", False)]),
        ("The result: 40% had zero relapses.", [("40%", 40.0, 40.0, "percent", False)]),
    ],
)
def test_a_zero_saying_no_stays_words(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 6: the section numbers of a breadcrumb trail name the page's place, no figure.
@pytest.mark.parametrize(
    "sentence",
    [
        "Annual report › 2. Performance › 2.1 Overview",
        "Home » 3. Services » 3.2 Maternity",
        "Guide > 4. Fees > 4.1 Extras",
        "1. Introduction → 1.2 Who this is for",
        "Handbook › 6. Staff › 6.4 Training and support",
    ],
)
@pytest.mark.parametrize("form", ("prose", "list", "html"))
def test_breadcrumb_section_numbers_are_no_figures(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", ("prose", "list", "html"))
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Refer if HbA1c > 7.5 Consider insulin.", [("> 7.5", 7.5, None, None, False)]),
        ("Results › 3 Patients died", [("3 Patients", 3.0, 3.0, "Patients", False)]),
    ],
)
def test_a_figure_after_a_single_arrow_or_mark_stays(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 7: a measure's bound carries into its bracketed percentage (HbA1c in both units); a
# share or a count's bound does not (the bracket gives the share exactly).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Refer if HbA1c is above 75 mmol/mol (9%).",
            [
                ("above 75 mmol/mol", 75.0, None, False, True, False),
                ("9%", 9.0, None, False, True, False),
            ],
        ),
        (
            "Aim for up to 58 mmol/mol (7.5%).",
            [
                ("up to 58 mmol/mol", None, 58.0, True, True, False),
                ("7.5%", None, 7.5, True, True, False),
            ],
        ),
        (
            "Keep it under 48 mmol/mol (6.5%) if you can.",
            [
                ("under 48 mmol/mol", None, 48.0, True, False, False),
                ("6.5%", None, 6.5, True, False, False),
            ],
        ),
        (
            "Weight loss over 5 kg (6%) counts.",
            [("over 5 kg", 5.0, None, False, True, False), ("6%", 6.0, None, False, True, False)],
        ),
        (
            "A reading below 53 mmol/mol (7%) is the goal.",
            [
                ("below 53 mmol/mol", None, 53.0, True, False, False),
                ("7%", None, 7.0, True, False, False),
            ],
        ),
        (
            "More than half (56%) said yes.",
            [
                ("More than half", 0.5, None, False, True, False),
                ("56%", 56.0, 56.0, True, True, False),
            ],
        ),
        (
            "Over 40 patients (35%) relapsed.",
            [
                ("Over 40 patients", 40.0, None, False, True, False),
                ("35%", 35.0, 35.0, True, True, False),
            ],
        ),
    ],
)
def test_a_measures_bound_carries_into_its_bracketed_percentage(
    tmp_path, extract_json, form, sentence, expected
):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


# Kind 8: comparators said as comparatives of strength or heat, a minimum or maximum with its
# noun between, and "over" after an event counted by its length.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Drinks much stronger than 10% slow the stomach.",
            [("stronger than 10%", 10.0, None, False, True, False)],
        ),
        ("Gels weaker than 6% are fine.", [("weaker than 6%", None, 6.0, True, False, False)]),
        (
            "Water warmer than 40 °C scalds.",
            [("warmer than 40 °C", 40.0, None, False, True, False)],
        ),
        (
            "Book a minimum visit of 30 minutes.",
            [("a minimum visit of 30 minutes", 30.0, None, True, True, False)],
        ),
        (
            "There is a minimum stay of 7 nights.",
            [("a minimum stay of 7 nights", 7.0, None, True, True, False)],
        ),
        (
            "A maximum wait of 18 weeks applies.",
            [("A maximum wait of 18 weeks", None, 18.0, True, True, False)],
        ),
        (
            "Ambulance handovers over 60 minutes fell.",
            [("over 60 minutes", 60.0, None, False, True, False)],
        ),
        (
            "Delays over 30 minutes were rare.",
            [("over 30 minutes", 30.0, None, False, True, False)],
        ),
    ],
)
def test_comparators_of_strength_minimums_and_lengths(
    tmp_path, extract_json, form, sentence, expected
):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Patients lost 9% over 40 weeks.",
            [("9%", 9.0, 9.0, True, True, False), ("40 weeks", 40.0, 40.0, True, True, False)],
        ),
        (
            "Costs over 5 years came to £2,000.",
            [
                ("5 years", 5.0, 5.0, True, True, False),
                ("£2,000", 2000.0, 2000.0, True, True, False),
            ],
        ),
    ],
)
def test_over_a_span_after_a_change_stays_the_span(
    tmp_path, extract_json, form, sentence, expected
):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


# Kind 9: a distance unit before its number is a marker on a course, its hedge kept.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The wall hits around mile 20 (32 km).",
            [("around mile 20", 20.0, 20.0, "mile", True), ("32 km", 32.0, 32.0, "km", False)],
        ),
        ("Cramp often starts at mile 18.", [("mile 18", 18.0, 18.0, "mile", False)]),
        (
            "Take a gel around mile 8 and mile 16.",
            [("around mile 8", 8.0, 8.0, "mile", True), ("mile 16", 16.0, 16.0, "mile", False)],
        ),
        ("Most runners slow around km 30.", [("around km 30", 30.0, 30.0, "km", True)]),
        ("The steepest climb is near mile 21.", [("near mile 21", 21.0, 21.0, "mile", True)]),
    ],
)
def test_a_course_marker_is_its_distance(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected
