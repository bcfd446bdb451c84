# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A figure said "without" the treatment the other arm's claims are about ("… and 41% without
maintenance", "… without the booster") is the control arm's, whose claim declares
``group: [control]`` and says the treatment's absence in its own words ("no maintenance",
"primary series only")."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "corvax-booster-protection",
            "In the CORVA trial, the CORVA vaccine's protection against hospital admission at 12 months was 82% with the booster dose.",
            82,
            "CORVA vaccine, booster dose",
            "CORVA, protection, 12 months",
        ),
        approved_claim(
            "corvax-primary-only-protection",
            "In the CORVA trial, the CORVA vaccine's protection against hospital admission at 12 months was 54% after the primary series only.",
            54,
            "CORVA vaccine",
            "CORVA, primary series only, protection, 12 months",
            group="[control]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_the_figure_without_the_treatment_is_the_control_arms(lint_text):
    text = "In the CORVA trial, the CORVA vaccine's protection against hospital admission at 12 months was {a}% with the booster dose and {b}% without the booster."
    assert lint_text(text.format(a=82, b=54)) == {}
    assert lint_text(text.format(a=54, b=82)) == {
        "54%": ("CC101", "corvax-booster-protection"),
        "82%": ("CC101", "corvax-primary-only-protection"),
    }


def test_said_first_it_is_still_the_control_arms(lint_text):
    text = "In the CORVA trial, the CORVA vaccine's protection against hospital admission at 12 months was {b}% without the booster and {a}% with the booster dose."
    assert lint_text(text.format(a=82, b=54)) == {}
