"""Figure forms from session 54's second set, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph where its shape allows (:func:`_read_in`); the README's "Session 54 forms (second
set)" item says each rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS
from form_helpers import bounds_in as _bounds_in
from form_helpers import figures_in as _read_in


# Kind 1: a helpline's number after its name or a cue to dial it, and a toll-free number
# with its prefix and groups, is no figure; a count beside the same digits stays one.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Ring Lifeline 13 11 14 tonight.",
        "Lifeline: 13 11 14 or text 0477 13 11 14.",
        "Samaritans: 116 123",
        "Contact Samaritans (116 123).",
        "Call NHS 24 on 111 in Scotland.",
        "Emergency: 000",
        "Toll-free 1800 425 7788.",
        "1800 425 7788 (toll-free)",
        "Telehealth 1300 60 60 24.",
        "Freecall 1800 500 111.",
        "Kids Helpline 1800 55 1800.",
        "Crisis line 1-800-273-TALK.",
        "Ring freephone 0808 808 4994.",
        "Call 1-800-273-8255 in the US.",
        "Phone 111 or 999.",
    ],
)
def test_a_helpline_or_toll_free_number_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We saw 111 patients last year.", [("111 patients", 111.0, 111.0, "patients", False)]),
        ("She ate 1800 kcal.", [("1800 kcal", 1800.0, 1800.0, "kcal", False)]),
        ("The trial enrolled 999 adults.", [("999 adults", 999.0, 999.0, "adults", False)]),
        (
            "The register held 116 123 adults.",
            [("116 123 adults", 116123.0, 116123.0, "adults", False)],
        ),
        ("A dose of 1800 mg daily.", [("1800 mg daily", 1800.0, 1800.0, "mg", False)]),
        ("The helpline took 13,000 calls.", [("13,000 calls", 13000.0, 13000.0, "calls", False)]),
    ],
)
def test_counts_beside_helpline_digits_stay_figures(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 2: a reference's volume, issue and pages, however a style spaces and orders them, are
# no figures.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Kessler RC, et al. Arch Gen Psychiatry 2005, 62(6), 593-602.",
        "Smith, J. (2019). Sleep and mood. Journal of Sleep Research, 28(3), 45–57.",
        "Lee K (2020) Exercise in old age. Age Ageing 49(2):200-210.",
        "Patel R. Hypertension. 2019 May; 73 (5): 1013 - 1020.",
        "Wang L. Lancet 2019; 393 (10184): 1513–1523.",
        "Chan M. Stroke 2016;47(Suppl 1):A12.",
        "Br J Gen Pract 2021; 71 (702): e1–e9.",
        "Pediatrics 2017; 140 (3): e20171904.",
        "Nature 2020, 580: 123–128.",
        "Psychol Med 49, 200–210 (2019).",
        "Harris T, Ann Fam Med, 2014, 12(3):45-57.",
        "Journal of Nutrition, vol. 150, no. 4, pp. 801–810, 2020.",
    ],
)
def test_a_references_volume_issue_and_pages_are_no_figures(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The score was 28 (3): 45–57 points.",
            [("28", 28.0, 28.0, None, False), ("45–57 points", 45.0, 57.0, "points", False)],
        ),
        (
            "In 2019, 393 patients: 120–130 mmHg.",
            [
                ("393 patients", 393.0, 393.0, "patients", False),
                ("120–130 mmHg", 120.0, 130.0, "mmHg", False),
            ],
        ),
        ("In 2020, 580 people died.", [("580 people", 580.0, 580.0, "people", False)]),
        (
            "Mean HbA1c 7.2 (1.1): 6.1–8.3%.",
            [("7.2", 7.2, 7.2, None, False), ("6.1–8.3%", 6.1, 8.3, "percent", False)],
        ),
        (
            "Of 62 (6%) patients, 593–602 were seen.",
            [
                ("62", 62.0, 62.0, "patients", False),
                ("6%", 6.0, 6.0, "percent", False),
                ("593–602", 593.0, 602.0, None, False),
            ],
        ),
    ],
)
def test_figures_shaped_like_a_reference_stay(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 3: a transit route's number (and a list of them) after a route word, a vehicle or a
# verb of catching one, or before the vehicle it names, is no figure.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Take tram 704 to the hospital.",
        "Bus routes 12 and 45 stop outside.",
        "Take line 7 to the clinic.",
        "Metro line 4 stops at the door.",
        "Tram lines 2 and 6 run past the clinic.",
        "Trams 1, 2 and 3 stop here.",
        "Take U-Bahn line U6 to Marienplatz.",
        "Take the 12 or 45 bus.",
        "Catch the number 38 bus.",
        "Get off at stop 14.",
        "Take the M4 tram.",
    ],
)
def test_a_transit_route_number_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Draw a line 10 cm long.", [("10 cm", 10.0, 10.0, "cm", False)]),
        (
            "Trams 3 times a day is too many.",
            [("3 times a day", 3.0, 3.0, "times/day", False)],
        ),
        ("Take 2 buses a day.", [("2 buses a day", 2.0, 2.0, "buses/day", False)]),
        (
            "There are 73 bus stops in town.",
            [("73 bus stops", 73.0, 73.0, "bus stops", False)],
        ),
        ("Take the 2 tablets with food.", [("2 tablets", 2.0, 2.0, "tablets", False)]),
        (
            "Route 66 buses run every 10 minutes.",
            [("10 minutes", 10.0, 10.0, "minute", False)],
        ),
    ],
)
def test_counts_and_lengths_near_transit_words_stay(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 5: "24 hours a day" and "365 days a year" say all of every day or year, the "always"
# idiom, whatever verb is before them; so does a helpline's bracketed "(24 hours)".
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "You can get help 24 hours a day.",
        "She needs care 24 hours a day.",
        "Midwives cover the unit 24 hours a day.",
        "Help is there 24 hours a day for you.",
        "Care round-the-clock for 24 hours a day.",
        "Advice 24 hours a day, 365 days a year.",
        "Nurses are available round the clock.",
        "Samaritans 116 123 (free, 24 hours)",
        "We are here 24 hours a day, 7 days a week.",
    ],
)
def test_the_always_idioms_are_no_figures(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Wear the brace 23 hours a day.", [("23 hours a day", 23.0, 23.0, "hour", False)]),
        ("Took the tablets 7 days a week.", [("7 days a week", 7.0, 7.0, "day", False)]),
        ("The trial ran 365 days.", [("365 days", 365.0, 365.0, "day", False)]),
        ("Call us 24 hours after the procedure.", [("24 hours", 24.0, 24.0, "hour", False)]),
        ("Results take 24 hours (about a day).", [("24 hours", 24.0, 24.0, "hour", False)]),
    ],
)
def test_lengths_near_the_always_idioms_stay(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 6: "over" + a period after a verb of spreading, paying or taking a course in its
# clause is the period the payments or doses fill; after "have", "with" or a verb of how long
# right before it stays "more than".
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("You can pay over 24 months.", [("24 months", 24.0, 24.0, True, True, False)]),
        ("The antibiotic is taken over 3 days.", [("3 days", 3.0, 3.0, True, True, False)]),
        ("Repay the loan over 5 years.", [("5 years", 5.0, 5.0, True, True, False)]),
        ("Pay in instalments over 12 months.", [("12 months", 12.0, 12.0, True, True, False)]),
        ("Spread the cost over 12 months.", [("12 months", 12.0, 12.0, True, True, False)]),
        (
            "Our team has over 60 years of combined experience.",
            [("over 60 years", 60.0, None, False, True, False)],
        ),
        (
            "With over 20 years of experience, she leads the clinic.",
            [("over 20 years", 20.0, None, False, True, False)],
        ),
        ("Recovery takes over 3 days.", [("over 3 days", 3.0, None, False, True, False)]),
        (
            "Patients who paid for care waited over 18 weeks.",
            [("over 18 weeks", 18.0, None, False, True, False)],
        ),
    ],
)
def test_over_after_paying_or_taking_is_the_period(
    tmp_path, extract_json, form, sentence, expected
):
    assert _bounds_in(tmp_path, extract_json, form, sentence) == expected


# Kind 7: a price glued to the cent sign ("50c", "99¢") is read as written, in cents, as
# glued pence stay pence ("85p"): NewsQuant annotates both by their number, and an earlier
# session's tests read the cent sign so (converting either lowers NewsQuant's value F1).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It costs 99¢.", [("99¢", 99.0, 99.0, "cent", False)]),
        ("The generic costs 45¢.", [("45¢", 45.0, 45.0, "cent", False)]),
        ("Shares rose 19 cents.", [("19 cents", 19.0, 19.0, "cent", False)]),
        ("It costs 4 pence.", [("4 pence", 4.0, 4.0, "pence", False)]),
    ],
)
def test_a_price_in_cents_or_pence_is_read_as_written(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 9: a fraction after "and" with its verb left out is a second share ("half start by 14
# and three-quarters by the mid-20s"), never a part added to the number before it.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "fractions"),
    [
        ("Half start by 14 and three-quarters by the mid-20s.", [0.5, 0.75]),
        ("A third smoke by 16 and two-thirds by 21.", [1 / 3, 2 / 3]),
        ("A quarter drink by 15 and a half by 18.", [0.25, 0.5]),
        ("Half of women and a third of men smoke.", [0.5, 1 / 3]),
        ("A fifth quit by 30 and two-fifths by 50.", [0.2, 0.4]),
    ],
)
def test_a_second_fraction_after_an_age_is_a_share(
    tmp_path, extract_json, form, sentence, fractions
):
    found = _read_in(tmp_path, extract_json, form, sentence)
    assert [q[1] for q in found if q[3] == "proportion"] == pytest.approx(fractions)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She was six and a half weeks pregnant.",
            [("six and a half weeks", 6.5, 6.5, "week", False)],
        ),
        ("He is 14 and a half.", [("14 and a half", 14.5, 14.5, None, False)]),
        ("It took two and a half years.", [("two and a half years", 2.5, 2.5, "year", False)]),
        ("It took an hour and a half.", [("an hour and a half", 1.5, 1.5, "hour", False)]),
        (
            "Rest for one and a quarter hours.",
            [("one and a quarter hours", 1.25, 1.25, "hour", False)],
        ),
    ],
)
def test_a_mixed_number_stays_one(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 11: "minimum" or "maximum" and the noun it bounds before an amount is a floor or a cap.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Minimum loan £1,000.", [("Minimum loan £1,000", 1000.0, None, True, True, False)]),
        ("Maximum loan £25,000.", [("Maximum loan £25,000", None, 25000.0, True, True, False)]),
        (
            "The minimum deposit is £500.",
            [("The minimum deposit is £500", 500.0, None, True, True, False)],
        ),
        (
            "Maximum payout: £10,000.",
            [("Maximum payout: £10,000", None, 10000.0, True, True, False)],
        ),
        (
            "A minimum of 6 sessions is needed.",
            [("A minimum of 6 sessions", 6.0, None, True, True, False)],
        ),
        (
            "Borrow a maximum £25,000.",
            [("a maximum £25,000", None, 25000.0, True, True, False)],
        ),
    ],
)
def test_minimum_and_maximum_before_an_amount_bound_it(
    tmp_path, extract_json, form, sentence, expected
):
    assert _bounds_in(tmp_path, extract_json, form, sentence) == expected
