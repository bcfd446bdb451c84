# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""Bleeding is a trial's safety outcome, never its efficacy outcome (ISTH's major bleeding
definition): "major bleeding in 1.1% of patients on velaxaban" is no figure of the claim
about recurrent thrombosis in 1.1% of them, neither backed nor accused by it, and the
bleeding claim judges it. A haemorrhagic stroke is a kind of stroke, no bleeding outcome."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = valued_claim(
    "vela-recurrence-drug",
    "In VELA-VTE, recurrent venous thromboembolism occurred in 2.3% of patients on velaxaban.",
    "{value: 2.3, unit: percent}",
    "velaxaban, VELA-VTE",
    "recurrent venous thromboembolism, recurrence",
    group="[velaxaban]",
) + valued_claim(
    "vela-bleeding-drug",
    "In VELA-VTE, major bleeding occurred in 1.1% of patients on velaxaban.",
    "{value: 1.1, unit: percent}",
    "velaxaban, VELA-VTE",
    "major bleeding",
    group="[velaxaban]",
)

REGISTRY += valued_claim(
    "vela-recurrence-warfarin",
    "In VELA-VTE, recurrent venous thromboembolism occurred in 2.7% of patients on warfarin.",
    "{value: 2.7, unit: percent}",
    "velaxaban, VELA-VTE",
    "recurrent venous thromboembolism, recurrence, warfarin",
    group="[comparator]",
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_bleeding_is_judged_by_the_bleeding_claim(lint_text):
    assert lint_text("In VELA-VTE, major bleeding occurred in 1.1% of patients on velaxaban.") == {}
    assert lint_text("In VELA-VTE, 2.3% of patients on velaxaban had a major bleed.") == {
        "2.3%": ("CC101", "vela-bleeding-drug")
    }


def test_a_bleeding_figure_is_no_recurrence_figure(lint_text):
    # a clinically relevant non-major bleed: no claim holds it, and the recurrence claim's
    # equal 2.3% neither backs it nor accuses it
    found = lint_text(
        "In VELA-VTE, clinically relevant bleeding that was not major affected 2.3% of patients on velaxaban."
    )
    assert ("CC101", "vela-recurrence-drug") not in found.values()
    assert found.get("2.3%", (None, None))[1] != "vela-recurrence-drug"


def test_a_bleeding_figure_of_an_arm_no_bleeding_claim_holds_is_unbacked(lint_text):
    # the warfarin arm's bleeding: no claim holds it; its recurrence claim (2.7%) never
    # accuses it
    assert lint_text("In VELA-VTE, major bleeding occurred in 1.9% of those on warfarin.") == {
        "1.9%": ("CC102", None)
    }
