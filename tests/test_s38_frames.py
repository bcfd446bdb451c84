"""Frames and matching fixes of session 38 (issue 12), in our own wording."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

SHARE_REGISTRY = "".join(
    (
        approved_claim(
            "glaucoma-undiagnosed",
            "About 50% of people with glaucoma do not know they have it.",
            50,
            "glaucoma",
            "undiagnosed, do not know, unaware",
        ),
        approved_claim(
            "glaucoma-treated",
            "Around 18% of people with glaucoma are being treated for it.",
            18,
            "glaucoma",
            "treated, treatment",
        ),
    )
)

lint_shares = figure_verdicts_fixture(SHARE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share in words, said again in digits in brackets after whom it counts: one
        # figure, judged with the words that follow the bracket
        ("Roughly half of people with glaucoma (50%) are unaware that they have it.", {}),
        ("Roughly half of people with glaucoma (50 per cent) are unaware they have it.", {}),
        ("About one in five people living with glaucoma (18%) are being treated for it.", {}),
        ("Nearly a fifth of people with glaucoma (18%) get treatment.", {}),
        # … still judged: the pair against the claim its words name
        (
            "Roughly a third of people with glaucoma (33%) are unaware that they have it.",
            {
                "Roughly a third": ("CC101", "glaucoma-undiagnosed"),
                "33%": ("CC101", "glaucoma-undiagnosed"),
            },
        ),
    ],
)
def test_a_share_said_again_in_brackets_is_one_figure(lint_shares, text, expected) -> None:
    assert lint_shares(text) == expected
