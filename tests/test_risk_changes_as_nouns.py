"""A relative change said by a noun after the figure, and a name's inner plural said singular
(issue 12, the workforce set): "a 23% rise in the odds of burnout" is the odds ratio 1.23, as
"raised the odds of burnout by 23%" is; "each additional patient per nurse" names the
registry's "patients per nurse"."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

STAFFING = _valued(
    "staffing-burnout-or",
    "In Freedonian hospitals, each additional patient per nurse was associated with a 23%"
    " increase in the odds of nurse burnout (odds ratio 1.23).",
    "{value: 1.23}",
    "patients per nurse, nurse staffing",
    "Freedonia, burnout, odds ratio",
) + _valued(
    "staffing-dissatisfaction-or",
    "In Freedonian hospitals, each additional patient per nurse was associated with a 15%"
    " increase in the odds of job dissatisfaction (odds ratio 1.15).",
    "{value: 1.15}",
    "patients per nurse, nurse staffing",
    "Freedonia, job dissatisfaction, odds ratio",
)
lint_staffing = figure_verdicts_fixture(STAFFING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Freedonia, each additional patient per nurse was linked to a 23% rise in the"
            " odds of burnout and a 15% rise in the odds of job dissatisfaction.",
            {},
        ),
        (
            "Every extra patient per nurse brought a 23% increase in the odds of burnout in"
            " Freedonian hospitals.",
            {},
        ),
        # swapped: each is the other outcome's conflict
        (
            "In Freedonia, each additional patient per nurse was linked to a 15% rise in the"
            " odds of burnout and a 23% rise in the odds of job dissatisfaction.",
            {
                "15%": ("CC101", "staffing-burnout-or"),
                "23%": ("CC101", "staffing-dissatisfaction-or"),
            },
        ),
        (
            "In Freedonian hospitals, one more patient per nurse meant a 32% jump in the odds"
            " of burnout.",
            {"32%": ("CC101", "staffing-burnout-or")},
        ),
        # the verb form, as before
        (
            "In Freedonia, each additional patient per nurse raised the odds of burnout by 23%.",
            {},
        ),
    ],
)
def test_a_change_in_the_odds_said_as_a_noun_is_a_ratio(lint_staffing, text, expected):
    assert lint_staffing(text) == expected
