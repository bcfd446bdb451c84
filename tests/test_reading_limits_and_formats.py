"""Kinds of figure a fresh tester found misread (issue 11, second round): limits stated as a
prohibition, European number formats, proportion ranges and fractions in ranges, percentage
points and percent abbreviations, comparators spelled out or after a bracketed conversion,
and a change whose end sits past a phrase.

Every case is one paragraph of our own, all extracted in one ``claimcheck extract --format
json`` run on one Markdown draft, so each expectation is what a user sees; offsets are checked
(``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

INF = None  # an open side

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    # a prohibition turns a strict comparator into the opposite bound, the figure included:
    # a dose limit is "at most", never "more than"
    "negated limit": [
        (
            "Do not give more than 3 doses of the syrup overnight.",
            [fig("more than 3 doses", INF, 3, unit="doses", comparator="not more than")],
        ),
        (
            "Total intake must not exceed 2,000 mg.",
            [fig("not exceed 2,000 mg", INF, 2000, unit="mg", comparator="not exceed")],
        ),
        (
            "Give 10 mg per dose, not exceeding 40 mg.",
            [
                fig("10 mg", 10, unit="mg"),
                fig("not exceeding 40 mg", INF, 40, unit="mg", comparator="not exceeding"),
            ],
        ),
        (
            "Never use more than 6 sprays.",
            [fig("more than 6 sprays", INF, 6, unit="sprays", comparator="not more than")],
        ),
        (
            "You shouldn't drink more than 6 cups of coffee.",
            [fig("more than 6 cups", INF, 6, unit="cups", comparator="not more than")],
        ),
        (
            "Wear the patch for no longer than 12 hours.",
            [fig("no longer than 12 hours", INF, 12, unit="hour", comparator="no longer than")],
        ),
        (
            "Store the pens at not above 30 °C.",
            [fig("not above 30 °C", INF, 30, unit="°C", comparator="not above")],
        ),
        (
            "Do not refrigerate below 2 °C.",
            [fig("below 2 °C", 2, INF, unit="°C", comparator="not below")],
        ),
        (
            "Don't eat fewer than 3 meals a day.",
            [
                fig(
                    "fewer than 3 meals a day",
                    3,
                    INF,
                    unit="meals/day",
                    comparator="not fewer than",
                )
            ],
        ),
        # the negation is about something else: the comparator keeps its reading
        (
            "Those who did not improve had more than 4 flares.",
            [fig("more than 4 flares", 4, INF, unit="flares", li=False, comparator="more than")],
        ),
        (
            "Not every clinic with more than 9 beds replied.",
            [fig("more than 9 beds", 9, INF, unit="beds", li=False, comparator="more than")],
        ),
        (
            "The wait is often as long as, if not longer than 8 weeks.",
            [fig("longer than 8 weeks", 8, INF, unit="week", li=False, comparator="longer than")],
        ),
        (
            "Symptoms lasting longer than 10 days need review.",
            [fig("longer than 10 days", 10, INF, unit="day", li=False, comparator="longer than")],
        ),
    ],
}


def _cases(kinds):
    return [(kind, text, expected) for kind, cases in kinds.items() for text, expected in cases]


CASES = _cases(KINDS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("limits"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
