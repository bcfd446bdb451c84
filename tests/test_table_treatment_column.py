# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A table column headed by the control arm's treatment alone ("Chemotherapy", beside the
column of the trial's drug) is the control arm's: its cells are judged against the claims
whose statement says that treatment and whose group is the comparator, as "with
chemotherapy" says it in prose."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim


def _arm(ident: str, outcome: str, value: float, arm: str, **more: str) -> str:
    return valued_claim(
        ident,
        f"In VESTA-2, median {outcome} was {value} months with {arm}.",
        f"{{value: {value}, unit: months}}",
        "torvalimab, torvalimab plus cisplatin, VESTA-2",
        f"VESTA-2, {outcome}, median",
        **more,
    )


REGISTRY = "".join(
    (
        _arm("vesta-os-drug", "overall survival", 24.6, "torvalimab plus cisplatin"),
        _arm(
            "vesta-os-chemo",
            "overall survival",
            13.9,
            "docetaxel chemotherapy",
            group="[comparator]",
        ),
        _arm("vesta-pfs-drug", "progression-free survival", 9.8, "torvalimab plus cisplatin"),
        _arm(
            "vesta-pfs-chemo",
            "progression-free survival",
            4.1,
            "docetaxel chemotherapy",
            group="[comparator]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """\
### VESTA-2: median survival, months

| Outcome | Torvalimab + cisplatin | Chemotherapy |
|---|---|---|
| Overall survival | {os_drug} | {os_chemo} |
| Progression-free survival | {pfs_drug} | {pfs_chemo} |
"""


def test_the_control_arms_column_is_its_claims(lint_text):
    assert (
        lint_text(TABLE.format(os_drug="24.6", os_chemo="13.9", pfs_drug="9.8", pfs_chemo="4.1"))
        == {}
    )


def test_swapped_cells_are_conflicts_with_their_own_arms_claims(lint_text):
    assert lint_text(
        TABLE.format(os_drug="24.6", os_chemo="13.9", pfs_drug="4.1", pfs_chemo="9.8")
    ) == {
        "4.1": ("CC101", "vesta-pfs-drug"),
        "9.8": ("CC101", "vesta-pfs-chemo"),
    }
