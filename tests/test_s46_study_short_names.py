"""A study named in the registry with the word for what it is ("ADRENAL trial", "the TVT
study", "PERFECT 1 study") is named on a page by its short name alone too ("In ADRENAL, …",
"the TVT trial found …"): the short name is one of the claim's subject names (session 46).
Such figures were left unsupported ("its subject is not named near the figure"), so a wrong
one went unaccused. Only a short name in capitals (two or more) or with a digit counts:
"Rivers trial" does not make "Rivers" a name."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

from claimcheck.registry.schema import with_study_short_names

REGISTRY = "".join(
    (
        approved_claim(
            "calm-drug",
            "In the CALM-2 trial, 41% of patients given zemocept were free of attacks at week 24.",
            41,
            "CALM-2 trial",
            "zemocept, attacks",
            group="[zemocept]",
        ),
        approved_claim(
            "calm-placebo",
            "In the CALM-2 trial, 17% of patients given placebo were free of attacks at week 24.",
            17,
            "CALM-2 trial",
            "zemocept, attacks",
            group="[placebo]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In CALM-2, 41% of patients given zemocept were free of attacks at week 24.", {}),
        (
            "In CALM-2, 17% of patients given zemocept were free of attacks at week 24.",
            {"17%": ("CC101", "calm-drug")},
        ),
        (
            "The CALM-2 study found that 41% of patients on placebo had no attacks by week 24.",
            {"41%": ("CC101", "calm-placebo")},
        ),
    ],
)
def test_a_study_by_its_short_name(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("subject", "added"),
    [
        (("ADRENAL trial",), ("ADRENAL",)),
        (("the SPRINT trial",), ("SPRINT",)),
        (("PERFECT 1 study",), ("PERFECT 1",)),
        (("ProMISe trial",), ("ProMISe",)),
        (("Rivers trial",), ()),
        (("Danish knee trial",), ()),
        (("clinical trial",), ()),
    ],
)
def test_which_names_are_short_names(subject, added):
    assert with_study_short_names(subject) == subject + added
