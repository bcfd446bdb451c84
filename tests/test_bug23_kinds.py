"""Issue 11, the kinds round bug23 found (ext33): marks and signs around a figure, each kind
read as a whole, with examples of our own wording; every figure is checked at its offset
(``text == file[start:end]``).

1. A footnote mark glued to a number written in words (``Three-quarters²``, ``Half‡``,
   ``Forty*``) keeps the figure, as ``One in five†`` does.
2. A superscript digit right after a unit (``30 µg/L²``, ``250 mg³``) is a footnote, the unit
   kept; a unit of length's power (``cm²``, ``mg/m²``) and ``10⁹/L`` stay units.
3. A mark between a number and its counted noun (``12<sup>b</sup> residents``, ``12ᵇ
   residents``, ``12<sup>*</sup> of 60``) keeps the noun or the share, as ``12† residents``
   does.
4. A bare number right after a brand's ``®``/``™`` (``Respira™ 3 inhaler``) or hyphened to it
   (``Dovaxin®-5``) is part of the product's name, no figure; with a unit it is a dose.
5. An en dash glued before a number after a blank or bracket is a minus sign: a CI, a range
   or a change of negatives reads as with a hyphen-minus; after a number it stays a range.
6. ``PC``, ``Pc``, ``PCT``, ``Pct`` after a number are percent, as ``pc`` is.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig


def _ci(low: float, high: float, level: float | None = 95.0) -> dict:
    """A CI spread as the JSON gives it."""
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": level}


KINDS = {
    "mark after a word number": [
        (
            "Three-quarters² of carers felt unsupported.",
            [fig("Three-quarters", 0.75, unit="proportion")],
        ),
        ("Half‡ of the wards had no matron.", [fig("Half", 0.5, unit="proportion")]),
        ("Forty* clinics took part in the audit.", [fig("Forty* clinics", 40.0, unit="clinics")]),
        ("One in four³ teenagers vapes weekly.", [fig("One in four", 0.25, unit="proportion")]),
        (
            "About a third§ of referrals were urgent.",
            [fig("About a third", 1 / 3, unit="proportion", approx=True)],
        ),
        ("Nine out of ten¹ parents agreed.", [fig("Nine out of ten", 0.9, unit="proportion")]),
        ("Sixty¹ practices signed up.", [fig("Sixty¹ practices", 60.0, unit="practices")]),
    ],
    "superscript after a unit": [
        ("Ferritin was 30 µg/L² at the first visit.", [fig("30 µg/L", 30.0, unit="µg/L")]),
        ("Each tablet holds 250 mg³ of the drug.", [fig("250 mg", 250.0, unit="mg")]),
        ("Mean output was 4.5 L/min¹ at rest.", [fig("4.5 L/min", 4.5, unit="L/min")]),
        ("The target is 6.5 mmol/L⁴ before meals.", [fig("6.5 mmol/L", 6.5, unit="mmol/L")]),
        ("The graft covered 40 cm² of skin.", [fig("40 cm²", 40.0, unit="area")]),
        ("Dosing was 100 mg/m² weekly.", [fig("100 mg/m² weekly", 100.0, unit="mg/m2")]),
        (
            "Counts above 400×10⁹/L need review.",
            [fig("above 400×10⁹/L", 4e11, None, unit="/L", li=False)],
        ),
    ],
    "mark between number and noun": [
        ("Falls happened in 12ᵇ residents.", [fig("12ᵇ residents", 12.0, unit="residents")]),
        ("Falls happened in 12ᶜ of 60 residents.", [fig("12ᶜ of 60", 0.2, unit="proportion")]),
        ("Falls happened in 12† residents.", [fig("12† residents", 12.0, unit="residents")]),
        ("Sepsis was found in 7ᵈ wards.", [fig("7ᵈ wards", 7.0, unit="wards")]),
        ("Only 3ᵉ of 12 sites reported.", [fig("3ᵉ of 12", 0.25, unit="proportion")]),
    ],
    "brand mark and model number": [
        (
            "Dovaxin®-5 was stocked in 30 pharmacies.",
            [fig("30 pharmacies", 30.0, unit="pharmacies")],
        ),
        ("The Respira™ 3 inhaler was withdrawn.", []),
        ("Nexacort® 2 arrived this spring.", []),
        ("Pelora™ 40 mg is taken with food.", [fig("40 mg", 40.0, unit="mg")]),
        ("Zenvia™-12 reached 9,000 users.", [fig("9,000 users", 9000.0, unit="users")]),
        ("Fenodol®-20 mg is stocked.", [fig("20 mg", 20.0, unit="mg")]),
    ],
    "en dash as a minus sign": [
        (
            "Systolic pressure fell by –4·2 mmHg (95% CI –6·0 to –2·4).",
            [fig("–4·2 mmHg", -4.2, unit="mmHg", spread=_ci(-6.0, -2.4))],
        ),
        (
            "Scores changed from –1·5 to –0·5 points.",
            [
                fig("–1·5", -1.5, unit="points", role="before"),
                fig("–0·5 points", -0.5, unit="points", role="after"),
            ],
        ),
        (
            "The estimate was –0.8 (95% CI –1.4 to 0.2).",
            [fig("–0.8", -0.8, spread=_ci(-1.4, 0.2))],
        ),
        (
            "Weight change was –1.2 kg (range –2.5 to –0.3).",
            [
                fig(
                    "–1.2 kg",
                    -1.2,
                    unit="kg",
                    spread={
                        "kind": "range",
                        "value": None,
                        "low": -2.5,
                        "high": -0.3,
                        "level": None,
                    },
                )
            ],
        ),
        ("The ratio ranged between –2 and –1.", [fig("between –2 and –1", -2.0, -1.0)]),
        ("Doses of 5 –10 mg were used.", [fig("5 –10 mg", 5.0, 10.0, unit="mg")]),
    ],
    "newspaper percent in capitals": [
        ("BIRTHS DOWN 8PC IN A YEAR", [fig("8PC", 8.0, unit="percent")]),
        ("Rents rose 12 PC in the capital.", [fig("12 PC", 12.0, unit="percent")]),
        ("Waiting lists grew 4.5 PCT this spring.", [fig("4.5 PCT", 4.5, unit="percent")]),
        ("Prices fell 3Pc last month.", [fig("3Pc", 3.0, unit="percent")]),
        ("Sales climbed 7 Pct over the year.", [fig("7 Pct", 7.0, unit="percent")]),
    ],
}
CASES = cases_by_kind(KINDS)
HTML_CASES = [
    (
        "Falls happened in 12<sup>b</sup> residents.",
        [fig("12<sup>b</sup> residents", 12.0, unit="residents")],
    ),
    (
        "Falls happened in 12<sup>*</sup> of 60 residents.",
        [fig("12<sup>*</sup> of 60", 0.2, unit="proportion")],
    ),
    ("Sepsis was found in 7<sup>d</sup> wards.", [fig("7<sup>d</sup> wards", 7.0, unit="wards")]),
    ("Potassium was 5.1 mmol/L<sup>2</sup> today.", [fig("5.1 mmol/L", 5.1, unit="mmol/L")]),
    (
        "Dosing was 60 mg/m<sup>2</sup> weekly.",
        [fig("60 mg/m<sup>2</sup> weekly", 60.0, unit="mg/m2")],
    ),
]
EN_DASH_SENTENCES = [
    text for kind, text, _ in CASES if kind == "en dash as a minus sign" and "5 –10" not in text
]
"""The en-dash cases whose every dash is a minus (after a number it stays a range's dash)."""


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("bug23"), [text for _, text, _ in CASES])


@pytest.fixture(scope="module")
def html_readings(tmp_path_factory):
    return extract_paragraphs(
        tmp_path_factory.mktemp("bug23html"), [text for text, _ in HTML_CASES], html=True
    )


@pytest.fixture(scope="module")
def hyphen_readings(tmp_path_factory):
    return extract_paragraphs(
        tmp_path_factory.mktemp("bug23hyphen"), [t.replace("–", "-") for t in EN_DASH_SENTENCES]
    )


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_each_kind_is_read_as_a_whole(readings, kind, text, expected) -> None:
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), HTML_CASES)
def test_marks_in_html_superscripts(html_readings, text, expected) -> None:
    assert_read_as(html_readings[text], text, expected)


@pytest.mark.parametrize("text", EN_DASH_SENTENCES)
def test_en_dash_reads_as_hyphen_minus(readings, hyphen_readings, text) -> None:
    """The same offsets and values as the sentence written with a hyphen-minus."""
    keys = ("start", "end", "low", "high", "unit", "role", "spread", "statistic")
    dashed = [(offset, {k: q[k] for k in keys}) for offset, q in readings[text]]
    hyphened = [
        (offset, {k: q[k] for k in keys}) for offset, q in hyphen_readings[text.replace("–", "-")]
    ]
    assert [o for o, _ in dashed] == [o for o, _ in hyphened]
    assert [{k: v for k, v in q.items() if k not in ("start", "end")} for _, q in dashed] == [
        {k: v for k, v in q.items() if k not in ("start", "end")} for _, q in hyphened
    ]
