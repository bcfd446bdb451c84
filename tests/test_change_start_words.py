"""The start of a change said with emphasis (``jumped to 60% from just 35%``, ``from only``,
``from a mere``) or as a baseline (``fell by 1.1% from a baseline of 8.4%``) is the figure
before the change, not a price floor; ``from just £29`` with no change word (or after a
clause break) stays a floor."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Screening rose to 72% from just 41%.",
        [
            fig("72%", 72.0, unit="percent", role="after"),
            fig("41%", 41.0, unit="percent", role="before"),
        ],
    ),
    (
        "Clinics cut waits from only 14 weeks to 6 weeks.",
        [
            fig("14 weeks", 14.0, unit="week", role="before"),
            fig("6 weeks", 6.0, unit="week", role="after"),
        ],
    ),
    (
        "The charge fell to £12 from a mere £20.",
        [fig("£12", 12.0, unit="GBP", role="after"), fig("£20", 20.0, unit="GBP", role="before")],
    ),
    (
        "Systolic pressure dropped 9 mmHg from a baseline of 151 mmHg.",
        [fig("9 mmHg", 9.0, unit="mmHg"), fig("151 mmHg", 151.0, unit="mmHg", role="before")],
    ),
    (
        "LDL fell by 31% from a mean baseline level of 3.9 mmol/L.",
        [fig("31%", 31.0, unit="percent"), fig("3.9 mmol/L", 3.9, unit="mmol/L", role="before")],
    ),
    (
        "Eye tests from just £19.",
        [fig("from just £19", 19.0, None, unit="GBP", comparator="from just")],
    ),
    (
        "Fees went up, and fillings are now from only £65.",
        [fig("from only £65", 65.0, None, unit="GBP", comparator="from only")],
    ),
    ("At baseline the mean was 8.4%.", [fig("8.4%", 8.4, unit="percent", role=None)]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("starts"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_change_start_said_with_emphasis_or_as_a_baseline(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
