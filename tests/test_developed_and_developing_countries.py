""" "Developed" and "developing" countries are the income groups of countries in older words
(issue 12: the held-out pharmacy set, where a figure for developing countries borrowed the
developed countries' claim; both words stem to "develop", so only the place tells them
apart)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: statin-adherence-hic
  statement: In high-income countries, about 55% of people prescribed statins take them.
  subject: [statin adherence, adherence to statins]
  context: [high-income countries]
  value: {value: 55, unit: percent, approx: true}
  sources: [{citation: "Adherence review", quote: "high-income countries: 55%"}]
  status: approved
  review_by: 2030-01-01
"""
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In developed countries, statin adherence is about 55%.", {}),
        ("In the industrialised world, statin adherence is about 55%.", {}),
        (
            "In developed countries, statin adherence is about 35%.",
            {"about 35%": ("CC101", "statin-adherence-hic")},
        ),
        # the other income group: no figure of the claim, equal or not
        ("In developing countries, statin adherence is about 55%.", {"about 55%": ("CC102", None)}),
        (
            "In resource-limited settings, statin adherence is about 30%.",
            {"about 30%": ("CC102", None)},
        ),
        (
            "Across the developing world, statin adherence is about 30%.",
            {"about 30%": ("CC102", None)},
        ),
    ],
)
def test_developed_and_developing_countries_are_income_groups(lint_text, text, expected):
    assert lint_text(text) == expected
