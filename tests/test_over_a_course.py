"""``over`` before the parts a course is divided into (issue 11, over + a period): ``spread over
4 sessions``, ``given over 3 infusions``, ``split over 6 payments`` say how many parts, exactly,
as ``lost 9% over 40 weeks`` says how long; ``over`` means "more than" everywhere else
(``over 4 sessions were booked``, ``took over 10 sessions``). Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Spread over 5 sessions, the course costs £450.",
        [fig("5 sessions", 5, unit="sessions"), fig("£450", 450, unit="GBP")],
    ),
    ("The drug is given over 3 infusions.", [fig("3 infusions", 3, unit="infusions")]),
    ("You may split the fee over 6 payments.", [fig("6 payments", 6, unit="payments")]),
    ("Treatment is delivered over 8 visits.", [fig("8 visits", 8, unit="visits")]),
    (
        "Over 4 sessions were booked today.",
        [fig("Over 4 sessions", 4, None, unit="sessions", li=False)],
    ),
    (
        "Healing took over 10 sessions.",
        [fig("over 10 sessions", 10, None, unit="sessions", li=False)],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("course"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_over_the_parts_of_a_course_is_no_bound(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
