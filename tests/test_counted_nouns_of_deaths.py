"""Deaths counted by what they are, and people counted by their age group: "5,600 suicides"
and "fatalities" are deaths, so they meet a claim in deaths; "4.9 million under-5s died"
counts people of that age (it met no claim at all). A death is still no case."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.registry.units import units_compatible

REGISTRY = """\
- id: under5-deaths-2022
  statement: In 2022, 4.9 million children died before their fifth birthday.
  subject: [under-five deaths, child deaths, under-5s]
  group: [under 5]
  value: {value: 4900000, unit: deaths}
  sources: [{citation: "UN IGME 2023", quote: "4.9 million children under age 5 died"}]
  status: approved
  review_by: 2030-01-01
- id: suicide-deaths-2023
  statement: In 2023, 6,069 deaths in Freedonia were registered as suicides.
  subject: [suicide, suicides]
  context: [Freedonia, registered]
  value: {value: 6069, unit: deaths}
  sources: [{citation: "Freedonia statistics office 2024", quote: "6,069 suicides"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2022, 4.9 million under-5s died worldwide.", {}),
        (
            "In 2022, 6.2 million under-5s died worldwide.",
            {"6.2 million under-5s": ("CC101", "under5-deaths-2022")},
        ),
        ("In 2023, 6,069 suicides were registered in Freedonia.", {}),
        (
            "In 2023, about 4,000 suicides were registered in Freedonia.",
            {"about 4,000 suicides": ("CC101", "suicide-deaths-2023")},
        ),
    ],
)
def test_deaths_by_name_and_people_by_age_group(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("draft", "source", "compatible"),
    [
        ("suicides", "deaths", True),
        ("fatalities", "deaths", True),
        ("under-5s", "deaths", True),
        ("over-65s", "people", True),
        ("suicides", "cases", False),
        ("deaths", "suicides", False),
    ],
)
def test_counted_nouns(draft, source, compatible):
    assert units_compatible(draft, source) is compatible
