"""A list's heading or lead-in says the group, place, year or timepoint its items share
("### Rosacea in adults aged 30 to 39" above "- Women: 20.1%"): an item that says none of its
own is judged against the claim for that group, never against a sibling's for another age,
year or time. (A lead-in holding a figure of its own, such as "within 5 years", is no
lead: its figure is judged.)"""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(cid: str, sex: str, ages: str, value: float) -> str:
    low, high = ages.split("-")
    return f"""\
- id: {cid}
  statement: Rosacea was reported by {value}% of {sex} aged {low} to {high}.
  subject: [rosacea]
  group: [{sex}, aged {ages}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Skin survey", quote: "{value}% of {sex} aged {low} to {high}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim("w20", "women", "20-29", 14.2)
    + _claim("m20", "men", "20-29", 9.8)
    + _claim("w30", "women", "30-39", 18.6)
    + _claim("m30", "men", "30-39", 11.4)
    + """\
- id: flare-1y
  statement: Within 1 year of stopping treatment, rosacea came back in 41% of patients.
  subject: [rosacea]
  timepoint: 1 year
  value: {value: 41, unit: percent}
  sources: [{citation: "Relapse cohort", quote: "41% at 1 year"}]
  status: approved
  review_by: 2030-01-01
- id: flare-5y
  statement: Within 5 years of stopping treatment, rosacea came back in 73% of patients.
  subject: [rosacea]
  timepoint: 5 years
  value: {value: 73, unit: percent}
  sources: [{citation: "Relapse cohort", quote: "73% at 5 years"}]
  status: approved
  review_by: 2030-01-01
"""
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("### Rosacea in adults aged 30 to 39\n\n- Women: 18.6%\n- Men: 11.4%", {}),
        (
            "### Rosacea in adults aged 30 to 39\n\n- Women: 11.4%\n- Men: 18.6%",
            {"11.4%": ("CC101", "w30"), "18.6%": ("CC101", "m30")},
        ),
        (
            "### Rosacea in adults aged 20 to 29\n\n- Women: 18.6%\n- Men: 9.8%",
            {"18.6%": ("CC101", "w20")},
        ),
        ("Rosacea in women, by age:\n\n- Aged 20 to 29: 14.2%\n- Aged 30 to 39: 18.6%", {}),
        (
            "Rosacea in women, by age:\n\n- Aged 20 to 29: 18.6%\n- Aged 30 to 39: 14.2%",
            {"18.6%": ("CC101", "w20"), "14.2%": ("CC101", "w30")},
        ),
    ],
)
def test_heading_frames_its_items(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosacea was reported by 14.2% of women aged 20 to 29 and by 9.8% of men the same age.",
            {},
        ),
        (
            "Rosacea was reported by 14.2% of women aged 20 to 29 and by 11.4% of men of the"
            " same age.",
            {"11.4%": ("CC101", "m20")},
        ),
    ],
)
def test_the_same_age_is_the_age_said_before(lint_text, text, expected):
    """ "… and by 9.8% of men the same age": the age group said earlier in the sentence."""
    assert lint_text(text) == expected
