"""A relative change said by a noun after the figure, and a name's inner plural said singular
(issue 12, the workforce set): "a 23% rise in the odds of burnout" is the odds ratio 1.23, as
"raised the odds of burnout by 23%" is; "each additional patient per nurse" names the
registry's "patients per nurse"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

STAFFING = _valued(
    "staffing-burnout-or",
    "In Freedonian hospitals, each additional patient per nurse was associated with a 23%"
    " increase in the odds of nurse burnout (odds ratio 1.23).",
    "{value: 1.23}",
    "patients per nurse, nurse staffing",
    "Freedonia, burnout, odds ratio",
) + _valued(
    "staffing-dissatisfaction-or",
    "In Freedonian hospitals, each additional patient per nurse was associated with a 15%"
    " increase in the odds of job dissatisfaction (odds ratio 1.15).",
    "{value: 1.15}",
    "patients per nurse, nurse staffing",
    "Freedonia, job dissatisfaction, odds ratio",
)
lint_staffing = figure_verdicts_fixture(STAFFING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Freedonia, each additional patient per nurse was linked to a 23% rise in the"
            " odds of burnout and a 15% rise in the odds of job dissatisfaction.",
            {},
        ),
        (
            "Every extra patient per nurse brought a 23% increase in the odds of burnout in"
            " Freedonian hospitals.",
            {},
        ),
        # swapped: each is the other outcome's conflict
        (
            "In Freedonia, each additional patient per nurse was linked to a 15% rise in the"
            " odds of burnout and a 23% rise in the odds of job dissatisfaction.",
            {
                "15%": ("CC101", "staffing-burnout-or"),
                "23%": ("CC101", "staffing-dissatisfaction-or"),
            },
        ),
        (
            "In Freedonian hospitals, one more patient per nurse meant a 32% jump in the odds"
            " of burnout.",
            {"32%": ("CC101", "staffing-burnout-or")},
        ),
        # the verb form, as before
        (
            "In Freedonia, each additional patient per nurse raised the odds of burnout by 23%.",
            {},
        ),
    ],
)
def test_a_change_in_the_odds_said_as_a_noun_is_a_ratio(lint_staffing, text, expected):
    assert lint_staffing(text) == expected


STUDIES = STAFFING + _valued(
    "carelink-mortality-or",
    "In CARELINK, across six countries, each additional patient per nurse increased the odds"
    " of dying within 30 days of admission by 7% (odds ratio 1.07).",
    "{value: 1.07}",
    "patients per nurse, nurse staffing",
    "CARELINK, mortality, dying within 30 days, odds ratio",
)
lint_studies = figure_verdicts_fixture(STUDIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a study the registry knows by its own claims is no figure of a claim naming none
        (
            "In the CARELINK countries, each additional patient per nurse raised the odds of"
            " burnout by 23%.",
            {"23%": ("CC102", None)},
        ),
        (
            "In CARELINK, each additional patient per nurse raised the odds of dying within 30"
            " days of admission by 7%.",
            {},
        ),
        # a study's name is no outcome: its claim about death is not its burnout claim's
        (
            "In CARELINK, each additional patient per nurse raised the odds of job"
            " dissatisfaction by 7%.",
            {"7%": ("CC102", None)},
        ),
        (
            "In Freedonia, each additional patient per nurse raised the odds of burnout by 23%.",
            {},
        ),
    ],
)
def test_a_known_study_is_no_figure_of_a_claim_naming_none(lint_studies, text, expected):
    assert lint_studies(text) == expected


WORKFORCE = Path(__file__).parent / "fixtures" / "registry_workforce"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # RN4CAST is a study the workforce registry knows by its own claims: its figure is
        # not the Pennsylvania claim's, which names no study
        (
            "In the RN4CAST countries, each additional patient per nurse raised the odds of"
            " nurse burnout by 23%.",
            {"23%": "CC102"},
        ),
        (
            "In Pennsylvania, each additional patient per nurse raised the odds of nurse"
            " burnout by 23%.",
            {},
        ),
    ],
)
def test_a_known_study_is_not_a_claim_naming_none(tmp_path, run_cli, text, expected):
    page = tmp_path / "page.md"
    page.write_text(text + "\n")
    result = run_cli("lint", str(page), "--registry", str(WORKFORCE), "--format", "json")
    found = {
        finding["quantity"]["text"]: finding["code"]
        for finding in json.loads(result.output)["findings"]
        if finding["code"].startswith("CC1")
    }
    assert found == expected


APPROVAL = _valued(
    "zorvex-thrombosis-rr",
    "In the ZORVEX trial, zorvexib nearly doubled the risk of thrombotic events compared with"
    " placebo (relative risk 1.92).",
    "{value: 1.92}",
    "zorvexib",
    "ZORVEX, thrombotic events, relative risk",
) + _claim(
    "insulin-ade-share",
    "Insulins were implicated in 13.9% of emergency hospitalisations for adverse drug events in"
    " Freedonian adults aged 65 or older.",
    13.9,
    "insulin, insulins",
    "adverse drug events, emergency hospitalisations, Freedonia",
)
lint_approval = figure_verdicts_fixture(APPROVAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multiple "as likely as placebo": placebo is what it multiplies, not its arm
        (
            "In the ZORVEX trial, zorvexib made thrombotic events 1.92 times as likely as placebo.",
            {},
        ),
        (
            "In the ZORVEX trial, zorvexib made thrombotic events 2.9 times as likely as placebo"
            " did.",
            {"2.9 times": ("CC101", "zorvex-thrombosis-rr")},
        ),
        # "behind" and "implicated in" both say the share the subject causes
        (
            "Among older Freedonians, insulins were behind 13.9% of emergency hospitalisations"
            " for adverse drug events.",
            {},
        ),
        (
            "Among older Freedonians, insulins were behind 13.3% of emergency hospitalisations"
            " for adverse drug events.",
            {"13.3%": ("CC101", "insulin-ade-share")},
        ),
    ],
)
def test_multiples_against_placebo_and_shares_caused(lint_approval, text, expected):
    assert lint_approval(text) == expected


TRIALS = _valued(
    "lumadex-pfs",
    "In the ZT-2 trial, median progression-free survival was 6.8 months with lumadex.",
    "{value: 6.8, unit: month}",
    "lumadex, progression-free survival, PFS",
    "ZT-2",
) + _valued(
    "zetacel-response",
    "Zetacel cell therapy gave an objective response in 41% of patients.",
    "{value: 41, unit: percent}",
    "zetacel",
    "cell therapy",
)
lint_trials = figure_verdicts_fixture(TRIALS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause carried on after another subject (zetacel) is that trial's control arm,
        # no figure of the lumadex claim, though it carries on "progression-free survival"
        (
            "In a phase II trial, zetacel plus chemotherapy gave a median progression-free"
            " survival of 14.6 months, compared to 9.8 months for chemotherapy alone.",
            {"14.6 months": ("CC102", None), "9.8 months": ("CC102", None)},
        ),
        # with only the claim's own subject before it, the carried-on figure is still its own
        (
            "In ZT-2, lumadex gave a median progression-free survival of 9.8 months.",
            {"9.8 months": ("CC101", "lumadex-pfs")},
        ),
    ],
)
def test_a_clause_carried_on_after_another_subject_is_not_this_claims(lint_trials, text, expected):
    assert lint_trials(text) == expected
