# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A trial of treatment lengths (IDEA: 3 against 6 months of chemotherapy; 7 against 14 days
of triple therapy) declares each arm by its length (``group: [3 months]``). The words of a
length are a figure's, so only the figure tells the arms apart: a clause stating a length
in the unit of a claim's group, and not that length, is another arm's ("… and 74.6% with 6
months" is never the 3-month arm's figure; the swap conflicts both ways). A change of length
("extending therapy from 7 to 14 days raised eradication from 72.9% to 81.9%") names both
arms, each end of the change its own."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "durato-dfs-3-months",
            "In DURATO, 3-year disease-free survival was 74.6% with 3 months of adjuvant chemotherapy.",
            "{value: 74.6, unit: percent}",
            "DURATO",
            "disease-free survival, adjuvant chemotherapy",
            group="[3 months]",
            timepoint="3 years",
        ),
        valued_claim(
            "durato-dfs-6-months",
            "In DURATO, 3-year disease-free survival was 75.5% with 6 months of adjuvant chemotherapy.",
            "{value: 75.5, unit: percent}",
            "DURATO",
            "disease-free survival, adjuvant chemotherapy",
            group="[6 months]",
            timepoint="3 years",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_each_length_is_its_arms_and_a_swap_conflicts(lint_text):
    text = "In DURATO, three-year disease-free survival was {a} with 3 months of adjuvant chemotherapy and {b} with 6 months."
    found = lint_text(text.format(a="74.6%", b="75.5%"))
    assert "74.6%" not in found and "75.5%" not in found, found
    assert lint_text(text.format(a="75.5%", b="74.6%")) == {
        "75.5%": ("CC101", "durato-dfs-3-months"),
        "74.6%": ("CC101", "durato-dfs-6-months"),
    }


def test_a_change_of_length_names_both_arms(lint_text):
    text = "In DURATO, extending adjuvant chemotherapy from 3 to 6 months raised three-year disease-free survival from {a} to {b}."
    # (the lengths themselves are no figure of either claim)
    found = lint_text(text.format(a="74.6%", b="75.5%"))
    assert "74.6%" not in found and "75.5%" not in found, found


def test_a_column_headed_by_another_length_is_another_arm(lint_text):
    table = (
        "### Three-year disease-free survival in DURATO, by length of chemotherapy\n\n"
        "| Patients | 3 months | 6 months |\n|---|---|---|\n"
        "| All patients | {three} | {six} |\n"
    )
    assert lint_text(table.format(three="74.6%", six="75.5%")) == {}
    assert lint_text(table.format(three="75.5%", six="74.6%")) == {
        "75.5%": ("CC101", "durato-dfs-3-months"),
        "74.6%": ("CC101", "durato-dfs-6-months"),
    }
