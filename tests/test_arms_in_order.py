"""A sentence that names a treatment and its control, then sets two figures against each
other ("Drug K beat placebo: 44% versus 19%") gives the figures to the arms in the order
named, so neither figure is judged against the other arm's claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: kalumab-responders
  statement: In the KITE trial, 44% of patients on kalumab had a 50% drop in attacks.
  subject: [kalumab, KITE trial]
  context: [responders, attacks]
  value: {value: 44, unit: percent}
  sources: [{citation: "KITE 2021", quote: "44% (kalumab) and 19% (placebo)"}]
  status: approved
  review_by: 2030-01-01
- id: kalumab-placebo-responders
  statement: In the KITE trial, 19% of patients on placebo had a 50% drop in attacks.
  subject: [kalumab, KITE trial]
  context: [responders, attacks]
  group: [placebo]
  value: {value: 19, unit: percent}
  sources: [{citation: "KITE 2021", quote: "44% (kalumab) and 19% (placebo)"}]
  status: approved
  review_by: 2030-01-01
"""

REGISTRY += """\
- id: kalumab-attack-rate
  statement: In the KITE trial, patients given kalumab had 0.93 attacks a year.
  subject: [kalumab, KITE trial]
  context: [attacks]
  value: {value: 0.93, unit: attacks/year}
  sources: [{citation: "KITE 2021", quote: "0.93 (kalumab) and 2.10 (placebo)"}]
  status: approved
  review_by: 2030-01-01
- id: kalumab-placebo-attack-rate
  statement: In the KITE trial, patients given placebo had 2.10 attacks a year.
  subject: [kalumab, KITE trial]
  context: [attacks]
  group: [placebo]
  value: {value: 2.10, unit: attacks/year}
  sources: [{citation: "KITE 2021", quote: "0.93 (kalumab) and 2.10 (placebo)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kalumab beat placebo in the KITE trial: 44% versus 19% of patients responded.", {}),
        ("Placebo against kalumab in the KITE trial: 19% vs 44% of patients responded.", {}),
    ],
)
def test_figures_follow_the_arms_order(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected


def test_swapped_arm_figures_are_not_backed(lint_text) -> None:
    found = lint_text(
        "Kalumab beat placebo in the KITE trial: 19% versus 44% of patients responded."
    )
    assert found["44%"] == ("CC101", "kalumab-placebo-responders")
    assert found["19%"] in {("CC101", "kalumab-responders"), ("CC102", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the study named by the opening phrase is no treatment: the control comes first
        (
            "In the KITE trial, patients given placebo were responders in 19%, compared with "
            "44% for those given kalumab.",
            {},
        ),
        (
            "In the KITE trial, patients given placebo were responders in 44%, compared with "
            "19% for those given kalumab.",
            {
                "44%": ("CC101", "kalumab-placebo-responders"),
                "19%": ("CC101", "kalumab-responders"),
            },
        ),
    ],
)
def test_an_opening_study_name_is_no_arm(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "those given kalumab" names its own arm: it points back to nobody
        (
            "In the KITE trial, patients given placebo had 2.10 attacks a year, compared "
            "with 0.93 for those given kalumab.",
            {},
        ),
        (
            "In the KITE trial, patients given placebo had 0.93 attacks a year, compared "
            "with 2.10 for those given kalumab.",
            {
                "0.93 attacks a year": ("CC101", "kalumab-placebo-attack-rate"),
                "2.10": ("CC101", "kalumab-attack-rate"),
            },
        ),
    ],
)
def test_those_given_a_drug_are_that_arm(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected
