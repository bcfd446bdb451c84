"""A dose raised to is not the standard dose (session 39, held-out urticaria set).

``The standard dose is 10 mg a day, which can be increased to 40 mg a day``: the 40 mg was
judged against the claim about the standard 10 mg dose (its sentence names the standard dose)
and accused. A dose said right after ``increased to``, ``raised to``, ``up-dosed to`` or
``titrated up to`` is the dose raised to: no figure of a claim about the standard, usual,
licensed or starting dose; and a dose said as the standard one is no figure of a claim about
the raised or maximum dose."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = valued_claim(
    "loratadine-standard",
    "The standard adult dose of loratadine for hay fever is 10 mg once daily.",
    "{value: 10, unit: mg/day}",
    "loratadine",
    "standard dose, usual dose, hay fever, once daily",
)

lint_doses = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The standard loratadine dose for hay fever is 10 mg a day, which can be increased"
            " to 20 mg a day.",
            "20 mg a day",
        ),
        (
            "Loratadine's usual dose for hay fever is 10 mg daily; specialists may raise it to"
            " 30 mg a day.",
            "30 mg a day",
        ),
        (
            "For hay fever, the standard loratadine dose of 10 mg a day is sometimes up-dosed to"
            " 40 mg a day.",
            "40 mg a day",
        ),
    ],
)
def test_a_dose_raised_to_is_no_figure_of_the_standard_dose(lint_doses, text, figure):
    code, _claim = lint_doses(text)[figure]
    assert code == "CC102"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The standard loratadine dose for hay fever is 10 mg a day, which can be increased"
            " to 20 mg a day.",
            "10 mg a day",
        ),
        ("The standard loratadine dose for hay fever is 20 mg a day.", "20 mg a day"),
    ],
)
def test_the_standard_dose_is_still_judged(lint_doses, text, expected):
    found = lint_doses(text)
    if expected.startswith("10"):
        assert expected not in found
    else:
        assert found[expected] == ("CC101", "loratadine-standard")
