"""Misreads a tester found, each fixed as a kind (issue 11): a sign typed as an en dash after a
word, a street number after the street's name, a comparator with an article before the
figure, pressure and other compound units, and a percentage range after "by".

Every case is one paragraph of our own, all extracted in one ``claimcheck extract --format
json`` run on one Markdown file, so each expectation is what a user sees. An expected figure
gives its surface, interval, inclusivity, approximation, unit and comparator (and a role where
it has one); its offsets are checked too: ``start`` is where the surface stands in the
paragraph and ``text == file[start:end]``.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    # a dash glued to a number after a word is its sign; between two numbers it is a range
    "sign after a word": [
        ("Patients lost –3 kg by the end.", [fig("–3 kg", -3, unit="kg", comparator=None)]),
        ("HbA1c showed a change of –0.4 from baseline.", [fig("–0.4", -0.4, comparator=None)]),
        ("The mean difference was −2.5 mmHg.", [fig("−2.5 mmHg", -2.5, unit="mmHg")]),
        ("Pain scores shifted by –12 points.", [fig("–12 points", -12, unit="points")]),
        ("Net weight change was -0.8 kg.", [fig("-0.8 kg", -0.8, unit="kg")]),
        ("Cholesterol moved (–8%) in a year.", [fig("–8%", -8, unit="percent")]),
        ("Doses of 10 –20 mg are used.", [fig("10 –20 mg", 10, 20, unit="mg")]),
        # a hyphen spaced off an acronym joins the name's number, unless a unit follows
        ("Testing for COVID -19 is free here.", []),
        ("Serum IL -6 was measured twice.", []),
        ("Our LDL -12% result held.", [fig("-12%", -12, unit="percent")]),
    ],
    "street number after the street's name": [
        ("Our clinic at Vodičkova 12 sees patients daily.", []),
        ("Visit the practice at Hauptstraße 5 near the station.", []),
        ("The lab moved to Kurfürstendamm 21 last spring.", []),
        ("Write to Via Roma 12, Milano.", []),
        ("Andrássy út 12 hosts a dental clinic.", []),
        ("Find us at ul. Marszałkowska 10 in Warsaw.", []),
        ("Mannerheimintie 12, Helsinki", []),
        ("Address: Pařížská 7, 110 00 Praha 1", []),
        ("The office at 22 Ave Foch, Paris, has 3 nurses.", [fig("3 nurses", 3, unit="nurses")]),
        # a street type must be followed by a name, and a percentage is never a street number
        ("Via Medicare 40% of patients pay less.", [fig("40%", 40, unit="percent")]),
    ],
    "comparator with an article": [
        (
            "There is less than a 5% chance of relapse.",
            [fig("less than a 5%", None, 5, unit="percent", hi=False, comparator="less than")],
        ),
        (
            "Smokers carry more than a 20% excess risk.",
            [fig("more than a 20%", 20, None, unit="percent", li=False, comparator="more than")],
        ),
        (
            "The drug gave at least a 2-fold rise.",
            [fig("at least a 2-fold", 2, None, unit="fold", comparator="at least")],
        ),
        (
            "Members get up to a 30% discount.",
            [fig("up to a 30%", None, 30, unit="percent", comparator="up to")],
        ),
        (
            "Bleeding carries greater than a 1% risk.",
            [
                fig(
                    "greater than a 1%",
                    1,
                    None,
                    unit="percent",
                    li=False,
                    comparator="greater than",
                )
            ],
        ),
        (
            "There is no more than a 1 in 10 chance.",
            [
                fig(
                    "no more than a 1 in 10",
                    None,
                    0.1,
                    unit="proportion",
                    comparator="no more than",
                )
            ],
        ),
        # "over a period" is still a time, not "more than"
        ("Weight fell over a 12-week period.", [fig("12-week", 12, unit="week", comparator=None)]),
    ],
    "pressure and compound units": [
        (
            "Keep systolic pressure below 120 mm Hg.",
            [fig("below 120 mm Hg", None, 120, unit="mmHg", hi=False, comparator="below")],
        ),
        (
            "Readings of 140 mm of Hg or more are high.",
            [fig("140 mm of Hg or more", 140, None, unit="mmHg", comparator="or more")],
        ),
        (
            "Pressure above 20 millimetres of mercury needs care.",
            [fig("above 20 millimetres of mercury", 20, None, unit="mmHg", li=False)],
        ),
        ("PEEP was set at 5 cm H2O.", [fig("5 cm H2O", 5, unit="cmH2O")]),
        (
            "Airway pressure stayed under 30 cmH₂O.",
            [fig("under 30 cmH₂O", None, 30, unit="cmH2O", hi=False)],
        ),
        ("Fasting glucose was 5.5 mmol / L.", [fig("5.5 mmol / L", 5.5, unit="mmol/L")]),
        (
            "Target LDL is below 70 mg/dl.",
            [fig("below 70 mg/dl", None, 70, unit="mg/dL", hi=False)],
        ),
        ("Creatinine was 150 µmol/l on admission.", [fig("150 µmol/l", 150, unit="µmol/L")]),
        ("Urate was 360 umol/L at follow-up.", [fig("360 umol/L", 360, unit="µmol/L")]),
        (
            "eGFR was 45 mL/min/1.73 m² in March.",
            [fig("45 mL/min/1.73 m²", 45, unit="mL/min/1.73m2")],
        ),
        (
            "A BMI of 30 kg/m² or higher counts.",
            [fig("30 kg/m² or higher", 30, None, unit="kg/m2", comparator="or higher")],
        ),
        (
            "Resting heart rate was 72 beats per minute.",
            [fig("72 beats per minute", 72, unit="bpm")],
        ),
        ("Her pulse was 88 bpm at rest.", [fig("88 bpm", 88, unit="bpm")]),
        (
            "Treatment starts when CD4 counts fall under 200 cells/mm³.",
            [fig("under 200 cells/mm³", None, 200, unit="cells/mm3", hi=False)],
        ),
        ("An HbA1c of 48 mmol/mol means diabetes.", [fig("48 mmol/mol", 48, unit="mmol/mol")]),
        ("The dose was 15 mcg/mL in plasma.", [fig("15 mcg/mL", 15, unit="µg/mL")]),
    ],
    "percentage range after by": [
        ("The patch cuts cravings by 40% to 60%.", [fig("40% to 60%", 40, 60, unit="percent")]),
        ("Statins lower LDL by 30 % to 50 %.", [fig("30 % to 50 %", 30, 50, unit="percent")]),
        (
            "Walking lowered pressure by 5 mmHg to 8 mmHg.",
            [fig("5 mmHg to 8 mmHg", 5, 8, unit="mmHg")],
        ),
        (
            "Estimates run from about 40% to about 60%.",
            [fig("from about 40% to about 60%", 40, 60, unit="percent", approx=True)],
        ),
        ("Response rates were 40%~60% in trials.", [fig("40%~60%", 40, 60, unit="percent")]),
        (
            "Flats range from 450 sq ft up to 900 sq ft.",
            [fig("from 450 sq ft up to 900 sq ft", 450, 900, unit="area")],
        ),
        (
            "Plans start from $200 up to $450 a month.",
            [fig("start from $200 up to $450 a month", 200, 450, unit="USD")],
        ),
        (
            "Adults need about 2000 - 2500 kcal a day.",
            [fig("about 2000 - 2500 kcal a day", 2000, 2500, unit="kcal", approx=True)],
        ),
        # ends far apart: a change, then the level it reached
        (
            "Coverage rose by 5% to 20%.",
            [fig("5%", 5, unit="percent"), fig("20%", 20, unit="percent", role="after")],
        ),
    ],
    # the two ends of a change share what is written once (issue 11, kind 4)
    "ends of a change": [
        (
            "Weight went from 208 pounds to 193 in a year.",
            [
                fig("208 pounds", 208, unit="lb", role="before"),
                fig("193", 193, unit="lb", role="after"),
            ],
        ),
        (
            "Revenue should grow from 24.2 to 33–35 billion euros.",
            [
                fig("24.2", 24.2e9, unit="EUR", role="before"),
                fig("33–35 billion euros", 33e9, 35e9, unit="EUR", role="after"),
            ],
        ),
        (
            "Uptake rose from 12 to 15–18%.",
            [
                fig("12", 12, unit="percent", role="before"),
                fig("15–18%", 15, 18, unit="percent", role="after"),
            ],
        ),
        (
            "Cases rose from 900 to 1.2 million.",
            [fig("900", 900, role="before"), fig("1.2 million", 1.2e6, role="after")],
        ),
        (
            "Her weight fell from 5 kg to about 3 over winter.",
            [
                fig("5 kg", 5, unit="kg", role="before"),
                fig("about 3", 3, unit="kg", approx=True, role="after"),
            ],
        ),
    ],
    # forms other extractors' trackers report (quantulum3, Recognizers-Text, CogComp), in
    # sentences of our own
    "from other extractors' bug reports": [
        (
            "Scores changed by minus ten points.",
            [fig("minus ten points", -10, unit="points")],
        ),
        (
            "Uptake showed a fall of minus twelve per cent.",
            [fig("minus twelve per cent", -12, unit="percent")],
        ),
        (
            "Clinics exceeding 150 beds get a grant.",
            [fig("exceeding 150 beds", 150, None, unit="beds", li=False, comparator="exceeding")],
        ),
        (
            "Towns with a population of 100 or over qualify.",
            [fig("100 or over", 100, None, comparator="or over")],
        ),
        (
            "A cohort of 300 or more is needed.",
            [fig("300 or more", 300, None, comparator="or more")],
        ),
        ("Fees go up to 700 dollars.", [fig("up to 700 dollars", None, 700, unit="USD")]),
        ("The clinic at 340 Livingston Street opened.", []),
        (
            "Drug spending reached $13 009 million in 2014–15.",
            [fig("$13 009 million", 13009e6, unit="USD")],
        ),
        ("We saw many (4) patients.", []),
    ],
}

CASES = [(kind, text, expected) for kind, cases in KINDS.items() for text, expected in cases]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("misreads"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
