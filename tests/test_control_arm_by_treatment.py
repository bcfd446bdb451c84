# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""An add-on trial's control arm named by what its people stayed on. In a trial of drug K plus
hormone therapy against hormone therapy alone, pages write "with hormone therapy alone", "on
the physician's choice of chemotherapy", "with chemotherapy": no "placebo" or "control", yet
the claims about that arm declare it (``group: [control]``, ``group: [comparator]``). The
clause names the control arm when the treatment it says is, among the candidates, only
control-arm claims' (their context's "hormone therapy alone", or their statement's
treatment), on the figure's side of any comparison ("saved £34 compared with best practice"
is not the best-practice arm's). A figure of the drug arm, and a swap, are judged as before."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "kestrel-dfs-drug",
            "In KESTREL, the 4-year disease-free survival rate was 86.2% with korlisib plus hormone therapy.",
            "{value: 86.2, unit: percent}",
            "korlisib, KESTREL",
            "disease-free survival, early breast cancer, adjuvant, hormone therapy",
            group="[korlisib]",
            timepoint="4 years",
        ),
        valued_claim(
            "kestrel-dfs-control",
            "In KESTREL, the 4-year disease-free survival rate was 79.5% with hormone therapy alone.",
            "{value: 79.5, unit: percent}",
            "KESTREL",
            "disease-free survival, early breast cancer, hormone therapy alone",
            group="[control]",
            timepoint="4 years",
        ),
        valued_claim(
            "kestrel-dfs-hr",
            "In KESTREL, the hazard ratio for disease recurrence or death with korlisib plus hormone therapy against hormone therapy alone was 0.68.",
            "{value: 0.68}",
            "korlisib, KESTREL",
            "disease-free survival, hazard ratio, hormone therapy alone",
        ),
        valued_claim(
            "osprey-pfs-drug",
            "In OSPREY, median progression-free survival was 9.6 months with velantuzumab.",
            "{value: 9.6, unit: months}",
            "velantuzumab, OSPREY",
            "progression-free survival, median, metastatic breast cancer",
        ),
        valued_claim(
            "osprey-pfs-chemo",
            "In OSPREY, median progression-free survival was 4.9 months with the physician's choice of chemotherapy.",
            "{value: 4.9, unit: months}",
            "velantuzumab, OSPREY",
            "progression-free survival, median, chemotherapy, physician's choice",
            group="[comparator]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_the_arm_said_as_a_treatment_alone_is_the_control_arms(lint_text):
    assert (
        lint_text(
            "With hormone therapy alone, four-year disease-free survival in KESTREL was 79.5%."
        )
        == {}
    )
    assert lint_text(
        "In KESTREL, 81.0% of women taking hormone therapy alone were free of disease at four years."
    ) == {"81.0%": ("CC101", "kestrel-dfs-control")}


def test_a_swap_between_the_add_on_and_the_alone_arm(lint_text):
    found = lint_text(
        "In KESTREL, four-year disease-free survival was 79.5% with korlisib plus hormone therapy and 86.2% with hormone therapy alone."
    )
    assert found == {
        "79.5%": ("CC101", "kestrel-dfs-drug"),
        "86.2%": ("CC101", "kestrel-dfs-control"),
    }


def test_the_physicians_choice_and_a_bare_chemotherapy_are_the_comparator(lint_text):
    assert (
        lint_text(
            "In OSPREY, median progression-free survival was 9.6 months with velantuzumab versus 4.9 months with physician's choice chemotherapy."
        )
        == {}
    )
    assert (
        lint_text(
            "In OSPREY, median progression-free survival roughly doubled, from about 5 months with chemotherapy to 9.6 months with velantuzumab."
        )
        == {}
    )
    assert lint_text(
        "In OSPREY, those given the physician's choice of chemotherapy had a median progression-free survival of 9.6 months."
    ) == {"9.6 months": ("CC101", "osprey-pfs-chemo")}


def test_the_control_arm_said_in_so_many_words(lint_text):
    assert lint_text(
        "In the control arm of KESTREL, the four-year disease-free survival rate reached 86.2%."
    ) == {"86.2%": ("CC101", "kestrel-dfs-control")}


def test_usual_care_alone_is_the_arm_not_a_background(lint_text):
    # "with usual care" may be what a treatment is added to; "with usual care alone" is the
    # control arm itself
    assert (
        lint_text("In KESTREL, four-year disease-free survival with standard care alone was 79.5%.")
        == {}
    )
    assert lint_text(
        "In KESTREL, four-year disease-free survival with usual care alone was 84.0%."
    ) == {"84.0%": ("CC101", "kestrel-dfs-control")}


def test_alone_said_as_by_itself_or_on_its_own(lint_text):
    for alone in ("hormone therapy by itself", "hormone therapy on its own"):
        assert (
            lint_text(
                f"In KESTREL, four-year disease-free survival was 86.2% with korlisib plus hormone therapy, as opposed to 79.5% with {alone}."
            )
            == {}
        ), alone
        assert lint_text(
            f"In KESTREL, four-year disease-free survival was 86.2% with korlisib plus hormone therapy, as opposed to 81.0% with {alone}."
        ) == {"81.0%": ("CC101", "kestrel-dfs-control")}, alone


def test_a_column_headed_by_the_control_arm_is_its_though_the_row_names_the_drug(lint_text):
    table = (
        "### Disease-free survival in KESTREL\n\n"
        "| Trial | Korlisib plus hormone therapy | Hormone therapy alone |\n|---|---|---|\n"
        "| KESTREL (korlisib), at 4 years | {drug} | {control} |\n"
    )
    assert lint_text(table.format(drug="86.2%", control="79.5%")) == {}
    assert lint_text(table.format(drug="86.2%", control="80.5%")) == {
        "80.5%": ("CC101", "kestrel-dfs-control")
    }
