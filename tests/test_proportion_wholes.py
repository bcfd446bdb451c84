"""Proportions whose whole is written unlike the usual ``1 in 8`` (issue 11, proportions in
words): a rounded whole with decimals after a part of one (``1 in 2.5 people`` is 0.4, ``one in
1.5 adults`` two thirds), unless a unit follows (``1 in 2.5 mL`` is no share); and news style's
part spelled under ten before a whole in digits (``eight of 10``, ``three of 12 patients``),
while ``one of 12 hospitals`` names one among many and stays none. Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig


def share(surface, value, approx=False):
    return fig(surface, value, unit="proportion", kind="proportion", approx=approx)


CASES: list[tuple[str, list[dict]]] = [
    ("About 1 in 2.5 people will need glasses.", [share("About 1 in 2.5", 0.4, approx=True)]),
    ("One in 2.5 men smokes daily.", [share("One in 2.5", 0.4)]),
    ("Roughly 1 in 1.5 adults is overweight.", [share("Roughly 1 in 1.5", 1 / 1.5, approx=True)]),
    ("1 out of 2.5 callers waited.", [share("1 out of 2.5", 0.4)]),
    ("Eight of 10 parents said yes.", [share("Eight of 10", 0.8)]),
    ("Three of 12 patients had a rash.", [share("Three of 12", 0.25)]),
    ("Seven of 20 clinics ran out.", [share("Seven of 20", 0.35)]),
    ("Nine of 150 wards were closed.", [share("Nine of 150", 0.06)]),
    ("It is one of 12 hospitals in the trust.", [fig("12 hospitals", 12, unit="hospitals")]),
    ("Two of 3 doses were given.", [fig("3 doses", 3, unit="doses")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("wholes"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_whole_is_read_as_written(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


NO_SHARE = [
    "Dissolve 1 in 2.5 mL of water.",
    "Give 1 in 1.5 hours if needed.",
    "Mix 1 in 2.5 % saline.",
]


@pytest.fixture(scope="module")
def extracted_no_share(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("no_share"), NO_SHARE)


@pytest.mark.parametrize("text", NO_SHARE)
def test_a_decimal_whole_with_a_unit_is_no_share(extracted_no_share, text):
    assert [q["unit"] for _, q in extracted_no_share[text] if q["unit"] == "proportion"] == []
