"""Misreads a third fresh collection of real-world forms found on main (issue 11), each fixed
as a kind: a noun that shares a stem with a verb of change (``surgery``, ``booster``) no
longer turns a range into a change.

Every case is one paragraph of our own, all extracted in one ``claimcheck extract --format
json`` run on one Markdown draft, so each expectation is what a user sees; offsets are
checked (``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

BEFORE = {"role": "before"}
AFTER = {"role": "after"}

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    # a noun of another sense that shares a change verb's stem is no change word: the
    # range after it stays one interval (README "Changes")
    "noun sharing a change verb's stem": [
        (
            "Knee surgery lasts from 2 to 3 hours in most hospitals.",
            [fig("from 2 to 3 hours", 2, 3, unit="hour", role=None)],
        ),
        (
            "A surgeon's fee runs from $400 to $650 per visit.",
            [fig("from $400 to $650", 400, 650, unit="USD", role=None)],
        ),
        (
            "Boosters are given from 6 to 12 months after the first course.",
            [fig("from 6 to 12 months", 6, 12, unit="month", role=None)],
        ),
        (
            "Droplets from 5 to 10 µm settle within a metre.",
            [fig("from 5 to 10 µm", 5, 10, unit="µm", role=None)],
        ),
        (
            "Cataract surgery from £2,100 per eye at our clinic.",
            [fig("from £2,100", 2100, None, unit="GBP", comparator="from")],
        ),
        (
            "A double-blind phase lasted from 8 to 12 weeks.",
            [fig("from 8 to 12 weeks", 8, 12, unit="week", role=None)],
        ),
        # the verbs themselves still make a change
        (
            "Admissions surged from 40 to 95 a week.",
            [fig("40", 40, **BEFORE), fig("95 a week", 95, unit=None, **AFTER)],
        ),
        (
            "Her weight dropped from 92 to 80 kg.",
            [fig("92", 92, unit="kg", **BEFORE), fig("80 kg", 80, unit="kg", **AFTER)],
        ),
    ],
}


def _cases(kinds):
    return [(kind, text, expected) for kind, cases in kinds.items() for text, expected in cases]


CASES = _cases(KINDS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fresh"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
