"""Verdicts on forms from session 51, fixed as kinds with our own examples.

- The length of the study said as an adjective of it ("during the six-year trial", "a 4-year
  cohort study") is the figure's time: an arm's claim at that time is found, and the length
  is no figure of its own.
- Stopping a treatment is its own measure: "stopped treatment because of side effects" is
  no figure of a claim about side effects; stopping said as what came before ("after
  stopping it, 40% relapsed") is whom the figure counts, not what.
- A multiple ("three times as likely to develop it") is a relative risk: never told apart
  from its claim as new cases against those who have it.
- A comparison said the other way round ("Women are twice as likely as men" against the
  source's men than women) is a conflict, with its reason in the message; "less likely"
  turns it back.
- A time said as a span ("after 3 to 5 years", "at 60 to 90 days") meets a claim measured
  inside it; a treatment window after "they were last known well" is no timepoint.
- A share that stayed "relapse-free" at a time is the relapse-free survival.
- A projection said in a clause after the figure ("…, a number expected to reach 3 million
  by 2040") is not the figure's: it is judged against how things are.
- The whole a sentence opens with ("Of the 50,000 people with it, 4,000 were diagnosed in
  the past year") does not take the part's time.
- "60%" against a source's 59.8% is its rounding to the whole number.
- A subject's plural ("strokes") is its own name, no part of it.
- A criterion's bound (a target, "considered for", "should … within") restated at another
  end is a conflict, not a finer figure; "thicker than" and "thinner than" are comparators.
- "That is about 450 deaths a day" says the sentence before's figure again, in its frame;
  "every 4 minutes" converts to a claim's seconds.
- A death figure is no figure of a claim that never speaks of death; another clause's deaths
  are not lent to a clause counting new events.
"""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

MORVAN = "MORVAN, dexoretide"
WENLOW = "Wenlow disease, Wenlow's"
REGISTRY = "".join(
    (
        approved_claim(
            "morvan-placebo",
            "In the MORVAN trial, Wenlow disease was diagnosed in 21.6% of men on placebo "
            "over six years.",
            21.6,
            MORVAN,
            "diagnosed, Wenlow disease",
            group="[placebo]",
            timepoint="6 years",
        ),
        approved_claim(
            "morvan-drug",
            "In the MORVAN trial, Wenlow disease was diagnosed in 15.3% of men on dexoretide "
            "over six years.",
            15.3,
            MORVAN,
            "diagnosed, Wenlow disease",
            group="[dexoretide]",
            timepoint="6 years",
        ),
        approved_claim(
            "morvan-baseline-low",
            "In the MORVAN placebo group, Wenlow disease was found in 9.8% of men whose marker "
            "level stayed under 2 units.",
            9.8,
            MORVAN,
            "placebo, marker, under 2 units",
        ),
        approved_claim(
            "morvan-any-ae",
            "In MORVAN, 68.4% of patients on dexoretide had any adverse event.",
            68.4,
            MORVAN,
            "adverse event, side effects",
            group="[dexoretide]",
        ),
        valued_claim(
            "wenlow-sex-ratio",
            "Men are 1.8 times more likely to develop Wenlow disease than women.",
            "{value: 1.8, unit: fold}",
            WENLOW,
            "men, women, likely",
        ),
        valued_claim(
            "wenlow-smokers",
            "Smokers are about twice as likely as non-smokers to have a first Wenlow flare.",
            "{value: 2, unit: fold, approx: true}",
            WENLOW,
            "smokers, first flare",
        ),
        approved_claim(
            "wenlow-flares-5y",
            "About 35% of people with Wenlow disease have flares after 4 to 6 years of tirabant.",
            35,
            "tirabant",
            "flares, Wenlow disease",
            timepoint="5 years",
        ),
        approved_claim(
            "wenlow-relapse-after-stopping",
            "After stopping tirabant, 44% of people with Wenlow disease relapsed within a year.",
            44,
            "tirabant",
            "relapse, stopping, Wenlow disease",
            timepoint="1 year",
        ),
        approved_claim(
            "corvel-rfs",
            "In CORVEL, 3-year relapse-free survival was 62.4% with adjuvant fostarimab.",
            62.4,
            "CORVEL, fostarimab",
            "relapse-free survival",
            timepoint="3 years",
            measure="survival",
        ),
        valued_claim(
            "wenlow-prevalence-us",
            "About 2 million adults in the US live with Wenlow disease.",
            "{value: 2000000, unit: people, approx: true}",
            WENLOW,
            "US, United States, living with",
            measure="prevalence",
        ),
        valued_claim(
            "wenlow-projection-2040",
            "The number of US adults with Wenlow disease is projected to reach 3 million by 2040.",
            "{value: 3000000, unit: people, approx: true}",
            WENLOW,
            "US, United States, projected",
        ),
        valued_claim(
            "wenlow-diagnosed-year",
            "About 4,000 people in Norland are diagnosed with Wenlow disease each year.",
            "{value: 4000, unit: cases/year, approx: true}",
            WENLOW,
            "Norland, diagnosed",
            measure="incidence",
        ),
        valued_claim(
            "wenlow-prevalence-norland",
            "About 50,000 people in Norland live with Wenlow disease.",
            "{value: 50000, unit: people, approx: true}",
            WENLOW,
            "Norland, living with",
            measure="prevalence",
        ),
        valued_claim(
            "blen-episodes-year",
            "Each year, about 310,000 blen episodes occur in Norland.",
            "{value: 310000, unit: cases/year, approx: true}",
            "blen episode",
            "Norland",
        ),
        valued_claim(
            "blen-first-episodes",
            "About 240,000 of the blen episodes in Norland each year are first episodes.",
            "{value: 240000, unit: cases/year, approx: true}",
            "blen episode, first blen episode, first blen episodes",
            "Norland, first",
        ),
        valued_claim(
            "wenlow-deaths-norland-2023",
            "In 2023, Wenlow disease killed 164,250 people in Norland.",
            "{value: 164250, unit: deaths/year}",
            WENLOW,
            "Norland, deaths",
        ),
        valued_claim(
            "wenlow-every-50-seconds",
            "In Norland, someone has a Wenlow flare every 50 seconds.",
            "{value: 50, unit: seconds}",
            WENLOW,
            "Norland, flare",
        ),
        approved_claim(
            "corvel-favourable",
            "In CORVEL, 41% of patients given fostarimab had little or no disability at 3 months.",
            41,
            "CORVEL, fostarimab",
            "little or no disability, favourable outcome",
        ),
        valued_claim(
            "northgate-immediate",
            "In NORTHGATE there were 2 Wenlow infections among men who started wenprofen "
            "straight away.",
            "{value: 2, unit: infections}",
            "NORTHGATE, wenprofen",
            "infections, immediate",
            group="[immediate]",
        ),
        valued_claim(
            "northgate-deferred",
            "In NORTHGATE there were 14 Wenlow infections among men asked to wait a year "
            "for wenprofen.",
            "{value: 14, unit: infections}",
            "NORTHGATE, wenprofen",
            "infections, deferred, wait",
            group="[deferred]",
        ),
        valued_claim(
            "quell-biopsy-threshold",
            "Quell node biopsy is considered for lesions more than 1.2 mm thick.",
            "{low: 1.2, low_inclusive: false, unit: mm}",
            "Quell node biopsy",
            "thick, thicker, lesions",
        ),
        valued_claim(
            "quell-door-target",
            "Clinics should start quellase within 45 minutes of a patient's arrival.",
            "{high: 45, unit: minutes}",
            "quellase",
            "arrival, door-to-needle",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_study_length_is_the_figures_time_and_no_figure(lint_text):
    said = "In the MORVAN trial, {} of men taking placebo were diagnosed with Wenlow disease "
    assert lint_text(said.format("21.6%") + "during the six-year trial.") == {}
    assert lint_text(said.format("15.3%") + "during the six-year trial.") == {
        "15.3%": ("CC101", "morvan-placebo")
    }
    assert lint_text(said.format("21.6%") + "in the 6-year study.") == {}


def test_stopping_treatment_is_not_its_side_effects(lint_text):
    found = lint_text(
        "In MORVAN, 68.4% of patients on dexoretide stopped treatment because of side effects."
    )
    assert found == {"68.4%": ("CC102", None)}
    assert lint_text("In MORVAN, 68.4% of patients on dexoretide had side effects.") == {}


def test_stopping_as_what_came_before_is_whom_the_figure_counts(lint_text):
    assert (
        lint_text(
            "After stopping tirabant, 44% of people with Wenlow disease relapsed within a year."
        )
        == {}
    )
    assert lint_text(
        "After stopping tirabant, 24% of people with Wenlow disease relapsed within a year."
    ) == {"24%": ("CC101", "wenlow-relapse-after-stopping")}


def test_a_multiple_is_a_relative_risk_not_a_count_of_cases(lint_text):
    found = lint_text(
        "Smokers are three times as likely as non-smokers to have a first Wenlow flare."
    )
    assert found == {"three times": ("CC101", "wenlow-smokers")}


def test_a_comparison_said_the_other_way_round_is_a_conflict(tmp_path, run_cli):
    from verdict_helpers import registry_linter

    findings = registry_linter(tmp_path, run_cli, REGISTRY)
    reversed_ = findings(
        "a.md", "Women are 1.8 times more likely than men to develop Wenlow disease.\n"
    )
    assert [f["code"] for f in reversed_] == ["CC101"]
    assert "the other way round" in reversed_[0]["message"]
    assert (
        findings("b.md", "Men are 1.8 times more likely than women to develop Wenlow disease.\n")
        == []
    )
    assert (
        findings("c.md", "Women are 1.8 times less likely than men to develop Wenlow disease.\n")
        == []
    )


def test_a_time_span_meets_a_claim_measured_inside_it(lint_text):
    said = "About {} of people with Wenlow disease have flares after 4 to 6 years of tirabant."
    assert lint_text(said.format("35%")) == {}
    assert lint_text(said.format("55%")) == {"About 55%": ("CC101", "wenlow-flares-5y")}
    assert (
        lint_text(
            "After 3 to 7 years on tirabant, around 35% of people with Wenlow disease have flares."
        )
        == {}
    )


def test_relapse_free_at_a_time_is_relapse_free_survival(lint_text):
    said = "Adjuvant fostarimab in CORVEL kept {} of patients relapse-free at 3 years."
    assert lint_text(said.format("62.4%")) == {}
    assert lint_text(said.format("48.1%")) == {"48.1%": ("CC101", "corvel-rfs")}


def test_a_rounded_whole_number_is_the_sources_rounding(lint_text):
    said = "In CORVEL, 3-year relapse-free survival was {} with adjuvant fostarimab."
    assert lint_text(said.format("62%")) == {}
    assert lint_text(said.format("60%")) == {"60%": ("CC101", "corvel-rfs")}


def test_a_projection_in_a_later_clause_is_not_the_figures(lint_text):
    said = "About {} adults in the US have Wenlow disease, a number expected to reach {} by 2040."
    assert lint_text(said.format("2 million", "3 million")) == {}
    assert lint_text(said.format("3 million", "3 million")) == {
        "About 3 million adults": ("CC101", "wenlow-prevalence-us")
    }


def test_the_whole_a_sentence_opens_with_keeps_its_own_time(lint_text):
    text = (
        "Of the {} people with Wenlow disease in Norland, about 4,000 were diagnosed in the "
        "past year."
    )
    assert lint_text(text.format("50,000")) == {}
    assert lint_text(text.format("80,000")) == {
        "80,000 people": ("CC101", "wenlow-prevalence-norland")
    }


def test_a_plural_subject_is_its_own_name(lint_text):
    assert lint_text("About 310,000 blen episodes happen in Norland each year.") == {}
    assert (
        lint_text(
            "About 0.3 million blen episodes happen in Norland each year, 240,000 of them "
            "first episodes."
        )
        == {}
    )
    assert lint_text("About 450,000 blen episodes happen in Norland each year.") == {
        "About 450,000 blen episodes": ("CC101", "blen-episodes-year")
    }


def test_a_criterion_restated_at_another_end_is_a_conflict(lint_text):
    assert lint_text("Quell node biopsy is offered for lesions thicker than 1.2 mm.") == {}
    assert lint_text("Quell node biopsy is offered for lesions thicker than 2 mm.") == {
        "thicker than 2 mm": ("CC101", "quell-biopsy-threshold")
    }
    assert lint_text("The door-to-needle target for quellase is 20 minutes from arrival.") == {
        "20 minutes": ("CC101", "quell-door-target")
    }
    assert lint_text("Clinics should start quellase within 45 minutes of arrival.") == {}


def test_a_restated_figure_keeps_the_frame_of_the_sentence_before(tmp_path, run_cli, lint_text):
    from verdict_helpers import registry_linter

    before = "In 2023, about 164,000 people in Norland died of Wenlow disease. "
    assert lint_text(before + "That is about 450 deaths a day.") == {}
    (tmp_path / "own").mkdir()
    findings = registry_linter(tmp_path / "own", run_cli, REGISTRY)
    found = findings("a.md", before + "That is about 650 deaths a day.\n")
    assert ("CC101", "wenlow-deaths-norland-2023") in [(f["code"], f["registry_id"]) for f in found]


def test_an_interval_between_events_converts_to_seconds(lint_text):
    assert lint_text("In Norland, someone has a Wenlow flare every 50 seconds.") == {}
    assert lint_text("In Norland, someone has a Wenlow flare every 5 minutes.") == {
        "5 minutes": ("CC101", "wenlow-every-50-seconds")
    }


def test_a_death_figure_is_no_figure_of_a_claim_without_death(lint_text):
    text = (
        "In CORVEL, 41% of patients given fostarimab had little or no disability at 3 months. "
        "Deaths at 3 months were 17%."
    )
    assert lint_text(text) == {"17%": ("CC102", None)}


def test_whole_number_rounding_is_for_percentages(lint_text):
    said = "In CORVEL, 3-year relapse-free survival was {} with adjuvant fostarimab."
    assert lint_text(said.format("62%")) == {}
    assert lint_text("Men are 2 times more likely to develop Wenlow disease than women.") == {
        "2 times": ("CC101", "wenlow-sex-ratio")
    }


def test_a_side_after_a_comma_is_the_comparisons(lint_text):
    found = lint_text(
        "In Norland, women are 1.8 times more likely than men to develop Wenlow disease."
    )
    assert found == {"1.8 times": ("CC101", "wenlow-sex-ratio")}


def test_a_span_said_before_the_event_and_lent_from_a_lead_in(lint_text):
    said = (
        "Between 4 and 6 years into tirabant, about {} of people with Wenlow disease have flares."
    )
    assert lint_text(said.format("35%")) == {}
    assert (
        lint_text(
            "About 35% of people with Wenlow disease have flares 4 to 6 years after starting "
            "tirabant."
        )
        == {}
    )


def test_a_later_projection_lends_its_year_to_no_figure_before_it(lint_text):
    said = (
        "About {} adults in the US have Wenlow disease, a number expected to reach 3 million "
        "by 2040."
    )
    assert lint_text(said.format("2.6 million")) == {
        "About 2.6 million adults": ("CC101", "wenlow-prevalence-us")
    }


def test_how_long_an_arm_waited_names_the_arm_and_is_no_figure(lint_text):
    said = (
        "In NORTHGATE there were {} Wenlow infections among men who started wenprofen straight "
        "away, compared with {} infections among those asked to wait a year."
    )
    assert lint_text(said.format("2", "14")) == {}
    assert lint_text(said.format("14", "2")) == {
        "14 Wenlow infections": ("CC101", "northgate-immediate"),
        "2 infections": ("CC101", "northgate-deferred"),
    }
