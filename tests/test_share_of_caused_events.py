"""A statement whose value is a share of the events its subject causes ("40% of deaths from
heat waves were due to heat stroke") makes the subject's events what the share is of, not
something else: a draft's "N% of heat wave deaths" is that claim's figure, judged (a swap
is a conflict), never ruled out as "a share of its subject"."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: heatwave-deaths-heatstroke
  statement: In 2022, 40% of deaths from heat waves in Southland were due to heat stroke.
  subject: [heat waves, heat wave]
  context: [heat stroke, Southland, "2022"]
  value: {value: 40, unit: percent}
  sources: [{citation: "Southland heat report", quote: "40%"}]
  status: approved
  review_by: 2030-01-01
- id: heatwave-deaths-dehydration
  statement: In 2022, 25% of deaths from heat waves in Southland were due to dehydration.
  subject: [heat waves, heat wave]
  context: [dehydration, Southland, "2022"]
  value: {value: 25, unit: percent}
  sources: [{citation: "Southland heat report", quote: "25%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Southland, heat stroke and dehydration caused 40% and 25% of heat wave deaths"
         " in 2022, respectively.", {}),
        ("In Southland, heat stroke and dehydration caused 25% and 40% of heat wave deaths"
         " in 2022, respectively.", {"25%": ("CC101", "heatwave-deaths-heatstroke"),
                                     "40%": ("CC101", "heatwave-deaths-dehydration")}),
    ],
)  # fmt: skip
def test_share_of_the_subjects_events(lint_text, text, expected):
    assert lint_text(text) == expected
