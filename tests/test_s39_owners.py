"""Who owns a share: a subject's types, and a habit's doers (session 39, the breaker of
session 38's rules).

``HPV types 16 and 18 cause about 70% of cervical cancers`` was judged against the claim
about all HPV (99%) and accused, though it names two types of it; ``Smokers account for
about 80% of lung cancer deaths`` was flagged as unsupported because the claim's subject is
``smoking``, which its doers name as well."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "rota-diarrhoea",
            "Rotavirus causes about 40% of hospital admissions for diarrhoea in young children.",
            40,
            "rotavirus",
            "diarrhoea, hospital admissions, young children",
        ),
        approved_claim(
            "vaping-teens",
            "Vaping accounts for 12% of nicotine use among teenagers in Westland.",
            12,
            "vaping, e-cigarette use",
            "teenagers, Westland, nicotine use",
        ),
        approved_claim(
            "gambling-debt",
            "Problem gambling is behind 9% of personal debt referrals in Westland.",
            9,
            "problem gambling",
            "debt referrals, Westland",
        ),
    )
)

lint_owners = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # types of the subject: not the claim about all of it
        (
            "Rotavirus genotype G1 causes about 25% of admissions for diarrhoea in young children.",
            "about 25%",
        ),
        (
            "Rotavirus types G1 and G9 cause about 30% of admissions for diarrhoea in children.",
            "about 30%",
        ),
        ("Rotavirus strains G2 or G4 account for 15% of hospital admissions for diarrhoea.", "15%"),
        (
            "Rotavirus type G9 alone causes 20% of admissions for diarrhoea in young children.",
            "20%",
        ),
    ],
)
def test_a_subjects_types_are_no_figure_of_the_whole(lint_owners, text, figure):
    code, _claim = lint_owners(text)[figure]
    assert code == "CC102"


@pytest.mark.parametrize(
    "text",
    [
        "Rotavirus causes about 40% of hospital admissions for diarrhoea in young children.",
        "Vapers make up 12% of teenagers using nicotine in Westland.",
        "In Westland, problem gamblers are behind 9% of personal debt referrals.",
    ],
)
def test_a_habits_doers_name_it(lint_owners, text):
    assert lint_owners(text) == {}


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        ("Vapers make up 30% of teenagers using nicotine in Westland.", "30%", "vaping-teens"),
        ("In Westland, problem gamblers are behind 20% of debt referrals.", "20%", "gambling-debt"),
    ],
)
def test_a_doers_wrong_figure_conflicts(lint_owners, text, figure, claim):
    assert lint_owners(text)[figure] == ("CC101", claim)
