"""An amount a sentence calls a day's before it is said, "the maximum daily dose of
allopurinol is 600 mg", "a recommended daily intake of 10 µg", "the dose per day is 2 g",
is that amount per day, as "600 mg a day" is: it meets a claim in mg/day (it was a bare
600 mg that no claim per day could back or accuse). An amount with no such words stays an
amount ("a 500 mg tablet")."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "figure", "per"),
    [
        ("The maximum daily dose of febuxostat is 120 mg.",
         "maximum daily dose of febuxostat is 120 mg", "day"),
        ("A recommended daily intake of 10 µg suits most adults.", "10 µg", "day"),
        ("Daily doses above 4 g can harm the liver.", "above 4 g", "day"),
        ("The usual dose per day is 2 g, split in two.", "2 g", "day"),
        ("Each tablet holds 500 mg of paracetamol.", "500 mg", None),
        ("Take a daily supplement of 400 micrograms.", "400 micrograms", "day"),
        ("Take 150 µg a day.", "150 µg a day", "day"),
        ("The daily dose was raised. Then 300 mg tablets were used.", "300 mg", None),
    ],
)  # fmt: skip
def test_amounts_called_a_days(text, figure, per):
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.per) == (figure, per)
    assert text[quantity.start : quantity.end] == quantity.text


REGISTRY = """\
- id: febuxostat-maximum-dose
  statement: Febuxostat for gout may be increased to a maximum of 120 mg per day.
  subject: [febuxostat]
  context: [gout, maximum dose]
  value: {high: 120, unit: mg/day}
  sources: [{citation: "Drug formulary entry", quote: "maximum 120 mg per day"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The maximum daily dose of febuxostat is 120 mg.", {}),
        (
            "The maximum daily dose of febuxostat is 240 mg.",
            {"maximum daily dose of febuxostat is 240 mg": ("CC101", "febuxostat-maximum-dose")},
        ),
        ("Febuxostat can be taken at up to 120 mg a day.", {}),
    ],
)
def test_a_days_amount_meets_a_claim_per_day(lint_text, text, expected):
    assert lint_text(text) == expected
