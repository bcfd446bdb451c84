"""Figure forms from session 53's second set, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph where its shape allows (:func:`_read_in`); the README's "Session 53 forms (second
set)" item says each rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS, html_page, units_of
from form_helpers import figures_in as _read_in


# Kind 1: a numeral whose whole part is a zero is never grouped in thousands: the point or
# comma after "0" is a decimal mark, whatever the currency, the page's style or the same
# digits grouped elsewhere say.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Spend 1.200.000 EUR; each dose is 0.125 mg.",
            [
                ("1.200.000 EUR", 1200000.0, 1200000.0, "EUR", False),
                ("0.125 mg", 0.125, 0.125, "mg", False),
            ],
        ),
        (
            "It costs € 0.125 per tablet.",
            [("€ 0.125 per tablet", 0.125, 0.125, "EUR", False)],
        ),
        ("It costs kr. 0.500 a day.", [("kr. 0.500 a day", 0.5, 0.5, "kr", False)]),
        ("A sachet costs 0.750 kr.", [("0.750 kr", 0.75, 0.75, "kr", False)]),
        (
            "Between 0,014 and 0,020 mSv. Also 0.014 mSv.",
            [
                ("Between 0,014 and 0,020 mSv", 0.014, 0.02, "mSv", False),
                ("0.014 mSv", 0.014, 0.014, "mSv", False),
            ],
        ),
        (
            "Population 12.500.000. A chest X-ray gives 0.014 mSv.",
            [
                ("12.500.000", 12500000.0, 12500000.0, None, False),
                ("0.014 mSv", 0.014, 0.014, "mSv", False),
            ],
        ),
        (
            "Costs €1.234,56. The risk is 0.001% a year.",
            [
                ("€1.234,56", 1234.56, 1234.56, "EUR", False),
                ("0.001% a year", 0.001, 0.001, "percent", False),
            ],
        ),
        ("Each tablet has .125 mg of digoxin.", [(".125 mg", 0.125, 0.125, "mg", False)]),
        ("La dose était de 0,014 mSv.", [("0,014 mSv", 0.014, 0.014, "mSv", False)]),
    ],
)
def test_a_leading_zero_is_never_grouped_in_thousands(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It costs € 1.250 per course.",
            [("€ 1.250 per course", 1250.0, 1250.0, "EUR", False)],
        ),
        ("A visit costs 1.200 kr.", [("1.200 kr", 1200.0, 1200.0, "kr", False)]),
        ("About 1,014 scans were done.", [("About 1,014 scans", 1014.0, 1014.0, "scans", True)]),
    ],
)
def test_a_grouped_thousand_with_a_whole_part_stays_grouped(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 2: a spelled "one" before what a course of care or an intake is counted in (a dose,
# tablet, injection, visit, session, drink …) is a count, as "two doses" is; "one of the",
# the idiom "one day", "no one", "one-off", "one study found" stay words.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Adults need one dose of the vaccine.", [("one dose", 1.0, 1.0, "dose", False)]),
        (
            "After that, one dose a year is enough.",
            [("one dose a year", 1.0, 1.0, "dose/year", False)],
        ),
        (
            "One dose is about 93% effective. Two doses are about 97% effective.",
            [
                ("One dose", 1.0, 1.0, "dose", False),
                ("about 93%", 93.0, 93.0, "percent", True),
                ("Two doses", 2.0, 2.0, "doses", False),
                ("about 97%", 97.0, 97.0, "percent", True),
            ],
        ),
        (
            "Take one tablet twice a day.",
            [
                ("one tablet", 1.0, 1.0, "tablet", False),
                ("twice a day", 2.0, 2.0, "times/day", False),
            ],
        ),
        ("You will need one visit to the clinic.", [("one visit", 1.0, 1.0, "visit", False)]),
        ("She had one session a week.", [("one session a week", 1.0, 1.0, "session/week", False)]),
        (
            # the age a child's dose is given at is a group label (session 58, as s53x's
            # and s58x's schedules mark it), no duration
            "Children get one injection at 12 months.",
            [("one injection", 1.0, 1.0, "injection", False)],
        ),
        ("Give one capsule with food.", [("one capsule", 1.0, 1.0, "capsule", False)]),
        ("You need one dose, then a booster.", [("one dose", 1.0, 1.0, "dose", False)]),
    ],
)
def test_a_spelled_one_before_a_dose_or_visit_is_a_count(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "One of the most common causes is smoking.",
        "One day you may need help.",
        "One day, the pain just stopped.",
        "Scientists hope this could one day replace insulin.",
        "No one dose protects for life.",
        "It is a one-off payment.",
        "There is one reason to stop.",
        "Every one of the patients improved.",
    ],
)
def test_a_determiner_or_idiom_one_stays_a_word(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Stay in hospital for one day.", [("one day", 1.0, 1.0, "day", False)]),
        ("It takes one day to recover.", [("one day", 1.0, 1.0, "day", False)]),
        ("One in five adults smoke.", [("One in five", 0.2, 0.2, "proportion", False)]),
    ],
)
def test_one_day_as_a_length_and_one_in_five_stay_figures(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 3: a unit of time no age is told in (hours, minutes, nights) after a number that
# follows a people noun makes the number a duration, never the people's age.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It can help some patients up to 24 hours after their stroke.",
            [("up to 24 hours", None, 24.0, "hour", False)],
        ),
        (
            "The drug works in patients up to 48 hours after symptoms start.",
            [("up to 48 hours", None, 48.0, "hour", False)],
        ),
        (
            "Treatment helps people up to 72 hours after exposure.",
            [("up to 72 hours", None, 72.0, "hour", False)],
        ),
        (
            "Clot-busters help patients up to 4.5 hours from onset.",
            [("up to 4.5 hours", None, 4.5, "hour", False)],
        ),
        (
            "It can help adults up to 90 minutes after a fall.",
            [("up to 90 minutes", None, 90.0, "minute", False)],
        ),
        ("Women up to 120 h after sex can take it.", [("up to 120 h", None, 120.0, "hour", False)]),
    ],
)
def test_a_time_unit_after_a_people_noun_and_number_is_a_duration(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "It helps patients up to 80 years old.",
        "Most adults over 65 need a jab.",
        "Children under 5 get it free.",
    ],
)
def test_an_age_after_a_people_noun_stays_a_group_label(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


# Kind 7: "half" in an idiom ("half the battle", "only half the job", "the other half") is
# no proportion; "half of adults", "half the patients", "cut by half" stay figures.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Only half the job is done.",
        "That is half the battle.",
        "It is only half the story.",
        "Getting a diagnosis is half the battle won.",
        "Knowing the numbers is half the problem.",
        "The other half were given a placebo.",
    ],
)
def test_half_in_an_idiom_is_no_proportion(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Half of adults have high blood pressure.", [("Half", 0.5, 0.5, "proportion", False)]),
        ("The risk was cut by half.", [("half", 0.5, 0.5, "proportion", False)]),
        ("Half the patients improved.", [("Half", 0.5, 0.5, "proportion", False)]),
        (
            "About half of the children were vaccinated.",
            [("About half", 0.5, 0.5, "proportion", True)],
        ),
    ],
)
def test_half_of_a_group_stays_a_proportion(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 6: page furniture is no figure: a time of day told by its word ("12 noon", "12
# midnight"), the numbers of a site's map ("parking spaces 1–24", "rooms 12–15"), a
# registration number alone in brackets ("Heart Trust (1183456)"), a byline's reading time
# and a helpline's "(24 hours)".
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "The helpline is open from 8am to 12 noon.",
        "Visiting ends at 12 midnight.",
        "Open until 12 noon on Saturdays.",
        "Closed between 12 midnight and 6am.",
        "Use parking spaces 1–24.",
        "Parking in bays 3–7 only.",
        "Rooms 12–15 are on the first floor.",
        "Blue badge holders use spaces 1-10.",
        "Clinics run in rooms 4 to 6.",
        "Heart Trust (1183456) is a charity.",
        "Registered charity no. 1183456.",
        "Registered in England, company number 4123456.",
        "7 min read",
        "Call 0300 123 4567 (24 hours).",
        "Call 111 (24 hours) if you need help.",
    ],
)
def test_page_furniture_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leave a space 10 cm wide around the cot.", [("10 cm", 10.0, 10.0, "cm", False)]),
        ("Clean the rooms 3 times a day.", [("3 times a day", 3.0, 3.0, "times/day", False)]),
        (
            "The unit has 12 rooms and 40 spaces.",
            [("12 rooms", 12.0, 12.0, "rooms", False), ("40 spaces", 40.0, 40.0, "spaces", False)],
        ),
        (
            "The trial (1183456 participants) ran for years.",
            [("1183456 participants", 1183456.0, 1183456.0, "participants", False)],
        ),
        ("Treatment takes 24 hours.", [("24 hours", 24.0, 24.0, "hour", False)]),
    ],
)
def test_counts_and_lengths_near_page_furniture_stay_figures(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 5: the number that ends an allergen component's name (genus letters, species letter,
# number: "Phl p 1", "Ara h 2") or a gene's star allele ("CYP2D6*4") is a name's, no figure.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Allergy to Phl p 1 and Bet v 1 is common.",
        "Ara h 2 predicts peanut allergy.",
        "Sensitisation to Der p 1 or Fel d 1 was tested.",
        "IgE to Ara h 8 alone is usually harmless.",
        "Pru p 3 causes peach allergy.",
        "Amb a 1 is the main ragweed allergen.",
        "Hev b 6.01 is a latex allergen.",
        "The CYP2D6*4 variant is common.",
        "Carriers of CYP2C19*2 respond poorly.",
        "Test for HLA-B*57:01 before abacavir.",
        "COVID-19 killed many people.",
        "It is coded ICD-10 E11.9.",
        "H5N1 and H1N1 are flu strains.",
        "HPV types 16 and 18 cause most cases.",
    ],
)
def test_a_component_or_allele_name_number_is_no_figure(tmp_path, extract_json, form, sentence):
    assert _read_in(tmp_path, extract_json, form, sentence) == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Take a 5 minute break.", [("5 minute", 5.0, 5.0, "minute", False)]),
        ("Have a 2 hour rest.", [("2 hour", 2.0, 2.0, "hour", False)]),
        ("HPV 16/18 cause 70% of cancers.", [("70%", 70.0, 70.0, "percent", False)]),
        (
            "Type 2 diabetes affects 4.3 million people.",
            [("4.3 million people", 4300000.0, 4300000.0, "people", False)],
        ),
        ("Rated 4 out of 5 by users.", [("4 out of 5", 0.8, 0.8, "proportion", False)]),
    ],
)
def test_figures_beside_names_with_numbers_stay(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 4: a share of each unit of money said in money ("92p in every £1", "90 cents of every
# dollar", "£4 in every £10") is one proportion, the part over the whole.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("92p in every £1 goes on care.", [("92p in every £1", 0.92, 0.92, "proportion", False)]),
        (
            "90 cents of every dollar goes to programmes.",
            [("90 cents of every dollar", 0.9, 0.9, "proportion", False)],
        ),
        (
            "£4 in every £10 is spent on drugs.",
            [("£4 in every £10", 0.4, 0.4, "proportion", False)],
        ),
        (
            "Around 85p of every £1 donated funds research.",
            [("Around 85p of every £1", 0.85, 0.85, "proportion", True)],
        ),
        ("80c in every $1 goes to services.", [("80c in every $1", 0.8, 0.8, "proportion", False)]),
        (
            "Up to 70 cents out of every dollar is spent on care.",
            [("Up to 70 cents out of every dollar", None, 0.7, "proportion", False)],
        ),
        (
            "The NHS spends £1 in every £10 on diabetes.",
            [("£1 in every £10", 0.1, 0.1, "proportion", False)],
        ),
    ],
)
def test_a_share_of_each_unit_of_money_is_one_proportion(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It costs £4 in every shop.", [("£4", 4.0, 4.0, "GBP", False)]),
        (
            "Pay £10 each month, £120 every year.",
            [
                ("£10 each month", 10.0, 10.0, "GBP", False),
                ("£120 every year", 120.0, 120.0, "GBP", False),
            ],
        ),
    ],
)
def test_money_every_period_or_place_stays_money(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 8: a bare "$" (or "dollars") is the page's own dollar where the page says so: its
# language tag's region (<html lang="en-AU">, og:locale, front matter "lang:"), or a
# statement of its prices' currency ("All prices are in AUD"); USD otherwise.
@pytest.mark.parametrize(
    ("name", "draft", "expected"),
    [
        (
            "au.html",
            html_page(' lang="en-AU"', "A GP visit costs $39 and a script $31.60 a month."),
            [("$39", 39.0, "AUD"), ("$31.60 a month", 31.6, "AUD")],
        ),
        ("ca.html", html_page(' lang="en-CA"', "The test costs $120."), [("$120", 120.0, "CAD")]),
        (
            "nz.html",
            html_page(' lang="en-NZ"', "Fees start at $25 per visit, or US$15 abroad."),
            [("start at $25 per visit", 25.0, "NZD"), ("US$15", 15.0, "USD")],
        ),
        (
            "og.html",
            html_page("", "The kit is $45.", '<meta property="og:locale" content="en_AU">'),
            [("$45", 45.0, "AUD")],
        ),
        (
            "au.md",
            "All prices are in AUD.\n\nA scan costs $250 and a visit 80 dollars.\n",
            [("$250", 250.0, "AUD"), ("80 dollars", 80.0, "AUD")],
        ),
        (
            "ca.md",
            "Prices shown in Canadian dollars.\n\nThe kit is $45.\n",
            [("$45", 45.0, "CAD")],
        ),
        (
            "sg.md",
            "---\nlang: en-SG\ntitle: Fees\n---\n\nA consult is $60.\n",
            [("$60", 60.0, "SGD")],
        ),
    ],
)
def test_a_bare_dollar_is_the_pages_own_dollar(tmp_path, extract_json, name, draft, expected):
    assert units_of(tmp_path, extract_json, name, draft) == expected


@pytest.mark.parametrize(
    ("name", "draft", "expected"),
    [
        ("us.html", html_page(' lang="en-US"', "The test costs $120."), [("$120", 120.0, "USD")]),
        ("en.html", html_page(' lang="en"', "The test costs $120."), [("$120", 120.0, "USD")]),
        ("plain.md", "A consult is $60.\n", [("$60", 60.0, "USD")]),
        (
            "au_usd.html",
            html_page(' lang="en-AU"', "All prices are in USD. The kit is $45."),
            [("$45", 45.0, "USD")],
        ),
    ],
)
def test_a_bare_dollar_stays_usd_where_nothing_says_otherwise(
    tmp_path, extract_json, name, draft, expected
):
    assert units_of(tmp_path, extract_json, name, draft) == expected
