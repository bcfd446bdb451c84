"""Look-back periods and whose share a statement gives (session 39, the breaker of session
38's rules).

``13.5% of US adults have ever been diagnosed with asthma`` was read as a share *of those
with asthma* (the people noun, then the sentence's own verb, then ``with``), so the right
lifetime figure was flagged and a wrong one was only "unsupported"; a draft's ``of adults are
currently living with …`` was misread the same way. ``have had it at some point`` (without
``in their lives``) was no lifetime, and ``right now`` said mid-sentence was no point
prevalence, so a past-year claim backed it."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

LOOK_BACK_REGISTRY = "".join(
    (
        approved_claim(
            "eczema-ever",
            "11.2% of Westland adults have ever been diagnosed with eczema.",
            11.2,
            "eczema, atopic dermatitis",
            "adults, Westland",
        ),
        approved_claim(
            "eczema-now",
            "4.6% of adults in Westland currently have eczema.",
            4.6,
            "eczema, atopic dermatitis",
            "adults, Westland",
        ),
        approved_claim(
            "panic-past-year",
            "About 2.7% of adults in Westland had panic disorder in the past year.",
            2.7,
            "panic disorder",
            "adults, Westland, past year",
        ),
    )
)

lint_look_back = figure_verdicts_fixture(LOOK_BACK_REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "About 11.2% of adults in Westland have ever been diagnosed with eczema.",
        "In Westland, 11.2% of adults have been told they have eczema at some point.",
        "Some 11.2% of Westland adults have had eczema at some point, and 4.6% still have it.",
        "In Westland, 4.6% of adults are currently living with eczema.",
        "Around 11.2% of adults in Westland have had eczema at some point in their lives.",
        "About 4.6% of adults in Westland are still living with eczema.",
    ],
)
def test_right_look_back_figures_pass(lint_look_back, text):
    assert lint_look_back(text) == {}


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # the lifetime and the current figures swapped
        (
            "In Westland, 4.6% of adults have ever been diagnosed with eczema.",
            "4.6%",
            "eczema-ever",
        ),
        ("Some 4.6% of Westland adults have had eczema at some point.", "Some 4.6%", "eczema-ever"),
        ("In Westland, 11.2% of adults are currently living with eczema.", "11.2%", "eczema-now"),
    ],
)
def test_swapped_look_back_figures_conflict(lint_look_back, text, figure, claim):
    assert lint_look_back(text)[figure] == ("CC101", claim)


@pytest.mark.parametrize(
    "text",
    [
        "About 2.7% of adults in Westland are living through panic disorder right now.",
        "In Westland, 2.7% of adults have panic disorder right now, the survey found.",
    ],
)
def test_a_past_year_claim_does_not_back_right_now(lint_look_back, text):
    code, _claim = lint_look_back(text)["2.7%" if "About" not in text else "About 2.7%"]
    assert code == "CC102"
