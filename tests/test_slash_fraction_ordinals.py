"""A slash fraction whose whole is said as an ordinal before ``of`` (issue 11, fractions):
``1/3rd of patients``, ``2/3rds of adults``, ``1/4th of the budget`` are the shares 1/3, 2/3
and 1/4, as ``1/3 of`` is; nothing was read. A date (``3/4th May``) stays none. Sentences of
our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Around 1/3rd of patients relapse.",
        [fig("Around 1/3rd", 1 / 3, unit="proportion", approx=True)],
    ),
    (
        "Nearly 2/3rds of adults are overweight.",
        [fig("Nearly 2/3rds", 2 / 3, unit="proportion", approx=True)],
    ),
    (
        "About 1/4th of the budget goes on drugs.",
        [fig("About 1/4th", 0.25, unit="proportion", approx=True)],
    ),
    ("3/5ths of the nurses agreed.", [fig("3/5ths", 0.6, unit="proportion")]),
    ("On 3/4th May the clinic reopened.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ordinal_fractions"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_ordinal_whole_is_the_fraction(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
