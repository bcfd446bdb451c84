# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""The size of a change in any unit ("rose by 1.1 per 100,000", "added 4 months to median
survival", "cut systolic pressure by 6 mmHg") is never the level a claim states, nor is a
relative change the level a claim says a change reached ("lowered the rate to 44.8%"): such
a claim neither backs nor accuses it. Money is the exception: what an infection "adds" to a
hospital's costs is what it costs."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "gout-prevalence-2016",
            "In 2016, the prevalence of gout in Freedonia was 3.9 per 100 adults.",
            "{value: 3.9, unit: per 100 adults}",
            "gout",
            "Freedonia, prevalence",
        ),
        valued_claim(
            "zelumab-median-os",
            "In the ZEL-3 trial, median overall survival was 18.2 months with zelumab.",
            "{value: 18.2, unit: months}",
            "zelumab",
            "ZEL-3, overall survival",
        ),
        valued_claim(
            "ward-sbp-level",
            "In the ward study, mean systolic blood pressure was 128 mmHg after the salt programme.",
            "{value: 128, unit: mmHg}",
            "salt programme",
            "ward study, systolic blood pressure",
        ),
        approved_claim(
            "instillation-recurrence-5y",
            "A single instillation after surgery lowered the five-year recurrence rate to 44.8%.",
            44.8,
            "single instillation",
            "recurrence, five-year",
        ),
        valued_claim(
            "clabsi-cost",
            "Each central line infection costs a hospital $45,814.",
            "{value: 45814, unit: USD}",
            "central line infection",
            "hospital costs",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_change_in_any_unit_is_no_level(lint_text):
    for draft, figure in (
        (
            "Between 2016 and 2020, gout prevalence in Freedonia rose by 1.1 per 100 adults.",
            "1.1 per 100 adults",
        ),
        ("In the ZEL-3 trial, zelumab added 4.1 months to median overall survival.", "4.1 months"),
        (
            "In the ZEL-3 trial, zelumab prolonged median overall survival by 4.1 months.",
            "4.1 months",
        ),
        (
            "In the ward study, the salt programme cut mean systolic blood pressure by 6 mmHg.",
            "6 mmHg",
        ),
    ):
        assert lint_text(draft) == {figure: ("CC102", None)}, draft


def test_the_levels_are_still_judged(lint_text):
    assert lint_text("In 2016, gout affected 3.9 per 100 adults in Freedonia.") == {}
    assert lint_text(
        "In the ZEL-3 trial, median overall survival with zelumab was 22.3 months."
    ) == {"22.3 months": ("CC101", "zelumab-median-os")}
    assert (
        lint_text(
            "In the ward study, mean systolic blood pressure was 128 mmHg after the salt programme."
        )
        == {}
    )


def test_a_relative_change_is_no_level_reached(lint_text):
    assert lint_text(
        "A single instillation after surgery lowered the five-year recurrence rate by 14%."
    ) == {"14%": ("CC102", None)}
    assert (
        lint_text(
            "A single instillation after surgery lowered the five-year recurrence rate to 44.8%."
        )
        == {}
    )
    assert lint_text(
        "A single instillation after surgery lowered the five-year recurrence rate to 39%."
    ) == {"39%": ("CC101", "instillation-recurrence-5y")}


def test_what_an_infection_adds_to_costs_is_its_cost(lint_text):
    assert lint_text("Each central line infection adds $45,814 to a hospital's costs.") == {}
    assert lint_text("Each central line infection adds $20,785 to a hospital's costs.") == {
        "$20,785": ("CC101", "clabsi-cost")
    }
