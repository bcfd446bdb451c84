"""Figure forms from session 52, fixed as kinds with our own health-page examples.

Each kind's sentences are read in one Markdown draft and one HTML draft (one paragraph each),
and every figure is checked as a user sees it: surface, interval, inclusivity, approx, unit
and kind, at its offset (``text == file[start:end]``).

- A comparator said twice over, a floor or ceiling and ``or equal to``: ``at least or equal
  to 30 minutes`` is at least 30 minutes (inclusive), as ``greater than or equal to`` was;
  ``over or equal to``, ``above or equal to``, ``equal to or above`` likewise, and ``at most``,
  ``under``, ``below`` with ``or equal to`` (or ``equal to or below``) at most.
- A share bracketed after a bound on a share restates the bound where it equals the bound or
  lies beyond it (by at most a quarter): ``Up to 30% (about 1 in 3)`` is at most about a
  third; a share inside the bound is the exact one (``more than half (56%)``).
- The total of a bounded dose, bracketed after how often it is taken, is bounded the same
  way: ``up to a maximum of 1 g three times a day (3 g a day in total)`` is at most 3 g.
- A confidence interval in brackets after the words its figure qualifies (up to fourteen, no
  figure or clause break between) is the figure's spread, where the figure lies inside it:
  ``2.1 points higher on noise tests than with basic aids (95% CI −0.4 to 4.6)``.
- How often a page is looked over is page furniture, no figure: ``We update this page every
  6 months``, ``This leaflet is reviewed every 2 years``, ``Next review due: in 3 years``;
  ``We review your medicines every 6 months`` is a service's promise and stays a figure.
- A dose multiplied by a verb after a modal, ``to`` or who prescribes, or passive, is the
  multiple: ``the doctor may double the dose`` 2-fold, ``the dose may be doubled``; a
  prohibition, an imperative and the determiner (``Give double the dose.``) stay no figure.
- A span after a verb of spreading and ``over``/``across`` is a length, no bound and no
  rate's period: ``two or three doses spread over a month`` is [2, 3] doses and one month.
- A bound said once before parallel figures (``in the UK and … in the US``, ``for men, or …
  for women``) bounds each: also a price in another currency, an approximate one, a length
  whose period was said once, and a bare number that says the figure again without its unit
  (``up to 4 times a year for men, or 3 for women``: at most 3 times a year).
- A whole number and a slash fraction before ``out of`` and a top is a score as ``3½ out of
  5`` is: ``rated 3-1/2 out of 5`` is 3.5, ``4 1/2 out of 5 stars`` 4.5.
- The size of a household (``a family of four``, ``a household of five``) says whom a
  figure is for, a group label in ``people``, never a count (it gave ``four pays``).
- A mean, a smaller bare number alone in brackets and a unit after both (``67·7 (25·2)
  mg/dL``) is the mean in that unit with the bracket as its SD, as trial reports print mean
  (SD).
- A collar, neck, waist or hip size after ``with``, ``whose`` or ``if`` names who, a group
  label as a BMI band is: ``anyone with a collar size above 17 inches``; ``keep your waist
  below 94 cm`` stays a figure."""

from __future__ import annotations

import pytest
from figure_helpers import cases_by_kind, fig, paragraph_tests
from form_helpers import figures_and_groups


def SD(value):  # noqa: N802 (as the spread's kind is written)
    """A standard deviation as ``extract --format json`` prints a figure's spread."""
    return {"kind": "SD", "value": value, "low": None, "high": None, "level": None}


def CI(low, high, level=95.0):  # noqa: N802 (as the spread's kind is written)
    """A confidence interval as ``extract --format json`` prints a figure's spread."""
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": level}


KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    "a comparator and or equal to": [
        (
            "Children need at least or equal to 30 minutes of activity.",
            [fig("at least or equal to 30 minutes", 30.0, None, "minute", kind="duration")],
        ),
        (
            "Patients over or equal to 18 kg take the adult dose.",
            [fig("over or equal to 18 kg", 18.0, None, "kg", kind="measure")],
        ),
        (
            "A score above or equal to 7 points is high.",
            [fig("above or equal to 7 points", 7.0, None, "points")],
        ),
        (
            "Keep paracetamol at most or equal to 4 g.",
            [fig("at most or equal to 4 g", None, 4.0, "g", kind="measure")],
        ),
        (
            "Fasting levels under or equal to 5 mmol/L are normal.",
            [fig("under or equal to 5 mmol/L", None, 5.0, "mmol/L", kind="measure")],
        ),
        (
            "A dose equal to or below 10 mg is safe.",
            [fig("equal to or below 10 mg", None, 10.0, "mg", kind="measure")],
        ),
        (
            "Treatment lasting equal to or over 6 weeks is long.",
            [fig("equal to or over 6 weeks", 6.0, None, "week", kind="duration")],
        ),
    ],
    "a share bracketed after a bound on a share": [
        (
            "Up to 30% (about 1 in 3) of users stop early.",
            [
                fig("Up to 30%", None, 30.0, "percent", kind="percent"),
                fig("about 1 in 3", None, 1 / 3, "proportion", approx=True),
            ],
        ),
        (
            "At least 25% (1 in 4) of adults are affected.",
            [
                fig("At least 25%", 25.0, None, "percent"),
                fig("1 in 4", 0.25, None, "proportion"),
            ],
        ),
        (
            "Up to 1 in 5 (20%) women have it.",
            [fig("Up to 1 in 5", None, 0.2, "proportion"), fig("20%", None, 20.0, "percent")],
        ),
        (
            "Under 10% (about 1 in 9) of cases come back.",
            [
                fig("Under 10%", None, 10.0, "percent", hi=False),
                fig("about 1 in 9", None, 1 / 9, "proportion", approx=True, hi=False),
            ],
        ),
        (
            "No more than 40% (about two in five) of beds are free.",
            [
                fig("No more than 40%", None, 40.0, "percent"),
                fig("about two in five", None, 0.4, "proportion", approx=True),
            ],
        ),
        # a share inside the bound is the exact one, as decided before
        (
            "More than half (56%) of patients improved.",
            [
                fig("More than half", 0.5, None, "proportion", li=False),
                fig("56%", 56.0, unit="percent"),
            ],
        ),
        (
            "More than a quarter (26.3%) screened positive.",
            [
                fig("More than a quarter", 0.25, None, "proportion", li=False),
                fig("26.3%", 26.3, unit="percent"),
            ],
        ),
    ],
    "a bracketed total after a bounded dose and how often": [
        (
            "Give up to a maximum of 1 g three times a day (3 g a day in total).",
            [
                fig("up to a maximum of 1 g", None, 1.0, "g", kind="measure"),
                fig("three times a day", 3.0, unit="times/day", kind="frequency"),
                fig("3 g a day", None, 3.0, "g", kind="measure"),
            ],
        ),
        (
            "Take at most 500 mg twice a day (1 g a day).",
            [
                fig("at most 500 mg", None, 500.0, "mg"),
                fig("twice a day", 2.0, unit="times/day"),
                fig("1 g a day", None, 1.0, "g"),
            ],
        ),
        (
            "Take no more than 2 tablets four times daily (8 tablets in total).",
            [
                fig("no more than 2 tablets", None, 2.0, "tablets"),
                fig("four times daily", 4.0, unit="times/day"),
                fig("8 tablets", None, 8.0, "tablets"),
            ],
        ),
        (
            "Use at least 250 mg three times a day (750 mg a day in total).",
            [
                fig("at least 250 mg", 250.0, None, "mg"),
                fig("three times a day", 3.0, unit="times/day"),
                fig("750 mg a day", 750.0, None, "mg"),
            ],
        ),
        (
            "Give up to 10 ml 4 times a day (40 ml altogether).",
            [
                fig("up to 10 ml", None, 10.0, "mL"),
                fig("4 times a day", 4.0, unit="times/day"),
                fig("40 ml", None, 40.0, "mL"),
            ],
        ),
        # a bracket that is no total keeps its own reading
        (
            "Take up to 1 g three times a day (from 2 pharmacies).",
            [
                fig("up to 1 g", None, 1.0, "g"),
                fig("three times a day", 3.0, unit="times/day"),
                fig("2 pharmacies", 2.0, unit="pharmacies"),
            ],
        ),
    ],
    "a confidence interval after the words its figure qualifies": [
        (
            "Speech scores were 2.1 points higher on noise tests than with basic aids"
            " (95% CI −0.4 to 4.6).",
            [fig("2.1 points", 2.1, unit="points", spread=CI(-0.4, 4.6))],
        ),
        (
            "There was a 30% lower risk of stroke in the treated group (95% CI 18 to 40).",
            [fig("30%", 30.0, unit="percent", spread=CI(18.0, 40.0))],
        ),
        (
            "Weight fell by 5.2 kg more with the drug than with placebo (95% CI −6.1 to −4.3).",
            [fig("5.2 kg", 5.2, unit="kg", spread=CI(-6.1, -4.3))],
        ),
        (
            "Pain improved by 1.4 points on the ten-point scale, compared with usual care"
            " [95% CI 0.9 to 1.9].",
            [fig("1.4 points", 1.4, unit="points", spread=CI(0.9, 1.9))],
        ),
        (
            "Deaths fell 18% among people who took the tablets every day (90% CI 10–25).",
            [fig("18%", 18.0, unit="percent", spread=CI(10.0, 25.0, 90.0))],
        ),
        # an interval the figure lies outside is not its own
        (
            "About 12% of women in the trial had side effects (95% CI 2 to 6).",
            [
                fig("About 12%", 12.0, unit="percent", approx=True, spread=None),
                fig("95% CI 2 to 6", 2.0, 6.0, None, kind="statistic", statistic="CI"),
            ],
        ),
    ],
    "how often a page is looked over": [
        ("We update this page every 6 months.", []),
        ("This leaflet is reviewed every 2 years by our pharmacists.", []),
        ("Our editors check all the information on this site at least every 12 months.", []),
        ("Page last reviewed in March. Next review due: in 3 years.", []),
        ("The statistics page is updated every 3 months with new data.", []),
        ("We aim to update this guide roughly every 18 months.", []),
        ("We update this page every six months.", []),
        # a service's promise or a dose's interval stays a figure
        (
            "We review your medicines every 6 months.",
            [fig("6 months", 6.0, unit="month", kind="duration")],
        ),
        (
            "Take the tablets every 6 hours.",
            [fig("6 hours", 6.0, unit="hour", kind="duration")],
        ),
    ],
    "a dose multiplied by a verb": [
        (
            "For a severe infection the doctor may double the dose.",
            [fig("double", 2.0, unit="fold", kind="multiple")],
        ),
        (
            "The dose may be doubled after 2 weeks.",
            [fig("doubled", 2.0, unit="fold", kind="multiple"), fig("2 weeks", 2.0, unit="week")],
        ),
        ("Your GP can double the dose if needed.", [fig("double", 2.0, unit="fold")]),
        ("The specialist might triple the dose.", [fig("triple", 3.0, unit="fold")]),
        (
            "It is safe to double the daily dose of vitamin D.",
            [fig("double", 2.0, unit="fold", kind="multiple")],
        ),
        (
            "The starting dosage can then be quadrupled.",
            [fig("quadrupled", 4.0, unit="fold", kind="multiple")],
        ),
        # a prohibition, an imperative or the determiner stays no figure, as decided
        ("Do not double the dose to make up for a missed one.", []),
        ("You should never double the dose.", []),
        ("Give double the dose.", []),
        ("Double the dose if you miss one.", []),
    ],
    "a span after spread over": [
        (
            "Some vaccines need two or three doses spread over a month.",
            [fig("two or three doses", 2.0, 3.0, "doses"), fig("a month", 1.0, unit="month")],
        ),
        (
            "The 5 injections are spread out over a year.",
            [fig("5 injections", 5.0, unit="injections"), fig("a year", 1.0, unit="year")],
        ),
        (
            "The doses are split across a day.",
            [fig("a day", 1.0, unit="day", kind="duration")],
        ),
        (
            "Eight sessions are given over a fortnight.",
            [fig("Eight sessions", 8.0, unit="sessions"), fig("a fortnight", 2.0, unit="week")],
        ),
        (
            "The course is 3 doses spread over 6 months.",
            [fig("3 doses", 3.0, unit="doses"), fig("6 months", 6.0, unit="month")],
        ),
        # a bound or a rate stays one
        ("Rest for over a month.", [fig("over a month", 1.0, None, "month", li=False)]),
        (
            "About 17 people die every day.",
            [fig("About 17 people", 17.0, unit="people/day", approx=True, kind="rate")],
        ),
    ],
    "a bound said once before parallel figures": [
        (
            "Prices start at £199 a pair in the UK and about $99 in the US.",
            [
                fig("start at £199 a pair", 199.0, None, "GBP", kind="rate"),
                fig("about $99", 99.0, None, "USD", approx=True, kind="money"),
            ],
        ),
        (
            "Men can give up to 4 times a year for men, or 3 for women.",
            [
                fig("up to 4 times a year", None, 4.0, "times/year", kind="frequency"),
                fig("3", None, 3.0, "times/year", kind="frequency"),
            ],
        ),
        (
            "Aim for at least 150 minutes of brisk walking a week and 75 minutes of running.",
            [
                fig("at least 150 minutes", 150.0, None, "minute", kind="duration"),
                fig("75 minutes", 75.0, None, "minute", kind="duration"),
            ],
        ),
        (
            "Clinics charge from £450 in London and €380 in Dublin.",
            [fig("from £450", 450.0, None, "GBP"), fig("€380", 380.0, None, "EUR")],
        ),
        (
            "Give at most 8 tablets for adults and 4 for children.",
            [
                fig("at most 8 tablets", None, 8.0, "tablets", kind="count"),
                fig("4", None, 4.0, "tablets", kind="count"),
            ],
        ),
        # no parallel phrase, or a figure in it: the point stays a point
        (
            "Over 65% of adults and 40% now smoke less.",
            [fig("Over 65%", 65.0, None, "percent", li=False), fig("40%", 40.0, unit="percent")],
        ),
        (
            "More than 30 patients in 2019 and 40 in 2020.",
            [
                fig("More than 30 patients", 30.0, None, "patients", li=False),
                fig("40", 40.0, unit="patients"),
            ],
        ),
    ],
    "a mixed number out of a top": [
        ("Patients rated the clinic 3-1/2 out of 5.", [fig("3-1/2 out of 5", 3.5)]),
        (
            "Rated 4 1/2 out of 5 stars by 200 users.",
            [fig("4 1/2 out of 5", 4.5), fig("200 users", 200.0, unit="users")],
        ),
        ("The app scored 2-3/4 out of 10.", [fig("2-3/4 out of 10", 2.75)]),
        ("It was rated 4-1/2 out of 5 for comfort.", [fig("4-1/2 out of 5", 4.5)]),
        ("Reviewers gave it 1 3/4 out of 5.", [fig("1 3/4 out of 5", 1.75)]),
        # a bare slash stays a date's or a share's
        ("Take 1-1/2 tablets.", [fig("1-1/2 tablets", 1.5, unit="tablets", kind="count")]),
    ],
    "a mean, its bracketed SD and the unit after both": [
        (
            "LDL was 67·7 (25·2) mg/dL vs 67·2 (26·0) mg/dL.",
            [
                fig("67·7 (25·2) mg/dL", 67.7, unit="mg/dL", kind="measure", spread=SD(25.2)),
                fig("67·2 (26·0) mg/dL", 67.2, unit="mg/dL", kind="measure", spread=SD(26.0)),
            ],
        ),
        (
            "Mean weight was 82.4 (12.1) kg at baseline.",
            [fig("82.4 (12.1) kg", 82.4, unit="kg", kind="measure", spread=SD(12.1))],
        ),
        (
            "Systolic pressure averaged 138.2 (15.6) mmHg.",
            [fig("138.2 (15.6) mmHg", 138.2, unit="mmHg", kind="measure", spread=SD(15.6))],
        ),
        (
            "Mean eGFR was 71 (18) mL/min at entry.",
            [fig("71 (18) mL/min", 71.0, unit="mL/min", kind="measure", spread=SD(18.0))],
        ),
        (
            "Haemoglobin was 128.4 (14.2) g/L in the iron group.",
            [fig("128.4 (14.2) g/L", 128.4, unit="g/L", kind="measure", spread=SD(14.2))],
        ),
    ],
}

ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s52"
)


def _read_groups(folder, texts):
    """Each text's figures and group labels (surface, low, high, unit), extracted in one run."""
    return figures_and_groups(folder, texts, ("text", "low", "high", "unit"))


GROUPS: dict[str, list[tuple[str, list[str], list[tuple]]]] = {
    "a body size after with, whose or if": [
        (
            "Anyone with a collar size above 17 inches should be assessed, as 40% have apnoea.",
            ["40%"],
            [("collar size above 17 inches", 17.0, None, "inch")],
        ),
        (
            "Men whose neck size is over 17 in snore more: 60% do.",
            ["60%"],
            [("neck size is over 17 in", 17.0, None, "inch")],
        ),
        (
            "If your waist is 94 cm or more, your risk is 2 times higher.",
            ["2 times"],
            [("waist is 94 cm or more", 94.0, None, "cm")],
        ),
        (
            "Women with a waist measurement over 80 cm had 35% more diabetes.",
            ["35%"],
            [("waist measurement over 80 cm", 80.0, None, "cm")],
        ),
        (
            "People with a neck circumference of 43 cm or more made up 20% of cases.",
            ["20%"],
            [("neck circumference of 43 cm or more", 43.0, None, "cm")],
        ),
        (
            "Among those with a waist between 80 and 88 cm, 12% had diabetes.",
            ["12%"],
            [("waist between 80 and 88 cm", 80.0, 88.0, "cm")],
        ),
        # a size said as a target or a value stays a figure
        ("Keep your waist below 94 cm.", ["below 94 cm"], []),
        ("His collar size was 18 inches.", ["18 inches"], []),
    ],
    "the size of a household": [
        (
            "A family of four pays about £1,200 for the vaccines.",
            ["about £1,200"],
            [("family of four", 4.0, 4.0, "people")],
        ),
        (
            "A family of four travelling to Kenya might spend more than £1,000.",
            ["more than £1,000"],
            [("family of four", 4.0, 4.0, "people")],
        ),
        (
            "A household of five uses 40% more water.",
            ["40%"],
            [("household of five", 5.0, 5.0, "people")],
        ),
        (
            "For a couple of 2, the room costs £90.",
            ["£90"],
            [("couple of 2", 2.0, 2.0, "people")],
        ),
        (
            "A party of 6 needs 2 rooms.",
            ["2 rooms"],
            [("party of 6", 6.0, 6.0, "people")],
        ),
        # a noun after the number is what it counts
        ("A family of four children was seen.", ["four children"], []),
        ("Rest for a couple of weeks.", ["a couple of weeks"], []),
    ],
}
GROUP_ROWS = cases_by_kind({k: [(t, (f, g)) for t, f, g in v] for k, v in GROUPS.items()})


@pytest.fixture(scope="module")
def read_groups(tmp_path_factory):
    return _read_groups(tmp_path_factory.mktemp("s52groups"), [t for _, t, _ in GROUP_ROWS])


@pytest.mark.parametrize(("kind", "text", "expected"), GROUP_ROWS)
def test_group_or_figure(read_groups, kind, text, expected):
    figures, groups = read_groups[text]
    assert (figures, groups) == (expected[0], expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "Rates are as high as 4 in 10 (43%) of all births.",
        "In some regions, as many as 1 in 3 (36%) adults smoke.",
        "Uptake was as high as 9 in 10 (92%).",
        "As much as a quarter (27%) of the budget goes on drugs.",
        "Coverage reached as high as 7 in 10 (74%) of children.",
    ],
)
def test_a_bracket_after_as_high_as_is_the_value_reached(text):
    # the rate reached, said rounded and then exactly: the bracket is a point, as a source's
    # quote gives it ("as high as 4 in 10 (43%)" states 43%, a registry value)
    from claimcheck.nlp.quantities import find_quantities

    bracketed = [q for q in find_quantities(text) if q.unit == "percent"][-1]
    assert bracketed.low == bracketed.high
    assert bracketed.low is not None
