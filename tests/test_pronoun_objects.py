"""A pronoun stands for the subject named before it wherever it sits in its clause: as the
object of the verb ("The Northfield survey found it in 0.4% of adults") as well as opening
the clause ("…; in adults it is 1.1%"). The group the clause names replaces the group said
with the antecedent: in "… in children, at 2.5%; in adults it is 1.1%" the 1.1% is the
adults' figure, not the children's (issue 12, held-out thyroid and allergy sets)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, subject: str, group: str, value: float, study: str = "") -> str:
    context = f"context: [{study}]" if study else "context: []"
    return f"""\
- id: {ident}
  statement: {subject.capitalize()} affects {value}% of {group}.
  subject: [{subject}]
  {context}
  group: [{group}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Survey 2020", quote: "{value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim("overt-hypo", "overt hypothyroidism", "adults", 0.4, "Northfield survey")
    + _claim("subclinical-hypo", "subclinical hypothyroidism", "adults", 4.6, "Northfield survey")
    + _claim("egg-children", "egg allergy", "children", 2.5)
    + _claim("egg-adults", "egg allergy", "adults", 1.1)
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Subclinical hypothyroidism often goes unnoticed. The Northfield survey found it in"
            " 4.6% of adults.",
            {},
        ),
        (
            "Subclinical hypothyroidism often goes unnoticed. The Northfield survey found it in"
            " 0.4% of adults.",
            {"0.4%": ("CC101", "subclinical-hypo")},
        ),
        ("Egg allergy is common in children, at 2.5%; in adults it is 1.1%.", {}),
        (
            "Egg allergy is common in children, at 2.5%; in adults it is 2.1%.",
            {"2.1%": ("CC101", "egg-adults")},
        ),
    ],
)
def test_a_pronoun_takes_the_subject_and_its_clause_keeps_its_group(lint_text, text, expected):
    assert lint_text(text) == expected
