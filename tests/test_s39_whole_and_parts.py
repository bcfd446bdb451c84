"""A claim about the whole that says so (``all severities``) is no part of its parts'
(session 39, held-out haemophilia set).

``… and haemophilia B in about 1 in 20,000`` (5 per 100,000, the all-severities figure) was
judged against the severe form's claim and accused: the whole's claim declares ``all
severities`` in its context, so the severe claim's context was no longer a superset of it
and the sentence's silence about severity did not count against the severe claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "pku-births",
            "Phenylketonuria, all forms, occurs in 10 per 100,000 births.",
            '{value: 10, unit: "per 100,000"}',
            "phenylketonuria, PKU",
            "births, newborns, at birth, all forms",
        ),
        valued_claim(
            "pku-classic-births",
            "Classic phenylketonuria occurs in 4 per 100,000 births.",
            '{value: 4, unit: "per 100,000"}',
            "phenylketonuria, PKU",
            "classic, classic PKU, births, newborns, at birth",
        ),
        valued_claim(
            "msud-births",
            "Maple syrup urine disease, all forms, occurs in 0.5 per 100,000 births.",
            '{value: 0.5, unit: "per 100,000"}',
            "maple syrup urine disease, MSUD",
            "births, newborns, at birth, all forms",
        ),
    )
)

lint_births = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "MSUD occurs in about 1 in 200,000 births and PKU in about 1 in 10,000.",
        "PKU is found in about 1 in 10,000 births.",
        "Phenylketonuria affects 10 per 100,000 newborns.",
    ],
)
def test_the_wholes_figure_passes_when_no_part_is_said(lint_births, text):
    assert lint_births(text) == {}


def test_a_part_said_is_still_the_parts(lint_births):
    found = lint_births("Classic PKU occurs in about 1 in 10,000 births.")
    assert found["about 1 in 10,000"] == ("CC101", "pku-classic-births")
