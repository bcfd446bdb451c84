"""``from A to B`` after a verb of extent (``ran``, ``stretched``, ``extended``, ``spread``,
``differed``, ``fluctuated``) is one interval even when a change word stands earlier in the
clause (``the change in weight ran from -1.2 kg to +0.4 kg``): the change is what is measured,
its values span the interval. A change verb right before ``from`` still gives two ends."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "The change in LDL ran from -0.3 to -1.1 mmol/L.",
        [fig("from -0.3 to -1.1 mmol/L", -1.1, -0.3, unit="mmol/L")],
    ),
    (
        "Shifts in weight stretched from -2 kg to +1 kg.",
        [fig("from -2 kg to +1 kg", -2, 1, unit="kg")],
    ),
    (
        "The fall in systolic pressure extended from 3 to 11 mmHg.",
        [fig("from 3 to 11 mmHg", 3, 11, unit="mmHg")],
    ),
    (
        "Changes in score differed from -4 to +6 points between sites.",
        [fig("from -4 to +6 points", -4, 6, unit="points")],
    ),
    (
        "The gap between doses ran from 4 to 12 weeks.",
        [fig("from 4 to 12 weeks", 4, 12, unit="week")],
    ),
    (
        "Her weight fell from 80 kg to 74 kg.",
        [fig("80 kg", 80, unit="kg", role="before"), fig("74 kg", 74, unit="kg", role="after")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("rangeverbs"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_range_verbs(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
