"""Figure forms from session 54, fixed as kinds with our own examples.

Each test asserts what a user sees: the figures ``claimcheck extract`` returns (text, value,
unit) for a sentence, in prose, a list item, a Markdown table cell and an HTML paragraph
where its shape allows (:func:`_read_in`). The README's "Session 54 forms" item says each
rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS, html_page, units_of
from form_helpers import bounds_in as _bounds_in
from form_helpers import figures_in as _read_in


# Kind 8: a bare "$" on a page of a peso country (es-MX, es-CO, es-AR, es-CL …) is the
# page's peso, and so is a bare "pesos"; so is "$" on a page whose "$" amounts name one
# non-US code after them ("$1,500 MXN"), or that states its prices' currency in Spanish.
@pytest.mark.parametrize(
    ("name", "draft", "expected"),
    [
        (
            "mx.html",
            html_page(' lang="es-MX"', "La consulta cuesta $1,500; el estudio, $850."),
            [("$1,500", 1500.0, "MXN"), ("$850", 850.0, "MXN")],
        ),
        (
            "mx_pesos.html",
            html_page(' lang="es-MX"', "La vacuna cuesta 350 pesos."),
            [("350 pesos", 350.0, "MXN")],
        ),
        (
            "co.html",
            html_page(' lang="es-CO"', "La cita cuesta $45.000."),
            [("$45.000", 45000.0, "COP")],
        ),
        (
            "cl.html",
            html_page(
                "", "El examen cuesta $12.990.", '<meta property="og:locale" content="es_CL">'
            ),
            [("$12.990", 12990.0, "CLP")],
        ),
        (
            "coded.md",
            "La consulta cuesta $1,500 MXN.\n\nEl paquete cuesta $2,400.\n",
            [("$1,500 MXN", 1500.0, "MXN"), ("$2,400", 2400.0, "MXN")],
        ),
        (
            "stated_es.md",
            "Todos los precios están en pesos mexicanos.\n\nLa consulta cuesta $900.\n",
            [("$900", 900.0, "MXN")],
        ),
        (
            "stated_en.md",
            "All prices are in Mexican pesos.\n\nA check-up is $700.\n",
            [("$700", 700.0, "MXN")],
        ),
        (
            "mx_front.md",
            "---\nlang: es-MX\n---\n\nLa prueba cuesta $600.\n",
            [("$600", 600.0, "MXN")],
        ),
    ],
)
def test_a_bare_dollar_sign_is_the_pages_peso(tmp_path, extract_json, name, draft, expected):
    assert units_of(tmp_path, extract_json, name, draft) == expected


@pytest.mark.parametrize(
    ("name", "draft", "expected"),
    [
        ("es.html", html_page(' lang="es"', "La consulta cuesta $150."), [("$150", 150.0, "USD")]),
        (
            "es_us.html",
            html_page(' lang="es-US"', "La consulta cuesta $150."),
            [("$150", 150.0, "USD")],
        ),
        (
            "mx_usd.html",
            html_page(' lang="es-MX"', "La consulta cuesta US$150."),
            [("US$150", 150.0, "USD")],
        ),
        (
            "two_codes.md",
            "It is $1,500 MXN here and $90 USD there.\n\nThe kit is $45.\n",
            [("$1,500 MXN", 1500.0, "MXN"), ("$90 USD", 90.0, "USD"), ("$45", 45.0, "USD")],
        ),
        (
            "stated_usd_es.md",
            "Precios en dólares estadounidenses.\n\nLa consulta cuesta $150.\n",
            [("$150", 150.0, "USD")],
        ),
        ("pesos_en.md", "It costs 850 pesos.\n", [("850 pesos", 850.0, "pesos")]),
    ],
)
def test_a_bare_dollar_sign_stays_usd_where_no_peso_is_said(
    tmp_path, extract_json, name, draft, expected
):
    assert units_of(tmp_path, extract_json, name, draft) == expected


# Kind 2: a year-shaped number (1950-2039, ungrouped, no round hundred) right before a plural
# noun is the noun's year, no count of it, after a determiner or a possessive, or where
# another year-shaped number stands before the same noun in the sentence.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the 2023 births, 12% were preterm.", [("12%", 12.0, 12.0, "percent", False)]),
        ("The 2024 admissions rose by 5%.", [("5%", 5.0, 5.0, "percent", False)]),
        ("2019 deaths were higher than 2018 deaths.", []),
        ("We compared 2022 referrals with 2021 referrals.", []),
        ("Of these 2021 diagnoses, 40% were late.", [("40%", 40.0, 40.0, "percent", False)]),
        (
            "England's 2022 deaths included 310 infants.",
            [("310 infants", 310.0, 310.0, "infants", False)],
        ),
        ("Our 2025 appointments start at 9am.", []),
        ("Half of the 1998 births were at home.", [("Half", 0.5, 0.5, "proportion", False)]),
    ],
)
def test_a_year_before_a_plural_noun_is_its_year(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There were 2023 births in the unit.", [("2023 births", 2023.0, 2023.0, "births", False)]),
        ("2019 patients were enrolled.", [("2019 patients", 2019.0, 2019.0, "patients", False)]),
        (
            "The 2000 patients were followed up.",
            [("2000 patients", 2000.0, 2000.0, "patients", False)],
        ),
        (
            "The 2,019 patients were followed up.",
            [("2,019 patients", 2019.0, 2019.0, "patients", False)],
        ),
        (
            "We saw 2024 children and 300 adults.",
            [
                ("2024 children", 2024.0, 2024.0, "children", False),
                ("300 adults", 300.0, 300.0, "adults", False),
            ],
        ),
    ],
)
def test_a_count_shaped_like_a_year_stays_a_count(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 6: a zero never opens a group of thousands; a zero, one space, two to four digits and
# a unit is a decimal whose point was lost (``0 014 mSv`` is 0.014 mSv, never 14 nor 14,000).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A chest X-ray gives 0 014 mSv.", [("0 014 mSv", 0.014, 0.014, "mSv", False)]),
        ("The dose was 0 125 mg.", [("0 125 mg", 0.125, 0.125, "mg", False)]),
        ("Lead levels were 0 05 mg/L.", [("0 05 mg/L", 0.05, 0.05, "mg/L", False)]),
        ("The risk is 0 001% a year.", [("0 001% a year", 0.001, 0.001, "percent", False)]),
        ("A strip costs 0 50 EUR.", [("0 50 EUR", 0.5, 0.5, "EUR", False)]),
        (
            "The dose was 0\u00a0014\u00a0mSv.",
            [("0\u00a0014\u00a0mSv", 0.014, 0.014, "mSv", False)],
        ),
    ],
)
def test_a_zero_never_groups_thousands(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About 1 250 000 adults have it.",
            [("About 1 250 000 adults", 1250000.0, 1250000.0, "adults", True)],
        ),
        ("Costs reached 12 500 EUR.", [("12 500 EUR", 12500.0, 12500.0, "EUR", False)]),
        (
            "Scores were 0 12 and 3.",
            [
                ("0", 0.0, 0.0, None, False),
                ("12", 12.0, 12.0, None, False),
                ("3", 3.0, 3.0, None, False),
            ],
        ),
    ],
)
def test_a_whole_number_still_groups_with_spaces(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 7: a whole of money opening its own clause ("Of every £1 you give,") and the part
# after its comma are one figure: a proportion, or after "for every" a return (fold).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of every £1 you give, 90p goes to research.",
            [("£1 you give, 90p", 0.9, 0.9, "proportion", False)],
        ),
        (
            "Of each £1 donated, 85p funds our nurses.",
            [("£1 donated, 85p", 0.85, 0.85, "proportion", False)],
        ),
        (
            "Every £10 you give, £8 goes on care.",
            [("£10 you give, £8", 0.8, 0.8, "proportion", False)],
        ),
        ("For every $1 spent, $4 is saved.", [("$1 spent, $4", 4.0, 4.0, "fold", False)]),
        (
            "For every €1 spent on prevention, €5 is saved in treatment.",
            [("€1 spent on prevention, €5", 5.0, 5.0, "fold", False)],
        ),
        (
            "For every dollar spent on vaccines, 16 dollars are saved.",
            [("dollar spent on vaccines, 16 dollars", 16.0, 16.0, "fold", False)],
        ),
    ],
)
def test_a_whole_of_money_before_its_part_is_one_share(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "For every £1 you give, we add £2.",
            [("£1", 1.0, 1.0, "GBP", False), ("£2", 2.0, 2.0, "GBP", False)],
        ),
        (
            "Of every £100 raised, £3 million went on care.",
            [("£100", 100.0, 100.0, "GBP", False), ("£3 million", 3e6, 3e6, "GBP", False)],
        ),
        (
            "Tickets cost £10, £8 for children.",
            [("£10", 10.0, 10.0, "GBP", False), ("£8", 8.0, 8.0, "GBP", False)],
        ),
    ],
)
def test_two_amounts_that_are_no_share_stay_two(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 4: a bare age after "before"/"after"/"under"/"over" at the end of what a group's members
# do (start, begin, gain, quit, try …) names whom the share is about: a group label, no figure.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine in ten smokers start before 18.", [("Nine in ten", 0.9, 0.9, "proportion", False)]),
        (
            "Two in three adults gain weight after 40.",
            [("Two in three", 2 / 3, 2 / 3, "proportion", False)],
        ),
        (
            "Four in five people who smoke started before 20.",
            [("Four in five", 0.8, 0.8, "proportion", False)],
        ),
        (
            "Seven out of ten smokers began before 21.",
            [("Seven out of ten", 0.7, 0.7, "proportion", False)],
        ),
        (
            "Nearly 1 in 5 teenagers tried vaping before 16.",
            [("Nearly 1 in 5", 0.2, 0.2, "proportion", True)],
        ),
        (
            "Smokers who quit before 40 gain almost 10 years of life.",
            [("almost 10 years", 10.0, 10.0, "year", True)],
        ),
        ("Most smokers start before they turn 18.", []),
    ],
)
def test_an_age_cut_off_after_a_groups_event_is_no_figure(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Patients started after 2 doses.", [("2 doses", 2.0, 2.0, "doses", False)]),
        ("Most patients die after 5 years.", [("5 years", 5.0, 5.0, "year", False)]),
        (
            "Patients started treatment before 12 weeks.",
            [("before 12 weeks", None, 12.0, "week", False)],
        ),
    ],
)
def test_a_time_or_count_after_a_groups_event_stays_a_figure(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 5: a times sign between a dose and a bare number said per a period is how often the
# dose is taken (``500mg x 2 daily``: 500 mg, twice a day); a count before a times sign and a
# dose (``2 x 500 mg daily``) is that many doses of the strength, never the strength a day.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Take 500mg x 2 daily.",
            [("500mg", 500.0, 500.0, "mg", False), ("x 2 daily", 2.0, 2.0, "times/day", False)],
        ),
        (
            "Give 5 ml x 3 a day.",
            [("5 ml", 5.0, 5.0, "mL", False), ("x 3 a day", 3.0, 3.0, "times/day", False)],
        ),
        (
            "The dose is 400 mg × 3 daily for 5 days.",
            [
                ("400 mg", 400.0, 400.0, "mg", False),
                ("× 3 daily", 3.0, 3.0, "times/day", False),
                ("5 days", 5.0, 5.0, "day", False),
            ],
        ),
        (
            "Use 10 ml x 4 per day.",
            [("10 ml", 10.0, 10.0, "mL", False), ("x 4 per day", 4.0, 4.0, "times/day", False)],
        ),
        (
            "Take 1g three times daily.",
            [("1g", 1.0, 1.0, "g", False), ("three times daily", 3.0, 3.0, "times/day", False)],
        ),
        (
            "Take 2 x 500 mg daily.",
            [("2 x", 2.0, 2.0, "doses", False), ("500 mg", 500.0, 500.0, "mg", False)],
        ),
        (
            "Take 2x500mg daily.",
            [("2x", 2.0, 2.0, "doses", False), ("500mg", 500.0, 500.0, "mg", False)],
        ),
    ],
)
def test_a_times_sign_after_a_dose_says_how_often(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Take 500 mg daily.", [("500 mg daily", 500.0, 500.0, "mg", False)]),
        (
            "The room is 3 x 4 metres.",
            [("3", 3.0, 3.0, "m", False), ("4 metres", 4.0, 4.0, "m", False)],
        ),
    ],
)
def test_a_dose_without_a_times_sign_keeps_its_period(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 3: a multi-buy's counts are no figures (``Buy 2 get 1 free``, ``3 sessions for the
# price of 2``); a bare count before ``for`` and a price is the bundle's price (``2 for £30``
# is £30, one figure), and since session 56 so is a count with its noun (``3 sessions for
# £99``); a discount in an offer stays a figure.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Flu jabs are 2 for £30 this month.", [("2 for £30", 30.0, 30.0, "GBP", False)]),
        ("Vitamins: 3 for £10.", [("3 for £10", 10.0, 10.0, "GBP", False)]),
        ("Two for €5 on all plasters.", [("Two for €5", 5.0, 5.0, "EUR", False)]),
        ("Buy 2 get 1 free on all supplements.", []),
        ("Buy one, get one half price.", []),
        ("Vitamin D: buy one get one free.", []),
        ("Book 3 sessions for the price of 2.", []),
        ("4 tests for the price of 3.", []),
        ("Get 10% off your second appointment.", [("10%", 10.0, 10.0, "percent", False)]),
        # a count with its noun before "for" and a price is the bundle too (session 56; it
        # was two figures, the count a false CC102)
        ("Book 3 sessions for £99.", [("£99", 99.0, 99.0, "GBP", False)]),
    ],
)
def test_a_multi_buy_offer_is_its_price_only(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We treated 12 patients for 3 weeks.",
            [("12 patients", 12.0, 12.0, "patients", False), ("3 weeks", 3.0, 3.0, "week", False)],
        ),
    ],
)
def test_a_count_with_its_noun_before_for_stays_a_count(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# Kind 1: a vague count in words is a figure, never a precise one: "several"/"a few" and a
# scale is [2N, 10N) (its top left out), as a plural scale before "of" is [N, 10N).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Several hundred patients took part in the trial.",
            [("Several hundred patients", 200.0, 1000.0, True, False, False)],
        ),
        (
            "A few thousand people are diagnosed each year.",
            [("A few thousand people", 2000.0, 10000.0, True, False, False)],
        ),
        (
            "It affects a few million people in the UK.",
            [("a few million people", 2e6, 1e7, True, False, False)],
        ),
        (
            "Several dozen nurses were hired.",
            [("Several dozen nurses", 24.0, 120.0, True, False, False)],
        ),
        (
            "A few hundred thousand people have it.",
            [("A few hundred thousand people", 2e5, 1e6, True, False, False)],
        ),
        (
            "Several hundreds of children were treated.",
            [("Several hundreds of children", 200.0, 1000.0, True, False, False)],
        ),
        (
            "Tens of thousands of women have the test every year.",
            [("Tens of thousands of women", 1e4, 1e5, True, False, False)],
        ),
        (
            "Hundreds of children were admitted last winter.",
            [("Hundreds of children", 100.0, 1000.0, True, False, False)],
        ),
        (
            "It costs a few hundred pounds.",
            [("a few hundred pounds", 200.0, 1000.0, True, False, False)],
        ),
    ],
)
def test_a_vague_count_is_an_interval_never_a_point(
    tmp_path, extract_json, form, sentence, expected
):
    assert _bounds_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We need several hundred or even 1,000 beds.",
            [("1,000 beds", 1000.0, 1000.0, True, True, False)],
        ),
        ("A few of the patients improved.", []),
        ("Several hundreds of the donors replied.", []),
    ],
)
def test_a_vague_amount_with_nothing_counted_is_no_figure(
    tmp_path, extract_json, form, sentence, expected
):
    assert _bounds_in(tmp_path, extract_json, form, sentence) == expected


# New kind 9 (Recognizers-Text #1934, "half million" / "quarter million"): a quarter or a
# third said before a large scale word is that part of it, as "a half million" is.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A quarter million Americans have it.",
            [("A quarter million Americans", 250000.0, 250000.0, "Americans", False)],
        ),
        (
            "Quarter-million people use the service.",
            [("Quarter-million people", 250000.0, 250000.0, "people", False)],
        ),
        (
            "Nearly a quarter-million adults are affected.",
            [("Nearly a quarter-million adults", 250000.0, 250000.0, "adults", True)],
        ),
        (
            "Three-quarter million people live with it.",
            [("Three-quarter million people", 750000.0, 750000.0, "people", False)],
        ),
        (
            "A quarter billion doses were shipped.",
            [("A quarter billion doses", 2.5e8, 2.5e8, "doses", False)],
        ),
        (
            "A half million children were vaccinated.",
            [("A half million children", 500000.0, 500000.0, "children", False)],
        ),
    ],
)
def test_a_part_before_a_scale_word_is_that_part_of_it(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A quarter of adults have it.",
            [("A quarter", 0.25, 0.25, "proportion", False)],
        ),
        (
            "A third of a million people have it.",
            [("A third of a million people", 1e6 / 3, 1e6 / 3, "people", False)],
        ),
    ],
)
def test_a_part_of_a_group_stays_a_share(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# New kind 10 (Recognizers-Text #1173, "more than half people"): a hedged fraction right
# before a plural group, with no "of", is the group's share, as "half of" is; "half all" too.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("More than half patients improved.", [("More than half", 0.5, None, "proportion", False)]),
        (
            "Around a third adults have high blood pressure.",
            [("Around a third", 1 / 3, 1 / 3, "proportion", True)],
        ),
        (
            "Over half people with diabetes have it.",
            [("Over half", 0.5, None, "proportion", False)],
        ),
        (
            "Nearly a quarter children are overweight.",
            [("Nearly a quarter", 0.25, 0.25, "proportion", True)],
        ),
        ("Half all cancers are preventable.", [("Half", 0.5, 0.5, "proportion", False)]),
        (
            "Almost two thirds smokers want to quit.",
            [("Almost two thirds", 2 / 3, 2 / 3, "proportion", True)],
        ),
    ],
)
def test_a_hedged_fraction_before_a_group_is_its_share(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A third patients relapse within a year.", [("within a year", None, 1.0, "year", False)]),
        ("Half the patients improved.", [("Half", 0.5, 0.5, "proportion", False)]),
    ],
)
def test_an_unhedged_fraction_before_a_group_needs_of_or_the(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


# New kind 11 (w2n #38 "hundred and twenty" -> 2000, Recognizers-Text #3208 bare "hundred"):
# a bare hundred or thousand opening a spelled number is one of it: "Hundred and twenty" 120,
# never the twenty alone.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hundred and twenty patients took part.",
            [("Hundred and twenty patients", 120.0, 120.0, "patients", False)],
        ),
        (
            "Thousand and fifty nurses were hired.",
            [("Thousand and fifty nurses", 1050.0, 1050.0, "nurses", False)],
        ),
        (
            "The hundred and twenty-five patients were seen.",
            [("hundred and twenty-five patients", 125.0, 125.0, "patients", False)],
        ),
        (
            "Hundred and six babies were born early.",
            [("Hundred and six babies", 106.0, 106.0, "babies", False)],
        ),
        (
            "A hundred and twenty patients took part.",
            [("A hundred and twenty patients", 120.0, 120.0, "patients", False)],
        ),
        (
            "Two hundred and twenty patients took part.",
            [("Two hundred and twenty patients", 220.0, 220.0, "patients", False)],
        ),
    ],
)
def test_a_bare_scale_word_opening_a_number_is_one_of_it(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected
