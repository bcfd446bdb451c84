"""A figure written more finely than an approximate source (session 45): "87.3%" against a
source's "about 85%" is inside the source's 10%, but its digits are ones the source never
had, so it is overprecise (CC103), as "21 million" against "about 20 million" was; it passed
as supported whenever it did not round to the source's own figure. A figure said as loosely
as the source ("about 87%", "three in four", "87%" against "about 85%") stays supported, and
one past the 10% stays a conflict."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = valued_claim(
    "ra-anti-ccp",
    "About 70% of people with rheumatoid arthritis test positive for anti-CCP antibodies.",
    "{value: 70, unit: percent, approx: true}",
    "rheumatoid arthritis",
    "anti-CCP, antibodies",
) + valued_claim(
    "ms-relapsing-share",
    "About 85% of people with multiple sclerosis start with the relapsing-remitting form.",
    "{value: 85, unit: percent, approx: true}",
    "multiple sclerosis",
    "relapsing-remitting",
)
lint_text = figure_verdicts_fixture(REGISTRY)

RA = "In rheumatoid arthritis, {} of people test positive for anti-CCP antibodies."
MS = "In multiple sclerosis, {} of people start with the relapsing-remitting form."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RA.format("76.2%"), {"76.2%": ("CC103", "ra-anti-ccp")}),
        (RA.format("76%"), {"76%": ("CC103", "ra-anti-ccp")}),
        (RA.format("72.4%"), {"72.4%": ("CC103", "ra-anti-ccp")}),
        (MS.format("87.3%"), {"87.3%": ("CC103", "ms-relapsing-share")}),
        (MS.format("82.6%"), {"82.6%": ("CC103", "ms-relapsing-share")}),
        # as loose as the source: supported
        (MS.format("87%"), {}),
        (RA.format("about 76%"), {}),
        (RA.format("three in four"), {}),
        # past the source's 10%: a conflict
        (MS.format("95.5%"), {"95.5%": ("CC101", "ms-relapsing-share")}),
    ],
)
def test_finer_than_an_approximate_source_is_overprecise(lint_text, text, expected):
    assert lint_text(text) == expected
