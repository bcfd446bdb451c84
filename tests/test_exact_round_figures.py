"""A whole number under a thousand is exact as its source writes it: ``100 mg``, ``200 mL``,
``100%`` and ``300 people`` keep their last digit, so a draft's ``120 mg`` against a source's
``100 mg`` is a conflict (CC101), never "more precise than its source" (CC103). From four
digits up, two trailing zeros or more are the source's rounding (``3,700 deaths``, ``$9,400``)
and a finer draft figure that rounds to them is over-precise."""

from __future__ import annotations

import pytest
from verdict_helpers import lint_output

CLAIM = """\
- id: {id}
  statement: {statement}
  subject: [{subject}]
  value: {{value: {value}, unit: {unit}}}
  sources:
    - citation: "Our own source for {id}"
      url: https://example.org/{id}
      quote: "{statement}"
  status: approved
  review_by: 2028-12-31
"""


def _lint(tmp_path, claim: dict, draft: str) -> str:
    return lint_output(tmp_path, CLAIM.format(**claim), draft)


DOSE = {"id": "x-dose", "statement": "The adult dose of drug X is 100 mg once a day.",
        "subject": "drug X", "value": 100, "unit": "mg"}  # fmt: skip
VOLUME = {"id": "bag-volume", "statement": "Each bag of fluid Y holds 500 mL.",
          "subject": "fluid Y", "value": 500, "unit": "mL"}  # fmt: skip


@pytest.mark.parametrize(
    ("claim", "draft", "figure"),
    [
        (DOSE, "The adult dose of drug X is 120 mg.", "120 mg"),
        (DOSE, "The adult dose of drug X is 104 mg.", "104 mg"),
        (VOLUME, "Each bag of fluid Y holds 520 mL.", "520 mL"),
        (VOLUME, "Each bag of fluid Y holds 460 mL.", "460 mL"),
    ],
)
def test_a_figure_near_an_exact_round_one_conflicts(tmp_path, claim, draft, figure):
    output = _lint(tmp_path, claim, draft)
    assert f'CC101 error: "{figure}" conflicts with {claim["id"]}' in output
    assert "CC103" not in output


def test_a_finer_figure_under_a_rounded_thousand_is_over_precise(tmp_path):
    claim = {"id": "y-deaths", "statement": "Disease Y caused 3,700 deaths in 2020.",
             "subject": "disease Y", "value": 3700, "unit": "deaths"}  # fmt: skip
    output = _lint(tmp_path, claim, "Disease Y caused 3,712 deaths in 2020.")
    assert '"3,712 deaths" is more precise than its source: y-deaths' in output
    assert "CC101" not in output
