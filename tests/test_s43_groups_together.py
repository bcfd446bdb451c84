"""A figure said of both sexes at once is each sex's (session 43): "men and women alike",
"5.9% of both men and women" is judged against the other sex's claim too, so the claim it
backs does not clear it of the one it contradicts. A sentence that sets one sex against the
other, or pairs figures with the sexes one by one, is left to the frames."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

SEXES = "".join(
    (
        approved_claim(
            "gout-men",
            "In Freedonia, 5.9% of men have gout.",
            5.9,
            "gout",
            "Freedonia, prevalence",
            group="[men]",
        ),
        approved_claim(
            "gout-women",
            "In Freedonia, 2.0% of women have gout.",
            2.0,
            "gout",
            "Freedonia, prevalence",
            group="[women]",
        ),
    )
)
lint_sexes = figure_verdicts_fixture(SEXES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Freedonia, men and women alike have gout at a rate of 5.9%.",
            {"5.9%": ("CC101", "gout-women")},
        ),
        (
            "In Freedonia, 5.9% of both men and women have gout.",
            {"5.9%": ("CC101", "gout-women")},
        ),
        (
            "In Freedonia, gout affects women and men equally, about 2.0% of each.",
            {"about 2.0%": ("CC101", "gout-men")},
        ),
        # each sex with its own figure, or set against the other
        ("In Freedonia, 5.9% of men and 2.0% of women have gout.", {}),
        ("In Freedonia, gout is more common in men than in women: 5.9% against 2.0%.", {}),
        ("In Freedonia, men and women have gout at 5.9% and 2.0%, respectively.", {}),
    ],
)
def test_figure_said_of_both_sexes(lint_sexes, text, expected):
    assert lint_sexes(text) == expected
