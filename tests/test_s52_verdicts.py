"""Verdicts on forms from session 52, fixed as kinds with our own examples.

- A dose said with how often a day it is given ("125 mg twice a day", "50 mg every 8
  hours", "100 mg tds") is compared with a claim's day's total as that day's total (the
  dose times the times a day); a day's amount against a claim that gives its dose a fixed
  number of times a day is compared as one of those doses. The message says the day's
  total (and no replacement is offered: the dose, its schedule or both may be wrong); how
  often ("twice a day") is no figure of its own, an interval ("every 8 hours") still is.
- A claim that gives its own schedule ("14 mg once a day", "in two divided doses") is no
  match for a day's total given another number of times a day ("7 mg twice a day"): another
  regimen, CC102 with that reason; several tablets at a time ("two 100 mg tablets") are
  their sum against a claim of one dose.
- One dose form a day ("one 20 mg tablet a day", "a 50 mg injection every week") is that
  amount a day (a week); several ("two 10 mg tablets a day", "two 5 mg capsules twice a
  day") are the dose times their count, and the count is part of the dose's regimen.
"""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture, lint_output, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "tavorex-start",
            "Tavorex is started at 250 mg a day, in two divided doses.",
            "{value: 250, unit: mg/day}",
            "Tavorex, tavorex hydrochloride",
            "starting dose, started",
        ),
        valued_claim(
            "ombrelin-dose",
            "Ombrelin is given at 200 mg twice daily.",
            "{value: 200, unit: mg}",
            "Ombrelin",
            "dose, given",
        ),
        valued_claim(
            "pelorin-dose",
            "Pelorin is taken at 20 mg a day.",
            "{value: 20, unit: mg/day}",
            "Pelorin",
            "dose, taken",
        ),
        approved_claim(
            "halven-stopped",
            "In the HALVEN extension, women who stopped corvadronate after 5 years had a 6.1% "
            "risk of hip fracture over the next 5 years.",
            6.1,
            "HALVEN, corvadronate",
            "hip fracture, stopped",
            group="[placebo]",
            timepoint="5 years",
        ),
        approved_claim(
            "halven-continued",
            "In the HALVEN extension, women who continued corvadronate for another 5 years had a "
            "3.2% risk of hip fracture.",
            3.2,
            "HALVEN, corvadronate",
            "hip fracture, continued",
            group="[corvadronate]",
            timepoint="5 years",
        ),
        valued_claim(
            "wenlow-men-fold",
            "Wenlow disease is about three times more common in men than in women.",
            "{value: 3, unit: fold, approx: true}",
            "Wenlow disease",
            "men, women, common",
        ),
        approved_claim(
            "gout-men",
            "Gout affects 4% of men.",
            4,
            "gout",
            "men",
        ),
        approved_claim(
            "lorvan-success-ds",
            "Treatment succeeded in 90% of people treated for drug-sensitive lorvanosis.",
            90,
            "lorvanosis, drug-sensitive lorvanosis",
            "treatment success, drug-sensitive",
        ),
        approved_claim(
            "lorvan-success-mdr",
            "Treatment succeeded in 61% of people treated for MDR/RR-lorvanosis.",
            61,
            "lorvanosis",
            "treatment success",
        ),
        approved_claim(
            "talon-rt",
            "In the TALON overview, 18.0% of women given radiotherapy after surgery had a "
            "recurrence within 10 years.",
            18.0,
            "radiotherapy, TALON",
            "recurrence, surgery",
            timepoint="10 years",
        ),
        approved_claim(
            "talon-no-rt",
            "In the TALON overview, 33.0% of women who had surgery without radiotherapy had a "
            "recurrence within 10 years.",
            33.0,
            "radiotherapy, TALON",
            "recurrence, surgery, without radiotherapy, surgery alone",
            group="[control]",
            timepoint="10 years",
        ),
        approved_claim(
            "kestrel-stopped-bmd",
            "In the KESTREL extension, a year after stopping corvadronate, bone density had "
            "fallen by 2.0%.",
            2.0,
            "KESTREL, corvadronate",
            "after stopping, bone density",
        ),
        valued_claim(
            "veltrane-dose",
            "The maintenance dose of Veltrane is 14 mg once a day.",
            "{value: 14, unit: mg/day}",
            "Veltrane",
            "maintenance dose",
        ),
        valued_claim(
            "quistadol-max",
            "Adults should take no more than 4 g of Quistadol a day.",
            "{high: 4, unit: g/day}",
            "Quistadol",
            "maximum, no more than",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_dose_given_n_times_a_day_is_that_days_total(lint_text):
    for said in (
        "Tavorex is started at 125 mg twice a day.",
        "Tavorex is started at 125 mg twice daily.",
        "Tavorex is started at 125 mg bd.",
        "Tavorex is started at 125 mg of tavorex hydrochloride two times a day.",
        "Adults can take 1 g of Quistadol four times a day.",
        "Adults can take 1 g of Quistadol 3 to 4 times a day.",
    ):
        assert lint_text(said) == {}, said


def test_an_interval_gives_the_days_total_and_stays_a_figure(lint_text):
    assert lint_text("Tavorex is started at 125 mg every 12 hours.") == {
        "12 hours": ("CC102", None)
    }
    assert lint_text("Adults can take 500 mg of Quistadol every 6 hours.") == {
        "6 hours": ("CC102", None)
    }


def test_a_dose_whose_days_total_differs_is_a_conflict(lint_text):
    assert lint_text("Tavorex is started at 250 mg twice a day.") == {
        "250 mg": ("CC101", "tavorex-start")
    }
    # (the source gives its day's amount in two doses: three or five a day is another
    # regimen, whatever its total)
    assert lint_text("Tavorex is started at 100 mg three times daily.") == {
        "100 mg": ("CC102", None)
    }
    assert lint_text("Tavorex is started at 50 mg five times a day.") == {"50 mg": ("CC102", None)}
    assert lint_text("Adults can take 1 g of Quistadol six times a day.") == {
        "1 g": ("CC101", "quistadol-max")
    }
    assert lint_text("Tavorex is started at 50 mg twice a day.") == {
        "50 mg": ("CC101", "tavorex-start")
    }
    assert lint_text("Adults can take 2 g of Quistadol every 8 hours.") == {
        "2 g": ("CC101", "quistadol-max"),
        "8 hours": ("CC102", None),
    }


def test_a_days_amount_against_a_dose_given_twice_a_day(lint_text):
    assert lint_text("Ombrelin is given at 400 mg a day.") == {}
    assert lint_text("Ombrelin is given at 200 mg twice daily.") == {}
    assert lint_text("Ombrelin is given at 200 mg a day.") == {
        "200 mg a day": ("CC101", "ombrelin-dose")
    }
    # one dose once a day is a schedule, which the source's twice a day contradicts: no day's
    # amount to split (its 200 mg is no 100 mg dose of another claim)
    assert lint_text("Ombrelin is given at 200 mg once a day.") == {
        "200 mg once a day": ("CC102", None)
    }


def test_the_message_says_the_days_total(tmp_path):
    shown = lint_output(tmp_path, REGISTRY, "Tavorex is started at 250 mg twice a day.")
    assert "250 mg twice a day is 500 mg a day" in shown
    shown = lint_output(tmp_path, REGISTRY, "Ombrelin is given at 200 mg a day.")
    assert "the source gives 200 mg twice a day, 400 mg a day" in shown


def test_a_substance_named_between_dose_and_times_lends_no_period(lint_text):
    # "100 mg of X three times a day" is 100 mg a dose, not 100 mg a day
    assert lint_text("Tavorex is started at 100 mg of tavorex hydrochloride twice a day.") == {
        "100 mg": ("CC101", "tavorex-start")
    }


def test_one_dose_form_a_day_is_that_amount_a_day(lint_text):
    assert lint_text("Pelorin is usually taken as one 20 mg tablet a day.") == {}
    assert lint_text("Pelorin is taken as a 20 mg capsule each day.") == {}
    assert lint_text("Pelorin is usually taken as one 40 mg tablet a day.") == {
        "40 mg": ("CC101", "pelorin-dose")
    }
    # two tablets a day: the day's amount is both, and their count is no figure of its own
    assert lint_text("Pelorin is taken as two 10 mg tablets a day.") == {}
    assert lint_text("Pelorin is taken as two 20 mg tablets a day.") == {
        "20 mg": ("CC101", "pelorin-dose")
    }
    assert lint_text("Pelorin is taken as two 5 mg capsules twice a day.") == {}


def test_those_who_stopped_a_treatment_are_the_arm_off_it(lint_text):
    for said in (
        "In HALVEN, women who stopped corvadronate had a 6.1% risk of hip fracture.",
        "In HALVEN, after stopping corvadronate, 6.1% of women had a hip fracture over 5 years.",
        "Those who stopped corvadronate in HALVEN had a 6.1% risk of hip fracture.",
        "In HALVEN, women who continued corvadronate had a 3.2% risk of hip fracture.",
    ):
        assert lint_text(said) == {}, said
    assert lint_text(
        "In HALVEN, after stopping corvadronate, 3.2% of women had a hip fracture over 5 years."
    ) == {"3.2%": ("CC101", "halven-stopped")}
    assert lint_text(
        "In HALVEN, women who continued corvadronate had a 6.1% risk of hip fracture."
    ) == {"6.1%": ("CC101", "halven-continued")}


def test_another_trials_stopped_arm_keeps_its_own_claim(lint_text):
    # HALVEN files those who stopped as its control arm; KESTREL's claim about stopping is
    # no control arm's, and the sentence names KESTREL
    assert (
        lint_text("In KESTREL, those who stopped corvadronate lost 2.0% of their bone density.")
        == {}
    )


def test_over_the_next_span_says_when(lint_text):
    assert (
        lint_text(
            "In HALVEN, women who stopped corvadronate had a 6.1% risk of hip fracture over the "
            "next 4 to 6 years."
        )
        == {}
    )
    assert (
        lint_text(
            "In HALVEN, women who stopped corvadronate had a 6.1% risk of hip fracture over the "
            "following 5 years."
        )
        == {}
    )


def test_a_clause_naming_another_subject_paraphrases_no_claim(lint_text):
    assert lint_text("It is about three times more common in men than in women.") == {}
    assert lint_text("Gout is about three times more common in men than in women.") == {
        "about three times": ("CC102", None)
    }


def test_modifiers_joined_by_a_slash_narrow_and_a_swap_is_no_support(lint_text):
    assert (
        lint_text(
            "Treatment succeeds for 90% of people with drug-sensitive lorvanosis, but for "
            "only 61% of those with MDR/RR-lorvanosis."
        )
        == {}
    )
    assert lint_text(
        "Treatment succeeds in 61% of people with drug-sensitive lorvanosis and in 90% of "
        "those with MDR/RR-lorvanosis."
    ) == {"61%": ("CC101", "lorvan-success-ds"), "90%": ("CC101", "lorvan-success-mdr")}


def test_a_control_arm_said_without_or_alone_is_that_arm(lint_text):
    for said in (
        "After surgery without radiotherapy, 33.0% of women had a recurrence within 10 years.",
        "About 18.0% of women given radiotherapy after surgery had a recurrence within 10 "
        "years, compared with 33.0% of those who had surgery alone.",
        "Radiotherapy after surgery cut the 10-year recurrence risk from 33.0% to 18.0%.",
    ):
        assert lint_text(said) == {}, said
    assert lint_text(
        "After surgery without radiotherapy, 18.0% of women had a recurrence within 10 years."
    ) == {"18.0%": ("CC101", "talon-no-rt")}
    assert lint_text(
        "Radiotherapy after surgery cut the 10-year recurrence risk from 18.0% to 33.0%."
    ) == {"18.0%": ("CC101", "talon-no-rt"), "33.0%": ("CC101", "talon-rt")}


def test_another_regimen_and_several_tablets_at_a_time(lint_text, tmp_path):
    assert lint_text("The maintenance dose of Veltrane is 14 mg once a day.") == {}
    assert lint_text("The maintenance dose of Veltrane is 7 mg twice a day.") == {
        "7 mg": ("CC102", None)
    }
    shown = lint_output(tmp_path, REGISTRY, "The maintenance dose of Veltrane is 7 mg twice a day.")
    assert "it gives the day's amount on another schedule" in shown
    assert lint_text("Ombrelin is given as two 100 mg tablets twice daily.") == {}
    assert lint_text("Ombrelin is given as two 200 mg tablets twice daily.") == {
        "200 mg": ("CC101", "ombrelin-dose")
    }
