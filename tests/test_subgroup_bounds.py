# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A threshold that splits a trial's patients in two (CONSORT: a subgroup analysis):

- the same number on the other side ("190 mg/dL or less" against the claim about "above 190
  mg/dL") is the other subgroup, so the figure is neither that claim's nor the whole trial's;
- the threshold or band itself ("among patients with an LDL cholesterol above 190 mg/dL",
  a table row "LDL 100–129 mg/dL") says whom the other figures count: no figure to back on
  its own (no CC102), as a dose naming an arm is not;
- a threshold that defines the outcome ("a fall in eGFR of at least 40%") is no subgroup:
  tests/test_composite_named_by_parts.py."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "corvex-primary-hr",
            "In CORVEX, the hazard ratio for the primary outcome with corvestatin against placebo was 0.76.",
            "{value: 0.76}",
            "corvestatin, CORVEX",
            "CORVEX, primary outcome, hazard ratio",
        ),
        valued_claim(
            "corvex-primary-hr-ldl-over-190",
            "In CORVEX, among patients with an LDL cholesterol above 190 mg/dL, the hazard ratio for the primary outcome with corvestatin against placebo was 0.64.",
            "{value: 0.64}",
            "corvestatin, CORVEX",
            "CORVEX, primary outcome, hazard ratio, LDL cholesterol",
        ),
        valued_claim(
            "corvex-events-ldl-100-129",
            "In CORVEX, among patients with an LDL cholesterol of 100 to 129 mg/dL, 7.9% had a primary outcome event.",
            "{value: 7.9, unit: percent}",
            "corvestatin, CORVEX",
            "CORVEX, primary outcome, LDL cholesterol",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)
lint_with_shares = figure_verdicts_fixture(
    REGISTRY
    + valued_claim(
        "corvex-events-statin",
        "In CORVEX, 6.2% of patients on corvestatin had a primary outcome event.",
        "{value: 6.2, unit: percent}",
        "corvestatin, CORVEX",
        "CORVEX, primary outcome",
        group="[corvestatin]",
    )
)


def test_the_other_side_of_a_threshold_is_another_subgroup(lint_text):
    for figure in ("0.64", "0.76", "0.71"):
        text = f"In CORVEX, among patients with an LDL cholesterol of 190 mg/dL or less, the hazard ratio for the primary outcome was {figure}."
        assert lint_text(text) == {figure: ("CC102", None)}, text


def test_the_same_side_is_still_judged(lint_text):
    assert (
        lint_text(
            "In CORVEX, among patients with an LDL cholesterol above 190 mg/dL, the hazard ratio for the primary outcome was 0.64."
        )
        == {}
    )
    assert lint_text(
        "In CORVEX, for patients whose LDL cholesterol was over 190 mg/dL, the hazard ratio for the primary outcome was 0.69."
    ) == {"0.69": ("CC101", "corvex-primary-hr-ldl-over-190")}


def test_a_subgroups_band_is_no_figure_to_back(lint_text):
    assert lint_text(
        "In CORVEX, among patients with an LDL cholesterol of 100 to 129 mg/dL, 9.4% had a primary outcome event."
    ) == {"9.4%": ("CC101", "corvex-events-ldl-100-129")}


def test_a_band_in_a_row_header_labels_its_row(lint_text):
    table = (
        "### CORVEX: primary outcome events by LDL cholesterol\n\n"
        "| LDL cholesterol | Events (%) |\n|---|---|\n| 100–129 mg/dL | 9.4 |\n"
    )
    assert lint_text(table) == {"9.4": ("CC101", "corvex-events-ldl-100-129")}


def test_a_level_in_per_cent_that_sets_a_subgroup_is_no_share_to_judge(lint_with_shares):
    # "below 1%" of a PD-L1 score or an ejection fraction is whom the ratio counts: never a
    # conflict with a share claim (6.2%), nor a figure to back
    for text in (
        "In CORVEX, for patients with an ejection fraction below 40%, the hazard ratio for the primary outcome was 0.52.",
        "Among CORVEX patients whose HbA1c was 7% or more, the hazard ratio for the primary outcome was 0.58.",
    ):
        found = lint_with_shares(text)
        assert not any(figure.endswith("%") for figure in found), (text, found)


def test_a_share_of_people_after_with_is_still_a_figure(lint_with_shares):
    assert lint_with_shares(
        "In CORVEX, with corvestatin, 9.9% of patients had a primary outcome event."
    ) == {"9.9%": ("CC101", "corvex-events-statin")}


def test_a_table_rows_band_below_the_claims_threshold_is_another_subgroup(lint_text):
    table = (
        "### CORVEX: corvestatin against placebo, by LDL cholesterol\n\n"
        "| LDL cholesterol | Hazard ratio |\n|---|---|\n"
        "| 130–190 mg/dL | {band} |\n| above 190 mg/dL | {over} |\n"
    )
    assert lint_text(table.format(band="0.71", over="0.64")) == {"0.71": ("CC102", None)}
    # the band's figure set against the above-190 claim would read as a wrong 0.64
    assert lint_text(table.format(band="0.69", over="0.64")) == {"0.69": ("CC102", None)}
    assert lint_text(table.format(band="0.71", over="0.61")) == {
        "0.71": ("CC102", None),
        "0.61": ("CC101", "corvex-primary-hr-ldl-over-190"),
    }
