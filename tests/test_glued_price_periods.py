"""A price's period glued to it, as UK adverts write it (issue 11, price floors and money):
``£650pcm`` (per calendar month), ``£9.99pm``, ``£5pw``, ``£28,407pa``; and ``£9.99 pm`` is a
monthly price, not a time of day (``9.99`` is no clock time, and a time never follows a
currency sign). Times of day stay none. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Rooms rent at £700pcm near the hospital.",
        [fig("£700pcm", 700, unit="GBP", per="month")],
    ),
    ("Cover costs £12.99pm for adults.", [fig("£12.99pm", 12.99, unit="GBP", per="month")]),
    ("Cover costs £12.99 pm for adults.", [fig("£12.99 pm", 12.99, unit="GBP", per="month")]),
    (
        "Plans from £7.50pm.",
        [fig("from £7.50pm", 7.5, None, unit="GBP", per="month", comparator="from")],
    ),
    ("Carers earn £450pw.", [fig("£450pw", 450, unit="GBP", per="week")]),
    ("Nurses start on £28,407pa.", [fig("£28,407pa", 28407, unit="GBP", per="year")]),
    ("The clinic closes at 9.30pm.", []),
    ("Visiting ends at 8pm daily.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("glued_periods"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_glued_period_is_the_prices(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
