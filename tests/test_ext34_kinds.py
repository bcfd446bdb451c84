"""Issue 11, round ext34: a lab flag between a result and its reference range, ``ms`` as a
unit, emphasis around an age group, an interval that writes its own scale, a change's end
after a dated start, ``N or more days a week``, and the README decisions on ``VO2 max``,
dipstick grades, week windows in headings and ``limit is``.

Every case is a sentence of our own, extracted in one ``claimcheck extract --format json``
run, and each figure's offsets are checked (``text == file[start:end]``).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

from claimcheck.cli import main


def _ci(low: float, high: float, level: float | None = None) -> dict:
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": level}


CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "a lab flag before the reference range": [
        (
            "Serum sodium 129 mmol/L L (ref 134-146)",
            [
                fig("129 mmol/L", 129, unit="mmol/L"),
                fig("134-146", 134, 146, unit="mmol/L", kind="measure"),
            ],
        ),
        (
            "Ferritin 6 ng/mL LOW (ref 20-200)",
            [fig("6 ng/mL", 6, unit="ng/mL"), fig("20-200", 20, 200, unit="ng/mL")],
        ),
        (
            "Fasting glucose 118 mg/dL (H) (normal 70-99)",
            [fig("118 mg/dL", 118, unit="mg/dL"), fig("70-99", 70, 99, unit="mg/dL")],
        ),
        (
            "Lymphocytes 5.6 x10^9/L H (ref 1.0-4.0)",
            [
                fig("5.6 x10^9/L", 5.6e9, unit="/L"),
                fig("1.0-4.0", 1.0e9, 4.0e9, unit="/L", kind="measure"),
            ],
        ),
        (
            "Platelets 88 ×10⁹/L ↓ (ref 150–400)",
            [fig("88 ×10⁹/L", 8.8e10, unit="/L"), fig("150–400", 1.5e11, 4.0e11, unit="/L")],
        ),
        (
            "Free T4 26 pmol/L HIGH Ref: 12-22",
            [fig("26 pmol/L", 26, unit="pmol/L"), fig("12-22", 12, 22, unit="pmol/L")],
        ),
        (
            "Creatinine 1.6 mg/dL * (reference range 0.6-1.2)",
            [fig("1.6 mg/dL", 1.6, unit="mg/dL"), fig("0.6-1.2", 0.6, 1.2, unit="mg/dL")],
        ),
        (
            "Magnesium 0.6 mmol/L [L] (normal 0.7–1.0)",
            [fig("0.6 mmol/L", 0.6, unit="mmol/L"), fig("0.7–1.0", 0.7, 1.0, unit="mmol/L")],
        ),
    ],
    "ms is a unit": [
        ("Her QTc was 492 ms on the second tracing.", [fig("492 ms", 492, unit="ms")]),
        ("RMSSD 38 ms overnight.", [fig("38 ms", 38, unit="ms")]),
        (
            "A QRS longer than 110 ms points to a conduction delay.",
            [fig("longer than 110 ms", 110, None, unit="ms", li=False)],
        ),
        ("The flash lasted 15 milliseconds.", [fig("15 milliseconds", 15, unit="ms")]),
        ("A PR interval of 220 msec is prolonged.", [fig("220 msec", 220, unit="ms")]),
        (
            "Reaction time slowed by 40 ms after the drink.",
            [fig("40 ms", 40, unit="ms")],
        ),
    ],
    "an interval that writes its own scale": [
        (
            "Malaria caused 247 million cases (95% UI 224–273 million) that year.",
            [
                fig(
                    "247 million cases",
                    2.47e8,
                    unit="cases",
                    spread=_ci(2.24e8, 2.73e8, 95.0),
                )
            ],
        ),
        (
            "Care cost £3.2bn (£2.7bn to £3.8bn) in the first year.",
            [fig("£3.2bn", 3.2e9, unit="GBP", spread=_ci(2.7e9, 3.8e9))],
        ),
        (
            "Spending hit $5.1 billion (95% CI 4.6–5.7 billion) overall.",
            [fig("$5.1 billion", 5.1e9, unit="USD", spread=_ci(4.6e9, 5.7e9, 95.0))],
        ),
        (
            "About 1.4 million deaths (95% UI 1.2 million to 1.6 million) were counted.",
            [
                fig(
                    "About 1.4 million deaths",
                    1.4e6,
                    unit="deaths",
                    approx=True,
                    spread=_ci(1.2e6, 1.6e6, 95.0),
                )
            ],
        ),
        (
            "Some 410 thousand adults (95% CI 380–445 thousand) were treated.",
            [
                fig(
                    "Some 410 thousand adults",
                    4.1e5,
                    unit="adults",
                    approx=True,
                    spread=_ci(3.8e5, 4.45e5, 95.0),
                )
            ],
        ),
    ],
    "a change's end after a dated start": [
        (
            "Positivity fell from 17.6% in week 3 to 11.2% in week 7.",
            [
                fig("17.6%", 17.6, unit="percent", role="before"),
                fig("11.2%", 11.2, unit="percent", role="after"),
            ],
        ),
        (
            "Uptake rose from 41.5% in cycle 1 to 58.25% in cycle 4.",
            [
                fig("41.5%", 41.5, unit="percent", role="before"),
                fig("58.25%", 58.25, unit="percent", role="after"),
            ],
        ),
        (
            "His weight fell from 101.3 kg at visit 1 to 94.8 kg at visit 5.",
            [
                fig("101.3 kg", 101.3, unit="kg", role="before"),
                fig("94.8 kg", 94.8, unit="kg", role="after"),
            ],
        ),
        (
            "Fees rose from $14.50 in year 1 to $19.90 in year 3.",
            [
                fig("$14.50", 14.5, unit="USD", role="before"),
                fig("$19.90", 19.9, unit="USD", role="after"),
            ],
        ),
        (
            "Waiting times dropped from 9.5 weeks in month 1 to 6 weeks in month 9.",
            [
                fig("9.5 weeks", 9.5, unit="week", role="before"),
                fig("6 weeks", 6, unit="week", role="after"),
            ],
        ),
    ],
    "N or more of a time unit per period": [
        (
            "Stretch on 3 or more days a week.",
            [fig("3 or more days a week", 3, None, unit="day", per="week")],
        ),
        (
            "Teenagers need 8 or more hours a night.",
            [fig("8 or more hours a night", 8, None, unit="hour", per="night")],
        ),
        (
            "Cycle to work on 4 or more days each week.",
            [fig("4 or more days each week", 4, None, unit="day", per="week")],
        ),
        (
            "Limit screens to 2 or fewer hours a day.",
            [fig("2 or fewer hours a day", None, 2, unit="hour", per="day")],
        ),
        (
            "Move for 30 or more minutes per day.",
            [fig("30 or more minutes per day", 30, None, unit="minute", per="day")],
        ),
    ],
    "VO2 max and HR max are names": [
        (
            "Her VO2 max of 47 ml/kg/min is excellent.",
            [fig("47 ml/kg/min", 47, unit="mL/kg/min")],
        ),
        ("A VO₂ max of 35 is typical at 50.", [fig("35", 35)]),
        ("His HR max of 178 bpm was measured.", [fig("178 bpm", 178, unit="bpm")]),
        (
            "Your heart rate max of 190 bpm falls with age.",
            [fig("190 bpm", 190, unit="bpm")],
        ),
        (
            "Take a max of 3 g a day.",
            [fig("a max of 3 g a day", None, 3, unit="g", per="day")],
        ),
    ],
    "dipstick grades are no figures": [
        ("Urine glucose: 2+ on the strip.", []),
        ("Ketones 3+ were reported.", []),
        ("The dip showed 1+ on dipstick only.", []),
        ("There was 2+ protein in the sample.", []),
        ("Leukocytes 1+ and nitrites 1+ suggest infection.", []),
        (
            "The clinic saw 20,000+ patients.",
            [fig("20,000+ patients", 20000, None, unit="patients")],
        ),
    ],
    "a week window after a comma": [
        ("Admissions by week, weeks 2–12", []),
        ("Cases by region, weeks 1 to 8", []),
        ("Deaths, weeks 30–40 of 2023", []),
        ("Tests, days 1–14 of each cycle", []),
        (
            "Give 2 doses, 4 weeks apart.",
            [fig("2 doses", 2, unit="doses"), fig("4 weeks", 4, unit="week")],
        ),
    ],
    "limit is a value, limit: a ceiling": [
        ("The annual out-of-pocket limit is $9,200.", [fig("$9,200", 9200, unit="USD")]),
        (
            "Out-of-pocket limit: $9,200.",
            [fig("limit: $9,200", None, 9200, unit="USD", comparator="limit:")],
        ),
        (
            "There is a limit of $9,200 a year.",
            [fig("limit of $9,200 a year", None, 9200, unit="USD", per="year")],
        ),
    ],
}
CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ext34"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


def _groups(folder, name: str, text: str) -> tuple[str, list[dict], list[dict]]:
    """(file text, quantities, groups) of one draft ``name`` holding ``text``."""
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    file_text = path.read_text(encoding="utf-8")
    quantities = [q for c in claims for q in c["quantities"]]
    groups = [g for c in claims for g in c["groups"]]
    for item in (*quantities, *groups):
        assert file_text[item["start"] : item["end"]] == item["text"]
    return file_text, quantities, groups


@pytest.mark.parametrize(
    ("name", "text", "low", "high"),
    [
        ("a.md", "We followed 640 adults aged **25 to 60** for two years.", 25, 60),
        ("b.md", "We followed 640 adults aged **25** to **60** for two years.", 25, 60),
        ("c.md", "Checks reached 62% of people *aged 45–79* last year.", 45, 79),
        ("d.md", "Cover was 71% among women __aged 30 to 49__.", 30, 49),
        ("e.html", "<p>The study enrolled 410 men aged <b>70+</b> in total.</p>", 70, None),
        (
            "f.html",
            "<p>The study enrolled 410 men aged <em>35</em>–<em>54</em> in total.</p>",
            35,
            54,
        ),
        ("g.html", "<p>The trial took 90 women aged <strong>18 to 40</strong>.</p>", 18, 40),
    ],
)
def test_emphasis_around_an_age_keeps_the_group(tmp_path, name, text, low, high):
    _file, quantities, groups = _groups(tmp_path, name, text)
    assert [(g["low"], g["high"], g["unit"]) for g in groups] == [(low, high, "year")]
    assert all(q["low"] != low or q["high"] != high for q in quantities)
