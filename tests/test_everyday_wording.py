"""A page says a statement's measure in everyday words: "fails for 2% of users" is the
failure rate of a claim about women using the method; "users" counts people in general, as
"patients" and "women" do, and explains nothing away; and a rate says what it counts before
its population ("47 cases of invasive cervical cancer per 100,000")."""

from __future__ import annotations

from figure_helpers import assert_read_as, extract_paragraphs, fig
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: ring-failure
  statement: The vaginal ring has a failure rate of 7% in the first year of typical use.
  subject: [vaginal ring, contraceptive ring]
  context: [failure rate, typical use]
  timepoint: 1 year
  value: {value: 7, unit: percent}
  sources: [{citation: "Method review 2018", quote: "ring: 7% (typical use)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_fails_for_users_is_the_failure_rate(lint_text):
    assert lint_text("The vaginal ring fails for about 2% of users in the first year.") == {
        "about 2%": ("CC101", "ring-failure")
    }
    assert lint_text("The vaginal ring fails for about 7% of users in the first year.") == {}


RATES = [
    (
        "Vaccinated women had 47 cases of invasive cervical cancer per 100,000.",
        [fig("47 cases of invasive cervical cancer per 100,000", 47, unit="cases/100,000")],
    ),
    (
        "There were 12 deaths from heart disease per 100,000 people.",
        [fig("12 deaths from heart disease per 100,000 people", 12, unit="deaths/100,000 people")],
    ),
    # a rate of time is no population: the count is a count per week, not per 100,000
    ("We saw 40 patients in clinic per week.", [fig("40 patients", 40, unit="patients/week")]),
]


def test_a_count_said_with_what_it_counts_before_per_is_a_rate(tmp_path) -> None:
    read = extract_paragraphs(tmp_path, [text for text, _ in RATES])
    for text, expected in RATES:
        assert_read_as(read[text], text, expected)
