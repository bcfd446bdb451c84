"""Half a step off a source's bound or coarsely written figure (session 41): a draft bound
half a step from the source's bound on the same side, and a point half a step from a value
the source writes with trailing zeros that say no digit ("2,000 mg"), are figures of their
own: conflicts, not the source's figure said more precisely (CC103)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

BOUNDS = "".join(
    (
        valued_claim(
            "velodine-max-daily",
            "The maximum daily dose of velodine for adults is 3 mg.",
            "{high: 3, unit: mg}",
            "velodine",
            "maximum dose, adults, daily",
        ),
        valued_claim(
            "glucose-threshold",
            "Fasting plasma glucose of 7 mmol/L or above is the Freedonia threshold for diabetes.",
            "{low: 7, unit: mmol/L}",
            "fasting plasma glucose",
            "threshold, diabetes, Freedonia",
        ),
        valued_claim(
            "quorabine-course-total",
            "Quorabine is given as a course totalling 2,000 mg for adults with condition X.",
            "{value: 2000, unit: mg}",
            "quorabine",
            "course total, condition X, adults",
        ),
    )
)
lint_text = figure_verdicts_fixture(BOUNDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The maximum daily dose of velodine for adults is 2.5 mg.",
            {
                "maximum daily dose of velodine for adults is 2.5 mg": (
                    "CC101",
                    "velodine-max-daily",
                )
            },
        ),
        (
            "Adults should take no more than 3.5 mg of velodine a day.",
            {"no more than 3.5 mg": ("CC101", "velodine-max-daily")},
        ),
        (
            "In Freedonia, diabetes is diagnosed at a fasting plasma glucose of 6.5 mmol/L or"
            " above.",
            {"6.5 mmol/L or above": ("CC101", "glucose-threshold")},
        ),
        (
            "For adults with condition X, quorabine is given as a course totalling 1,500 mg.",
            {"1,500 mg": ("CC101", "quorabine-course-total")},
        ),
        # the source's own figures stay supported
        ("The maximum daily dose of velodine for adults is 3 mg.", {}),
        ("In Freedonia, a fasting plasma glucose of 7 mmol/L or above means diabetes.", {}),
    ],
)
def test_half_a_step_off_a_bound_or_coarse_figure_is_a_conflict(lint_text, text, expected):
    assert lint_text(text) == expected
