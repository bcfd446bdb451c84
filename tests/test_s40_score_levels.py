"""A score set to one level with ``=`` (``DLQI = 0``) is another outcome than the same score
under a bound (``DLQI ≤ 1``), though those at the level are a part of those under the bound
(session 40, held-out urticaria set): swapped cells of a table whose columns are the two
outcomes passed as each other's claims."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "dermab-dlqi-zero",
            "In SKIN-4, 31% of patients on dermab had a DLQI of 0 (no effect on quality of "
            "life) at week 16.",
            31,
            "SKIN-4",
            "dermab, DLQI = 0, DLQI of 0, no effect on quality of life",
            timepoint="16 weeks",
        ),
        approved_claim(
            "dermab-dlqi-low",
            "In SKIN-4, 58% of patients on dermab had a DLQI ≤ 1 at week 16.",
            58,
            "SKIN-4",
            "dermab, DLQI ≤ 1, DLQI of 1 or less",
            timepoint="16 weeks",
        ),
    )
)

lint_levels = figure_verdicts_fixture(REGISTRY)

TABLE = """\
### SKIN-4 at week 16

| Arm | DLQI = 0 | DLQI ≤ 1 |
|---|---|---|
| Dermab | {zero} | {low} |
"""


@pytest.mark.parametrize(
    ("zero", "low", "expected"),
    [
        ("31%", "58%", {}),
        # swapped: each cell is its own column's claim's wrong figure
        (
            "58%",
            "31%",
            {"58%": ("CC101", "dermab-dlqi-zero"), "31%": ("CC101", "dermab-dlqi-low")},
        ),
    ],
)
def test_a_score_at_one_level_is_not_the_claim_of_a_bound_on_it(lint_levels, zero, low, expected):
    assert lint_levels(TABLE.format(zero=zero, low=low)) == expected


def test_a_scores_bound_in_brackets_takes_no_share_unit(lint_levels):
    # "(DLQI ≤ 1)" is the outcome's threshold, stated by the claim: never a wrong share of 58%
    assert (
        lint_levels("In SKIN-4, 58% of patients on dermab had a low score (DLQI ≤ 1) at week 16.")
        == {}
    )


CARRIED = "".join(
    (
        approved_claim(
            "wave-1-drug",
            "In WAVE-1, 44% of patients on rexamab were itch-free at week 12.",
            44,
            "WAVE-1",
            "rexamab, itch-free",
        ),
        approved_claim(
            "wave-1-placebo",
            "In WAVE-1, 12% of patients on placebo were itch-free at week 12.",
            12,
            "WAVE-1",
            "placebo, itch-free",
            group="[placebo]",
        ),
        approved_claim(
            "wave-2-drug",
            "In WAVE-2, 41% of patients on rexamab were itch-free at week 12.",
            41,
            "WAVE-2",
            "rexamab, itch-free",
        ),
        approved_claim(
            "wave-2-placebo",
            "In WAVE-2, 15% of patients on placebo were itch-free at week 12.",
            15,
            "WAVE-2",
            "placebo, itch-free",
            group="[placebo]",
        ),
    )
)
lint_carried = figure_verdicts_fixture(CARRIED)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("15%", {}),
        ("9%", {"9%": ("CC101", "wave-2-placebo")}),
    ],
)
def test_figures_given_again_keep_the_arms_of_the_sentence_before(lint_carried, second, expected):
    found = lint_carried(
        "In WAVE-1, 44% of patients on rexamab were itch-free at week 12, versus 12% on "
        f"placebo. In WAVE-2, the figures were 41% and {second}."
    )
    assert {k: v for k, v in found.items() if k != "41%"} == expected
