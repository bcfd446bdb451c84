"""A claim about one sex, where the registry also holds a claim about the same subject for
both sexes, is a part of it: a page figure that names no sex (in its sentence, the one
before, the heading or the table headers) is about everyone, so an equal figure of the men's
claim does not back it, nor is it accused against it (README, frames table, "sex"). Where
every claim of a subject is about one sex (a trial of women), the page need not say it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gallstone-cases-men-2022
  statement: In 2022, there were 523,674 new gallstone cases in men worldwide.
  subject: [gallstones]
  context: [new cases, worldwide]
  group: [men]
  value: {value: 523674, unit: cases}
  sources: [{citation: "Global registry", quote: "523,674 new cases in men"}]
  status: approved
  review_by: 2030-01-01
- id: gallstone-cases-all-2020
  statement: In 2020, 573,278 people worldwide were diagnosed with gallstones.
  subject: [gallstones]
  context: [new cases, worldwide]
  value: {value: 573278, unit: cases}
  sources: [{citation: "Global registry", quote: "573,278 new cases"}]
  status: approved
  review_by: 2030-01-01
- id: wharf-trial-stroke
  statement: In the WHARF trial of women, 1.2% of participants had a stroke.
  subject: [WHARF trial]
  context: [stroke]
  group: [women]
  value: {value: 1.2, unit: percent}
  sources: [{citation: "WHARF report", quote: "1.2% had a stroke"}]
  status: approved
  review_by: 2030-01-01
"""

REGISTRY += """\
- id: tics-prevalence-boys-2021
  statement: In 2021, tic disorders affected 31.0 per 1,000 8-year-old boys.
  subject: [tic disorders]
  context: [prevalence]
  group: [boys]
  value: {value: 31.0, unit: "per 1,000"}
  sources: [{citation: "Survey 2022", quote: "31.0 per 1,000 boys"}]
  status: approved
  review_by: 2030-01-01
- id: tics-prevalence-2021
  statement: In 2021, the prevalence of tic disorders among children aged 8 was 19.6 per 1,000.
  subject: [tic disorders, children with tics]
  context: [prevalence]
  value: {value: 19.6, unit: "per 1,000"}
  sources: [{citation: "Survey 2022", quote: "19.6 per 1,000 children"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2022, there were 523,674 new gallstone cases worldwide.",
            {"523,674 new gallstone cases": "CC102"},
        ),
        ("In 2022, there were 523,674 new gallstone cases in men worldwide.", {}),
        (
            "In 2022, gallstones were diagnosed in men worldwide. There were 523,674 new"
            " gallstone cases that year.",
            {},
        ),
        (
            "In 2022, there were 600,000 new gallstone cases in men worldwide.",
            {"600,000 new gallstone cases": "CC101"},
        ),
        # every claim of the trial is about women: the page need not say so
        ("In the WHARF trial, 1.2% of participants had a stroke.", {}),
        ("In the WHARF trial, 2.4% of participants had a stroke.", {"2.4%": "CC101"}),
    ],
)
def test_a_one_sex_claim_is_a_part(lint_text, text, expected):
    got = {figure: code for figure, (code, _id) in lint_text(text).items()}
    assert got == expected


def test_a_whole_listing_more_subject_names_is_still_the_whole(lint_text):
    """The claim about everyone lists one more subject name than its part by sex: a figure
    that names no sex is judged against it, never against the boys' claim."""
    assert lint_text("In 2021, tic disorders affected 19.6 per 1,000 8-year-olds.") == {}
    assert lint_text("In 2021, tic disorders affected 31.0 per 1,000 8-year-olds.") == {
        "31.0 per 1,000": ("CC101", "tics-prevalence-2021")
    }
