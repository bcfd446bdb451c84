# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A figure said of everyone a study counted ("across all patients in the trial") is not the
figure of a claim whose statement opens with the subgroup it is about ("In patients with
better lung function, …"): neither backed nor accused, and the message says why."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture, lint_output

SUBGROUP = approved_claim(
    "hfnc-subgroup-gain",
    "In patients with preserved lung function, home oxygen prolonged median survival by 11%.",
    11,
    "home oxygen",
    "survival, lung function",
)

lint_text = figure_verdicts_fixture(SUBGROUP)


def test_the_subgroups_own_figure_is_still_judged(lint_text):
    assert (
        lint_text(
            "In patients with preserved lung function, home oxygen prolonged median survival by 11%."
        )
        == {}
    )
    assert lint_text(
        "In patients with preserved lung function, home oxygen prolonged median survival by 19%."
    ) == {"19%": ("CC101", "hfnc-subgroup-gain")}


def test_all_patients_are_not_the_subgroup(lint_text, tmp_path):
    assert lint_text(
        "Across all patients in the trial, home oxygen prolonged median survival by 19%."
    ) == {"19%": ("CC102", None)}
    said = lint_output(
        tmp_path,
        SUBGROUP,
        "Across all patients in the trial, home oxygen prolonged median survival by 19%.",
    )
    assert (
        "it is about a subgroup (patients with preserved lung function), the figure about all of them"
        in said
    )
