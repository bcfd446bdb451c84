"""A figure about Scotland, Wales or Northern Ireland is no figure of a claim about the whole
UK (session 46), nor the UK's of a claim about one of them: each nation publishes its own
statistics. A Scottish figure that agreed with the UK claim passed as supported and one that
did not was accused against it; both are now unsupported, saying why. England, where most
of the UK's people live, is still read as the UK, as pages and sources write it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "uk-stroke-cases",
            "Every year in the UK, about 100,000 people have a stroke.",
            "{value: 100000, unit: people/year, approx: true}",
            "stroke",
            "UK, new cases",
        ),
        valued_claim(
            "scotland-stroke-cases",
            "Every year in Scotland, about 10,000 people have a stroke.",
            "{value: 10000, unit: people/year, approx: true}",
            "stroke",
            "Scotland, new cases",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every year in the UK, about 100,000 people have a stroke.", {}),
        (
            "In Wales, about 100,000 people have a stroke every year.",
            {"about 100,000 people": ("CC102", None)},
        ),
        ("Every year in Scotland, about 10,000 people have a stroke.", {}),
        (
            "Every year in Scotland, about 16,000 people have a stroke.",
            {"about 16,000 people": ("CC101", "scotland-stroke-cases")},
        ),
        (
            "Every year in the UK, about 10,000 people have a stroke.",
            {"about 10,000 people": ("CC101", "uk-stroke-cases")},
        ),
        ("Every year in England, about 100,000 people have a stroke.", {}),
        (
            "In Northern Ireland, about 90,000 people have a stroke every year.",
            {"about 90,000 people": ("CC102", None)},
        ),
    ],
)
def test_uk_nations_are_regions_of_their_own(lint_text, text, expected):
    assert lint_text(text) == expected
