"""A listicle's count that opens a heading or a line (``7 signs of …``, ``Here are 6 things to
know …``) numbers the page's own items, not things in the world: no figure. The same noun
inside a sentence, or without a word announcing the list, stays a count."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

LISTICLES = [
    "5 warning signs of a stroke in women",
    "Here are 4 things to know about measles.",
    "12 ways to cut your salt intake",
    "Nine myths about vaccines in pregnancy",
    "These 3 tips for better sleep really work.",
    "6 simple stretches for a stiff back",
    "Here's 8 questions to ask your midwife.",
    "The 7 early signs of sepsis in babies",
    "Top 4 foods for iron",
]
KEPT = [
    (
        "3 signs were seen in most of the 40 patients.",
        [fig("3 signs", 3, unit="signs"), fig("40 patients", 40, unit="patients")],
    ),
    (
        "Two symptoms appear in most children: fever and rash.",
        [fig("Two symptoms", 2, unit="symptoms")],
    ),
    ("The 3 patients in the study recovered.", [fig("3 patients", 3, unit="patients")]),
    (
        "Doctors found 4 signs of infection in 10 cases.",
        [fig("4 signs", 4, unit="signs"), fig("10 cases", 10, unit="cases")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(
        tmp_path_factory.mktemp("listicles"), LISTICLES + [t for t, _ in KEPT]
    )


@pytest.mark.parametrize("text", LISTICLES)
def test_a_listicle_count_is_no_figure(read, text: str) -> None:
    assert read[text] == []


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=[t for t, _ in KEPT])
def test_the_same_nouns_in_a_sentence_stay_counts(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
