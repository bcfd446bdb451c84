# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""The verbs a writer frames a figure with ("recommends", "asked", "including", "counted",
"began", "puts") say nothing of what it measures: a wrong figure so framed is still a
conflict with the claim its words name, not an unsupported figure."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "guideline-vitamin-d-adults",
            "Public health guidance is that adults take 10 micrograms of vitamin D a day in autumn and winter.",
            "{value: 10, unit: µg}",
            "vitamin D",
            "adults, daily, autumn and winter",
        ),
        valued_claim(
            "shingles-cases-us",
            "About 1 million people in the United States get shingles each year.",
            "{value: 1000000, unit: people}",
            "shingles",
            "United States, each year",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_wrong_figure_framed_by_a_light_verb_is_a_conflict(lint_text):
    assert lint_text(
        "The guidance recommends that adults take 25 micrograms of vitamin D a day in autumn and winter."
    ) == {"25 micrograms": ("CC101", "guideline-vitamin-d-adults")}
    assert lint_text(
        "Counted across the United States and including all ages, about 3 million people get shingles each year."
    ) == {"about 3 million people": ("CC101", "shingles-cases-us")}


def test_the_right_figure_so_framed_is_supported(lint_text):
    assert (
        lint_text(
            "The guidance recommends that adults take 10 micrograms of vitamin D a day in autumn and winter."
        )
        == {}
    )
    assert (
        lint_text(
            "Counted across the United States and including all ages, about 1 million people get shingles each year."
        )
        == {}
    )
