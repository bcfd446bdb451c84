"""A range whose ends are written in two units of one kind (issue 11, ranges): ``between 500
mg and 1 g`` is [500, 1000] mg, ``from 30 minutes to 2 hours`` [30, 120] minutes, ``6 months to
2 years`` [6, 24] months, in the low end's unit. Units without an exact ratio (``2 weeks to 3
months``), a change (``rose from 800 g to 1.5 kg``), a list (``500 mg and 1 g tablets``) and
ends written high to low stay two figures. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Doses between 250 mg and 1 g were tried.",
        [fig("between 250 mg and 1 g", 250, 1000, unit="mg")],
    ),
    (
        "Newborns weigh from 900 g to 1.8 kg here.",
        [fig("from 900 g to 1.8 kg", 900, 1800, unit="g")],
    ),
    (
        "Give between 500 mcg and 1 mg daily.",
        [fig("between 500 mcg and 1 mg daily", 500, 1000, unit="µg", per="day")],
    ),
    ("Drink 500 mL to 1.5 L after the run.", [fig("500 mL to 1.5 L", 500, 1500, unit="mL")]),
    (
        "Wait from 45 minutes to 2 hours.",
        [fig("from 45 minutes to 2 hours", 45, 120, unit="minute")],
    ),
    ("The rash lasts 6 months to 2 years.", [fig("6 months to 2 years", 6, 24, unit="month")]),
    ("Healing takes 10 days–3 weeks.", [fig("10 days–3 weeks", 10, 21, unit="day")]),
    (
        "It lasts 2 weeks to 3 months.",
        [fig("2 weeks", 2, unit="week"), fig("3 months", 3, unit="month")],
    ),
    (
        "Weight rose from 800 g to 1.5 kg.",
        [fig("800 g", 800, unit="g", role="before"), fig("1.5 kg", 1.5, unit="kg", role="after")],
    ),
    (
        "Take 500 mg and 1 g tablets.",
        [fig("500 mg", 500, unit="mg"), fig("1 g", 1, unit="g")],
    ),
    ("Doses of 2 kg to 500 g.", [fig("2 kg", 2, unit="kg"), fig("500 g", 500, unit="g")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("two_units"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_range_takes_the_low_ends_unit(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
