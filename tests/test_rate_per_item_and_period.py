"""A price said with what it is charged per (``£150 per scan``, ``$85 a session``) and a
duration said per a longer period (``2 hours a week``, ``9 hours a night``) are one figure each,
the basis or period in the figure's span (issue 11, forms found on clinic price pages and in
activity and sleep guidance). ``per cent`` stays a percentage; ``a good deal`` is no basis; a
duration per a shorter unit (``per 24 hours``) is left as it was. Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Each visit costs £150 per scan.", [fig("£150 per scan", 150, unit="GBP", per="scan")]),
    ("Physiotherapy is $85 per session.", [fig("$85 per session", 85, unit="USD")]),
    (
        "Implants cost $1,000 to $4,000 per tooth.",
        [fig("$1,000 to $4,000 per tooth", 1000, 4000, unit="USD")],
    ),
    ("Yoga classes are £12 a session.", [fig("£12 a session", 12, unit="GBP")]),
    ("A rabies jab costs €60 per injection.", [fig("€60 per injection", 60, unit="EUR")]),
    ("It costs £20 a good deal less than it did.", [fig("£20", 20, unit="GBP")]),
    ("Walk for 2 hours a week.", [fig("2 hours a week", 2, unit="hour", per="week")]),
    (
        "Aim for 150 minutes per week of brisk walking.",
        [fig("150 minutes per week", 150, unit="minute", per="week")],
    ),
    ("Teenagers need 9 hours a night.", [fig("9 hours a night", 9, unit="hour", per="night")]),
    ("Rest for 30 minutes daily.", [fig("30 minutes daily", 30, unit="minute", per="day")]),
    ("Carers work 3 days a week.", [fig("3 days a week", 3, unit="day", per="week")]),
    (
        "Infants sleep 12 to 16 hours per 24 hours.",
        [fig("12 to 16 hours", 12, 16, unit="hour")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("per_item"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_price_per_item_and_duration_per_period(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
