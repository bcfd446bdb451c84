"""A claim's statement may state the comparison arm's figure beside its own ("67.2% on
AR101, versus 4.0% on placebo"). That figure is the other arm's: a draft giving it to this
claim's arm swapped the arms and is a conflict, not a repeat of the statement (issue 12,
held-out allergy set). A statement's other figures not set against the value (the same
fact in other words, "one in five (20%)") still back a draft that repeats them."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: desens-drug
  statement: In DESENS-2, 58.0% on oralix passed a 1 g egg challenge, versus 6.5% on placebo.
  subject: [oralix, DESENS-2]
  context: [egg challenge]
  group: [oralix]
  value: {value: 58.0, unit: percent}
  sources: [{citation: "DESENS-2 2023", quote: "58.0% versus 6.5%"}]
  status: approved
  review_by: 2030-01-01
- id: desens-placebo
  statement: In DESENS-2, 6.5% of children on placebo passed a 1 g egg challenge.
  subject: [oralix, DESENS-2]
  context: [egg challenge]
  group: [placebo]
  value: {value: 6.5, unit: percent}
  sources: [{citation: "DESENS-2 2023", quote: "6.5%"}]
  status: approved
  review_by: 2030-01-01
- id: milk-drug
  statement: "In MILKOS, 41% on lactora passed a milk challenge (placebo: 9%)."
  subject: [lactora, MILKOS]
  context: [milk challenge]
  group: [lactora]
  value: {value: 41, unit: percent}
  sources: [{citation: "MILKOS 2022", quote: "41% vs 9%"}]
  status: approved
  review_by: 2030-01-01
- id: nut-drug
  statement: In NUTOS, 52% on nutora and 7% on placebo passed a nut challenge.
  subject: [nutora, NUTOS]
  context: [nut challenge]
  group: [nutora]
  value: {value: 52, unit: percent}
  sources: [{citation: "NUTOS 2022", quote: "52% vs 7%"}]
  status: approved
  review_by: 2030-01-01
- id: egg-allergy-children
  statement: About one in fifty children (2%) has an egg allergy.
  subject: [egg allergy]
  context: [children]
  value: {value: 2, unit: percent}
  sources: [{citation: "Egg survey 2020", quote: "2%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In DESENS-2, 58.0% of the oralix group and 6.5% of the placebo group passed a 1 g"
            " egg challenge.",
            {},
        ),
        (
            "In DESENS-2, 6.5% of the oralix group and 58.0% of the placebo group passed a 1 g"
            " egg challenge.",
            {"6.5%": ("CC101", "desens-drug"), "58.0%": ("CC101", "desens-placebo")},
        ),
        (
            "Children on oralix in DESENS-2: 6.5% passed a 1 g egg challenge.",
            {"6.5%": ("CC101", "desens-drug")},
        ),
        ("About one in fifty children has an egg allergy.", {}),
        (
            "In MILKOS, 9% of those on lactora passed a milk challenge.",
            {"9%": ("CC101", "milk-drug")},
        ),
        ("In NUTOS, 7% of those on nutora passed a nut challenge.", {"7%": ("CC101", "nut-drug")}),
    ],
)
def test_a_statements_comparison_figure_backs_no_swapped_arm(lint_text, text, expected):
    assert lint_text(text) == expected
