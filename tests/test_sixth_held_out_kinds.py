"""Kinds a sixth held-out collection of real-world forms found misread (issue 11): unit signs
of one character (``25℃``, ``5㎎``) and look-alike signs (``4―6``, ``﹣2.4``, ``≃ 8%``),
British clinical shorthand for periods (``for 3/7``, ``in 2/52``, ``4-6 hourly``,
``6-monthly``) and oncology's ``Q3W``, and what is no figure: karyotypes, HER2 and Gleason
scores, -RADS categories, lines of therapy (``2L``), US legal titles, VAT numbers, a scale's
span and anchors, and times of day on the 24-hour clock (``2200 hrs``).

Every case is a sentence of our own, all extracted in one ``claimcheck extract --format json``
run per table, so each expectation is what a user sees; offsets are checked (``text ==
file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "a unit sign of one character": [
        (
            "Keep the pens under 30℃.",
            [fig("under 30℃", None, 30, unit="°C", hi=False, comparator="under")],
        ),
        ("Her temperature was 99.5℉.", [fig("99.5℉", 99.5, unit="°F")]),
        ("Store the drops between 2 and 8 ℃.", [fig("between 2 and 8 ℃", 2, 8, unit="°C")]),
        ("Each capsule holds 20㎎ of zinc.", [fig("20㎎", 20, unit="mg")]),
        ("Give 7.5 ㎖ at bedtime.", [fig("7.5 ㎖", 7.5, unit="mL")]),
        ("The newborn weighed 2.9㎏.", [fig("2.9㎏", 2.9, unit="kg")]),
        ("A cyst of 4㎝ was drained.", [fig("4㎝", 4, unit="cm")]),
        ("Pour 2ℓ of water into the jug.", [fig("2ℓ", 2, unit="L")]),
    ],
    "a look-alike dash, minus or approximation sign": [
        ("Rest for 2―3 days.", [fig("2―3 days", 2, 3, unit="day")]),
        ("Doses of 10﹘20 mg were tried.", [fig("10﹘20 mg", 10, 20, unit="mg")]),
        ("The mean change was ﹣1.8 kg.", [fig("﹣1.8 kg", -1.8, unit="kg")]),
        ("Scores moved by ˗0.3 points.", [fig("˗0.3 points", -0.3, unit="points")]),
        ("Uptake is ≃ 64% in nurses.", [fig("≃ 64%", 64, unit="percent", approx=True)]),
        ("Around ≅ 300 people came.", [fig("≅ 300 people", 300, unit="people", approx=True)]),
    ],
    "a period in clinical shorthand (N/7, N/52, N/12)": [
        ("Sore throat for 4/7, no fever.", [fig("4/7", 4, unit="day", kind="duration")]),
        ("Back pain for 10/7 after a fall.", [fig("10/7", 10, unit="day")]),
        ("Book a follow-up in 6/52.", [fig("6/52", 6, unit="week", kind="duration")]),
        ("Tired over the last 3/12.", [fig("3/12", 3, unit="month", kind="duration")]),
        ("The rash began 2/7 ago.", [fig("2/7", 2, unit="day")]),
        (
            "Sore for 3/7 in 4/7 women.",
            [
                fig("3/7", 3, unit="day"),
                fig("4/7", 4 / 7, unit="proportion"),  # n/N women: their share
            ],
        ),
        ("Symptoms eased in 5/12 patients.", [fig("5/12", 5 / 12, unit="proportion")]),
    ],
    "every N hours, weeks, months or years, British style": [
        (
            "Give ibuprofen 200 mg 6-8 hourly.",
            [fig("200 mg", 200, unit="mg"), fig("6-8 hourly", 6, 8, unit="hour", kind="duration")],
        ),
        ("Neuro obs are done 1-hourly.", [fig("1-hourly", 1, unit="hour")]),
        ("Turn the patient 4 hrly at night.", [fig("4 hrly", 4, unit="hour")]),
        ("She has 3-monthly B12 injections.", [fig("3-monthly", 3, unit="month")]),
        ("Eye checks are 2-yearly for most adults.", [fig("2-yearly", 2, unit="year")]),
        ("Bloods are taken 4-weekly.", [fig("4-weekly", 4, unit="week")]),
        (
            "The course has 8 weekly sessions.",
            [fig("8 weekly sessions", 8, unit="weekly sessions", kind="count")],
        ),
    ],
    "every N weeks or days, oncology style (Q3W)": [
        (
            "Nivolumab 480 mg Q4W is an option.",
            [fig("480 mg", 480, unit="mg"), fig("4W", 4, unit="week", kind="duration")],
        ),
        ("Give 240 mg q2w.", [fig("240 mg", 240, unit="mg"), fig("2w", 2, unit="week")]),
        ("Cycles repeat q21d.", [fig("21d", 21, unit="day")]),
        ("The antibody is dosed Q8W after induction.", [fig("8W", 8, unit="week")]),
        (
            "Docetaxel 75 mg/m2 Q3W for 6 cycles.",
            [
                fig("75 mg/m2", 75, unit="mg/m2"),
                fig("3W", 3, unit="week"),
                fig("6 cycles", 6, unit="cycles"),
            ],
        ),
    ],
    "a class named by a notation of pathology, genetics or oncology": [
        (
            "Triple X (47,XXX) is seen in 1 in 1,000 girls.",
            [fig("1 in 1,000", 0.001, unit="proportion")],
        ),
        ("His karyotype was 46,XY.", []),
        ("Down syndrome is 47,XX,+21 or 47,XY,+21.", []),
        ("Tumours scored HER2 2+ are retested.", []),
        ("An IHC 3+ result predicts benefit in 80% of cases.", [fig("80%", 80, unit="percent")]),
        ("Gleason 4+4=8 disease needs treatment.", []),
        ("A 3+4 tumour is lower risk than 4+3.", []),
        ("PI-RADS 5 lesions were cancer in 70% of men.", [fig("70%", 70, unit="percent")]),
        ("The drug works in 2L HCC after sorafenib.", []),
        ("Among 4L+ patients, 31% responded.", [fig("31%", 31, unit="percent")]),
    ],
    "a law, a VAT number, a scale or a clock time that claims nothing": [
        ("The rule is in 45 CFR 164.512.", []),
        ("See 42 U.S.C. 1395 for the details.", []),
        ("VAT registration number GB 987 6543 21.", []),
        ("Rate your nausea on a scale from 0 to 10.", []),
        ("Use a 0-100 mm VAS for pain.", []),
        ("Each answer is scored from 1 to 4.", []),
        ("Sleep is rated on a 1–7 scale; the mean was 4.2.", [fig("4.2", 4.2)]),
        ("Pick a number where 5 is the worst.", []),
        ("No food after 2300 hrs, please.", []),
        ("The unit is staffed 0700–1900 hrs.", []),
        ("Take the tablet at 1400h with water.", []),
        ("The pump ran for 1200 hours without fault.", [fig("1200 hours", 1200, unit="hour")]),
    ],
    "money of Asia, Africa and the Gulf": [
        ("A scan costs Rp 450.000 in Bali.", [fig("Rp 450.000", 450000, unit="IDR", kind="money")]),
        ("Lab fees are Rp25,000.", [fig("Rp25,000", 25000, unit="IDR")]),
        ("An X-ray costs Tk 800 in Chittagong.", [fig("Tk 800", 800, unit="BDT")]),
        ("The clinic charges GH₵ 40 for a visit.", [fig("GH₵ 40", 40, unit="GHS")]),
        ("A check costs USh 15,000 in Gulu.", [fig("USh 15,000", 15000, unit="UGX")]),
        ("A dental visit costs AED 400.", [fig("AED 400", 400, unit="AED")]),
        ("Bring the AED 3 metres closer.", [fig("3 metres", 3, unit="m")]),
        (
            "Screening costs SAR 150 per person.",
            [fig("SAR 150 per person", 150, unit="SAR/person", per="person")],
        ),
        (
            "The pills cost 2,000 naira a month.",
            [fig("2,000 naira a month", 2000, unit="NGN", per="month")],
        ),
        ("A test is 60 cedis.", [fig("60 cedis", 60, unit="GHS")]),
        ("The jab costs 120 rand.", [fig("120 rand", 120, unit="ZAR")]),
        ("Dental care costs 3,000 baht.", [fig("3,000 baht", 3000, unit="THB")]),
        ("A night costs 900 taka.", [fig("900 taka", 900, unit="BDT")]),
        ("Fees are 400 Ugandan shillings.", [fig("400 Ugandan shillings", 400, unit="UGX")]),
    ],
    "pp after a price (per person), percentage in Indian English": [
        ("A spa day is £75pp.", [fig("£75pp", 75, unit="GBP", kind="rate", per="person")]),
        ("The screening package costs €180 p.p.", [fig("€180 p.p.", 180, unit="EUR")]),
        ("Uptake rose 4pp in a year.", [fig("4pp", 4, unit="percentage points")]),
        (
            "About 30 percentage of children are stunted.",
            [fig("About 30 percentage", 30, unit="percent", approx=True)],
        ),
        (
            "Over 60 percentage of nurses agreed.",
            [fig("Over 60 percentage", 60, None, unit="percent", li=False, comparator="Over")],
        ),
    ],
    "a frequency band of a product's characteristics": [
        (
            "Very common (≥1/10): tiredness.",
            [fig("≥1/10", 0.1, None, unit="proportion", comparator="≥")],
        ),
        (
            "Common (≥1/100 to <1/10): dry mouth.",
            [fig("≥1/100 to <1/10", 0.01, 0.1, unit="proportion", hi=False)],
        ),
        (
            "Uncommon (≥ 1/1 000, < 1/100): hair loss.",
            [fig("≥ 1/1 000, < 1/100", 0.001, 0.01, unit="proportion", hi=False)],
        ),
        (
            "Rare (>1/10,000 to ≤1/1,000): seizures.",
            [fig(">1/10,000 to ≤1/1,000", 0.0001, 0.001, unit="proportion", li=False)],
        ),
        (
            "Very rare (<1/10 000): liver failure.",
            [fig("<1/10 000", None, 0.0001, unit="proportion", hi=False)],
        ),
        (
            "Common ≥ 1 and < 10 %: headache.",
            [fig("≥ 1 and < 10 %", 1, 10, unit="percent", hi=False)],
        ),
        ("Rashes affect <1/100 people.", [fig("<1/100", None, 0.01, unit="proportion", hi=False)]),
    ],
    "a liquid's strength per a measured volume": [
        (
            "Paracetamol 120 mg/5 mL is for infants.",
            [fig("120 mg/5 mL", 120, unit="mg/5mL", kind="measure")],
        ),
        ("The drops are 2mg/1mL.", [fig("2mg/1mL", 2, unit="mg/1mL")]),
        ("Each syringe has 60 mg/0.6 mL.", [fig("60 mg/0.6 mL", 60, unit="mg/0.6mL")]),
        (
            "Give 7.5 mL of the 125 mg/5 ml syrup.",
            [fig("7.5 mL", 7.5, unit="mL"), fig("125 mg/5 ml", 125, unit="mg/5mL")],
        ),
        ("A bag holds 500 mg/100 mL of the drug.", [fig("500 mg/100 mL", 500, unit="mg/100mL")]),
    ],
    "amounts offered as alternatives with slashes": [
        (
            "Take one 50 mg/850 mg tablet twice a day.",
            [
                fig("50 mg", 50, unit="mg"),
                fig("850 mg", 850, unit="mg"),
                fig("twice a day", 2, unit="times/day", kind="frequency", per="day"),
            ],
        ),
        (
            "Tablets come in 2.5 mg/10 mg/20 mg.",
            [
                fig("2.5 mg", 2.5, unit="mg"),
                fig("10 mg", 10, unit="mg"),
                fig("20 mg", 20, unit="mg"),
            ],
        ),
        (
            "Energy 1680kJ/400kcal",
            [fig("1680kJ", 1680, unit="kJ"), fig("400kcal", 400, unit="kcal")],
        ),
        (
            "A bar gives 420 kJ/100 kcal.",
            [fig("420 kJ", 420, unit="kJ"), fig("100 kcal", 100, unit="kcal")],
        ),
        (
            "Vials hold 10 mL/20 mL of saline.",
            [fig("10 mL", 10, unit="mL"), fig("20 mL", 20, unit="mL")],
        ),
    ],
    "one of a noun whose singular ends in -s": [
        ("He bowled 1 innings before rain.", [fig("1 innings", 1, unit="innings", kind="count")]),
        ("Only 1 species of tick carries it.", [fig("1 species", 1, unit="species")]),
        ("The trust ran 1 series of talks.", [fig("1 series", 1, unit="series")]),
        ("Each eye got 1 lens implant.", [fig("1 lens", 1, unit="lens")]),
        ("The CARE 1 patients were younger.", []),
    ],
    "a rating over its top": [
        ("Parents rated the ward 4.6 out of 5 stars.", [fig("4.6 out of 5", 4.6)]),
        ("The app scores 4.2/5 in reviews.", [fig("4.2/5", 4.2)]),
        ("Users give it 3.9/5 on average.", [fig("3.9/5", 3.9)]),
        ("The service got 8.5 out of 10.", [fig("8.5 out of 10", 8.5)]),
        ("Seven out of 10 parents agreed.", [fig("Seven out of 10", 0.7, unit="proportion")]),
        # no rating: a slash pair before a unit of dose is two strengths (a combination)
        ("Give 2.5/5 mg at night.", [fig("2.5", 2.5, unit="mg"), fig("5 mg", 5, unit="mg")]),
    ],
    "an interval open above or censored": [
        (
            "Median survival was 21.4 months (95% CI 16.0–NR).",
            [
                fig(
                    "21.4 months",
                    21.4,
                    unit="month",
                    spread={"kind": "CI", "value": None, "low": 16.0, "high": None, "level": 95.0},
                )
            ],
        ),
        (
            "Median PFS was 9.7 months (95% CI, 7.2 to not reached).",
            [fig("9.7 months", 9.7, unit="month")],
        ),
        (
            "Median OS was 18.2 months (95% CI 15.1–NE).",
            [fig("18.2 months", 18.2, unit="month")],
        ),
        (
            "Median duration was 8.3 months (range, 1.4+ to 19.6+).",
            [
                fig(
                    "8.3 months",
                    8.3,
                    unit="month",
                    spread={
                        "kind": "range",
                        "value": None,
                        "low": 1.4,
                        "high": 19.6,
                        "level": None,
                    },
                )
            ],
        ),
        (
            "The HR was 0.62 (95% CI 0.50–0.78).",
            [
                fig(
                    "HR was 0.62",
                    0.62,
                    statistic="HR",
                    spread={"kind": "CI", "value": None, "low": 0.5, "high": 0.78, "level": 95.0},
                )
            ],
        ),
    ],
    "a unit with negative powers or in a measured volume": [
        ("Glucose was 6.1 mmol·L⁻¹ before breakfast.", [fig("6.1 mmol·L⁻¹", 6.1, unit="mmol/L")]),
        ("Peak uptake reached 41 mL·kg⁻¹·min⁻¹.", [fig("41 mL·kg⁻¹·min⁻¹", 41, unit="mL/kg/min")]),
        (
            "The infusion ran at 0.05 µg kg-1 min-1.",
            [fig("0.05 µg kg-1 min-1", 0.05, unit="µg/kg/min")],
        ),
        ("Each dose holds 200 mg in 5 ml.", [fig("200 mg in 5 ml", 200, unit="mg/5mL")]),
        ("The syrup has 5 mg in each 5 mL.", [fig("5 mg in each 5 mL", 5, unit="mg/5mL")]),
    ],
    "an age as case notes shorten it": [
        ("A 58 y/o man had chest pain.", [fig("58 y/o", 58, unit="year-old")]),
        ("81yo female with a fall.", [fig("81yo", 81, unit="year-old")]),
        ("A 6 y.o. boy had a rash.", [fig("6 y.o.", 6, unit="year-old")]),
        ("A 29-yr-old runner collapsed.", [fig("29-yr-old", 29, unit="year-old")]),
        (
            "He is 44 yo and smokes 10 a day.",
            [fig("44 yo", 44, unit="year-old"), fig("10 a day", 10, per="day")],
        ),
    ],
    "a schedule, an acuity, an offer or a name that claims nothing": [
        ("Cases were doubling every 4 days.", [fig("4 days", 4, unit="day")]),
        ("The risk doubles each decade.", [fig("doubles", 2, unit="fold", approx=True)]),
        ("AUC0–12 fell by 30% with the inhibitor.", [fig("30%", 30, unit="percent")]),
        ("AUC0-∞ rose 2-fold.", [fig("2-fold", 2, unit="fold")]),
        (
            "Tab. Atenolol 50 mg 1 - 0 - 0 for a month.",
            [fig("50 mg", 50, unit="mg"), fig("a month", 1, unit="month")],
        ),
        ("Pilots need 6/9 vision in each eye.", []),
        ("Her eyesight was 6/36 in the left eye.", []),
        ("2 for 1 on flu jabs today.", []),
        ("Start the Sofa to 5K plan this week.", []),
    ],
}
CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("sixth"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


# (paragraph, group label surface, low, high, unit, the figures read)
DOSE_TABLE_CASES = [
    ("3–6yrs: max 2.5mg once daily.", "3–6yrs", 3, 6, "year", ["max 2.5mg once daily"]),
    ("7-12 yrs: 5 mL every 6 hours", "7-12 yrs", 7, 12, "year", ["5 mL", "6 hours"]),
    ("Childn >12 yr 500 mg bd", ">12 yr", 12, None, "year", ["500 mg", "bd"]),
    (
        "Adults 250 mg tid, 6-11 yr 125 mg tid.",
        "6-11 yr",
        6,
        11,
        "year",
        ["250 mg", "tid", "125 mg", "tid"],
    ),
    ("3m–1y: 2.5 ml at night", "3m–1y", 0.25, 1, "year", ["2.5 ml"]),
    ("Up to 2 yrs: 2.5 mL once a day.", "Up to 2 yrs", None, 2, "year", ["2.5 mL once a day"]),
    ("13–17y: 1 tablet twice daily.", "13–17y", 13, 17, "year", ["1 tablet", "twice daily"]),
]


@pytest.fixture(scope="module")
def dose_tables(tmp_path_factory):
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    path = tmp_path_factory.mktemp("sixth_tables") / "rows.md"
    path.write_text("\n\n".join(case[0] for case in DOSE_TABLE_CASES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    groups, figures = {}, {}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        line_start = file_text.rfind("\n", 0, claim["start"]) + 1
        row = file_text[line_start : file_text.find("\n", claim["start"])]
        for group in claim["groups"]:
            assert file_text[group["start"] : group["end"]] == group["text"]
            groups[group["text"]] = group
        figures.setdefault(row, []).extend(q["text"] for q in claim["quantities"])
    return groups, figures


@pytest.mark.parametrize("case", DOSE_TABLE_CASES, ids=[c[0][:40] for c in DOSE_TABLE_CASES])
def test_dose_table_age_band_is_a_group(dose_tables, case):
    text, surface, low, high, unit, read = case
    groups, figures = dose_tables
    group = groups[surface]
    assert (group["low"], group["high"], group["unit"]) == (low, high, unit)
    assert figures.get(text, []) == read


HTML_CASES: list[tuple[str, list[dict]]] = [
    ("Have the 3<sup>rd</sup> dose 6 months on.", [fig("6 months", 6, unit="month")]),
    ("The clinic opened on 1<sup>st</sup> May with 30 beds.", [fig("30 beds", 30, unit="beds")]),
    ("Her 40<sup>th</sup> birthday fell during a 5-day stay.", [fig("5-day", 5, unit="day")]),
    ("The 2<sup>ND</sup> edition covers 85 drugs.", [fig("85 drugs", 85, unit="drugs")]),
    ("By the 12<sup>th</sup> week, 40% had improved.", [fig("40%", 40, unit="percent")]),
    (
        "The trust treated 2,<wbr>345,<wbr>000 patients.",
        [fig("2,<wbr>345,<wbr>000 patients", 2345000, unit="patients")],
    ),
    (
        "Some 12<wbr>500 nurses signed.",
        [fig("Some 12<wbr>500 nurses", 12500, unit="nurses", approx=True)],
    ),
    (
        "About 3&frasl;4 of carers are women.",
        [fig("About 3&frasl;4", 0.75, unit="proportion", approx=True)],
    ),
    ("Give 1&frasl;2 tablet at night.", [fig("1&frasl;2 tablet", 0.5, unit="tablet")]),
]


@pytest.fixture(scope="module")
def extracted_html(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sixth_html")
    return extract_paragraphs(folder, [t for t, _e in HTML_CASES], html=True)


@pytest.mark.parametrize(("text", "expected"), HTML_CASES, ids=[t[:40] for t, _ in HTML_CASES])
def test_html_ordinals_word_breaks_and_fraction_slashes(extracted_html, text, expected):
    assert_read_as(extracted_html[text], text, expected)


@pytest.fixture(scope="module")
def extracted_markdown_html(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sixth_md_html")
    return extract_paragraphs(folder, [t for t, _e in HTML_CASES])


@pytest.mark.parametrize(("text", "expected"), HTML_CASES, ids=[t[:40] for t, _ in HTML_CASES])
def test_inline_html_in_markdown_reads_the_same(extracted_markdown_html, text, expected):
    assert_read_as(extracted_markdown_html[text], text, expected)
