"""A pronoun that opens a sentence stands for what the sentence before is about, not for
what it was compared with: in "Velorant was compared with warfarin in HARBOR."
            " It lowered
the yearly rate … to 1.3%." the figure is velorant's. A name said after ``compared with``,
``versus``, ``against`` or ``than`` is no antecedent while another name is left (in the
sentence before, or earlier in the figure's own sentence), so a figure swapped between the
two arms is accused against the arm the pronoun stands for."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: harbor-velorant-stroke-rate
  statement: In HARBOR, the yearly stroke rate was 1.3% with velorant.
  subject: [velorant]
  context: [HARBOR, stroke rate]
  value: {value: 1.3, unit: percent}
  sources: [{citation: "HARBOR trial report", quote: "1.3% per year with velorant"}]
  status: approved
  review_by: 2030-01-01
- id: harbor-warfarin-stroke-rate
  statement: In HARBOR, the yearly stroke rate was 1.9% with warfarin.
  subject: [warfarin]
  context: [HARBOR, stroke rate]
  value: {value: 1.9, unit: percent}
  sources: [{citation: "HARBOR trial report", quote: "1.9% per year with warfarin"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velorant was compared with warfarin in HARBOR."
            " It lowered the yearly stroke rate to 1.3%.",
            {},
        ),
        (
            "Velorant was compared with warfarin in HARBOR."
            " It lowered the yearly stroke rate to 1.9%.",
            {"1.9%": ("CC101", "harbor-velorant-stroke-rate")},
        ),
        (
            "Velorant was tested against warfarin in HARBOR."
            " It cut the yearly stroke rate to 1.6%.",
            {"1.6%": ("CC101", "harbor-velorant-stroke-rate")},
        ),
        (
            "Velorant was tested against warfarin in HARBOR."
            " It cut the yearly stroke rate to 1.3%.",
            {},
        ),
        (
            "In HARBOR, velorant was compared with warfarin;"
            " it brought the yearly stroke rate down to 1.3%.",
            {},
        ),
        (
            "Warfarin was compared with velorant in HARBOR."
            " It left the yearly stroke rate at 1.9%.",
            {},
        ),
        (
            "Warfarin was compared with velorant in HARBOR."
            " It left the yearly stroke rate at 2.4%.",
            {"2.4%": ("CC101", "harbor-warfarin-stroke-rate")},
        ),
    ],
)
def test_pronoun_stands_for_the_arm_not_its_comparator(lint_text, text, expected):
    assert lint_text(text) == expected
