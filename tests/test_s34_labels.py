"""Numbered response thresholds (issue 12, session 34), in our own wording: a threshold
with a three-digit number after a space (``PASI 100``) is a numbered label as ``PASI 90`` is,
so a figure said of one is never the other's claim; and a label the sentence says once
outside the figure's clause (``… 38.1% of patients on drug K every two weeks reached PASI 90``,
where the clause ends before it) is the figure's, beside the trial's own number."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "glade2-kelumab-pasi100-week12",
            "In GLADE-2, 41.2% of patients given kelumab every two weeks reached PASI 100 at"
            " week 12.",
            41.2,
            "kelumab, GLADE-2",
            "GLADE-2, PASI 100, every two weeks",
            timepoint="week 12",
        ),
        approved_claim(
            "glade2-kelumab-pasi75-week12",
            "In GLADE-2, 87.5% of patients given kelumab every two weeks reached PASI 75 at"
            " week 12.",
            87.5,
            "kelumab, GLADE-2",
            "GLADE-2, PASI 75, every two weeks",
            timepoint="week 12",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In GLADE-2, 41.2% of patients on kelumab every two weeks reached PASI 100 at week 12.",
         {}),
        ("In GLADE-2, 44.0% of patients on kelumab every two weeks reached PASI 100 at week 12.",
         {"44.0%": ("CC101", "glade2-kelumab-pasi100-week12")}),
        # PASI 90 is neither claim's threshold: no claim backs it, none is accused
        ("In GLADE-2, 41.2% of patients on kelumab, given every fortnight, reached PASI 90 at"
         " week 12.", {"41.2%": ("CC102", None)}),
        ("At week 12 of GLADE-2, 60.3% of kelumab patients reached PASI 90.",
         {"60.3%": ("CC102", None)}),
    ],
)  # fmt: skip
def test_a_response_threshold_is_its_own_outcome(lint_text, text, expected):
    assert lint_text(text) == expected
