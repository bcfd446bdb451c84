"""Figures whose arm is said without naming it (session 44).

- "… by 150 mL with tralokimab, and by 60 mL without it" (or "… and 60 mL without."): the
  figure after "without it" is the untreated arm's, where "it" is a drug said after "with"
  (a drug's INN stem tells it from a condition: "children with asthma").
- "as common in both arms, at 61.5% and 58.2%", "the two groups: 58.2% and 61.5%": two
  figures for two arms said together, in no order; either may be the control arm's, so the
  right pair passes whichever comes first, and a figure neither arm has is still a conflict.
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "kestrel-fev1-drug",
            "In KESTREL, FEV1 rose by 150 mL at week 24 with tralokimab.",
            "{value: 150, unit: mL}",
            "tralokimab, FEV1",
            "KESTREL, week 24",
        ),
        valued_claim(
            "kestrel-fev1-placebo",
            "In KESTREL, FEV1 rose by 60 mL at week 24 with placebo.",
            "{value: 60, unit: mL}",
            "placebo, FEV1",
            "KESTREL, week 24",
        ),
        approved_claim(
            "kestrel-ae-drug",
            "In KESTREL, 61.5% of patients on tralokimab had a side effect.",
            61.5,
            "tralokimab, side effects",
            "KESTREL",
        ),
        approved_claim(
            "kestrel-ae-placebo",
            "In KESTREL, 58.2% of patients on placebo had a side effect.",
            58.2,
            "placebo, side effects",
            "KESTREL",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In KESTREL, FEV1 rose by 150 mL at week 24 with tralokimab, and by 60 mL without it.",
            {},
        ),
        ("In KESTREL, FEV1 rose by 150 mL at week 24 with tralokimab and by 60 mL without.", {}),
        (
            "In KESTREL, FEV1 rose by 60 mL at week 24 with tralokimab, and by 150 mL without it.",
            {"60 mL": ("CC101", "kestrel-fev1-drug"), "150 mL": ("CC101", "kestrel-fev1-placebo")},
        ),
        (
            "In KESTREL, FEV1 rose by 60 mL at week 24 with tralokimab, against 150 mL without.",
            {"60 mL": ("CC101", "kestrel-fev1-drug"), "150 mL": ("CC101", "kestrel-fev1-placebo")},
        ),
    ],
)
def test_without_the_drug_said_with(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In KESTREL, side effects were about as common in both arms, at 61.5% and 58.2%.", {}),
        ("In KESTREL, the two groups had side effects about as often: 58.2% and 61.5%.", {}),
        ("In KESTREL, side effects were similar between the groups (61.5% vs 58.2%).", {}),
        (
            "In KESTREL, side effects were about as common in both arms, at 70.0% and 58.2%.",
            {"70.0%": ("CC101", "kestrel-ae-drug")},
        ),
    ],
)
def test_two_figures_for_both_arms(lint_text, text, expected):
    assert lint_text(text) == expected
