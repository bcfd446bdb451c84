"""A multiple is an amount even after a word that makes a bare number a label (``levels``,
``grade``, ``type``): ``raised antibody levels 10-fold`` is 10-fold, as a percentage after one
is a percentage; ``Levels 2 and 3 of care`` and ``Grade 3 tumours`` stay labels."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("The booster raised antibody levels 10-fold.", [fig("10-fold", 10, unit="fold")]),
    ("A third dose raised antibody levels 8-fold.", [fig("8-fold", 8, unit="fold")]),
    ("IgG levels rose 4-fold after the jab.", [fig("4-fold", 4, unit="fold")]),
    ("Ferritin levels 3-fold above normal suggest overload.", [fig("3-fold", 3, unit="fold")]),
    ("Levels 2 and 3 of care differ.", []),
    ("Grade 3 tumours need surgery.", []),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("labelfold"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_multiple_after_label_word(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
