# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A head-to-head trial reports each arm's change and the difference between the arms
(CONSORT: the effect size). A page may give any of them:

- the arms' figures side by side ("6.5 kg versus 3.0 kg of weight lost", "weight loss was
  6.5 kg with A versus 3.0 kg with B", "lost 6.5 kg on A and 3.0 kg on B", "A and B lost
  6.5 kg and 3.0 kg, respectively"): the change word said once is said of them all, each
  figure is its arm's, never the difference's, and an arm named with its dose ("A 1 mg and
  B 1.5 mg, respectively", "B 1.5 mg against A 1 mg: 3.0 kg vs 6.5 kg") is still one item;
- the difference ("the treatment difference between A 1 mg and B fell by 4.1 kg"): never one
  arm's claim, though a dose stands between the words and the figure."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "tarsa-weight-velaglutide",
            "In TARSA, mean body weight changed by -6.5 kg with velaglutide 1 mg over 40 weeks.",
            "{value: -6.5, unit: kg}",
            "TARSA, velaglutide, body weight, weight loss",
            "type 2 diabetes",
            group="[velaglutide 1 mg]",
        ),
        valued_claim(
            "tarsa-weight-corlutide",
            "In TARSA, mean body weight changed by -3.0 kg with corlutide 1.5 mg over 40 weeks.",
            "{value: -3.0, unit: kg}",
            "TARSA, corlutide, body weight, weight loss",
            "type 2 diabetes, corlutide",
            group="[comparator]",
        ),
        valued_claim(
            "tarsa-weight-difference",
            "In TARSA, the estimated treatment difference in body weight between velaglutide 1 mg and corlutide 1.5 mg was -3.55 kg.",
            "{value: -3.55, unit: kg}",
            "TARSA, velaglutide, body weight, weight loss",
            "type 2 diabetes, treatment difference",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)

RIGHT = (
    "In TARSA, velaglutide 1 mg beat corlutide 1.5 mg: {v} kg versus {c} kg of weight lost.",
    "In TARSA, weight loss was {v} kg with velaglutide 1 mg versus {c} kg with corlutide 1.5 mg.",
    "In TARSA, patients lost {v} kg on velaglutide 1 mg and {c} kg on corlutide 1.5 mg.",
    "In TARSA, patients on velaglutide and corlutide lost {v} kg and {c} kg, respectively.",
    "In TARSA, {v} kg and {c} kg of weight were lost on velaglutide 1 mg and corlutide 1.5 mg, respectively.",
    "In TARSA, {v} kg of weight was lost with velaglutide 1 mg, compared with {c} kg with corlutide.",
)


@pytest.mark.parametrize("form", RIGHT)
def test_each_arms_figure_is_its_arms_with_the_change_said_once(lint_text, form):
    assert lint_text(form.format(v="6.5", c="3.0")) == {}, form


@pytest.mark.parametrize("form", RIGHT)
def test_swapped_arms_figures_conflict(lint_text, form):
    found = lint_text(form.format(v="3.0", c="6.5"))
    assert found == {
        "3.0 kg": ("CC101", "tarsa-weight-velaglutide"),
        "6.5 kg": ("CC101", "tarsa-weight-corlutide"),
    }, form


def test_arms_named_before_a_colon_with_their_doses_keep_their_order(lint_text):
    text = "In TARSA, corlutide 1.5 mg against velaglutide 1 mg: {c} kg vs {v} kg of weight lost."
    assert lint_text(text.format(c="3.0", v="6.5")) == {}
    assert lint_text(text.format(c="6.5", v="3.0")) == {
        "6.5 kg": ("CC101", "tarsa-weight-corlutide"),
        "3.0 kg": ("CC101", "tarsa-weight-velaglutide"),
    }


def test_a_gain_beside_a_loss_is_not_said_as_a_loss(lint_text):
    found = lint_text(
        "In TARSA, patients lost 6.5 kg on velaglutide 1 mg but gained 3.0 kg on corlutide 1.5 mg."
    )
    assert found == {"3.0 kg": ("CC101", "tarsa-weight-corlutide")}


def test_the_difference_is_the_difference_claims_past_an_arms_dose(lint_text):
    text = "In TARSA, the treatment difference in body weight between velaglutide 1 mg and corlutide fell by {d} kg."
    assert lint_text(text.format(d="3.55")) == {}
    # -3.0 is the corlutide arm's change: said as the difference it is a wrong difference
    assert lint_text(text.format(d="3.0")) == {"3.0 kg": ("CC101", "tarsa-weight-difference")}


def test_arms_named_as_compared_a_with_b_before_a_colon(lint_text):
    text = "TARSA compared velaglutide with corlutide: weight loss {v} kg versus {c} kg."
    assert lint_text(text.format(v="6.5", c="3.0")) == {}
    assert lint_text(text.format(v="3.0", c="6.5")) == {
        "3.0 kg": ("CC101", "tarsa-weight-velaglutide"),
        "6.5 kg": ("CC101", "tarsa-weight-corlutide"),
    }
