"""An arm named by its dose's rank (session 47): "the lower dose" of a trial with two doses is
its smaller dose's arm, "the higher dose" its larger one's. The words named no arm, so a
figure was judged against whichever dose's claim agreed with it: a swapped figure passed."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "zest-25",
            "In the ZEST trial, zemocept 25 mg cut attacks by 31%.",
            31,
            "zemocept, ZEST",
            "attacks, 25 mg",
            group="[zemocept 25 mg]",
        ),
        approved_claim(
            "zest-50",
            "In the ZEST trial, zemocept 50 mg cut attacks by 47%.",
            47,
            "zemocept, ZEST",
            "attacks, 50 mg",
            group="[zemocept 50 mg]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In ZEST, the lower dose of zemocept cut attacks by 31%.", {}),
        ("In ZEST, the higher dose of zemocept cut attacks by 47%.", {}),
        ("In ZEST, the lower dose of zemocept cut attacks by 47%.", {"47%": ("CC101", "zest-25")}),
        ("In ZEST, the higher dose of zemocept cut attacks by 31%.", {"31%": ("CC101", "zest-50")}),
    ],
)
def test_an_arm_named_by_its_dose_rank(lint_text, text, expected):
    assert lint_text(text) == expected
