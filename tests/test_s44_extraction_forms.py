"""Forms of figures read wrong before session 44, each kind in our own examples: a results
table's statistic columns beside rows that carry a unit, a P value with a raised point and no
zero, a local currency sign before the amount, a fraction bound after above/below, a period
said once after coordinated counts, a price's period before ``after``, an age said of
``you``/``they``, a CI after a semicolon following a unit of several words, a bracketed
threshold for another group, and a number needed's period after ``over``."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


def _read(tmp_path, extract_json, text: str) -> list[tuple]:
    """(text, low, high, unit, statistic) of every figure ``extract --format json`` reads."""
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    return [(q["text"], q["low"], q["high"], q["unit"], q["statistic"]) for q in quantities]


# --- 1. a statistic column's cells never take the row's unit --------------------------------

RESULTS_TABLE = """\
| Measure | Active | Control | P value |
|---|---|---|---|
| Diastolic pressure, mmHg | 81 | 86 | 0.02 |
| Body weight change, kg | -2.9 | -0.6 | <0.001 |
| New heart failure, % | 6 | 10 | 0.03 |
"""


def test_p_value_cells_are_p_values_whatever_the_row_unit(tmp_path, extract_json):
    read = _read(tmp_path, extract_json, RESULTS_TABLE)
    by_text = {text: (low, high, unit, stat) for text, low, high, unit, stat in read}
    assert by_text["0.02"] == (0.02, 0.02, None, "P")
    assert by_text["<0.001"] == (None, 0.001, None, "P")
    assert by_text["0.03"] == (0.03, 0.03, None, "P")
    # the arms' cells keep the unit their row gives them
    assert [by_text[arm][2] for arm in ("81", "-2.9", "6")] == ["mmHg", "kg", "percent"]


@pytest.mark.parametrize("title", ["p-value", "P"])
def test_other_p_column_titles(tmp_path, extract_json, title):
    table = RESULTS_TABLE.replace("P value", title)
    read = _read(tmp_path, extract_json, table)
    assert ("0.03", 0.03, 0.03, None, "P") in read


RATIO_TABLE = """\
| Outcome | Odds ratio | 95% CI | P |
|---|---|---|---|
| Fasting glucose, mmol/L | 1.35 | 1.10 to 1.66 | 0.004 |
| Obesity, % | 0.71 | 0.55–0.92 | 0.01 |
"""


def test_ratio_and_its_interval_columns_take_no_row_unit(tmp_path, extract_json):
    read = _read(tmp_path, extract_json, RATIO_TABLE)
    assert ("1.35", 1.35, 1.35, None, "OR") in read
    assert ("0.71", 0.71, 0.71, None, "OR") in read
    # the interval beside the ratio is the ratio's: no mmol/L, no percent
    assert ("1.10 to 1.66", 1.10, 1.66, None, None) in read
    assert ("0.55–0.92", 0.55, 0.92, None, None) in read
    assert ("0.01", 0.01, 0.01, None, "P") in read


def test_ratio_column_with_its_interval_in_brackets(tmp_path, extract_json):
    table = "| Outcome | aHR (95% CI) |\n|---|---|\n| LDL cholesterol, mg/dL | 0.88 (0.79–0.98) |\n"
    ((text, low, _high, unit, stat),) = _read(tmp_path, extract_json, table)
    assert (text, low, unit, stat) == ("0.88", 0.88, None, "HR")


def test_a_vital_signs_heart_rate_column_stays_a_rate(tmp_path, extract_json):
    """``HR`` over a number from a heart rate up is the pulse, as in prose, not a ratio."""
    table = "| Visit | HR | Temp |\n|---|---|---|\n| Day 2 | 96 | 37.9 |\n"
    read = _read(tmp_path, extract_json, table)
    assert all(stat is None for *_rest, stat in read)


# --- 2. a P value with a raised point and no whole part ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mortality was lower with the drug (P = ·03).", ("P = ·03", 0.03, 0.03)),
        ("Relapse fell, p<·001, against usual care.", ("p<·001", None, 0.001)),
        ("The trend was clear (p=·0004) across the quintiles.", ("p=·0004", 0.0004, 0.0004)),
    ],
)
def test_a_raised_point_p_value_without_its_zero(tmp_path, extract_json, text, expected):
    read = _read(tmp_path, extract_json, text)
    assert [(t, low, high, stat) for t, low, high, _unit, stat in read] == [(*expected, "P")]


def test_a_raised_point_spaced_from_a_number_is_no_decimal(tmp_path, extract_json):
    """A middle dot used as a separator (``Issue 4 · 12 pages``) starts no figure."""
    read = _read(tmp_path, extract_json, "Issue 4 · 12 pages of advice for carers.")
    assert all(low != 0.12 for _t, low, *_rest in read)


# --- 3. a local currency sign before the amount ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "amount", "unit"),
    [
        ("A private scan costs Kč 3 200 in Prague.", "Kč 3 200", 3200, "CZK"),
        ("A private scan costs Kč 950 in Brno.", "Kč 950", 950, "CZK"),
        ("The vaccine is zł 2 400 for the full course.", "zł 2 400", 2400, "PLN"),
        ("A night in hospital is Ft 85 000 without insurance.", "Ft 85 000", 85000, "HUF"),
        ("The test is lei 250 at private clinics.", "lei 250", 250, "RON"),
        ("A visit costs CHF 1 450 privately.", "CHF 1 450", 1450, "CHF"),
        # the same signs after the amount, as the countries write them
        ("A night in hospital is 85 000 Ft without insurance.", "85 000 Ft", 85000, "HUF"),
        ("The test is 250 lei at private clinics.", "250 lei", 250, "RON"),
    ],
)
def test_a_local_currency_sign_before_or_after_the_amount(
    tmp_path, extract_json, text, surface, amount, unit
):
    read = _read(tmp_path, extract_json, text)
    assert [(t, low, high, u) for t, low, high, u, _stat in read] == [
        (surface, amount, amount, unit)
    ]


def test_capital_ft_between_two_numbers_is_no_forint(tmp_path, extract_json):
    read = _read(tmp_path, extract_json, "Her height: 5 Ft 2 in at the first visit.")
    assert all(unit != "HUF" for *_rest, unit, _stat in read)


# --- 4. a fraction as a level after above / below -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Screening uptake stayed above two-thirds in most practices.",
            ("above two-thirds", 2 / 3, None),
        ),
        ("Adherence fell below a quarter by the second year.", ("below a quarter", None, 0.25)),
        ("Coverage climbed above three quarters in 2022.", ("above three quarters", 0.75, None)),
        ("The response rate dropped below half.", ("below half", None, 0.5)),
    ],
)
def test_a_fraction_bound_after_above_or_below(tmp_path, extract_json, text, expected):
    read = _read(tmp_path, extract_json, text)
    assert [(t, low, high, unit) for t, low, high, unit, _stat in read] == [
        (*expected, "proportion")
    ]


def test_a_fraction_before_a_noun_after_below_is_no_share(tmp_path, extract_json):
    """``below a third dose`` names an ordinal dose, never a proportion."""
    read = _read(tmp_path, extract_json, "Give nothing below a third dose today.")
    assert all(unit != "proportion" for *_rest, unit, _stat in read)


# --- 5. a period said once after coordinated counts -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Falls cause roughly 5,200 fractures and 310 deaths a year in the county.",
            [("roughly 5,200 fractures", "fractures/year"), ("310 deaths a year", "deaths/year")],
        ),
        (
            "The ward logs 9 admissions, 4 discharges and 2 transfers each day.",
            [
                ("9 admissions", "admissions/day"),
                ("4 discharges", "discharges/day"),
                ("2 transfers each day", "transfers/day"),
            ],
        ),
        (
            "Measles caused 80 hospitalisations or 3 deaths annually before vaccination.",
            [
                ("80 hospitalisations", "hospitalisations/year"),
                ("3 deaths annually", "deaths/year"),
            ],
        ),
        (
            "There were 450 referrals and 60 operations per week.",
            [("450 referrals", "referrals/week"), ("60 operations per week", "operations/week")],
        ),
    ],
)
def test_a_period_said_once_is_each_counts(tmp_path, extract_json, text, expected):
    read = _read(tmp_path, extract_json, text)
    assert [(t, unit) for t, _low, _high, unit, _stat in read] == expected


def test_what_a_service_has_takes_no_period(tmp_path, extract_json):
    """Beds or staff beside a flow are a standing number: ``300 beds`` is no beds a day."""
    text = "The unit has 24 beds and 6 admissions a day."
    read = {t: unit for t, _low, _high, unit, _stat in _read(tmp_path, extract_json, text)}
    assert read == {"24 beds": "beds", "6 admissions a day": "admissions/day"}


def test_a_count_set_off_by_other_words_keeps_no_period(tmp_path, extract_json):
    text = "The unit had 450 referrals in 2019 and 60 operations per week."
    read = {t: unit for t, _low, _high, unit, _stat in _read(tmp_path, extract_json, text)}
    assert read["450 referrals"] == "referrals"


# --- 6. a price's period followed by after / before ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egg freezing storage is £350 a year after the first decade.",
            ("£350 a year", "GBP"),
        ),
        ("Home care costs $1,800 a month after discharge.", ("$1,800 a month", "USD")),
        (
            "The nurse sees 25 patients a day after the first week.",
            ("25 patients a day", "patients/day"),
        ),
    ],
)
def test_a_period_before_after_stays_the_amounts(tmp_path, extract_json, text, expected):
    read = _read(tmp_path, extract_json, text)
    assert [(t, unit) for t, _low, _high, unit, _stat in read] == [expected]


def test_a_share_a_year_after_an_event_says_when(tmp_path, extract_json):
    read = _read(tmp_path, extract_json, "Survival was 71% a year after transplant.")
    assert [(t, unit) for t, _low, _high, unit, _stat in read] == [("71%", "percent")]


# --- 7. an age said of "you" or "they" ---------------------------------------------------------


def _groups(tmp_path, extract_json, text: str) -> tuple[list, list]:
    """(figures as in :func:`_read`, group labels as (text, low, high, unit)) of ``text``."""
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    figures = [(q["text"], q["low"], q["high"], q["unit"]) for c in claims for q in c["quantities"]]
    groups = [(g["text"], g["low"], g["high"], g["unit"]) for c in claims for g in c["groups"]]
    return figures, groups


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "If you are over 70, the shingles vaccine is offered; 9% get it.",
            ("you are over 70", 70, None),
        ),
        (
            "Give half a tablet if they are under 6, and 2% get a rash.",
            ("they are under 6", None, 6),
        ),
        ("You can get the jab if you are 18 or older; 40% did.", ("you are 18 or older", 18, None)),
        ("If you're over 50, screening finds 1% with the disease.", ("you're over 50", 50, None)),
        (
            "You must be 17 or over to give blood; 4% of adults do.",
            ("You must be 17 or over", 17, None),
        ),
    ],
)
def test_an_age_said_of_you_or_they_is_a_group(tmp_path, extract_json, text, group):
    figures, groups = _groups(tmp_path, extract_json, text)
    assert [(g[0], g[1], g[2], g[3]) for g in groups] == [(*group, "year")]
    # the age is no figure of its own; the sentence's share still is
    assert all(group[1] not in (low, high) for _t, low, high, _u in figures if _u is None)
    assert any(unit == "percent" for *_rest, unit in figures)


@pytest.mark.parametrize(
    "text",
    ["Staff will call you over 20 times a year.", "If you are over 90 kg, take two tablets."],
)
def test_a_pronoun_before_a_count_or_measure_is_no_age(tmp_path, extract_json, text):
    _figures, groups = _groups(tmp_path, extract_json, text)
    assert groups == []


# --- 8. a CI after a semicolon in the figure's brackets, then a P value ---------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Vaccination rose (difference 7.5 percentage points; 95% CI 4.2 to 10.8; P<0.001).",
            "7.5 percentage points",
        ),
        (
            "Pulse slowed (difference 5.4 beats per minute; 95% CI 2.1 to 8.7; P=0.002).",
            "5.4 beats per minute",
        ),
        ("Uptake grew (difference 3.3 per cent, 95% CI 1.0 to 5.6, P=0.01).", "3.3 per cent"),
        ("Scores rose (difference 2.8 points; 95% CI 1.2 to 4.4; P<0.001).", "2.8 points"),
    ],
)
def test_a_ci_after_a_semicolon_is_the_figures_spread(tmp_path, extract_json, text, figure):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    first, p_value = quantities
    assert first["text"] == figure
    assert first["spread"]["kind"] == "CI" and first["spread"]["level"] == 95
    assert p_value["statistic"] == "P"


# --- 9. a bracketed threshold for another group; a number needed's period ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Men with a neck size of 43 cm or more (41 cm for women) should be assessed.",
            [("43 cm or more", 43, None, "cm"), ("41 cm", 41, None, "cm")],
        ),
        (
            "A fasting level under 5.6 mmol/L (5.1 mmol/L in pregnancy) is normal.",
            [("under 5.6 mmol/L", None, 5.6, "mmol/L"), ("5.1 mmol/L", None, 5.1, "mmol/L")],
        ),
    ],
)
def test_a_bracketed_threshold_for_another_group_keeps_the_bound(
    tmp_path, extract_json, text, expected
):
    read = _read(tmp_path, extract_json, text)
    assert [(t, low, high, unit) for t, low, high, unit, _stat in read] == expected


def test_a_bracketed_figure_that_is_no_threshold_stays_a_point(tmp_path, extract_json):
    """A bracket that says anything else (a conversion, a count) takes no bound."""
    read = _read(tmp_path, extract_json, "Limit salt to under 6 g (about 2.4 g of sodium) a day.")
    second = [r for r in read if r[0].startswith("about 2.4")]
    assert all(low == high for _t, low, high, _u, _s in second)


def test_a_number_needed_names_the_period_after_over(tmp_path, extract_json):
    text = "The number needed to vaccinate to prevent one admission over five years was 620."
    read = _read(tmp_path, extract_json, text)
    assert [(t, low, high, unit, stat) for t, low, high, unit, stat in read] == [
        ("five years", 5, 5, "year", None),
        ("620", 620, 620, None, "NNT"),
    ]
