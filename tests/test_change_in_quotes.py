"""A claim about a level is no relative change because its source's quote gives a change
beside it: "Ward infections were 16% lower in 2021 than in 2017 (5.2%)" quotes the 2017 level
(5.2%) in a piece of its own. Only the words around the claim's own value in a quote say
whether the claim is a change; a draft's relative change ("20% less common than …") is then
not accused of differing from the level. "by" alone ("reported by", "caused by") says no
change either."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: ward-infections-2017
  statement: In 2017, 5.2% of Northshire inpatients had a ward-acquired infection.
  subject: [ward-acquired infection, ward-acquired infections]
  context: [Northshire, inpatients, "2017"]
  value: {value: 5.2, unit: percent}
  sources:
    - citation: "Northshire infection survey 2022"
      quote: "Ward infections were 16% lower in 2021 than in 2017 (5.2%)"
  status: approved
  review_by: 2030-01-01
- id: gout-women-2020
  statement: Gout was reported by 2.1% of Northshire women in 2020.
  subject: [gout]
  context: [Northshire, women, "2020"]
  value: {value: 2.1, unit: percent}
  sources:
    - citation: "Northshire health survey 2020"
      quote: "2.1% of women reported a diagnosis of gout, as reported by their doctor"
  status: approved
  review_by: 2030-01-01
- id: statin-ldc-reduction
  statement: In the LIPID-N trial, the statin lowered LDL cholesterol by 38%.
  subject: [LDL cholesterol]
  context: [LIPID-N, statin]
  value: {value: 38, unit: percent}
  sources:
    - citation: "LIPID-N investigators 2019"
      quote: "LDL cholesterol fell by 38% (from 3.9 to 2.4 mmol/L)"
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Ward-acquired infections in Northshire were 20% less common in 2021 than in 2017.",
        "Between 2017 and 2021, ward-acquired infections fell by 20% in Northshire hospitals.",
        "Gout is about 40% more common among Northshire women than it was a decade earlier.",
    ],
)
def test_a_relative_change_is_not_accused_of_differing_from_a_level(lint_text, text):
    assert all(code != "CC101" for code, _ in lint_text(text).values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2017, 7.9% of Northshire inpatients had a ward-acquired infection.",
            {"7.9%": ("CC101", "ward-infections-2017")},
        ),
        ("In 2020 gout affected 4.4% of Northshire women.", {"4.4%": ("CC101", "gout-women-2020")}),
        (
            "In LIPID-N the statin cut LDL cholesterol by 21%.",
            {"21%": ("CC101", "statin-ldc-reduction")},
        ),
        ("In 2017, 5.2% of Northshire inpatients had a ward-acquired infection.", {}),
    ],
)
def test_the_level_and_the_change_are_still_checked(lint_text, text, expected):
    assert lint_text(text) == expected
