"""A projection for a year to come is no figure of a claim about how things are (session 47):
"By 2030, marsh fever is expected to affect 15% of adults" against the claim that it affects
9% now was accused of differing from it. A forecast is not today's figure, however the two
compare: CC102, naming the claim as the closest. A claim that projects too, or names such a
year, is judged as before."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "marsh-now",
            "Marsh fever affects about 9% of adults in Freedonia.",
            9,
            "marsh fever",
            "Freedonia, adults, prevalence",
        ),
        approved_claim(
            "swamp-2040",
            "Swamp cough is projected to affect 12% of adults in Freedonia by 2040.",
            12,
            "swamp cough",
            "Freedonia, adults, projection",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 2035, marsh fever is expected to affect 15% of adults in Freedonia.",
            {"15%": ("CC102", None)},
        ),
        (
            "Marsh fever will affect 15% of adults in Freedonia by 2035.",
            {"15%": ("CC102", None)},
        ),
        # how things are: judged as before
        (
            "Marsh fever affects about 15% of adults in Freedonia.",
            {"about 15%": ("CC101", "marsh-now")},
        ),
        # a claim that projects: judged as before
        ("Swamp cough will affect 12% of adults in Freedonia by 2040.", {}),
        (
            "Swamp cough will affect 20% of adults in Freedonia by 2040.",
            {"20%": ("CC101", "swamp-2040")},
        ),
    ],
)
def test_a_projection_is_not_how_things_are(lint_text, text, expected):
    assert lint_text(text) == expected
