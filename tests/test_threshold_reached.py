# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A share of people who reached a level ("64% reached an HbA1c below 7.0%") is defined by
the level's threshold: the threshold is the outcome's, said after the share in its clause.

- another threshold in the same unit ("an HbA1c of 6.5% or less") is another outcome: the
  share is not the claim's, and the threshold itself is no figure of the claim's share
  (never "6.5% conflicts with 64%");
- the claim's own threshold said again is the claim's, and a wrong share past it conflicts;
- against a mean change, a threshold people reached is no change of them all
  (tests/test_change_and_threshold.py)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "glycar-hba1c-target",
            "In GLYCAR, 64% of patients on glucoran 2 mg reached an HbA1c below 7.0% at week 52.",
            "{value: 64, unit: percent}",
            "GLYCAR, glucoran, HbA1c",
            "type 2 diabetes",
            group="[glucoran 2 mg]",
        ),
        valued_claim(
            "glycar-ldl-target",
            "In GLYCAR, 52% of patients on glucoran 2 mg reached an LDL cholesterol below 70 mg/dL.",
            "{value: 52, unit: percent}",
            "GLYCAR, glucoran, LDL cholesterol",
            "type 2 diabetes",
            group="[glucoran 2 mg]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "level", ("an HbA1c below 7.0%", "an HbA1c of 7% or less", "an HbA1c under 7%")
)
def test_the_claims_threshold_said_again_backs_the_share(lint_text, level):
    assert lint_text(f"In GLYCAR, 64% of patients on glucoran 2 mg reached {level}.") == {}
    assert lint_text(f"In GLYCAR, 58% of patients on glucoran 2 mg reached {level}.") == {
        "58%": ("CC101", "glycar-hba1c-target")
    }


@pytest.mark.parametrize(
    ("text", "threshold"),
    (
        (
            "In GLYCAR, 64% of patients on glucoran 2 mg reached an HbA1c of 6.5% or less.",
            "6.5% or less",
        ),
        ("In GLYCAR, 64% of patients on glucoran 2 mg got their HbA1c under 6.5%.", "under 6.5%"),
        ("In GLYCAR, 41% of those on glucoran 2 mg achieved an HbA1c below 6.5%.", "below 6.5%"),
        (
            "In GLYCAR, 52% of patients on glucoran 2 mg reached an LDL cholesterol below 55 mg/dL.",
            "below 55 mg/dL",
        ),
    ),
)
def test_another_threshold_is_another_outcome_not_a_wrong_share(lint_text, text, threshold):
    found = lint_text(text)
    share = text.split(", ")[1].split(" ")[0]
    assert found == {share: ("CC102", None), threshold: ("CC102", None)}, text


def test_a_threshold_of_another_level_is_another_outcome(lint_text):
    # the HbA1c claim states 64% too: the level, not the share, tells them apart
    found = lint_text(
        "In GLYCAR, 64% of patients on glucoran 2 mg reached a blood pressure below 130/80 mmHg."
    )
    assert found.get("64%") == ("CC102", None)
    assert lint_text(
        "In GLYCAR, 64% of patients on glucoran 2 mg reached an LDL-C below 70 mg/dL."
    ) == {"64%": ("CC101", "glycar-ldl-target")}
    assert (
        lint_text("In GLYCAR, 52% of patients on glucoran 2 mg reached an LDL-C below 70 mg/dL.")
        == {}
    )
