"""An approximation word with an article before the figure keeps the figure approximate
(issue 11; break23: "had about a 6% chance" was read as an exact 6% and accused against the
source's 5.9%)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("A man had about a 6% chance of dying.", [fig("about a 6%", 6, unit="percent", approx=True)]),
    ("They face roughly a 20% risk.", [fig("roughly a 20%", 20, unit="percent", approx=True)]),
    (
        "Smokers run around an 80% higher risk.",
        [fig("around an 80%", 80, unit="percent", approx=True)],
    ),
    ("It carries a 6% risk.", [fig("6%", 6, unit="percent")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("approx"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_approximation_before_an_article(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
