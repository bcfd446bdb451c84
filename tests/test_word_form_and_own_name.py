"""A condition's adjective that some claims list as a name of their own ("autistic" beside
"autism", "diabetic" beside "diabetes") still names the condition for the claims that list
only the noun: "an autistic adult" is an adult with autism (README, "How a figure finds its
registry claim"). Before, the adjective found only the claims listing it, and a figure about
the rest was left unsupported: a swapped figure passed. And "with X without Y" names no
treatment arm Y: "without" ends the arm a page says people were "with"."""

from __future__ import annotations

import pytest
import spacy
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.terms import TermFinder

REGISTRY = """\
- id: autism-support-cost-with-id
  statement: In Freedonia, lifetime support for an autistic adult with intellectual disability
    costs £1.6 million.
  subject: [autism]
  context: [lifetime cost, intellectual disability, Freedonia]
  value: {value: 1600000, unit: GBP}
  sources: [{citation: "Costing study", quote: "£1.6 million with ID"}]
  status: approved
  review_by: 2030-01-01
- id: autism-support-cost-without-id
  statement: In Freedonia, lifetime support for a person with autism without intellectual
    disability costs £0.9 million.
  subject: [autism]
  context: [lifetime cost, without intellectual disability, Freedonia]
  value: {value: 900000, unit: GBP}
  sources: [{citation: "Costing study", quote: "£0.9 million without ID"}]
  status: approved
  review_by: 2030-01-01
- id: autistic-adults-employed
  statement: In Freedonia, 29% of autistic adults are in paid work.
  subject: [autistic, autistic adults]
  context: [employment, paid work, Freedonia]
  value: {value: 29, unit: percent}
  sources: [{citation: "Freedonia labour survey", quote: "29% in paid work"}]
  status: approved
  review_by: 2030-01-01
- id: diabetes-adults-freedonia
  statement: In Freedonia, 8.2% of adults have diabetes.
  subject: [diabetes]
  context: [prevalence, Freedonia]
  value: {value: 8.2, unit: percent}
  sources: [{citation: "Freedonia health survey", quote: "8.2% of adults have diabetes"}]
  status: approved
  review_by: 2030-01-01
- id: diabetic-foot-ulcer-share
  statement: In Freedonia, 6% of diabetic adults develop a foot ulcer.
  subject: [diabetic, diabetic foot ulcer]
  context: [foot ulcer, Freedonia]
  value: {value: 6, unit: percent}
  sources: [{citation: "Freedonia foot audit", quote: "6% develop a foot ulcer"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "In Freedonia, lifetime support for an autistic person with intellectual disability"
            " costs £0.9 million.",
            "£0.9 million",
            ("CC101", "autism-support-cost-with-id"),
        ),
        (
            "In Freedonia, lifetime support for an autistic person without intellectual"
            " disability costs £1.6 million.",
            "£1.6 million",
            ("CC101", "autism-support-cost-without-id"),
        ),
        (
            "In Freedonia, 12% of diabetic adults develop a foot ulcer.",
            "12%",
            ("CC101", "diabetic-foot-ulcer-share"),
        ),
        (
            "In Freedonia, 18% of autistic adults are in paid work.",
            "18%",
            ("CC101", "autistic-adults-employed"),
        ),
    ],
)
def test_an_adjective_registered_as_a_name_still_names_its_condition(
    lint_text, text, figure, expected
):
    assert lint_text(text).get(figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Freedonia, lifetime support for an autistic person without intellectual disability"
        " costs £0.9 million.",
        "In Freedonia, lifetime support for an autistic adult with an intellectual disability"
        " costs £1.6 million.",
        "In Freedonia, 29% of autistic adults are in paid work.",
    ],
)
def test_the_right_figures_are_no_finding(lint_text, text):
    assert lint_text(text) == {}


def test_the_adjective_is_found_as_both_names():
    finder = TermFinder()
    finder.set_terms(("autism", "autistic", "diabetes"))
    doc = finder(spacy.blank("en")("Many autistic adults and diabetic men."))
    found = sorted((span.text, span.label_) for span in doc.spans["terms"])
    assert found == [("autistic", "autism"), ("autistic", "autistic"), ("diabetic", "diabetes")]
