# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A pronoun's antecedent is the sentence before's subject, not what it was compared with,
however the comparison is said ("went head to head with chemotherapy", "was compared with
platinum chemotherapy", "was pitted against docetaxel"): "It kept 16.3% alive" is the drug's
figure, and the comparator's equal figure does not back it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim


def _arm(ident: str, drug: str, value: float, **more: str) -> str:
    return valued_claim(
        ident,
        f"In VESTA-5, {value}% of patients given {drug} were alive at five years.",
        f"{{value: {value}, unit: percent}}",
        f"torvalimab, VESTA-5, {drug}" if drug != "torvalimab" else "torvalimab, VESTA-5",
        "VESTA-5, five-year survival, alive",
        timepoint="5 years",
        **more,
    )


REGISTRY = _arm("vesta5-drug", "torvalimab", 31.9, group="[torvalimab]") + _arm(
    "vesta5-chemo", "platinum chemotherapy", 16.3, group="[chemotherapy]"
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "lead",
    [
        "Torvalimab went head to head with chemotherapy in VESTA-5.",
        "Torvalimab was compared with platinum chemotherapy in VESTA-5.",
        "In VESTA-5, torvalimab was pitted against chemotherapy.",
    ],
)
def test_the_pronoun_is_the_drug_not_its_comparator(lint_text, lead):
    assert lint_text(f"{lead} Five years on, it had kept 31.9% of patients alive.") == {}
    assert lint_text(f"{lead} Five years on, it had kept 16.3% of patients alive.") == {
        "16.3%": ("CC101", "vesta5-drug")
    }
