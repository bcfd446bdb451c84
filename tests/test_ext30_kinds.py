"""Issue 11, round ext30: bounds with a sign at both ends, a spread after a figure without
brackets, table cells that mean something by their column, an arm's size in a header, and a
change said as a fraction in words.

Every case is a sentence of our own, extracted in one ``claimcheck extract --format json`` run
per table, and each figure's offsets are checked (``text == file[start:end]``).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

from claimcheck.cli import main


def _iqr(low: float, high: float) -> dict:
    return {"kind": "IQR", "value": None, "low": low, "high": high, "level": None}


CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "two signed bounds are one interval": [
        (
            "The loading dose is ≥ 2 to ≤ 4 mg/kg.",
            [fig("≥ 2 to ≤ 4 mg/kg", 2, 4, unit="mg/kg", comparator=None)],
        ),
        (
            "Nodules of >1 and <3 cm are watched.",
            [fig(">1 and <3 cm", 1, 3, unit="cm", li=False, hi=False)],
        ),
        (
            "Nodules of >1–<3 cm are watched.",
            [fig(">1–<3 cm", 1, 3, unit="cm", li=False, hi=False)],
        ),
        (
            "Insulin pens keep at 2 °C ≤ T ≤ 8 °C before opening.",
            [fig("2 °C ≤ T ≤ 8 °C", 2, 8, unit="°C")],
        ),
        (
            "Keep the vaccine at 2°C<T≤8°C.",
            [fig("2°C<T≤8°C", 2, 8, unit="°C", li=False)],
        ),
        (
            "A response needs between ≥30 and ≤50% shrinkage.",
            [fig("≥30 and ≤50%", 30, 50, unit="percent")],
        ),
        (
            "Glucose fell from >11 mmol/L to <7 mmol/L.",
            [
                fig(">11 mmol/L", 11, None, unit="mmol/L", li=False),
                fig("<7 mmol/L", None, 7, unit="mmol/L", hi=False),
            ],
        ),
    ],
    "a spread after a figure without brackets": [
        (
            "Median stay was 9 days, IQR 5-14.",
            [fig("9 days", 9, unit="day", spread=_iqr(5, 14))],
        ),
        (
            "The median wait was 11 weeks; interquartile range 6 to 19.",
            [fig("11 weeks", 11, unit="week", spread=_iqr(6, 19))],
        ),
        (
            "Mean age was 47 years, range 21-80.",
            [
                fig(
                    "47 years",
                    47,
                    unit="year",
                    spread={"kind": "range", "value": None, "low": 21, "high": 80, "level": None},
                )
            ],
        ),
        (
            "Weight gain was 4 kg; SD 2.",
            [
                fig(
                    "4 kg; SD 2",
                    4,
                    unit="kg",
                    spread={"kind": "SD", "value": 2, "low": None, "high": None, "level": None},
                )
            ],
        ),
        (
            "Coverage was 62%, 95% CI 58-66.",
            [
                fig(
                    "62%",
                    62,
                    unit="percent",
                    spread={"kind": "CI", "value": None, "low": 58, "high": 66, "level": 95},
                )
            ],
        ),
        (
            "A median of 4 (interquartile range, 2 to 7) visits.",
            [fig("4 (interquartile range, 2 to 7) visits", 4, unit="visits", spread=_iqr(2, 7))],
        ),
        (
            "Median time was 3 hours, IQR, 2–6, in children.",
            [fig("3 hours", 3, unit="hour", spread=_iqr(2, 6))],
        ),
        ("The ward has 20 beds, range of uses aside.", [fig("20 beds", 20, unit="beds")]),
    ],
}
CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ext30"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


def _extract(tmp_path, name: str, text: str) -> tuple[str, list[dict]]:
    """(file text, claims) of one draft."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    for claim in claims:
        for item in claim["quantities"] + claim.get("groups", []):
            assert file_text[item["start"] : item["end"]] == item["text"]
    return file_text, claims


CHAINED_AGES = [
    ("Adults 18 ≤ age ≤ 65 were enrolled; 40% had diabetes.", 18, 65, True, True),
    ("Patients with 40 < age ≤ 75 years: 12% smoked.", 40, 75, False, True),
    ("Women 50≤age<70 took part and 8% were recalled.", 50, 70, True, False),
    ("Children 2 <= age <= 11: 30% had a rash.", 2, 11, True, True),
    ("Men 45 < age < 60 made up 22% of the cohort.", 45, 60, False, False),
]


@pytest.mark.parametrize(("text", "low", "high", "li", "hi"), CHAINED_AGES)
def test_an_age_between_two_signs_is_a_group_label(tmp_path, text, low, high, li, hi):
    _file, claims = _extract(tmp_path, "ages.md", text + "\n")
    figures = [q for c in claims for q in c["quantities"]]
    groups = [g for c in claims for g in c.get("groups", [])]
    assert [q["unit"] for q in figures] == ["percent"]
    assert [(g["low"], g["high"], g["low_inclusive"], g["high_inclusive"]) for g in groups] == [
        (low, high, li, hi)
    ]
