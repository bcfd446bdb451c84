# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A study named at the head of a sentence ("In VELA-DVT, …") frames every clause of it: the
second arm's figure ("… and 2.1% of those on standard therapy") is that study's arm, never
the same arm of a sister trial whose claim names it by the same words. A comparison's other
side may be a cohort outside the study ("…, against 26% of untreated babies in a natural-
history cohort"): the opener does not frame it."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim


def _arm(study: str, arm: str, value: float, group: str) -> str:
    return valued_claim(
        f"{study.lower()}-recurrence-{group}",
        f"In {study}, recurrent clots occurred in {value}% of patients on {arm}.",
        f"{{value: {value}, unit: percent}}",
        f"{arm}, {study}",
        f"{study}, recurrent clots",
        group=f"[{arm}]",
    )


REGISTRY = "".join(
    (
        _arm("VELA-DVT", "velaxaban", 2.1, "drug"),
        _arm("VELA-DVT", "standard therapy", 3.0, "standard"),
        _arm("VELA-PE", "velaxaban", 2.1, "drug"),
        _arm("VELA-PE", "standard therapy", 1.8, "standard"),
        valued_claim(
            "natural-history-clots",
            "In an untreated natural-history cohort, recurrent clots occurred in 26% of patients.",
            "{value: 26, unit: percent}",
            "recurrent clots",
            "natural history, untreated",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_the_study_opening_the_sentence_frames_its_second_arm(lint_text):
    assert (
        lint_text(
            "In VELA-DVT, recurrent clots occurred in 2.1% of patients on velaxaban and 3.0% of those on standard therapy."
        )
        == {}
    )
    # the swap: 1.8% is VELA-PE's standard arm, never this trial's
    assert lint_text(
        "In VELA-DVT, recurrent clots occurred in 3.0% of patients on velaxaban and 1.8% of those on standard therapy."
    ) == {
        "3.0%": ("CC101", "vela-dvt-recurrence-drug"),
        "1.8%": ("CC101", "vela-dvt-recurrence-standard"),
    }


def test_a_cohort_set_against_the_study_is_not_framed_by_it(lint_text):
    assert (
        lint_text(
            "In VELA-DVT, recurrent clots occurred in 2.1% of patients on velaxaban, against 26% of patients in an untreated natural-history cohort."
        )
        == {}
    )
