"""A sentence the next one denies asserts nothing (session 48): myth-busting pages state the
wrong figure and then say so ("Some sites say 50% of … That is not true.", "Do half of all …?
No."). CC101 there accused the page of the error it corrects. A next sentence that only limits
the figure ("This is not true for men.") or a question answered "Yes." denies nothing."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "fen-ague-adults-ruritania",
            "In Ruritania, fen ague affects 14% of adults over 60.",
            14,
            "fen ague",
            "Ruritania, adults, over 60",
        ),
        approved_claim(
            "corvalin-fen-ague-relapse",
            "Corvalin cuts the risk of a fen ague relapse by 41%.",
            41,
            "corvalin",
            "fen ague, relapse, relative risk reduction",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)
WRONG = {"60%": ("CC101", "fen-ague-adults-ruritania")}


@pytest.mark.parametrize(
    "text",
    [
        "You may read that fen ague affects 60% of adults over 60 in Ruritania. That is not true.",
        "Fen ague affects 60% of adults over 60 in Ruritania. This is a myth.",
        "Fen ague affects 60% of Ruritanian adults over 60. That's wrong: the share is far lower.",
        "Some leaflets say 60% of adults over 60 in Ruritania have fen ague.\n\nThis figure is "
        "out of date.",
        "An old poster claims fen ague affects 60% of adults over 60 in Ruritania. It isn't true.",
        "Does fen ague affect 60% of adults over 60 in Ruritania? No. Far fewer have it.",
        "Do 60% of Ruritanian adults over 60 have fen ague? Not quite, the true share is lower.",
        "Fen ague affects 60% of adults over 60 in Ruritania.\n\nFalse! It is far fewer.",
    ],
)
def test_a_figure_the_next_sentence_denies_gets_no_finding(lint_text, text: str) -> None:
    assert lint_text(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a limit, not a denial: the figure is still asserted for adults
        ("Fen ague affects 60% of adults over 60 in Ruritania. This is not true for men.", WRONG),
        ("Does fen ague affect 60% of adults over 60 in Ruritania? Yes.", WRONG),
        # the next sentence speaks of something else, or denies a later claim
        ("Fen ague affects 60% of adults over 60 in Ruritania. It is not contagious.", WRONG),
        (
            "Fen ague affects 60% of adults over 60 in Ruritania. The idea that it spreads by "
            "touch is false.",
            WRONG,
        ),
        (
            "Corvalin cuts the risk of a fen ague relapse by 70%. That is the finding of one "
            "trial.",
            {"70%": ("CC101", "corvalin-fen-ague-relapse")},
        ),
    ],
)
def test_a_next_sentence_that_does_not_deny_leaves_the_verdict(
    lint_text, text: str, expected: dict
) -> None:
    assert lint_text(text) == expected
