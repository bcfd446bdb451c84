"""``a month on average`` is a price's period: ``a month on`` says when (``A month on, 30% had
relapsed``), but not before ``average`` (held-out geriatrics set: "a nursing home cost about
£4,450 a month on average")."""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities.finder import find_quantities


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("A care home cost about £4,450 a month on average.", "about £4,450 a month", "GBP/month"),
        ("Carers earn £11 an hour on average.", "£11 an hour", "GBP/hour"),
        ("Patients walked 4,000 steps a day on average.", "4,000 steps a day", "steps/day"),
    ],
)  # fmt: skip
def test_a_period_before_on_average_is_kept(text, figure, unit):
    found = {q.text: q.unit for q in find_quantities(text)}
    assert found.get(figure) == unit


def test_a_month_on_still_says_when():
    assert [q.text for q in find_quantities("A month on, 30% had relapsed.")] == ["30%"]
