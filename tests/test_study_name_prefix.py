# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A study the clause names that the registry knows from its own claims is not a longer
study whose name it starts ("In ORCA-VTE, …" against a claim of ORCA-VTE Cancer, the
sub-study in patients with cancer): the figure is the named study's, never the sub-study's."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "orca-vte-recurrence",
            "In ORCA-VTE, recurrent venous thromboembolism occurred in 3.2% of patients on tesaban.",
            3.2,
            "tesaban, ORCA-VTE",
            "ORCA-VTE, recurrent venous thromboembolism",
        ),
        approved_claim(
            "orca-vte-cancer-bleeding",
            "In ORCA-VTE Cancer, major bleeding occurred in 6.9% of patients on tesaban.",
            6.9,
            "tesaban, ORCA-VTE Cancer",
            "ORCA-VTE Cancer, cancer, major bleeding",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_the_sub_studys_claim_is_its_own(lint_text):
    assert (
        lint_text("In ORCA-VTE Cancer, major bleeding occurred in 6.9% of patients on tesaban.")
        == {}
    )
    assert lint_text(
        "In ORCA-VTE Cancer, major bleeding occurred in 4.1% of patients on tesaban."
    ) == {"4.1%": ("CC101", "orca-vte-cancer-bleeding")}


def test_the_parent_study_is_not_the_sub_study(lint_text):
    assert lint_text("In ORCA-VTE, major bleeding occurred in 4.1% of patients on tesaban.") == {
        "4.1%": ("CC102", None)
    }
