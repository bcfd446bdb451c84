# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A table column headed by a regimen's steps or alternatives ("Heparin then warfarin or
VKA") is the arm its claim declares (``group: [warfarin]``): the header's other drugs say the
same arm, so its cells are judged (a wrong figure conflicts) instead of being left unbacked
for words the claim does not use. A header of one drug with its dose and schedule
("Dupilumab 300 mg weekly") keeps its words."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "kestra-recurrence-drug",
            "In KESTRA, recurrent clots occurred in 3.2% of patients on velaxaban.",
            "{value: 3.2, unit: percent}",
            "velaxaban, KESTRA",
            "KESTRA, recurrent clots",
            group="[velaxaban]",
        ),
        valued_claim(
            "kestra-recurrence-warfarin",
            "In KESTRA, recurrent clots occurred in 3.5% of patients on warfarin.",
            "{value: 3.5, unit: percent}",
            "warfarin, KESTRA",
            "KESTRA, recurrent clots",
            group="[warfarin]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = (
    "### Recurrent clots in KESTRA\n\n"
    "| Trial | Velaxaban arm | Enoxaparin then warfarin or another vitamin K antagonist |\n|---|---|---|\n"
    "| KESTRA | {drug} | {control} |\n"
)


def test_a_regimen_header_names_its_arm(lint_text):
    assert lint_text(TABLE.format(drug="3.2%", control="3.5%")) == {}
    assert lint_text(TABLE.format(drug="3.2%", control="3.9%")) == {
        "3.9%": ("CC101", "kestra-recurrence-warfarin")
    }
