"""An even chance is a share of one half (issue 11, proportions in words): ``a 50:50 chance``,
``a 50-50 risk``, ``a fifty-fifty chance``, ``the odds are 50/50``, as genetics pages say of
every dominant condition. Only next to a word of chance: ``a 50:50 blend`` is a mix and ``won
50-50`` a score. Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig


def half(surface):
    return fig(surface, 0.5, unit="proportion", kind="proportion")


CASES: list[tuple[str, list[dict]]] = [
    ("Each child has a 50:50 chance of inheriting it.", [half("50:50")]),
    ("There is a 50-50 risk of passing it on.", [half("50-50")]),
    ("A fifty-fifty chance is quoted.", [half("fifty-fifty")]),
    ("Each son has a 50/50 genetic risk.", [half("50/50")]),
    ("The odds are fifty-fifty.", [half("fifty-fifty")]),
    ("Chances are 50/50, doctors say.", [half("50/50")]),
    ("Use a 50:50 blend of the oils.", []),
    ("The teams drew 50-50 at the end.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("even"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_even_chance_is_one_half(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
