# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""Composite and primary outcomes said in a page's own words (CONSORT: a composite is one
event of several kinds):

- every part of a two-part composite, in other words ("kidney failure or cardiovascular
  death" for "progression to kidney failure or death from cardiovascular causes"), or two or
  more parts of a longer one, names the composite: its figure is the composite's;
- a composite claim that is no trial's primary outcome ("the kidney composite outcome of
  …") is as much a composite: a figure of one event ("the risk of death") is not its;
- the arm a primary-outcome claim is about ("patients on nefrazin") names whom it counts,
  never its outcome: "cardiovascular deaths occurred in 3.0% of patients on nefrazin" is no
  figure of the primary outcome's claim;
- dying said with a verb of any tense and its cause ("as likely to die from cardiovascular
  causes") counts deaths of that cause, not deaths from any cause."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "nefro-primary-nefrazin",
            "In NEFRO, the primary outcome of progression to kidney failure or death from cardiovascular causes occurred in 11.4% of patients on nefrazin.",
            "{value: 11.4, unit: percent}",
            "nefrazin, NEFRO",
            "NEFRO, primary outcome, progression to kidney failure or death from cardiovascular causes, composite",
            group="[nefrazin]",
        ),
        valued_claim(
            "nefro-primary-placebo",
            "In NEFRO, the primary outcome of progression to kidney failure or death from cardiovascular causes occurred in 15.2% of patients on placebo.",
            "{value: 15.2, unit: percent}",
            "nefrazin, NEFRO",
            "NEFRO, primary outcome, progression to kidney failure or death from cardiovascular causes, composite",
            group="[placebo]",
        ),
        valued_claim(
            "nefro-renal-composite-hr",
            "In NEFRO, the hazard ratio for the renal composite outcome of a sustained fall in eGFR of at least 40%, kidney failure or death from renal causes with nefrazin against placebo was 0.58.",
            "{value: 0.58}",
            "nefrazin, NEFRO",
            "NEFRO, renal composite outcome, hazard ratio",
            group="[nefrazin]",
        ),
        valued_claim(
            "nefro-death-any-cause-hr",
            "In NEFRO, the hazard ratio for death from any cause with nefrazin against placebo was 0.72.",
            "{value: 0.72}",
            "nefrazin, NEFRO",
            "NEFRO, death from any cause, all-cause mortality, hazard ratio",
            group="[nefrazin]",
            measure="deaths",
        ),
        valued_claim(
            "nefro-death-any-cause-nefrazin",
            "In NEFRO, death from any cause occurred in 5.1% of patients on nefrazin.",
            "{value: 5.1, unit: percent}",
            "nefrazin, NEFRO",
            "NEFRO, death from any cause, all-cause mortality",
            group="[nefrazin]",
        ),
        valued_claim(
            "atlas-primary-control",
            "In ATLAS-CV, the primary composite outcome of cardiovascular death, stroke or myocardial infarction occurred in 5.9% of patients on aspirin alone.",
            "{value: 5.9, unit: percent}",
            "ATLAS-CV",
            "primary outcome, stroke or myocardial infarction, aspirin alone",
            group="[control]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_every_part_in_other_words_names_the_composite(lint_text):
    assert (
        lint_text(
            "In NEFRO, kidney failure progression or cardiovascular death occurred in 11.4% of patients on nefrazin."
        )
        == {}
    )
    assert lint_text(
        "In NEFRO, kidney failure progression or cardiovascular death occurred in 12.9% of patients on nefrazin."
    ) == {"12.9%": ("CC101", "nefro-primary-nefrazin")}


def test_one_part_is_still_no_figure_of_the_composite(lint_text):
    assert lint_text(
        "In NEFRO, cardiovascular death occurred in 11.4% of patients on nefrazin."
    ) == {"11.4%": ("CC102", None)}


def test_an_arm_is_no_name_of_the_primary_outcome(lint_text):
    # not accused against the primary outcome's 11.4%: deaths of one cause, unbacked
    assert lint_text(
        "In NEFRO, cardiovascular deaths occurred in 2.8% of patients on nefrazin."
    ) == {"2.8%": ("CC102", None)}


def test_a_composite_that_is_not_primary_is_no_figure_of_one_event(lint_text):
    # the renal composite's 0.58 is not "the risk of death"; the all-cause claim is
    assert lint_text(
        "In NEFRO, patients given nefrazin had 0.58 times the risk of death of those on placebo."
    ) == {"0.58 times": ("CC101", "nefro-death-any-cause-hr")}
    # … and the renal composite named without its threshold is the renal composite's
    assert lint_text("In NEFRO, the hazard ratio for the renal composite outcome was 0.58.") == {}


def test_dying_of_a_cause_in_any_tense_is_no_all_cause_figure(lint_text):
    for text in (
        "In NEFRO, patients given nefrazin were 0.86 times as likely to die from cardiovascular causes as those on placebo.",
        "In NEFRO, people on nefrazin were less likely to die of heart disease: a hazard ratio of 0.86.",
    ):
        found = lint_text(text)
        assert ("CC101", "nefro-death-any-cause-hr") not in found.values(), (text, found)


def test_the_parts_a_statement_lists_count_where_the_context_holds_fewer(lint_text):
    # the context's "stroke or myocardial infarction" lost its first part to YAML's comma;
    # the statement lists all three, and dying of the cause says the first part
    for text in (
        "In ATLAS-CV, 2.4% of patients on aspirin alone died from cardiovascular causes.",
        "In ATLAS-CV, a stroke struck 1.6% of patients on aspirin alone.",
    ):
        found = lint_text(text)
        assert list(found.values()) == [("CC102", None)], (text, found)
