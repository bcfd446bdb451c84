"""An estimate given to the digit against a source rounded to the thousand is overprecise,
not a conflict (session 39, held-out haemophilia set).

``An estimated 1,125,400 men`` against a statement's ``1,125,000``: the draft's
``estimated`` made it an approximate figure, and an approximate figure was never read as
finer than its source, so a figure that rounds to the source's was called a conflict."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = valued_claim(
    "copd-westland",
    "An estimated 2,340,000 adults in Westland live with COPD.",
    "{value: 2340000, unit: adults}",
    "COPD, chronic obstructive pulmonary disease",
    "Westland, adults",
)

lint_counts = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "code"),
    [
        (
            "An estimated 2,341,600 adults in Westland live with COPD.",
            "An estimated 2,341,600 adults",
            "CC103",
        ),
        (
            "Some 2,338,200 adults in Westland are living with COPD.",
            "Some 2,338,200 adults",
            "CC103",
        ),
        ("Roughly 2,339,900 adults in Westland have COPD.", "Roughly 2,339,900 adults", "CC103"),
        # … while one that rounds elsewhere is still a conflict
        (
            "An estimated 2,362,400 adults in Westland live with COPD.",
            "An estimated 2,362,400 adults",
            "CC101",
        ),
    ],
)
def test_an_estimate_to_the_digit_is_overprecise(lint_counts, text, figure, code):
    assert lint_counts(text)[figure][0] == code
