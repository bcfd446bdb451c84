"""Counts named by the operation and timepoints said with everyday verbs (issue 12, held-out
surgery set).

A count of an operation by its own name (``8,589 primary hip replacements``, ``600,000
hysterectomies``, ``colonoscopies``) is a count of procedures: it is judged against a claim in
``procedures``, ``operations`` or ``surgeries``, never one in deaths or people. "Implants last
25 years" and "lasting 20 years" say a timepoint as "survive 25 years" does (not "in the last
25 years", a period before now); "within a year" and "after a year" are one year."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.registry.units import units_compatible
from claimcheck.verify.frames import read_frame


@pytest.mark.parametrize(
    ("draft", "claim", "compatible"),
    [
        ("primary hip replacements", "procedures", True),
        ("knee revisions", "procedures", True),
        ("hysterectomies", "operations/year", True),
        ("colonoscopies", "procedures", True),
        ("kidney transplants", "surgeries", True),
        ("caesarean sections", "operations", True),
        ("hip replacements", "deaths", False),
        ("deaths", "procedures", False),
        ("patients", "procedures", False),
    ],
)
def test_a_named_operation_counts_procedures(draft, claim, compatible):
    assert units_compatible(draft, claim) is compatible


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("58% of hip replacements last 25 years", {25 * 365.25}),
        ("implants lasting 20 years", {20 * 365.25}),
        ("a knee that lasted 15 years", {15 * 365.25}),
        ("7.5% had died within a year of surgery", {365.25}),
        ("after a month on the drug", {365.25 / 12}),
        ("cases doubled in the last 25 years", set()),
        ("a course lasting 7 days", set()),  # how long a treatment is given
    ],
)
def test_timepoints_said_with_everyday_verbs(text, days):
    assert read_frame(text).timepoints == frozenset(days)


REGISTRY = """\
- id: knee-replacements-2019
  statement: In 2019, 108,000 primary knee replacement procedures were carried out in Northland.
  subject: [knee replacement]
  context: [primary, Northland, "2019"]
  value: {value: 108000, unit: procedures}
  sources: [{citation: "Northland Joint Registry 2020", quote: "108,000 procedures"}]
  status: approved
  review_by: 2030-01-01
- id: knee-survival-15y
  statement: About 93% of knee replacements survive 15 years.
  subject: [knee replacement]
  context: [implant survival]
  timepoint: 15 years
  value: {value: 93, unit: percent, approx: true}
  sources: [{citation: "Pooled registries", quote: "93%"}]
  status: approved
  review_by: 2030-01-01
- id: knee-survival-25y
  statement: About 82% of knee replacements survive 25 years.
  subject: [knee replacement]
  context: [implant survival]
  timepoint: 25 years
  value: {value: 82, unit: percent, approx: true}
  sources: [{citation: "Pooled registries", quote: "82%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019, Northland surgeons performed 108,000 primary knee replacements.", {}),
        (
            "In 2019, Northland surgeons performed 180,000 primary knee replacements.",
            {"180,000 primary knee replacements": ("CC101", "knee-replacements-2019")},
        ),
        ("Pooled registry data suggest about 82% of knee replacements last 25 years.", {}),
        (
            "Pooled registry data suggest about 93% of knee replacements last 25 years.",
            {"about 93%": ("CC101", "knee-survival-25y")},
        ),
    ],
)
def test_procedures_and_lasting_implants_find_their_claims(lint_text, text, expected):
    assert lint_text(text) == expected
