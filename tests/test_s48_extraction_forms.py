"""Figure forms from session 48's held-out sets, fixed as kinds with our own examples.

- ``by`` after a verb of getting better with no object ("most symptoms improve by 6 weeks",
  "the rash clears by 10 days") is a deadline, at most that long; after a measure of time
  ("survival improved by 4 months") it is still the size of a change.
- A number word inside a Title Case name (a study's spelled-out name in brackets, a name that
  ``trial``, ``trust``, ``clinic`` … follows) is no figure; a Title Case heading keeps its own.
- How often, as bounds: ``at least every 3 hours`` is at most 3 hours between, ``no more than
  every 4 hours`` at least 4; ``capped at 20 mg/ml`` is at most 20.
- ``building up to 30 minutes``, ``work up to 10 repetitions``: the target, a point; ``over
  6 to 8 feeds``: ``over`` before a range is what the range is spread across, no bound.
- A person's age set off after their name (``Jean Hollis, 67, went …``) and a standard's
  number (``ISO 13485``) are no figures.
- HTML prices as shop pages mark them up: a tag between the currency sign and the digits
  (``from &pound;<strong>3,950</strong>``) and raised pence (``&pound;1.<sup>89</sup>``).
- ``aged 10 and over 600 mg``: the ``over`` closes the age group, never bounds the dose;
  ``four in five Year 9 pupils``: a school year, no unit of the proportion.
- A price per an amount of product (``£2.10 per 100 g``, ``£3 per 10 ml bottle``) is per
  that amount, never a rate per a population of 100 or 10."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


def _bounds(quantities: list[dict]) -> list[tuple]:
    return [(q["text"], q["low"], q["high"], q["high_inclusive"]) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most symptoms improve by 6 weeks.", [("by 6 weeks", None, 6.0, True)]),
        ("The rash clears by 10 days in most children.", [("by 10 days", None, 10.0, True)]),
        ("Most people feel better by 2 weeks.", [("by 2 weeks", None, 2.0, True)]),
        ("The pain usually goes away by 3 months.", [("by 3 months", None, 3.0, True)]),
        ("Bruising fades completely by 14 days.", [("by 14 days", None, 14.0, True)]),
        # a measure of time changed: the size of the change
        ("Survival improved by 4 months.", [("4 months", 4.0, 4.0, True)]),
        ("Waiting times improved by 2 weeks.", [("2 weeks", 2.0, 2.0, True)]),
        ("The drug improved life expectancy by 2 years.", [("2 years", 2.0, 2.0, True)]),
        ("Treatment improved symptoms by 30%.", [("30%", 30.0, 30.0, True)]),
        ("It shortened recovery by 3 days.", [("3 days", 3.0, 3.0, True)]),
    ],
)
def test_by_after_getting_better_is_a_deadline(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert _bounds(quantities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The HORIZON (Health Outcomes and Reduced Incidence with Zoledronic Acid Once "
            "Yearly) trial cut fractures by 70%.",
            ["70%"],
        ),
        ("Staff at the Two Rivers Health Trust clinic saw 400 patients.", ["400 patients"]),
        ("We read the Two Million Women Study results.", []),
        ("The FORTE (Four Or Ten Exercises) study ran on.", []),
        ("The FIT (Fracture Intervention Trial Five Year Extension) ran on.", []),
        ("Nurses from the Seven Hills Hospital joined 12 clinics.", ["12 clinics"]),
        # a Title Case heading or plain words keep their figures
        ("Osteoporosis Affects Two Million Women", ["Two Million Women"]),
        ("Osteoporosis affects the Two Million Women in the study.", ["Two Million Women"]),
        ("Zoledronic acid is given once yearly.", ["once yearly"]),
    ],
)
def test_a_number_word_inside_a_title_case_name_is_no_figure(
    tmp_path, extract_json, text, expected
):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feed your baby at least every 3 hours.", [("at least every 3 hours", None, 3.0, True)]),
        (
            "Replace the case at least every 3 months.",
            [("at least every 3 months", None, 3.0, True)],
        ),
        (
            "Take a dose no more than every 4 hours.",
            [("no more than every 4 hours", 4.0, None, True)],
        ),
        ("Use the spray at most every 3 days.", [("at most every 3 days", 3.0, None, True)]),
        ("Nicotine strength is capped at 20 mg/ml.", [("capped at 20 mg/ml", None, 20.0, True)]),
        ("Walk daily, building up to 30 minutes.", [("30 minutes", 30.0, 30.0, True)]),
        ("Work up to 10 repetitions a day.", [("10 repetitions a day", 10.0, 10.0, True)]),
        ("Divide the formula over 6 to 8 feeds a day.", [("6 to 8 feeds a day", 6.0, 8.0, True)]),
        ("Treatment is spread over 3–4 sessions.", [("3–4 sessions", 3.0, 4.0, True)]),
        # unchanged: a plain interval, an "up to" cap, "over" as more than
        ("Feed every 3 hours.", [("3 hours", 3.0, 3.0, True)]),
        ("It can take up to 30 minutes.", [("up to 30 minutes", None, 30.0, True)]),
        ("In over 60% of cases.", [("over 60%", 60.0, None, True)]),
    ],
)
def test_how_often_and_targets_as_bounds(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["low"], q["high"], q["high_inclusive"]) for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jean Hollis, 67, went from 20 cigarettes a day to none.", ["20 cigarettes a day"]),
        # "costs", "sells" before a price are the verb, no counted noun
        ("A pack of 16 costs £1.89.", ["16", "£1.89"]),
        ("A box of 30 sells for £5.", ["30", "£5"]),
        ("The 3 costs of care are listed.", ["3 costs"]),
        ("Sarah, 34, from Leeds, quit in 3 weeks.", ["3 weeks"]),
        ("Dr Amir Khan, 45, said 30% relapse.", ["30%"]),
        ("Clinics are ISO 13485 certified, lot numbers are tracked.", []),
        ("It is certified to ISO/IEC 27001:2022 and meets IEC 60601-1.", []),
        # not a name's age: a count or a list
        ("In Leeds, 45 patients quit.", ["45 patients"]),
    ],
)
def test_an_age_after_a_name_and_a_standard_are_no_figures(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected


def test_html_prices_with_markup_inside(tmp_path, extract_json):
    page = tmp_path / "prices.html"
    page.write_text(
        "<p>Implants from &pound;<strong>3,950</strong> per tooth.</p>"
        "<p>More than &pound;<span>5,000</span> in total.</p>"
        "<p>Tablets cost &pound;1.<sup>89</sup> a pack, or $9<sup>99</sup> online.</p>"
        "<p>Now &pound;<b>12</b>.<sup>50</sup> a pack.</p>"
        "<p>Most patients<sup>12</sup> were happy.</p>\n",
        encoding="utf-8",
    )
    claims = extract_json(page)["documents"][0]["claims"]
    read = [(q["text"], q["low"], q["high"], q["unit"]) for c in claims for q in c["quantities"]]
    assert read == [
        ("from &pound;<strong>3,950</strong> per tooth", 3950.0, None, "GBP"),
        ("More than &pound;<span>5,000", 5000.0, None, "GBP"),
        ("&pound;1.<sup>89</sup> a pack", 1.89, 1.89, "GBP"),
        ("$9<sup>99</sup>", 9.99, 9.99, "USD"),
        ("&pound;<b>12</b>.<sup>50</sup> a pack", 12.5, 12.5, "GBP"),
    ]
    text = page.read_text(encoding="utf-8")
    assert all(text[q["start"] : q["end"]] == q["text"] for c in claims for q in c["quantities"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Children aged 10 and over 600 mg twice daily.", ["600 mg", "twice daily"]),
        ("Adults aged 65 and over 40% had it.", ["40%"]),
        ("Of those aged 65, over 40% had it.", ["over 40%"]),
        ("Four in five Year 9 pupils had the vaccine.", ["Four in five"]),
        ("It takes 5 years 3 months.", ["5 years 3 months"]),
    ],
)
def test_an_age_group_and_a_school_year_lend_nothing(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs £2.10 per 100 g.", [("£2.10 per 100 g", "GBP")]),
        (
            "Refills cost £3 to £5 per 10 ml bottle.",
            [("£3 to £5 per 10 ml bottle", "GBP")],
        ),
        # a pack's price for its count is one figure, the bundle's (session 56)
        ("It costs £8 for 30 tablets.", [("£8", "GBP")]),
        ("Surgery costs about £2,400 for both eyes.", [("about £2,400 for both eyes", "GBP")]),
        ("Hearing aids cost £3,000 a pair.", [("£3,000 a pair", "GBP")]),
        ("A pair of hearing aids costs about €2,300.", [("about €2,300", "EUR")]),
        ("The rate is 12 per 100,000 people.", [("12 per 100,000 people", None)]),
    ],
)
def test_a_price_per_an_amount_of_product(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["unit"]) for q in quantities] == expected
