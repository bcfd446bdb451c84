"""A stage of life is a loose age group: "children" are 0-17, "adolescents" 10-19, "older
adults" 65 and over (WHO's bounds), "infants" and "babies" under 1. A figure about children is
never judged against a claim about adults aged 18 and over (the ages cannot overlap), but is
against one about children aged 5-17 (they can); and a count of children, against a claim
that counts everyone, is about a part the claim does not state: not accused."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: eczema-adults-us
  statement: About 7% of US adults aged 18 and over have eczema.
  subject: [eczema]
  context: [US]
  group: [aged 18 and over]
  value: {value: 7, unit: percent, approx: true}
  sources: [{citation: "Skin survey 2021", quote: "7% of adults"}]
  status: approved
  review_by: 2030-01-01
- id: asthma-school-age
  statement: Asthma affects 9% of US children aged 5 to 17.
  subject: [asthma]
  context: [US]
  group: [aged 5-17]
  value: {value: 9, unit: percent}
  sources: [{citation: "Lung survey 2022", quote: "9% (5-17 years)"}]
  status: approved
  review_by: 2030-01-01
- id: hayfever-children-regionland
  statement: Hay fever affects 20% of children in Regionland.
  subject: [hay fever]
  context: [Regionland]
  group: [children]
  value: {value: 20, unit: percent}
  sources: [{citation: "Regionland child health survey 2021", quote: "20% of children (hay fever)"}]
  status: approved
  review_by: 2030-01-01
- id: measles-deaths-2023
  statement: Measles killed 107,500 people worldwide in 2023.
  subject: [measles]
  context: [worldwide, deaths, "2023"]
  value: {value: 107500, unit: deaths}
  sources: [{citation: "Measles report 2024", quote: "107,500 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 7% of US adults have eczema.", {}),
        # children are not adults aged 18 and over: unbacked, not a conflict with their claim
        ("About 12% of US children have eczema.", {"About 12%": ("CC102", None)}),
        ("Eczema affects about 12% of US kids.", {"about 12%": ("CC102", None)}),
        # children and the 5-17s can be one group: judged against it
        ("Asthma affects 9% of US children.", {}),
        ("Asthma affects 14% of US children.", {"14%": ("CC101", "asthma-school-age")}),
        (
            "Asthma affects 14% of US adolescents.",
            {"14%": ("CC101", "asthma-school-age")},
        ),
        # … but older adults cannot be
        ("Asthma affects 14% of older adults in the US.", {"14%": ("CC102", None)}),
        # a claim about children is about an age group, loosely: adolescents aged 12 to 17
        # are among them, not a part of "all ages"
        (
            "Among adolescents aged 12 to 17 in Regionland, hay fever affects 30%.",
            {"30%": ("CC101", "hayfever-children-regionland")},
        ),
        # a count of children is a part of everyone's deaths
        ("Measles killed 107,500 people worldwide in 2023.", {}),
        (
            "Measles killed 95,000 children worldwide in 2023.",
            {"95,000 children": ("CC102", None)},
        ),
    ],
)
def test_a_stage_of_life_is_a_loose_age_group(lint_text, text, expected):
    assert lint_text(text) == expected
