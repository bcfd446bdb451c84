"""A relative effect written as a numeral fraction (issue 11, relative effects; the ``3/4``
value form of quantulum3's tracker): ``cut deaths by 1/3`` is a change of a third, read as
``by a third`` is, a proportion. Only after ``by`` and a verb of change, with nothing after it
that it measures: ``cut by 1/2 mg`` is an amount, and with no verb of change
(``divide the tablet by 1/2``) it is none. Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Screening cut deaths by 1/3.", [fig("1/3", 1 / 3, unit="proportion")]),
    ("It lowers the risk by ⅓ in adults.", [fig("⅓", 1 / 3, unit="proportion")]),
    (
        "The pill reduced relapse by 1/4, compared with placebo.",
        [fig("1/4", 0.25, unit="proportion")],
    ),
    ("The dose was cut by 1/2 mg.", [fig("1/2 mg", 0.5, unit="mg")]),
    ("Divide the tablet by 1/2.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("relative"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_numeral_fraction_after_by_is_a_relative_change(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
