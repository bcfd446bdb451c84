"""``measure: prevalence`` and ``measure: incidence`` in the registry say whom a claim's rate
counts (those living with the condition, new cases): a page's new cases are never judged
against the prevalence claim, nor those living with it against the incidence claim, even
where the statement says neither word plainly (docs/registry-schema.md, README "The
registry"). A rate said with "living with" keeps saying whom it counts."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: freedonia-ms-prevalence-2020
  statement: In 2020, multiple sclerosis was recorded at 210 per 100,000 people in Freedonia.
  subject: [multiple sclerosis, MS]
  context: [Freedonia, "2020"]
  measure: prevalence
  value: {value: 210, unit: "per 100,000"}
  sources: [{citation: "Freedonia neurology registry 2020", quote: "210 per 100,000"}]
  status: approved
  review_by: 2030-01-01
- id: freedonia-ms-incidence-2020
  statement: In 2020, multiple sclerosis was diagnosed at 9.5 per 100,000 people in Freedonia.
  subject: [multiple sclerosis, MS]
  context: [Freedonia, "2020"]
  measure: incidence
  value: {value: 9.5, unit: "per 100,000"}
  sources: [{citation: "Freedonia neurology registry 2020", quote: "9.5 per 100,000 a year"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

PREVALENCE, INCIDENCE = "freedonia-ms-prevalence-2020", "freedonia-ms-incidence-2020"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "In Freedonia in 2020, 210 per 100,000 people were living with multiple sclerosis.",
            "210 per 100,000 people",
            None,
        ),
        (
            "In Freedonia in 2020, 9.5 per 100,000 people were living with multiple sclerosis.",
            "9.5 per 100,000 people",
            ("CC101", PREVALENCE),
        ),
        (
            "In Freedonia in 2020, there were 12 new cases of multiple sclerosis per 100,000"
            " people.",
            "12 new cases of multiple sclerosis per 100,000 people",
            ("CC101", INCIDENCE),
        ),
        (
            "In Freedonia, 35.9 new MS cases per 100,000 people were diagnosed in 2020.",
            "35.9 new MS cases per 100,000 people",
            ("CC101", INCIDENCE),
        ),
    ],
)
def test_whom_a_rate_counts(lint_text, text, figure, expected):
    assert lint_text(text).get(figure) == expected


PEOPLE_REGISTRY = """\
- id: ra-incidence-freedonia
  statement: About 20,000 people in Freedonia are diagnosed with rheumatoid arthritis each year.
  subject: [rheumatoid arthritis]
  context: [Freedonia]
  measure: incidence
  value: {value: 20000, unit: people/year, approx: true}
  sources: [{citation: "Freedonia RA registry", quote: "about 20,000 people a year"}]
  status: approved
  review_by: 2030-01-01
"""

lint_people = figure_verdicts_fixture(PEOPLE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 20,000 new cases of rheumatoid arthritis are diagnosed in Freedonia each year.",
            {},
        ),
        (
            "There are around 20,000 new diagnoses of rheumatoid arthritis in Freedonia each year.",
            {},
        ),
        (
            "About 35,000 new cases of rheumatoid arthritis are diagnosed in Freedonia each year.",
            {"About 35,000 new cases": ("CC101", "ra-incidence-freedonia")},
        ),
    ],
)
def test_new_cases_are_the_people_diagnosed(lint_people, text, expected):
    """A count of new cases or diagnoses is a count of the people diagnosed (a claim in
    ``people/year``), as a count of people may stand for a claim in ``cases``."""
    assert lint_people(text) == expected


SHARE_REGISTRY = """\
- id: sinusitis-prevalence
  statement: Chronic sinusitis affects 10.9% of adults in Freedonia.
  subject: [chronic sinusitis]
  context: [Freedonia]
  measure: prevalence
  value: {value: 10.9, unit: percent}
  sources: [{citation: "Freedonia survey", quote: "10.9% of adults"}]
  status: approved
  review_by: 2030-01-01
"""

lint_shares = figure_verdicts_fixture(SHARE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chronic sinusitis affects 10.9% of adults in Freedonia.", {}),
        ("The prevalence of chronic sinusitis in Freedonia is 10.9% of adults.", {}),
        (
            "Every year, 10.9% of adults in Freedonia are newly diagnosed with chronic sinusitis.",
            {"10.9%": ("CC102", None)},
        ),
        ("The incidence of chronic sinusitis in Freedonia is 10.9%.", {"10.9%": ("CC102", None)}),
    ],
)
def test_a_share_of_new_cases_is_no_prevalence(lint_shares, text, expected):
    """A share of people newly diagnosed ("newly diagnosed", "incidence") is not the
    prevalence claim's figure, even where its statement states that very number."""
    assert lint_shares(text) == expected
