"""The single-drug arm named by its count (session 44): "those given a single drug",
"single-agent treatment", "one medicine" are the monotherapy (alone) arm, as "either drug
alone" is. The figure set against a combination is then that arm's: backed by the
monotherapy claim, or accused against it when swapped, never judged against the
combination's claim (a swapped pair passed: the single-drug figure was backed by the
combination's claim).

A comparison's other side that names only its drug ("…, compared with 52% on cefaclor")
carries on the outcome of the first clause."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "duo-combination-relapse",
            "In the DUO trial, 14% of patients on the combination relapsed within a year.",
            14,
            "combination therapy, relapse",
            "DUO",
        ),
        approved_claim(
            "duo-monotherapy-relapse",
            "In the DUO trial, 33% of patients on monotherapy relapsed within a year.",
            33,
            "combination therapy, relapse",
            "DUO",
            group="[monotherapy]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the DUO trial, combination therapy cut relapse to 14%, against 33% in those "
            "given a single drug.",
            {},
        ),
        (
            "In the DUO trial, combination therapy cut relapse to 14%, against 33% with "
            "single-agent treatment.",
            {},
        ),
        (
            "In the DUO trial, combination therapy cut relapse to 33%, against 14% in those "
            "given a single drug.",
            {
                "33%": ("CC101", "duo-combination-relapse"),
                "14%": ("CC101", "duo-monotherapy-relapse"),
            },
        ),
    ],
)
def test_single_drug_arm(lint_text, text, expected):
    assert lint_text(text) == expected


OUTCOMES = "".join(
    (
        approved_claim(
            "otitis-amoxicillin-cure",
            "In the trial, amoxicillin cured the ear infection in 80% of children.",
            80,
            "amoxicillin, ear infection",
            "trial, cure",
        ),
        approved_claim(
            "otitis-cefaclor-cure",
            "In the trial, cefaclor cured the ear infection in 62% of children.",
            62,
            "cefaclor, ear infection",
            "trial, cure",
            group="[comparator]",
        ),
        approved_claim(
            "otitis-cefaclor-diarrhoea",
            "In the trial, 9% of children given cefaclor had diarrhoea.",
            9,
            "cefaclor, diarrhoea",
            "trial",
            group="[comparator]",
        ),
    )
)
lint_outcomes = figure_verdicts_fixture(OUTCOMES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the trial, amoxicillin cleared the ear infection in 80% of children, compared "
            "with 62% on cefaclor.",
            {},
        ),
        (
            "In the trial, amoxicillin cleared the ear infection in 80% of children, compared "
            "with 52% on cefaclor.",
            {"52%": ("CC101", "otitis-cefaclor-cure")},
        ),
    ],
)
def test_the_other_side_carries_on_the_outcome(lint_outcomes, text, expected):
    """ "…, compared with 52% on cefaclor" names only its drug: it counts the outcome the
    first clause said (the cure), not the comparator's other outcome (its diarrhoea)."""
    assert lint_outcomes(text) == expected


URATE = "".join(
    (
        approved_claim(
            "clear1-target-combination",
            "In CLEAR 1, 54% of patients on lesinurad 200 mg plus allopurinol reached their "
            "urate target by month 6.",
            54,
            "lesinurad, gout",
            "CLEAR 1, urate target",
        ),
    )
)
lint_urate = figure_verdicts_fixture(URATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In CLEAR 1, lesinurad 200 mg plus allopurinol got 54% of patients with gout to their "
            "urate target by month 6, against 28% on allopurinol alone.",
            {"28%": ("CC102", None)},
        ),
        (
            "In CLEAR 1, lesinurad 200 mg plus allopurinol got 64% of patients with gout to their "
            "urate target by month 6, against 28% on allopurinol alone.",
            {"64%": ("CC101", "clear1-target-combination"), "28%": ("CC102", None)},
        ),
    ],
)
def test_one_drug_of_a_combination_alone(lint_urate, text, expected):
    """ "on allopurinol alone" is one drug of the combination's arm said alone, whatever its
    name's stem (not an INN stem the matcher knows): no figure of the combination's claim
    (it was accused against it)."""
    assert lint_urate(text) == expected
