"""A BMI band after ``with``/``whose``/``if`` (or alone in brackets after a word) names who a
figure is about, as ``women aged 38–40`` does: a group label in kg/m2 on the claim, never a
figure to verify. A BMI said as a value (``her BMI was 31``, ``a healthy BMI is 18.5 to
24.9``) stays a figure."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimcheck.cli import main


def _read(tmp_path, text):
    """(figures, groups) of one draft: [(text, low, high)] and [(text, low, high, li, hi, unit)]."""
    path = tmp_path / "draft.md"
    path.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    figures = [(q["text"], q["low"], q["high"]) for c in claims for q in c["quantities"]]
    for claim in claims:
        for q in claim["quantities"]:
            assert text[q["start"] : q["end"]] == q["text"]
    groups = [
        (g["text"], g["low"], g["high"], g["low_inclusive"], g["high_inclusive"], g["unit"])
        for c in claims
        for g in c["groups"]
    ]
    return figures, groups


@pytest.mark.parametrize(
    ("text", "figures", "group"),
    [
        (
            "Adults with a BMI over 32 waited 20 weeks for the operation.",
            [("20 weeks", 20, 20)],
            ("BMI over 32", 32, None, False, True),
        ),
        (
            "Patients with BMI ≥45 had a 9% rate of wound infection.",
            [("9%", 9, 9)],
            ("BMI ≥45", 45, None, True, True),
        ),
        (
            "Women with a BMI of 35 kg/m² or more were twice as likely to need a caesarean.",
            [("twice", 2, 2)],
            ("BMI of 35 kg/m² or more", 35, None, True, True),
        ),
        (
            "Men with a BMI between 20 and 24.9 had the lowest death rate, 3.1%.",
            [("3.1%", 3.1, 3.1)],
            ("BMI between 20 and 24.9", 20, 24.9, True, True),
        ),
        (
            "In those with a BMI of 25–29.9, knee pain rose by 14%.",
            [("14%", 14, 14)],
            ("BMI of 25–29.9", 25, 29.9, True, True),
        ),
        (
            "If your BMI is 27.5 or above, the drug lowers weight by about 12%.",
            [("about 12%", 12, 12)],
            ("BMI is 27.5 or above", 27.5, None, True, True),
        ),
        (
            "Roughly 7% of teenagers are severely obese (BMI ≥35).",
            [("Roughly 7%", 7, 7)],
            ("BMI ≥35", 35, None, True, True),
        ),
        (
            "Patients whose BMI was under 18.5 had 40% more falls.",
            [("40%", 40, 40)],
            ("BMI was under 18.5", None, 18.5, True, False),
        ),
        (
            "Among adults with a body mass index of 30 to <35 kg/m2, 22% had reflux.",
            [("22%", 22, 22)],
            ("body mass index of 30 to <35 kg/m2", 30, 35, True, False),
        ),
    ],
)
def test_a_bmi_band_naming_who_is_a_group_not_a_figure(tmp_path, text, figures, group) -> None:
    got_figures, got_groups = _read(tmp_path, text)
    assert [(t, lo, hi) for t, lo, hi in got_figures] == [
        (t, pytest.approx(lo), pytest.approx(hi)) for t, lo, hi in figures
    ]
    assert [g for g in got_groups if g[5] == "kg/m2"] == [
        (
            group[0],
            pytest.approx(group[1]) if group[1] is not None else None,
            pytest.approx(group[2]) if group[2] is not None else None,
            group[3],
            group[4],
            "kg/m2",
        )
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Her BMI was 33 at the first visit.", ("33", 33, 33)),
        ("A healthy adult BMI is 18.5 to 24.9.", ("18.5 to 24.9", 18.5, 24.9)),
        ("The mean BMI rose to 28.4 by 2020.", ("28.4", 28.4, 28.4)),
        ("Obesity is defined as a BMI of 30 or more.", ("30 or more", 30, None)),
    ],
)
def test_a_bmi_said_as_a_value_stays_a_figure(tmp_path, text, figure) -> None:
    got_figures, got_groups = _read(tmp_path, text)
    assert figure in got_figures
    assert not [g for g in got_groups if g[5] == "kg/m2"]
