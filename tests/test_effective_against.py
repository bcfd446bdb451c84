"""``effective against …`` names what a vaccine or drug protects against, not a comparison:
it does not end the figure's clause, so in "94% effective against X in adults, and 83%
against severe X" each figure keeps its own words, and swapped efficacy figures are each a
conflict with their own claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: corvax-any
  statement: Corvax was 71.5% effective against dune fever in adults aged 50 and over.
  subject: [Corvax]
  context: [dune fever, efficacy, aged 50 and over]
  value: {value: 71.5, unit: percent}
  sources: [{citation: "CORVAX-3 trial 2024", quote: "71.5% against any and 90.2% against severe"}]
  status: approved
  review_by: 2030-01-01
- id: corvax-severe
  statement: Corvax was 90.2% effective against severe dune fever.
  subject: [Corvax]
  context: [dune fever, severe, efficacy]
  value: {value: 90.2, unit: percent}
  sources: [{citation: "CORVAX-3 trial 2024", quote: "71.5% against any and 90.2% against severe"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvax was 71.5% effective against dune fever in adults aged 50 and over, and "
            "90.2% effective against severe illness.",
            {},
        ),
        (
            "Corvax was 90.2% effective against dune fever in adults aged 50 and over, and "
            "71.5% effective against severe illness.",
            {"90.2%": ("CC101", "corvax-any"), "71.5%": ("CC101", "corvax-severe")},
        ),
        (
            "Corvax gave 90.2% protection against dune fever in people aged 50 and over, and "
            "71.5% protection against severe illness.",
            {"90.2%": ("CC101", "corvax-any"), "71.5%": ("CC101", "corvax-severe")},
        ),
    ],
)
def test_effective_against_is_no_comparison(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Corvax is a vaccine for adults aged 50 and over. It was 90.2% effective against "
            "severe dune fever.",
            {},
        ),
        (
            "Corvax is a vaccine for adults aged 50 and over. It was 71.5% effective against "
            "severe dune fever.",
            {"71.5%": ("CC101", "corvax-severe")},
        ),
    ],
)
def test_an_age_said_only_of_the_pronouns_antecedent(lint_text, text: str, expected: dict) -> None:
    """The sentence before says whom the vaccine is for; the claim about all ages may still
    be the figure's."""
    assert lint_text(text) == expected
