"""The control arm in a page's own words (session 46): "a dummy infusion", "the dummy
cream", "an inactive gel", "plain base cream", "normal care", "usual treatment" name the
placebo, vehicle or usual-care arm as "placebo" does. The figure said of them was judged
against the active arm's claim, so a right one was accused and a swap passed."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "glow-drug",
            "In the GLOW-3 trial, 38% of patients using lumiderm cream had clear skin at week 12.",
            38,
            "GLOW-3 trial, GLOW-3",
            "lumiderm, clear skin",
            group="[lumiderm]",
        ),
        approved_claim(
            "glow-vehicle",
            "In the GLOW-3 trial, 11% of patients using vehicle cream had clear skin at week 12.",
            11,
            "GLOW-3 trial, GLOW-3",
            "lumiderm, clear skin",
            group="[vehicle]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize("control", ["the dummy cream", "a plain base cream", "an inactive gel"])
def test_lay_names_of_the_control_arm(lint_text, control):
    right = (
        f"In GLOW-3, 38% of patients using lumiderm had clear skin at week 12, against 11% of "
        f"those using {control}."
    )
    swapped = right.replace("38%", "XX").replace("11%", "38%").replace("XX", "11%")
    assert lint_text(right) == {}
    assert lint_text(swapped) == {
        "11%": ("CC101", "glow-drug"),
        "38%": ("CC101", "glow-vehicle"),
    }
