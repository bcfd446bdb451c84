"""A count of cancers by name ("614,000 new bladder cancers", "20,000 melanomas", "lymphomas")
is a count of cases: judged against a claim in ``cases``, never one in deaths or people."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

from claimcheck.registry.units import units_compatible


@pytest.mark.parametrize(
    ("draft", "claim", "compatible"),
    [
        ("new bladder cancers", "cases/year", True),
        ("melanomas", "cases", True),
        ("new lymphomas", "new cases", True),
        ("breast tumours", "cases", True),
        ("carcinomas", "cases/year", True),
        ("new bladder cancers", "deaths", False),
        ("melanomas", "people", False),
        ("cancers", "cases/day", False),
        ("aromas", "deaths", False),
    ],
)
def test_cancers_by_name_count_cases(draft, claim, compatible):
    assert units_compatible(draft, claim) is compatible


lint_text = figure_verdicts_fixture(
    valued_claim(
        "kidney-cancer-cases-2022",
        "There were 435,000 new cases of kidney cancer worldwide in 2022.",
        "{value: 435000, unit: cases/year}",
        "kidney cancer",
        "worldwide, new cases, year 2022",
    )
)


def test_a_count_of_cancers_is_judged_against_the_case_claim(lint_text):
    assert lint_text("About 435,000 new kidney cancers were diagnosed worldwide in 2022.") == {}
    assert lint_text("About 520,000 new kidney cancers were diagnosed worldwide in 2022.") == {
        "About 520,000 new kidney cancers": ("CC101", "kidney-cancer-cases-2022")
    }
