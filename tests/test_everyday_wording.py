"""A page says a statement's measure in everyday words: "fails for 2% of users" is the
failure rate of a claim about women using the method; "users" counts people in general, as
"patients" and "women" do, and explains nothing away."""

from __future__ import annotations

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
