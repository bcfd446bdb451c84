# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A precise figure stated exactly as a source gives it names that source, unless the
figure's own clause names another candidate's subject and not that claim's: "Test A
detected 71.4% …, while test B detected 88.6%" swaps the two tests' figures, and each is a
conflict with its own test's claim, however exact."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "orbis-sens-breath",
            "In the ORBIS study, the volatile organic compound breath test (Breathex) detected gastric cancer with a sensitivity of 88.6%.",
            88.6,
            "Breathex, volatile organic compound breath test, VOC breath test",
            "ORBIS, Hanna, sensitivity, gastric cancer, stomach cancer",
        ),
        approved_claim(
            "orbis-sens-pg",
            "In the ORBIS study of Breathex, PG detected gastric cancer with a sensitivity of 71.4%.",
            71.4,
            "PG, pepsinogen test, serum pepsinogen test",
            "ORBIS, Hanna, sensitivity, gastric cancer, stomach cancer",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_each_tests_own_figure_is_backed(lint_text):
    assert (
        lint_text(
            "In the ORBIS study, Breathex detected 88.6% of gastric cancers while PG detected 71.4%."
        )
        == {}
    )


def test_swapped_exact_figures_are_conflicts_with_their_own_tests_claims(lint_text):
    assert lint_text(
        "In the ORBIS study, Breathex detected 71.4% of gastric cancers while PG detected 88.6%."
    ) == {
        "71.4%": ("CC101", "orbis-sens-breath"),
        "88.6%": ("CC101", "orbis-sens-pg"),
    }
