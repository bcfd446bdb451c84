"""Figure forms from session 53, fixed as kinds with our own health-page examples.

Each kind's sentences are read in one Markdown draft and one HTML draft (one paragraph each),
and every figure is checked as a user sees it: surface, interval, inclusivity, approx, unit
and kind, at its offset (``text == file[start:end]``).

- A word that says the days are whole or counted on the calendar, between a number and its
  unit of time, keeps it a duration in that unit: ``7 clear days' notice`` is 7 days (it was
  a bare 7), ``3 calendar months``, ``30 calendar days``; ``per calendar month`` after a price
  is per month. ``working days``, ``business days`` and ``school days`` are no length of
  calendar time and stay the counted unit the registry writes (``within 7 working days``).
- A price's period written short with a slash, as care-home, gym and tutoring pages write
  it, is the price's period: ``£1,200 p/w`` per week, ``£9.99 p/m`` per month, ``£60 p/h``
  (``ph``, ``p/hr``) per hour, ``£300 p/a`` per year, ``£250 p/d`` per day.
- A footnote's number between a figure and the noun or unit it counts is the note's, never
  a power, and the noun is still counted: ``1,200¹ patients``, ``1,200[2] patients``,
  ``1,200[^2] patients``, ``1,200<sup>2</sup> patients``, ``3.4 million¹ people``,
  ``6<sup>3</sup> weeks``; a power of ten (``5 × 10⁸ cells``) and a unit's power (``12 m²``)
  keep their raised digits.
- An age cut-off given as two alternatives (``women under 40 or 42``, ``adults over 65 or
  70``) names two groups, both group labels with the same bound, never a bare figure (it
  gave ``42``); a counted noun, a people's noun or a unit after the second number keeps it
  a figure (``under 40 or 42 patients``).
- A bare pair read as a blood pressure also where blood pressure is named later in its
  sentence (``A reading of 135/85 or higher at home means high blood pressure``) or a
  comparator after it bounds a pair in a pressure's range (``Aim for 120/80 or lower``): the
  systolic and diastolic figures, both bounded; a score over its top (``70/100 or higher``)
  and a split (``a 60/40 split``) stay what they were.
- The "always" idioms (``24 hours a day``, ``7 days a week``, ``365 days a year``) after a
  way a service is reached (book, order, online, chat, text, email, ring, phone, call, on
  duty) say when it can be reached, no figure, as after ``open`` or ``available``; a
  regimen (``took the tablets 7 days a week``) and a bare period leading into when (``call
  us 24 hours after the procedure``) stay figures.
- Pounds in words are pounds sterling where a priced service is named earlier in the clause
  (``Each session is sixty pounds``, ``a consultation is 45 pounds``), and ``quid`` always is
  (``twenty quid``); a weight stays in lb (``her baby was 8 pounds``, ``lost 10 pounds``,
  ``burns off 1 pound of fat``).
"""

from __future__ import annotations

import pytest
from figure_helpers import fig, paragraph_tests
from form_helpers import figures_and_groups

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    "a qualified unit of time": [
        (
            "Give us 7 clear days' notice to cancel.",
            [fig("7 clear days", 7.0, unit="day", kind="duration")],
        ),
        (
            "You need to wait 28 clear days before the next dose.",
            [fig("28 clear days", 28.0, unit="day", kind="duration")],
        ),
        (
            "Allow 3 calendar months for the report.",
            [fig("3 calendar months", 3.0, unit="month", kind="duration")],
        ),
        (
            "Refunds are made within 30 calendar days.",
            [fig("within 30 calendar days", None, 30.0, "day", kind="duration")],
        ),
        (
            "Results are kept for 2 calendar years.",
            [fig("2 calendar years", 2.0, unit="year", kind="duration")],
        ),
        (
            "A room costs £800 per calendar month.",
            [fig("£800 per calendar month", 800.0, unit="GBP", kind="rate")],
        ),
        # working, business and school days are the counted unit a registry writes
        (
            "Results are sent within 5 working days.",
            [fig("within 5 working days", None, 5.0, "day", kind="count")],
        ),
        (
            "Refunds take up to 10 business days.",
            [fig("up to 10 business days", None, 10.0, "day", kind="count")],
        ),
    ],
    "a price's period short with a slash": [
        (
            "Residential care costs £1,200 p/w in the area.",
            [fig("£1,200 p/w", 1200.0, unit="GBP", kind="rate")],
        ),
        (
            "Gym membership is £9.99 p/m with no contract.",
            [fig("£9.99 p/m", 9.99, unit="GBP", kind="rate")],
        ),
        (
            "Our physiotherapists charge £60 p/h.",
            [fig("£60 p/h", 60.0, unit="GBP", kind="rate")],
        ),
        (
            "Home carers are paid £14 ph on weekdays.",
            [fig("£14 ph", 14.0, unit="GBP", kind="rate")],
        ),
        (
            "Sessions with a tutor are £45 p/hr.",
            [fig("£45 p/hr", 45.0, unit="GBP", kind="rate")],
        ),
        (
            "Embryo storage is £300 p/a after the first year.",
            [fig("£300 p/a", 300.0, unit="GBP", kind="rate")],
        ),
        (
            "Locum GPs earn about £750 p/d.",
            [fig("about £750 p/d", 750.0, unit="GBP", approx=True, kind="rate")],
        ),
    ],
    "a footnote's number before the noun": [
        (
            "We treated 1,200¹ patients last year.",
            [fig("1,200¹ patients", 1200.0, unit="patients", kind="count")],
        ),
        (
            "The charity funded 45[3] nurses in 2023.",
            [fig("45[3] nurses", 45.0, unit="nurses", kind="count")],
        ),
        (
            "Around 3.4 million² people live with diabetes.",
            [fig("Around 3.4 million² people", 3.4e6, unit="people", approx=True, kind="count")],
        ),
        (
            "Healing takes 6<sup>3</sup> weeks on average.",
            [fig("6<sup>3</sup> weeks", 6.0, unit="week", kind="duration")],
        ),
        (
            "The unit carried out 830<sup>[4]</sup> operations.",
            [fig("830<sup>[4]</sup> operations", 830.0, unit="operations", kind="count")],
        ),
        (
            "We screened 2,500<sup>1</sup> women for the trial.",
            [fig("2,500<sup>1</sup> women", 2500.0, unit="women", kind="count")],
        ),
        (
            "Our nurses saw 1,200[^2] patients.",
            [fig("1,200[^2] patients", 1200.0, unit="patients", kind="count")],
        ),
        # a power of ten and a unit's power keep their raised digits
        (
            "Each dose holds 5 × 10⁸ cells.",
            [fig("5 × 10⁸ cells", 5e8, unit="cells", kind="count")],
        ),
        (
            "Each room is 12 m² in size.",
            [fig("12 m²", 12.0, unit="area", kind="measure")],
        ),
    ],
    "a blood pressure named after it or bounded": [
        (
            "Aim for 120/80 or lower.",
            [
                fig("120", None, 120.0, None, kind="measure", role="systolic"),
                fig("80 or lower", None, 80.0, None, kind="measure", role="diastolic"),
            ],
        ),
        (
            "A reading of 135/85 or higher at home means high blood pressure.",
            [
                fig("135", 135.0, None, None, kind="measure", role="systolic"),
                fig("85 or higher", 85.0, None, None, kind="measure", role="diastolic"),
            ],
        ),
        (
            "Most people should aim for 140/90 or less.",
            [
                fig("140", None, 140.0, None, kind="measure", role="systolic"),
                fig("90 or less", None, 90.0, None, kind="measure", role="diastolic"),
            ],
        ),
        (
            "Under 140/90 is the usual target for people with hypertension.",
            [
                fig("Under 140", None, 140.0, None, hi=False, kind="measure", role="systolic"),
                fig("90", None, 90.0, None, hi=False, kind="measure", role="diastolic"),
            ],
        ),
        (
            "Readings of 150/95 or above need a GP visit.",
            [
                fig("150", 150.0, None, None, kind="measure", role="systolic"),
                fig("95 or above", 95.0, None, None, kind="measure", role="diastolic"),
            ],
        ),
        (
            "Home readings above 135/85 suggest high blood pressure.",
            [
                fig("above 135", 135.0, None, None, li=False, kind="measure", role="systolic"),
                fig("85", 85.0, None, None, li=False, kind="measure", role="diastolic"),
            ],
        ),
        # a score over its top and a split are no reading
        ("A score of 70/100 or higher is a pass.", [fig("70/100 or higher", 70.0, None)]),
        ("A 60/40 split of carbs and fat suits most people.", []),
    ],
    "the always idioms after a way to reach a service": [
        ("Book online 24 hours a day.", []),
        ("Chat to a nurse 7 days a week.", []),
        ("Order repeat prescriptions online 24 hours a day.", []),
        ("You can text us 24 hours a day.", []),
        ("You can ring us 365 days a year.", []),
        ("Our pharmacists are on duty 7 days a week.", []),
        ("Email the team 24 hours a day for advice.", []),
        # a regimen and a period leading into when stay figures
        (
            "She took the tablets 7 days a week.",
            [fig("7 days a week", 7.0, unit="day", kind="duration")],
        ),
        (
            "Call us 24 hours after the procedure if you bleed.",
            [fig("24 hours", 24.0, unit="hour", kind="duration")],
        ),
    ],
    "pounds sterling in words": [
        ("Each session is sixty pounds.", [fig("sixty pounds", 60.0, unit="GBP", kind="money")]),
        (
            "A consultation is 45 pounds at our clinic.",
            [fig("45 pounds", 45.0, unit="GBP", kind="money")],
        ),
        ("Tickets are 5 pounds on the door.", [fig("5 pounds", 5.0, unit="GBP", kind="money")]),
        (
            "Membership is 20 pounds a month.",
            [fig("20 pounds a month", 20.0, unit="GBP", kind="rate")],
        ),
        (
            "A private scan is around 90 pounds.",
            [fig("around 90 pounds", 90.0, unit="GBP", approx=True, kind="money")],
        ),
        ("A course costs twenty quid.", [fig("twenty quid", 20.0, unit="GBP", kind="money")]),
        ("It only set me back 30 quid.", [fig("30 quid", 30.0, unit="GBP", kind="money")]),
        # a weight stays a weight
        ("Her baby was 8 pounds at birth.", [fig("8 pounds", 8.0, unit="lb", kind="measure")]),
        (
            "He weighed 200 pounds at his first visit.",
            [fig("200 pounds", 200.0, unit="lb", kind="measure")],
        ),
        (
            "A class burns off 1 pound of fat.",
            [fig("1 pound", 1.0, unit="lb", kind="measure")],
        ),
    ],
}

ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s53"
)


def _figures_and_groups(folder, texts):
    """Each text's figures and group labels (surface, ends, inclusiveness), in one run."""
    return figures_and_groups(
        folder, texts, ("text", "low", "high", "low_inclusive", "high_inclusive")
    )


AGE_ALTERNATIVES = [
    (
        "NICE says women under 40 or 42 may have up to 3 cycles.",
        ["up to 3 cycles"],
        [("women under 40", None, 40.0, True, False), ("42", None, 42.0, True, False)],
    ),
    (
        "Adults over 65 or 70 have a 30% higher risk.",
        ["30%"],
        [("Adults over 65", 65.0, None, False, True), ("70", 70.0, None, False, True)],
    ),
    (
        "In some areas, children under 12 or 16 pay £20 less.",
        ["£20"],
        [("children under 12", None, 12.0, True, False), ("16", None, 16.0, True, False)],
    ),
    (
        "Women aged under 35 or 37 have a 40% chance per cycle.",
        ["40%"],
        [("Women aged under 35", None, 35.0, True, False), ("37", None, 37.0, True, False)],
    ),
    (
        "Men over 50 or 55 should be screened every 2 years.",
        ["2 years"],
        [("Men over 50", 50.0, None, False, True), ("55", 55.0, None, False, True)],
    ),
    (
        "Funding is for women under 40 or 42, depending on the area, at 45%.",
        ["45%"],
        [("women under 40", None, 40.0, True, False), ("42", None, 42.0, True, False)],
    ),
    # a counted noun, a people's noun or a unit after it keeps the second number a figure
    (
        "We saw women under 40 or 42 patients a week, 12% of them.",
        ["42 patients a week", "12%"],
        [("women under 40", None, 40.0, True, False)],
    ),
    (
        "The test is for men over 60 or 65 kg, 20% of them.",
        ["65 kg", "20%"],
        [("men over 60", 60.0, None, False, True)],
    ),
    # far past the first cut-off it is no other cut-off
    (
        "Patients under 40 or 90 in the audit: 12%.",
        ["90", "12%"],
        [("Patients under 40", None, 40.0, True, False)],
    ),
]


@pytest.fixture(scope="module")
def read_age_alternatives(tmp_path_factory):
    return _figures_and_groups(
        tmp_path_factory.mktemp("s53ages"), [text for text, _, _ in AGE_ALTERNATIVES]
    )


@pytest.mark.parametrize(("text", "figures", "groups"), AGE_ALTERNATIVES)
def test_an_age_cut_off_and_its_alternative_are_groups(
    read_age_alternatives, text, figures, groups
):
    assert read_age_alternatives[text] == (figures, groups)
