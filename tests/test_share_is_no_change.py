# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A figure written as a share of people ("71% of those offered it", "12% of adult smokers")
is a level, never the size of the relative change a claim states ("mortality fell by 31%
among those offered it"): the claim neither backs it nor accuses it. And a statement saying
who reported a change ("decreased appetite was reported by 4% of patients") states a share,
not a change."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "scope-mortality-cut",
            "In the screening trial, bowel cancer mortality fell by 31% among those offered a one-off scope.",
            31,
            "one-off scope, bowel scope",
            "bowel cancer, mortality, screening trial",
        ),
        approved_claim(
            "patch-quit-rate-gain",
            "Nicotine patches raised the odds of quitting by 64% compared with no patch.",
            64,
            "nicotine patches",
            "quitting, smokers",
        ),
        approved_claim(
            "zelotin-appetite",
            "In the zelotin trials, decreased appetite was reported by 4% of patients.",
            4,
            "zelotin",
            "appetite, trials",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_the_relative_change_is_backed_and_accused_as_before(lint_text):
    assert (
        lint_text("In the screening trial, the one-off scope cut bowel cancer mortality by 31%.")
        == {}
    )
    assert lint_text(
        "In the screening trial, the one-off scope cut bowel cancer mortality by 43%."
    ) == {"43%": ("CC101", "scope-mortality-cut")}


def test_a_share_of_people_is_no_figure_of_a_relative_change(lint_text):
    for draft, figure in (
        ("In the screening trial, 71% of those offered a one-off scope had it.", "71%"),
        ("In the screening trial, 12% of the adults offered a one-off scope declined it.", "12%"),
        ("Nicotine patches caused skin irritation in 38% of smokers who used them.", "38%"),
        ("About 20% of patients given nicotine patches stopped them within a week.", "About 20%"),
    ):
        found = lint_text(draft)
        assert found == {figure: ("CC102", None)}, draft


def test_a_change_reported_by_people_is_a_share(lint_text):
    assert lint_text("In the zelotin trials, 4% of patients reported decreased appetite.") == {}
    assert (
        lint_text("Decreased appetite was reported by 4% of patients in the zelotin trials.") == {}
    )
    # the statement states a share, so a share of people is its figure
    assert (
        lint_text(
            "In the zelotin trials, the drug lowered appetite in about 4% of the patients who took it."
        )
        == {}
    )
    assert lint_text("In the zelotin trials, 9% of patients reported decreased appetite.") == {
        "9%": ("CC101", "zelotin-appetite")
    }
