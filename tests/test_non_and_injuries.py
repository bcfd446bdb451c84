"""Two frames the held-out emergency set brought: a setting or group said with "non-" before
a claim's own subject name ("at non-trauma centres") is about those without it; and injuries
are a measure of their own, not deaths ("crashes injure 4.5 million")."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: stroke-unit-mortality
  statement: In the audit, 30-day mortality was 9% for patients treated on stroke units.
  subject: [stroke unit, stroke units]
  context: [30-day mortality]
  value: {value: 9, unit: percent}
  sources: [{citation: "Stroke audit 2020", quote: "9% on stroke units"}]
  status: approved
  review_by: 2030-01-01
- id: non-stroke-unit-mortality
  statement: >-
    In the audit, 30-day mortality was 14% for patients treated in hospitals without
    a stroke unit.
  subject: [stroke unit, stroke units]
  context: [non-stroke units, general wards, 30-day mortality]
  value: {value: 14, unit: percent}
  sources: [{citation: "Stroke audit 2020", quote: "14% elsewhere"}]
  status: approved
  review_by: 2030-01-01
- id: walkers-life-expectancy
  statement: In the cohort, regular walkers lived 4 years longer than non-walkers.
  subject: [walkers, regular walkers]
  context: [life expectancy]
  value: {value: 4, unit: years}
  sources: [{citation: "Cohort study 2016", quote: "4 years longer than non-walkers"}]
  status: approved
  review_by: 2030-01-01
- id: road-ksi-2022
  statement: In 2022, 29,742 people were killed or seriously injured on Britain's roads.
  subject: [road casualties, roads]
  context: [killed or seriously injured, KSI, Britain]
  value: {value: 29742, unit: people}
  sources: [{citation: "Road casualties 2022", quote: "29,742 killed or seriously injured"}]
  status: approved
  review_by: 2030-01-01
- id: fall-deaths
  statement: Falls kill about 680,000 people worldwide each year.
  subject: [falls]
  context: [deaths, worldwide]
  value: {value: 680000, unit: deaths/year, approx: true}
  sources: [{citation: "WHO fact sheet 2021", quote: "684 000 individuals die from falls"}]
  status: approved
  review_by: 2030-01-01
- id: passive-smoking-deaths
  statement: Passive smoking kills about 1.3 million non-smokers each year.
  subject: [passive smoking, second-hand smoke]
  context: [non-smokers, deaths]
  value: {value: 1300000, unit: deaths/year, approx: true}
  sources: [{citation: "WHO fact sheet 2023", quote: "1.3 million non-smokers"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the audit, 30-day mortality was 14% at non-stroke units.", {}),
        ("Patients treated at non-stroke units had a 30-day mortality of 14% in the audit.", {}),
        (
            "In the audit, 30-day mortality was 9% on stroke units and 14% at non-stroke units.",
            {},
        ),
        (
            "In the audit, 30-day mortality was 9% on stroke units and 19% on non-stroke units.",
            {"19%": ("CC101", "non-stroke-unit-mortality")},
        ),
        (
            "In the audit, 30-day mortality was 14% on stroke units and 9% on non-stroke units.",
            {
                "14%": ("CC101", "stroke-unit-mortality"),
                "9%": ("CC101", "non-stroke-unit-mortality"),
            },
        ),
        # a "non-" word that is no name of the claim's subject says whom it is about
        # a "non-" group after "than" is whom the figure is compared with
        ("In the cohort, regular walkers lived 4 years longer than non-walkers.", {}),
        (
            "Regular walkers live about 7 years longer than non-walkers, the cohort found.",
            {"about 7 years": ("CC101", "walkers-life-expectancy")},
        ),
        ("Second-hand smoke kills about 1.3 million non-smokers each year.", {}),
        (
            "Second-hand smoke kills more than 3 million non-smokers each year.",
            {"more than 3 million non-smokers each year": ("CC101", "passive-smoking-deaths")},
        ),
        # injuries are not deaths
        ("In 2022, 29,742 people were killed or seriously injured on Britain's roads.", {}),
        (
            "In 2022, 29,742 people were killed on Britain's roads.",
            {"29,742 people": ("CC102", None)},
        ),
        ("Falls kill about 680,000 people worldwide each year.", {}),
        (
            "Falls injure about 680,000 people worldwide each year.",
            {"about 680,000 people": ("CC102", None)},
        ),
        (
            "Falls injure about 37 million people worldwide badly enough to need care each year.",
            {"about 37 million people": ("CC102", None)},
        ),
        (
            "Worldwide, some 37 million non-fatal falls each year need medical care.",
            {"some 37 million non-fatal falls each year": ("CC102", None)},
        ),
    ],
)
def test_non_names_and_injuries_frame_a_figure(lint_text, text, expected):
    assert lint_text(text) == expected
