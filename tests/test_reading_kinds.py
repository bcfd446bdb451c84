"""How figures are read when real pages write them: proportions in words, spreads, changes,
ranges under a comparator, "over" a period, fractions and price floors (issue 11).

Every case is one paragraph of our own; all of them go through ``claimcheck extract --format
json`` on one Markdown file, so each expectation is what a user sees, offsets included
(``text == file[start:end]``). An expected figure is (surface, low, high, low_inclusive,
high_inclusive, approx, unit) plus, where the kind has one, its role or spread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import fig

INF = None  # an open side


KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    "proportion in words": [
        (
            "Roughly 7 out of 10 smokers try to quit.",
            [fig("Roughly 7 out of 10", 0.7, unit="proportion", approx=True)],
        ),
        (
            "Three out of four carers report poor sleep.",
            [fig("Three out of four", 0.75, unit="proportion")],
        ),
        ("One in every five teenagers vapes.", [fig("One in every five", 0.2, unit="proportion")]),
        ("In the survey, 9 of 10 nurses agreed.", [fig("9 of 10", 0.9, unit="proportion")]),
        ("Only two out of five clinics replied.", [fig("two out of five", 0.4, unit="proportion")]),
        ("It affects 1 in 2000 births.", [fig("1 in 2000", 0.0005, unit="proportion")]),
        # a year after "in" dates the count; a bare "of" needs the same writing on both sides
        ("Cases numbered 12 in 2019.", [fig("12", 12)]),
    ],
    "spread after a figure": [
        (
            "Mean weight was 81.2 ± 4.3 kg at entry.",
            [
                fig(
                    "81.2 ± 4.3 kg",
                    81.2,
                    unit="kg",
                    spread={"kind": "±", "value": 4.3, "low": None, "high": None, "level": None},
                )
            ],
        ),
        (
            "Mean weight was 81.2 +/- 4.3 kg at entry.",
            [
                fig(
                    "81.2 +/- 4.3 kg",
                    81.2,
                    unit="kg",
                    spread={"kind": "±", "value": 4.3, "low": None, "high": None, "level": None},
                )
            ],
        ),
        (
            "The mean age was 47 (SD 11) years.",
            [
                fig(
                    "47 (SD 11) years",
                    47,
                    unit="year",
                    spread={"kind": "SD", "value": 11, "low": None, "high": None, "level": None},
                )
            ],
        ),
        (
            "Median stay was 6 days (IQR 4–9).",
            [
                fig(
                    "6 days",
                    6,
                    unit="day",
                    spread={"kind": "IQR", "value": None, "low": 4, "high": 9, "level": None},
                )
            ],
        ),
        (
            "The odds ratio was 1.7 (95% CI 1.2 to 2.4).",
            [
                fig(
                    "odds ratio was 1.7",
                    1.7,
                    spread={"kind": "CI", "value": None, "low": 1.2, "high": 2.4, "level": 95},
                )
            ],
        ),
        (
            "Mortality fell (HR 0.71 [0.58-0.87]).",
            [
                fig(
                    "HR 0.71",
                    0.71,
                    spread={"kind": "CI", "value": None, "low": 0.58, "high": 0.87, "level": None},
                )
            ],
        ),
        (
            "The change was −0.4 (95% CI −0.6 to −0.2) points.",
            [
                fig(
                    "−0.4 (95% CI −0.6 to −0.2) points",
                    -0.4,
                    unit="points",
                    spread={"kind": "CI", "value": None, "low": -0.6, "high": -0.2, "level": 95},
                )
            ],
        ),
    ],
    "change": [
        (
            "Fasting glucose fell from 7.9 to 6.2 mmol/L.",
            [
                fig("7.9", 7.9, unit="mmol/L", role="before"),
                fig("6.2 mmol/L", 6.2, unit="mmol/L", role="after"),
            ],
        ),
        (
            "Uptake rose from 41% to 58% in two years.",
            [
                fig("41%", 41, unit="percent", role="before"),
                fig("58%", 58, unit="percent", role="after"),
                fig("two years", 2, unit="year"),
            ],
        ),
        (
            "The clinic cut waiting times from 12 weeks to 5 weeks.",
            [
                fig("12 weeks", 12, unit="week", role="before"),
                fig("5 weeks", 5, unit="week", role="after"),
            ],
        ),
        (
            "Admissions went from 14 in 2020 to 35 in 2023.",
            [fig("14", 14, role="before"), fig("35", 35, role="after")],
        ),
        (
            "Coverage reached 88%, up from 71%.",
            [fig("88%", 88, unit="percent"), fig("71%", 71, unit="percent", role="before")],
        ),
        (
            "Screening lowered the risk from 2.1% to 0.9%.",
            [
                fig("2.1%", 2.1, unit="percent", role="before"),
                fig("0.9%", 0.9, unit="percent", role="after"),
            ],
        ),
        # without a change word, from … to … stays an interval
        (
            "Fees range from $200 to $450.",
            [fig("from $200 to $450", 200, 450, unit="USD", role=None)],
        ),
    ],
    "range under a comparator": [
        ("It lowers systolic pressure by 6–9 mmHg.", [fig("6–9 mmHg", 6, 9, unit="mmHg")]),
        ("The drug cuts relapse by 15–20%.", [fig("15–20%", 15, 20, unit="percent")]),
        ("Savings of up to 40–50% are possible.", [fig("up to 40–50%", None, 50, unit="percent")]),
        (
            "Babies can lose as much as 7–10% of birth weight.",
            [fig("as much as 7–10%", None, 10, unit="percent")],
        ),
        (
            "Doses fell between 20 and 25 per cent.",
            [fig("between 20 and 25 per cent", 20, 25, unit="percent")],
        ),
        (
            "Wait times of more than 6-8 weeks were common.",
            [fig("more than 6-8 weeks", 6, None, unit="week", li=False)],
        ),
    ],
    "over a period": [
        (
            "Participants lost 11% over 72 weeks.",
            [fig("11%", 11, unit="percent"), fig("72 weeks", 72, unit="week")],
        ),
        ("Weight fell over 6 to 9 months.", [fig("6 to 9 months", 6, 9, unit="month")]),
        ("Benefits were sustained over 3 years.", [fig("3 years", 3, unit="year")]),
        (
            "Over 24 weeks, pain scores halved.",
            [
                fig("24 weeks", 24, unit="week"),
                fig("halved", 0.5, unit="proportion", approx=True),
            ],
        ),
        # a verb of change or follow-up earlier in the clause, words between
        (
            "Patients lost 9% of their body weight over 60 weeks.",
            [fig("9%", 9, unit="percent"), fig("60 weeks", 60, unit="week")],
        ),
        ("Systolic pressure fell steadily over 10 weeks.", [fig("10 weeks", 10, unit="week")]),
        (
            "We tracked 2,400 nurses and patients over 12 years.",
            [fig("2,400 nurses", 2400, unit="nurses"), fig("12 years", 12, unit="year")],
        ),
        (
            "The trial followed 500 men over 8 years.",
            [fig("500 men", 500, unit="men"), fig("8 years", 8, unit="year")],
        ),
        (
            "She has had migraines for over 3 years.",
            [fig("over 3 years", 3, None, unit="year", li=False)],
        ),
        (
            "Fevers lasting over 5 days need review.",
            [fig("over 5 days", 5, None, unit="day", li=False)],
        ),
    ],
    "fraction and mixed number": [
        ("Recovery took five and a half weeks.", [fig("five and a half weeks", 5.5, unit="week")]),
        ("The course lasts 2 1/2 years.", [fig("2 1/2 years", 2.5, unit="year")]),
        ("Each session takes 1½ hours.", [fig("1½ hours", 1.5, unit="hour")]),
        ("About ¾ of respondents agreed.", [fig("About ¾", 0.75, unit="proportion", approx=True)]),
        ("A quarter of adults snore.", [fig("A quarter", 0.25, unit="proportion")]),
        ("One-fifth of the cohort withdrew.", [fig("One-fifth", 0.2, unit="proportion")]),
        (
            "Three-tenths of the samples were positive.",
            [fig("Three-tenths", 0.3, unit="proportion")],
        ),
        ("Allow half an hour for the scan.", [fig("half an hour", 0.5, unit="hour")]),
        ("Mix 1/2 pound of oats.", [fig("1/2 pound", 0.5, unit="lb")]),
        # a slash that is not followed by "of" or a unit is a date, not a fraction
        ("We met on 3/4 to plan it.", []),
    ],
    "relative effect in words": [
        ("Daily aspirin cut strokes by a fifth.", [fig("a fifth", 0.2, unit="proportion")]),
        (
            "The inhaler lowered flare-ups by almost half.",
            [fig("almost half", 0.5, unit="proportion", approx=True)],
        ),
        (
            "Admissions fell by two-thirds after the ban.",
            [fig("two-thirds", 2 / 3, unit="proportion")],
        ),
        (
            "Screening roughly halved deaths from the disease.",
            [fig("roughly halved", 0.5, unit="proportion", approx=True)],
        ),
        (
            "Statins can cut the risk in half.",
            [fig("in half", 0.5, unit="proportion", approx=True)],
        ),
        (
            "Two years on, patients were a third lighter.",
            [fig("Two years", 2, unit="year"), fig("a third", 1 / 3, unit="proportion")],
        ),
        (
            "The injection roughly halved the rate of attacks.",
            [fig("roughly halved", 0.5, unit="proportion", approx=True)],
        ),
        ("Smokers are twice as likely to get gum disease.", [fig("twice", 2, unit="fold")]),
        ("Girls were half as likely to be referred.", [fig("half", 0.5, unit="fold")]),
        # an instruction about a dose, and a fold with no change, are no effects
        ("Halve the dose if you feel dizzy.", []),
        ("Reduce the dose by a third in older adults.", []),
        ("Cut the tablet in half before swallowing.", []),
        ("Fold the leaflet in half.", []),
    ],
    "a disease named in -s before what is counted": [
        (
            "There were 7.1 million measles cases.",
            [fig("7.1 million measles cases", 7.1e6, unit="measles cases")],
        ),
        ("Mumps infections reached 2,300.", [fig("2,300", 2300)]),
        (
            "It caused 1,200 diabetes deaths.",
            [fig("1,200 diabetes deaths", 1200, unit="diabetes deaths")],
        ),
        (
            "About 300 rabies deaths occur.",
            [fig("About 300 rabies deaths", 300, unit="rabies deaths", approx=True)],
        ),
        ("The trial enrolled 300 patients.", [fig("300 patients", 300, unit="patients")]),
    ],
    "price floor and bound": [
        (
            "Treatment packages from €3,400 are offered.",
            [fig("from €3,400", 3400, None, unit="EUR", comparator="from")],
        ),
        (
            "Plans starting at $79 per month.",
            [fig("starting at $79 per month", 79, None, unit="USD")],
        ),
        ("Scans start from £250.", [fig("start from £250", 250, None, unit="GBP")]),
        ("Kits cost as low as $19.", [fig("as low as $19", 19, None, unit="USD")]),
        ("Results in as little as 3 days.", [fig("as little as 3 days", 3, None, unit="day")]),
        ("Fees as high as $900 apply.", [fig("as high as $900", None, 900, unit="USD")]),
        # from … without money stays a plain figure
        ("Samples from 40 donors were tested.", [fig("40 donors", 40, unit="donors")]),
    ],
}

CASES = [(kind, text, expected) for kind, cases in KINDS.items() for text, expected in cases]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Every case as one paragraph of one draft, extracted in one run: {text: quantities}."""
    from click.testing import CliRunner

    from claimcheck.cli import main

    folder = tmp_path_factory.mktemp("kinds")
    path = folder / "kinds.md"
    body = "\n\n".join(text for _kind, text, _expected in CASES) + "\n"
    path.write_text(body, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    import json

    file_text = Path(path).read_text(encoding="utf-8")
    by_text: dict[str, list[dict]] = {text: [] for _kind, text, _e in CASES}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
            by_text[_paragraph_of(file_text, quantity["start"])].append(quantity)
    return by_text


def _paragraph_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end]


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    got = extracted[text]
    assert [q["text"] for q in got] == [e["text"] for e in expected]
    for quantity, want in zip(got, expected, strict=True):
        for key, value in want.items():
            assert quantity[key] == (pytest.approx(value) if isinstance(value, float) else value), (
                key
            )
