"""Counts that are no lengths or other arms (session 41): days said after "on" count the
days something is done, never minutes of it; a figure said of one dose is no figure of a
claim about two."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "z-activity-weekly",
            "Adults in Country Z should do at least 150 minutes of moderate activity a week.",
            "{low: 150, unit: minutes}",
            "moderate activity, physical activity",
            "Country Z, adults, a week",
        ),
        approved_claim(
            "z-vaccine-two-doses",
            "Two doses of the Corvax vaccine are about 95% effective against shingles.",
            95,
            "Corvax",
            "shingles, vaccine effectiveness",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days on which something is done: no length of activity
        (
            "Adults in Country Z should do muscle-strengthening activity on 2 days a week.",
            {"2 days a week": ("CC102", None)},
        ),
        (
            "Adults in Country Z should do moderate activity on at least 5 days a week.",
            {"at least 5 days a week": ("CC102", None)},
        ),
        # … while a length in minutes is still the claim's figure
        (
            "Adults in Country Z should do at least 100 minutes of moderate activity a week.",
            {"at least 100 minutes": ("CC101", "z-activity-weekly")},
        ),
        # one dose is not the two-dose claim's, however close its figure
        (
            "Two doses of the Corvax vaccine are about 95% effective against shingles; one dose"
            " is about 90% effective.",
            {"about 90%": ("CC102", None)},
        ),
        (
            "A single dose of Corvax was 92% effective against shingles.",
            {"92%": ("CC102", None)},
        ),
        (
            "Both doses of Corvax together are 80% effective against shingles.",
            {"80%": ("CC101", "z-vaccine-two-doses")},
        ),
    ],
)
def test_counts_are_no_lengths_or_other_arms(lint_text, text, expected):
    assert lint_text(text) == expected


COURSE = valued_claim(
    "velumab-per-infusion",
    "For condition Y, velumab is given as two infusions of 1,000 mg two weeks apart.",
    "{value: 1000, unit: mg}",
    "velumab",
    "condition Y, per infusion, each infusion",
) + valued_claim(
    "velumab-course-total",
    "For condition Y, a course of velumab totals 2,000 mg.",
    "{value: 2000, unit: mg}",
    "velumab",
    "condition Y, course, total",
)
lint_course = figure_verdicts_fixture(COURSE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is given over two infusions" says the whole course's amount
        ("For condition Y, velumab 2,000 mg is given over two infusions.", None),
        (
            "For condition Y, velumab 3,000 mg is split into two infusions.",
            ("CC101", "velumab-course-total"),
        ),
        ("For condition Y, velumab is given as two infusions of 1,000 mg.", None),
    ],
)
def test_an_amount_given_over_parts_is_the_whole_course(lint_course, text, expected):
    # (the count of infusions is a figure of its own, judged apart)
    findings = lint_course(text)
    assert next((v for k, v in findings.items() if "mg" in k), None) == expected


WHOLES = approved_claim(
    "q12-abscess-share",
    "Virus Q types 1 and 2 cause about 60% of liver abscesses in Region P.",
    60,
    "Virus Q types 1 and 2, Virus Q 1 and 2",
    "liver abscesses, liver abscess, Region P",
) + approved_claim(
    "q56-ulcer-share",
    "Virus Q types 5 and 6 cause about 80% of skin ulcers in Region P.",
    80,
    "Virus Q types 5 and 6, Virus Q 5 and 6",
    "skin ulcers, skin ulcer, Region P",
)
lint_wholes = figure_verdicts_fixture(WHOLES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of another claim's whole divides something else: no conflict
        (
            "Virus Q types 1 and 2 cause about 40% of skin ulcers in Region P.",
            {"about 40%": ("CC102", None)},
        ),
        # … while a share of the claim's own whole is its figure
        (
            "Virus Q types 1 and 2 cause about 40% of liver abscesses in Region P.",
            {"about 40%": ("CC101", "q12-abscess-share")},
        ),
    ],
)
def test_a_share_of_another_claims_whole_accuses_nothing(lint_wholes, text, expected):
    assert lint_wholes(text) == expected


TYPES = approved_claim(
    "w-serogroup-b-share",
    "Serogroup B caused 62% of meningococcal disease in Region W in 2023.",
    62,
    "serogroup B, MenB",
    "meningococcal disease, Region W",
) + approved_claim(
    "w-genotype-2-share",
    "Genotype 2 accounts for about 25% of virus R infections in Region W.",
    25,
    "genotype 2, virus R genotype 2",
    "virus R, virus R infections, Region W",
)
lint_types = figure_verdicts_fixture(TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the type word in the plural lists more types than the claim's own: no figure of it,
        # even an equal one
        (
            "Genotypes 2 and 4 account for about 25% of virus R infections in Region W.",
            {"about 25%": ("CC102", None)},
        ),
        (
            "Genotypes 1 and 2 together account for about 70% of virus R infections in Region W.",
            {"about 70%": ("CC102", None)},
        ),
        # … while the claim's own type is still its figure
        (
            "Genotype 2 accounts for about 40% of virus R infections in Region W.",
            {"about 40%": ("CC101", "w-genotype-2-share")},
        ),
    ],
)
def test_types_listed_in_the_plural_are_not_one_types_claim(lint_types, text, expected):
    assert lint_types(text) == expected
