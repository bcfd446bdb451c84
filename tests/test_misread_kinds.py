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
from figure_helpers import assert_read_as, extract_paragraphs, fig


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
            [fig("HR 0.74, 95% CI 0.61–0.90", 0.74, spread=ci(0.61, 0.90), statistic="HR")],
        ),
        (
            "Relapse rose 2.3-fold (95% CI 1.4 to 3.8; P = 0.001) after a year.",
            [
                fig("2.3-fold (95% CI 1.4 to 3.8", 2.3, unit="fold", spread=ci(1.4, 3.8)),
                fig("P = 0.001", 0.001, **P),
            ],
        ),
        (
            "Asthma was commoner (OR 1.6; 95% CI, 1.2-2.2; p<0.01) in towns.",
            [
                fig("OR 1.6; 95% CI, 1.2-2.2", 1.6, spread=ci(1.2, 2.2), statistic="OR"),
                fig("p<0.01", None, 0.01, hi=False, **P),
            ],
        ),
        (
            "Falls dropped (hazard ratio, 0.68; 95% confidence interval [CI], 0.52 to 0.89).",
            [
                fig(
                    "hazard ratio, 0.68; 95% confidence interval [CI], 0.52 to 0.89",
                    0.68,
                    spread=ci(0.52, 0.89),
                    statistic="HR",
                )
            ],
        ),
        (
            "Weight changed by -1.7 kg (95% CI -2.9 to -0.5) in a year.",
            [fig("-1.7 kg (95% CI -2.9 to -0.5)", -1.7, unit="kg", spread=ci(-2.9, -0.5))],
        ),
        (
            "Systolic pressure moved −4.2 mmHg (95% CI −6.0 to −2.4 mmHg) overall.",
            [
                fig(
                    "−4.2 mmHg (95% CI −6.0 to −2.4 mmHg)",
                    -4.2,
                    unit="mmHg",
                    spread=ci(-6.0, -2.4),
                )
            ],
        ),
        (
            "The rate ratio was 1.21 (CI 95% 1.05–1.39) in older adults.",
            [fig("1.21 (CI 95% 1.05–1.39)", 1.21, spread=ci(1.05, 1.39))],
        ),
        (
            "Odds rose (aOR 2.2; 95% CI [1.5, 3.1]) among night workers.",
            [fig("aOR 2.2; 95% CI [1.5, 3.1]", 2.2, spread=ci(1.5, 3.1), statistic="AOR")],
        ),
        (
            "Stays lasted 5 days (IQR 3–8; range 1–41) on the ward.",
            [fig("5 days (IQR 3–8; range 1–41)", 5, unit="day", spread=ci(3, 8, None, "IQR"))],
        ),
        (
            "Mean age was 58 years (SD, 11.2) at entry.",
            [fig("58 years (SD, 11.2)", 58, unit="year", spread=sd(11.2))],
        ),
        (
            "Survival improved (HR 0.59 [95% CI 0.44–0.79]; p = 0.002) at two years.",
            [
                fig("HR 0.59 [95% CI 0.44–0.79]", 0.59, spread=ci(0.44, 0.79), statistic="HR"),
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
            [fig("CHF&nbsp;1&#39;200 a night", 1200, unit="CHF/night")],
        ),
        ("Rent is 1&#8217;850 francs.", [fig("1&#8217;850 francs", 1850, unit="CHF")]),
        ("Uptake was 10&ndash;15% in May.", [fig("10&ndash;15%", 10, 15, unit="percent")]),
        ("LDL changed by &minus;0.4 mmol/L.", [fig("&minus;0.4 mmol/L", -0.4, unit="mmol/L")]),
        (
            "HbA1c fell from &minus;2.1 to &minus;0.3 points.",
            [
                fig("&minus;2.1", -2.1, role="before"),
                fig("&minus;0.3 points", -0.3, unit="points", role="after"),
            ],
        ),
        (
            "Fees were 1&nbsp;200&nbsp;&euro; in total.",
            [fig("1&nbsp;200&nbsp;&euro;", 1200, unit="EUR")],
        ),
    ],
}


def _cases(kinds):
    return [(kind, text, expected) for kind, cases in kinds.items() for text, expected in cases]


CASES = _cases(MARKDOWN)
HTML_CASES = _cases(HTML)


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
