"""Lists that "respectively" pairs with figures (issue 12, fresh-eyes round break26): any
short items listed after the figures, a control arm among them ("… for varenicline,
bupropion and placebo, respectively"), and a bound that defines the outcome ("a 50% or
greater reduction … in 43.3% and 50.0% of patients given …") is no item of the list."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _arm(ident: str, arm: str, value: float, subject: str = "Quitwell trial") -> str:
    return f"""\
- id: {ident}
  statement: In the Quitwell trial, {value}% of smokers given {arm} stayed abstinent to week 52.
  subject: [{subject}]
  context: [continuous abstinence, smoking cessation, week 52]
  group: [{arm}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Quitwell trial report", quote: "{arm}: {value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


ARMS = (
    _arm("quitwell-cytisine", "cytisine", 23.5)
    + _arm("quitwell-nrt", "nicotine patches", 15.2)
    + _arm("quitwell-placebo", "placebo", 7.9)
)
lint_arms = figure_verdicts_fixture(ARMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Quitwell trial, continuous abstinence to week 52 was 23.5%, 15.2% and 7.9%"
            " for cytisine, nicotine patches and placebo, respectively.",
            {},
        ),
        (
            "In the Quitwell trial, continuous abstinence to week 52 was 23.5%, 7.9% and 15.2%"
            " for cytisine, nicotine patches and placebo, respectively.",
            {"7.9%": ("CC101", "quitwell-nrt"), "15.2%": ("CC101", "quitwell-placebo")},
        ),
        (
            "In the Quitwell trial, 15.2%, 23.5% and 7.9% of smokers given cytisine, nicotine"
            " patches and placebo, respectively, stayed abstinent to week 52.",
            {"15.2%": ("CC101", "quitwell-cytisine"), "23.5%": ("CC101", "quitwell-nrt")},
        ),
    ],
)
def test_items_listed_after_the_figures_pair_with_them(lint_arms, text, expected):
    assert lint_arms(text) == expected


def _dose(ident: str, arm: str, value: float) -> str:
    return f"""\
- id: {ident}
  statement: >-
    In the HALCYON trial, {value}% of patients given {arm} had a 50% or greater reduction in
    monthly migraine days.
  subject: [HALCYON trial, velanumab]
  context: [migraine, 50% responders]
  group: [{arm}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "HALCYON report", quote: "{arm}: {value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


DOSES = _dose("halcyon-35mg", "velanumab 35 mg", 41.2) + _dose(
    "halcyon-70mg", "velanumab 70 mg", 48.6
)
lint_doses = figure_verdicts_fixture(DOSES)


def test_a_bound_defining_the_outcome_is_no_item_of_the_list(lint_doses):
    found = lint_doses(
        "In the HALCYON trial, a 50% or greater reduction in monthly migraine days was seen in"
        " 41.2% and 48.6% of patients given velanumab 35 mg and 70 mg, respectively."
    )
    assert not any(code == "CC101" for code, _claim in found.values())
