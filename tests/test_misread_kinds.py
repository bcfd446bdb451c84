"""Misreads a fresh tester found on main, each fixed as a kind (issue 11): spreads in brackets
that also hold a statistic's name or a P value, units with a power, HTML entities inside
figures, ISO currency codes, signed ends and powers of ten in changes and ranges, price
floors with "just"/"only", changes written as proportions, fractions without "of", lists
written without spaces, a statistic's name before its value, and a few stragglers.

Every case is one paragraph of our own, all extracted in one ``claimcheck extract --format
json`` run on one draft per format, so each expectation is what a user sees; offsets are
checked (``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig


def ci(low, high, level=95.0, kind="CI"):
    """The JSON of an interval spread."""
    return {"kind": kind, "value": None, "low": low, "high": high, "level": level}


def sd(value, kind="SD"):
    """The JSON of a dispersion spread."""
    return {"kind": kind, "value": value, "low": None, "high": None, "level": None}


P = {"statistic": "P", "kind": "statistic"}

MARKDOWN: dict[str, list[tuple[str, list[dict]]]] = {
    # the CI (or SD) in a figure's brackets is that figure's spread, whatever else the brackets
    # hold; its level is never a figure; a P value stays a statistic of its own
    "spread in brackets with a statistic or a P value": [
        (
            "Deaths were fewer (HR 0.74, 95% CI 0.61–0.90) with the new drug.",
            [fig("HR 0.74", 0.74, spread=ci(0.61, 0.90), statistic="HR")],
        ),
        (
            "Relapse rose 2.3-fold (95% CI 1.4 to 3.8; P = 0.001) after a year.",
            [
                fig("2.3-fold", 2.3, unit="fold", spread=ci(1.4, 3.8)),
                fig("P = 0.001", 0.001, **P),
                fig("a year", 1, unit="year"),  # "after 1 year", in words (session 56)
            ],
        ),
        (
            "Asthma was commoner (OR 1.6; 95% CI, 1.2-2.2; p<0.01) in towns.",
            [
                fig("OR 1.6", 1.6, spread=ci(1.2, 2.2), statistic="OR"),
                fig("p<0.01", None, 0.01, hi=False, **P),
            ],
        ),
        (
            "Falls dropped (hazard ratio, 0.68; 95% confidence interval [CI], 0.52 to 0.89).",
            [
                fig(
                    "hazard ratio, 0.68",
                    0.68,
                    spread=ci(0.52, 0.89),
                    statistic="HR",
                )
            ],
        ),
        (
            "Weight changed by -1.7 kg (95% CI -2.9 to -0.5) in a year.",
            [fig("-1.7 kg", -1.7, unit="kg", spread=ci(-2.9, -0.5))],
        ),
        (
            "Systolic pressure moved −4.2 mmHg (95% CI −6.0 to −2.4 mmHg) overall.",
            [
                fig(
                    "−4.2 mmHg",
                    -4.2,
                    unit="mmHg",
                    spread=ci(-6.0, -2.4),
                )
            ],
        ),
        (
            "The rate ratio was 1.21 (CI 95% 1.05–1.39) in older adults.",
            [fig("rate ratio was 1.21", 1.21, statistic="RR", spread=ci(1.05, 1.39))],
        ),
        (
            "Odds rose (aOR 2.2; 95% CI [1.5, 3.1]) among night workers.",
            [fig("aOR 2.2", 2.2, spread=ci(1.5, 3.1), statistic="AOR")],
        ),
        (
            "Stays lasted 5 days (IQR 3–8; range 1–41) on the ward.",
            [fig("5 days", 5, unit="day", spread=ci(3, 8, None, "IQR"))],
        ),
        (
            "Mean age was 58 years (SD, 11.2) at entry.",
            [fig("58 years", 58, unit="year", spread=sd(11.2))],
        ),
        (
            "Survival improved (HR 0.59 [95% CI 0.44–0.79]; p = 0.002) at two years.",
            [
                fig("HR 0.59", 0.59, spread=ci(0.44, 0.79), statistic="HR"),
                fig("p = 0.002", 0.002, **P),
                fig("two years", 2, unit="year"),
            ],
        ),
        ("The 95% CI crossed the line of no effect.", []),
        ("A 90% credible interval was reported.", []),
    ],
    # a unit of length keeps its power however it is written
    "unit with a power": [
        ("Her BMI was 27.5 kg/m2 at the visit.", [fig("27.5 kg/m2", 27.5, unit="kg/m2")]),
        (
            "A BMI over 35 kg/m² qualifies.",
            [fig("over 35 kg/m²", 35, None, unit="kg/m2", li=False)],
        ),
        ("A BMI of 30 kg/m^2 was recorded.", [fig("30 kg/m^2", 30, unit="kg/m2")]),
        ("The cohort averaged 24 kg·m⁻² overall.", [fig("24 kg·m⁻²", 24, unit="kg/m2")]),
        ("Mean BMI of 26 kg m-2 was seen.", [fig("26 kg m-2", 26, unit="kg/m2")]),
        (
            "An eGFR under 60 mL/min/1.73 m² is low.",
            [fig("under 60 mL/min/1.73 m²", None, 60, unit="mL/min/1.73m2", hi=False)],
        ),
        ("Give 75 mg/m<sup>2</sup> each cycle.", [fig("75 mg/m<sup>2</sup>", 75, unit="mg/m2")]),
        ("BMI was 33 kg/m<sup>2</sup> at entry.", [fig("33 kg/m<sup>2</sup>", 33, unit="kg/m2")]),
        (
            "Wards of 40 m² hold four beds.",
            [fig("40 m²", 40, unit="area"), fig("four beds", 4, unit="beds")],
        ),
        ("Each vial holds 2 cm³ of serum.", [fig("2 cm³", 2, unit="cm3")]),
    ],
    # any ISO 4217 code before or after the amount, spaced or glued; local signs after it
    "ISO currency codes": [
        ("A visit costs 4 500 CZK here.", [fig("4 500 CZK", 4500, unit="CZK")]),
        ("The grant was AUD 1,200 a year.", [fig("AUD 1,200 a year", 1200, unit="AUD")]),
        # a bare "each" after a price is per item (ext32)
        ("Tickets are 300 SEK each.", [fig("300 SEK each", 300, unit="SEK", per="item")]),
        ("Dental care cost NOK 2 000.", [fig("NOK 2 000", 2000, unit="NOK")]),
        ("Fees rose to PLN450 in May.", [fig("PLN450", 450, unit="PLN", role="after")]),
        ("It is 250CHF per session.", [fig("250CHF per session", 250, unit="CHF")]),
        ("A scan costs INR 5,000 or more.", [fig("INR 5,000 or more", 5000, None, unit="INR")]),
        ("A course costs 1.200 kr in Oslo.", [fig("1.200 kr", 1200, unit="kr")]),
        ("Parking is 4.500 Kč a month.", [fig("4.500 Kč a month", 4500, unit="CZK")]),
        ("Pills cost 99 zł online.", [fig("99 zł", 99, unit="PLN")]),
        ("A check-up costs 950 kr.", [fig("950 kr", 950, unit="kr")]),  # the full stop ends it
        ("The budget is 12.500.000 € now.", [fig("12.500.000 €", 12_500_000, unit="EUR")]),
        # codes that health pages use for other things are never money
        ("In ALL 5 drugs are combined.", [fig("5 drugs", 5, unit="drugs")]),
        ("Our TOP 10 tips for sleep.", []),
        ("Patients with SLE 3 flares a year.", [fig("3 flares a year", 3, unit="flares/year")]),
    ],
    # a floor or bound keeps its side across "just", "only", "a mere"
    "price floors with just or only": [
        (
            "Plans starting at just $4,999 are sold.",
            [fig("starting at just $4,999", 4999, None, unit="USD", comparator="starting at just")],
        ),
        (
            "Caps from only £99 exist.",
            [fig("from only £99", 99, None, unit="GBP", comparator="from only")],
        ),
        (
            "Get a check for as little as €20.",
            [fig("as little as €20", 20, None, unit="EUR", comparator="as little as")],
        ),
        (
            "Kits starting from only $5 ship today.",
            [fig("starting from only $5", 5, None, unit="USD", comparator="starting from only")],
        ),
        (
            "Scans from just €75 are offered.",
            [fig("from just €75", 75, None, unit="EUR", comparator="from just")],
        ),
        (
            "Clinics charge as low as a mere $30.",
            [fig("as low as a mere $30", 30, None, unit="USD", comparator="as low as a mere")],
        ),
    ],
    # a change may be written as proportions at both ends
    "changes written as proportions": [
        (
            "Risk rose from 1 in 80 to 1 in 30.",
            [
                fig("1 in 80", 1 / 80, unit="proportion", role="before"),
                fig("1 in 30", 1 / 30, unit="proportion", role="after"),
            ],
        ),
        (
            "Uptake went from 3 out of 10 to 5 out of 10.",
            [
                fig("3 out of 10", 0.3, unit="proportion", role="before"),
                fig("5 out of 10", 0.5, unit="proportion", role="after"),
            ],
        ),
        (
            "Survival improved from one in five to one in three.",
            [
                fig("one in five", 0.2, unit="proportion", role="before"),
                fig("one in three", 1 / 3, unit="proportion", role="after"),
            ],
        ),
        (
            "Smoking fell from 2 in 10 adults to 1 in 10.",
            [
                fig("2 in 10", 0.2, unit="proportion", role="before"),
                fig("1 in 10", 0.1, unit="proportion", role="after"),
            ],
        ),
        (
            "Cure rates climbed from 4 out of 10 to 7 out of 10.",
            [
                fig("4 out of 10", 0.4, unit="proportion", role="before"),
                fig("7 out of 10", 0.7, unit="proportion", role="after"),
            ],
        ),
    ],
    # a fraction before a verb is a proportion, as it is before "of"
    "fractions without of": [
        ("Two thirds had side effects.", [fig("Two thirds", 2 / 3, unit="proportion")]),
        (
            "About three quarters recovered.",
            [fig("About three quarters", 0.75, unit="proportion", approx=True)],
        ),
        ("A third said no.", [fig("A third", 1 / 3, unit="proportion")]),
        ("Half were women.", [fig("Half", 0.5, unit="proportion")]),
        (
            "Nearly two-fifths needed surgery.",
            [fig("Nearly two-fifths", 0.4, unit="proportion", approx=True)],
        ),
        ("In the last two quarters sales fell.", [fig("two quarters", 2, unit="quarters")]),
    ],
    # a comma group that is not three digits is no thousands group: a list
    "comma lists without spaces": [
        # a schedule word's list names when (README, bug25's kinds): no figure, and never
        # one thousands number
        ("Give it on days 1,8,15 only.", []),
        ("Dose on days 1,8 and 15.", []),
        # the unit said once after the list is each figure's (README, "A unit said once")
        (
            "We sell sizes 2,4,6 mg now.",
            [fig("2", 2, unit="mg"), fig("4", 4, unit="mg"), fig("6 mg", 6, unit="mg")],
        ),
        (
            "Visits at weeks 4,12,24 and 52.",
            [],
        ),
        ("We enrolled 1,250 adults.", [fig("1,250 adults", 1250, unit="adults")]),
        ("Rates of 12,5 % were seen.", [fig("12,5 %", 12.5, unit="percent")]),
    ],
    # after a statistic's or measurement's name, the measure's name does not hide the figure
    "statistic name before its value": [
        ("Mean BMI 24.8 at entry.", [fig("24.8", 24.8)]),
        ("The median age 52 was typical.", [fig("52", 52)]),
        ("Fasting LDL 3.4 was high.", [fig("3.4", 3.4)]),
        ("Mean HbA1c 7.9 fell.", [fig("7.9", 7.9)]),
        ("Median PSA 4.1 ng/mL was seen.", [fig("4.1 ng/mL", 4.1, unit="ng/mL")]),
        ("HbA1c 7.2% at baseline.", [fig("7.2%", 7.2, unit="percent")]),
        ("The mean age of 61 years was high.", [fig("61 years", 61, unit="year")]),
    ],
    "ages in apposition, bounded starts, tonnes": [
        ("Maria Lopez, 34, said she was tired.", []),
        ("Tom, 52, a nurse, agreed.", []),
        ("Ana Silva, 41, who runs 3 clinics, spoke.", [fig("3 clinics", 3, unit="clinics")]),
        (
            "Range went from up to 252 miles to 287 miles.",
            [
                fig("up to 252 miles", None, 252, unit="mile", role="before", comparator="up to"),
                fig("287 miles", 287, unit="mile", role="after"),
            ],
        ),
        ("Exports were 816 000 t last year.", [fig("816 000 t", 816_000, unit="t")]),
        (
            "Success falls from 32% under 35 to 11% at 40–42.",
            [
                fig("32%", 32, unit="percent", role="before"),
                fig("11%", 11, unit="percent", role="after"),
            ],
        ),
        (
            "Births drop from 25% under 30 to 9% over 40.",
            [
                fig("25%", 25, unit="percent", role="before"),
                fig("9%", 9, unit="percent", role="after"),
            ],
        ),
    ],
    # a number before "in" is no proportion's part when a percentage follows ("at week 16
    # in 80%"), and a "1" in digits before a plural noun ends a study's name
    "a timepoint or a study's number before a figure": [
        (
            "Drug A gave clear skin at week 16 in 80% and 70% of adults.",
            [fig("80%", 80, unit="percent"), fig("70%", 70, unit="percent")],
        ),
        ("By month 6 in 45% of cases the rash had gone.", [fig("45%", 45, unit="percent")]),
        ("Relief came at day 3 in 2 of 5 patients.", [fig("2 of 5", 0.4, unit="proportion")]),
        ("Itch fell in 38% of SOLO 1 patients.", [fig("38%", 38, unit="percent")]),
        ("Measure Up 1 participants lost 6 kg.", [fig("6 kg", 6, unit="kg")]),
        ("Only 1 patient in the trial died.", [fig("1 patient", 1, unit="patient")]),
    ],
    # "per 24 hours" is a period, not a population of 24: a day for a count, and a duration
    # said per day is that duration
    "a period of 24 hours": [
        (
            "Toddlers need 11 to 14 hours of sleep per 24 hours.",
            [fig("11 to 14 hours", 11, 14, unit="hour")],
        ),
        ("Babies sleep 14 hours per 24-hour period.", [fig("14 hours", 14, unit="hour")]),
        (
            "Take no more than 8 tablets per 24 hours.",
            [fig("no more than 8 tablets per 24 hours", None, 8, unit="tablets/day")],
        ),
        (
            "Adults may take 6 doses per 24 hours.",
            [fig("6 doses per 24 hours", 6, unit="doses/day")],
        ),
    ],
}

HTML: dict[str, list[tuple[str, list[dict]]]] = {
    "unit with a power (HTML)": [
        (
            "Mean BMI was 31 kg/m<sup>2</sup> in the trial.",
            [fig("31 kg/m<sup>2</sup>", 31, unit="kg/m2")],
        ),
        (
            "An eGFR of 48 mL/min/1.73 m<sup>2</sup> was seen.",
            [fig("48 mL/min/1.73 m<sup>2</sup>", 48, unit="mL/min/1.73m2")],
        ),
        (
            "CD4 counts fell below 200 cells/mm<sup>3</sup>.",
            [fig("below 200 cells/mm<sup>3</sup>", None, 200, unit="cells/mm3", hi=False)],
        ),
        (
            "Exposure was 9 &micro;g/m<sup>3</sup> on average.",
            [fig("9 &micro;g/m<sup>3</sup>", 9, unit="µg/m3")],
        ),
        (
            "The BMI was 29&nbsp;kg/m<sup>2</sup> at baseline.",
            [fig("29&nbsp;kg/m<sup>2</sup>", 29, unit="kg/m2")],
        ),
        # a footnote after a word is still no power
        (
            "Teams in<sup>2</sup> clinics saw 14 patients.",
            [fig("14 patients", 14, unit="patients")],
        ),
    ],  # an entity inside a figure or a phone number is the character it stands for
    "HTML entities inside figures": [
        (
            "Ring +44&nbsp;20&nbsp;7946&nbsp;0000 to book; 12 nurses answer.",
            [fig("12 nurses", 12, unit="nurses")],
        ),
        (
            "The helpline 0117&nbsp;496&nbsp;0321 took 300 calls.",
            [fig("300 calls", 300, unit="calls")],
        ),
        (
            "The desk is (02)&nbsp;9876&nbsp;5432 for 5 clinics.",
            [fig("5 clinics", 5, unit="clinics")],
        ),
        (
            "About 1&thinsp;250 infants were seen.",
            [fig("About 1&thinsp;250 infants", 1250, unit="infants", approx=True)],
        ),
        (
            "The trial enrolled 2&#8239;431 adults.",
            [fig("2&#8239;431 adults", 2431, unit="adults")],
        ),
        (
            "We screened 1&#160;250&#160;000 people.",
            [fig("1&#160;250&#160;000 people", 1_250_000, unit="people")],
        ),
        (
            "A stay costs CHF&nbsp;1&#39;200 a night.",
            [fig("CHF&nbsp;1&#39;200 a night", 1200, unit="CHF")],
        ),
        ("Rent is 1&#8217;850 francs.", [fig("1&#8217;850 francs", 1850, unit="CHF")]),
        ("Uptake was 10&ndash;15% in May.", [fig("10&ndash;15%", 10, 15, unit="percent")]),
        ("LDL changed by &minus;0.4 mmol/L.", [fig("&minus;0.4 mmol/L", -0.4, unit="mmol/L")]),
        (
            "HbA1c fell from &minus;2.1 to &minus;0.3 points.",
            [
                # the bare start counts what the end counts (README, *Changes*)
                fig("&minus;2.1", -2.1, unit="points", role="before"),
                fig("&minus;0.3 points", -0.3, unit="points", role="after"),
            ],
        ),
        (
            "Fees were 1&nbsp;200&nbsp;&euro; in total.",
            [fig("1&nbsp;200&nbsp;&euro;", 1200, unit="EUR")],
        ),
    ],
}


CASES = cases_by_kind(MARKDOWN)
HTML_CASES = cases_by_kind(HTML)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("kinds"), [t for _k, t, _e in CASES])


@pytest.fixture(scope="module")
def extracted_html(tmp_path_factory):
    texts = [t for _k, t, _e in HTML_CASES]
    return extract_paragraphs(tmp_path_factory.mktemp("kinds_html"), texts, html=True)


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(
    ("kind", "text", "expected"), HTML_CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in HTML_CASES]
)
def test_html_figure_is_read_as_written(extracted_html, kind, text, expected):
    assert_read_as(extracted_html[text], text, expected)
