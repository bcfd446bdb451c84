"""``45/60 patients``, ``18/24 (75%)``: a count of a whole written with a slash, as trials
report n/N, is a share when a plural noun of people follows or a percentage restates it in
brackets (then one figure, the percentage as written), even after a score word (``pain
eased in 12/40 patients``); a score over its scale's top stays a score (``pain fell from
7/10 to 3/10``) and ``1/2 tablet`` an amount."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    # a count restated as its percentage is one figure: the percentage, as written
    ("Nausea eased in 45/60 patients (75%).", [fig("45/60 patients (75%)", 75.0, unit="percent")]),
    ("Pain improved in 12/40 women.", [fig("12/40", 0.3, unit="proportion")]),
    (
        "Of those treated, 18/24 (75%) were well at a year.",
        [fig("18/24 (75%)", 75.0, unit="percent")],
    ),
    (
        "Pain scores fell from 7/10 to 3/10.",
        [fig("7/10", 7.0, role="before"), fig("3/10", 3.0, role="after")],
    ),
    ("Take 1/2 tablet at night.", [fig("1/2 tablet", 0.5, unit="tablet")]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("n_of_n"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_n_of_n_people_is_a_share(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
