"""The finder's candidate scans find every place a figure can start.

The finder looks for figures only where :data:`finder.ATOM_START` points and matches
:data:`finder.ATOM` there (and for a standalone interval only where
:data:`lexicon.CI_START` points); a figure whose first word a candidate scan missed would
silently go unread. These tests try each pattern at every position of many texts (the
labelled cases, the shipped rules' examples, sentences written here, every first word in
each case style) and check that each start is a candidate, so a new word branch in ``ATOM``
without its first word in ``ATOM_FIRST_WORDS`` fails here.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import pytest

from claimcheck.nlp.quantities import finder, lexicon

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS.parent / "benchmarks"))
import same_output  # noqa: E402  (the corpus of texts the speed checks compare on)

OWN_SENTENCES = [
    "Roughly two-thirds of the nurses said the rota had improved.",
    "Admissions were halved, then cut in half again by spring.",
    "A third (33%) of callers waited, and a quarter lighter dose was tried.",
    "Screening fell by almost a fifth; costs rose by a quarter.",
    "Smokers were twice as likely to relapse; half as often in the trial arm.",
    "Half an hour a day, half a million steps, a dozen clinics, an hundred beds.",
    "Tens of thousands of people and hundreds of clinics took part; dozens of wards.",
    "The effect was twofold, a tenfold rise, a hundredfold gap, double the dose.",
    "Seventy-two of ninety-one adults, one hundred and five nurses, zero deaths.",
    "½ cup, 2½ hours, 1/16 of a dose, 2 1/2 tablets, ,89 € and .5 mg, 1.234,56 kr.",
    "COVID-19, minus-3 kelvin, sub-10 groups, HbA1c 6.5%, IL6, x2, 3x, 10^6 and 10⁶.",
    "İN HALF, ıN half, ſIX patients, ſeventy, TWICE AS LIKELY, BY A THIRD, A QUARTER OF.",
    "Odds were 1.8 (95% CI 1.1–2.9); 95 % confidence interval, 0.4 to 0.9 and CI 95%: 1, 3.",
    "The HR was 0.71, CI 0.58-0.87; 90% CrI [2.1, 4.4]; UI 3–9; CREDIBLE INTERVALS 1 to 2.",
    "Uncertainty interval: −0.3 to 0.2, and a confidence interval (0.5–0.7) beside it.",
]
SCANS = [(finder.ATOM_START, finder.ATOM), (lexicon.CI_START, lexicon.CONFIDENCE_INTERVAL)]


def _case_texts() -> list[str]:
    return same_output.case_texts()  # every labelled case's text, as the speed check reads it


def _rule_texts() -> list[str]:
    return same_output.rule_example_texts()


def _first_word_texts() -> list[str]:
    """Each first word alone, in three case styles, before each kind of follower."""
    words = [*finder.ATOM_FIRST_WORDS, "a", "an", "by", "in"]
    followers = [" of the patients", " as likely", "-thirds of", "s of people", "fold", " half"]
    texts = []
    for word, follower in itertools.product(words, followers):
        for styled in (word, word.upper(), word.title()):
            texts.append(f"({styled}{follower}) and {styled}{follower}.")
    return texts


def _starts(pattern: re.Pattern[str], text: str) -> set[int]:
    return {i for i in range(len(text)) if pattern.match(text, i)}


def _candidates(candidates: re.Pattern[str], text: str) -> set[int]:
    return {m.start() for m in candidates.finditer(text)}


@pytest.mark.parametrize("candidates, pattern", SCANS, ids=["ATOM", "CONFIDENCE_INTERVAL"])
@pytest.mark.parametrize(
    "source", [_case_texts, _rule_texts, _first_word_texts, lambda: OWN_SENTENCES]
)
def test_every_figure_start_is_a_candidate(source, candidates, pattern):
    texts = source()
    assert texts
    for text in texts:
        missed = _starts(pattern, text) - _candidates(candidates, text)
        assert not missed, f"candidates miss {[text[i : i + 12] for i in missed]} in {text!r}"


def test_case_folded_letters_are_every_one_outside_ascii():
    """The characters outside ASCII that a case-insensitive letter matches are listed."""
    letter = re.compile("(?i)[a-z]")
    folded = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert folded == set(finder.CASE_FOLDED_LETTERS)


def test_figures_are_read_at_candidates_only():
    """Reading through the candidate scan finds the same figures as trying every position."""
    for text in OWN_SENTENCES:
        expected = []
        position = 0
        while match := finder.ATOM.search(text, position):
            expected.append(match.span())
            position = match.end()
        starts = [m.span() for m in finder._atoms(text)]
        assert starts == expected, text


def test_intervals_are_read_at_candidates_only():
    heads = [
        [m.span() for m in lexicon.CONFIDENCE_INTERVAL.finditer(text)] for text in OWN_SENTENCES
    ]
    assert sum(map(len, heads)) >= 8
    assert heads == [[m.span() for m in finder._interval_heads(text)] for text in OWN_SENTENCES]
