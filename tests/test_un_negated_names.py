"""A participle negated with ``un`` says the figure is about what a claim is not: "the
unadjusted estimate put deaths at 223,000" is not the claim whose context is ``adjusted``,
nor are "untreated" patients the treated arm's (held-out travel set). A claim that says the
negation itself (``not been vaccinated``) keeps it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: fever-deaths-adjusted
  statement: After adjusting for under-reporting, marsh fever caused 129,000 deaths in 2010.
  subject: [marsh fever]
  context: [adjusted, "2010"]
  value: {value: 129000, unit: deaths}
  sources: [{citation: "Burden study", quote: "129,000 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: fever-unvaccinated
  statement: Among people who had not been vaccinated, marsh fever struck 94 per 100,000.
  subject: [marsh fever]
  context: [not been vaccinated, incidence]
  value: {value: 94, unit: "cases per 100,000"}
  sources: [{citation: "Cohort study", quote: "94 per 100,000"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The adjusted estimate put marsh fever deaths at 129,000 in 2010.", {}),
        (
            "The adjusted estimate put marsh fever deaths at 223,000 in 2010.",
            {"223,000": ("CC101", "fever-deaths-adjusted")},
        ),
        (
            "The unadjusted estimate put marsh fever deaths at 223,000 in 2010.",
            {"223,000": ("CC102", None)},
        ),
        # the claim's own negation, said with "un": still that claim's figure
        (
            "Among unvaccinated people, marsh fever struck 47 per 100,000.",
            {"47 per 100,000": ("CC101", "fever-unvaccinated")},
        ),
    ],
)
def test_an_un_word_is_about_what_the_claim_is_not(lint_text, text, expected):
    assert lint_text(text) == expected
