# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A page may restate a claim in its own words without naming its subject (a paraphrase),
but not while naming another subject of the registry: "In ORION-2, the number needed to
treat to prevent one event was 21" says nothing of the ORION-1 claim whose statement has the
same 21, though its words are close."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = valued_claim(
    "orion1-nnt",
    "In ORION-1, 21 patients needed to be treated with velastat instead of placebo to prevent one primary outcome event (number needed to treat 21).",
    "{value: 21}",
    "velastat, ORION-1",
    "number needed to treat, NNT, primary outcome",
) + valued_claim(
    "orion2-hr",
    "In ORION-2, the hazard ratio for the primary outcome with corlastat against placebo was 0.74.",
    "{value: 0.74}",
    "corlastat, ORION-2",
    "primary outcome, hazard ratio",
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_another_named_study_is_no_paraphrase(lint_text):
    assert lint_text(
        "In ORION-2, the number needed to treat to prevent one primary outcome event was 21."
    ) == {"21": ("CC102", None)}


def test_the_claim_said_in_other_words_is_still_backed(lint_text):
    assert (
        lint_text(
            "In ORION-1, the number needed to treat with velastat to prevent one primary outcome event was 21."
        )
        == {}
    )
