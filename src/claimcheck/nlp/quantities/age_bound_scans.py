"""The age-bound scans of the group finder, tried only where a match can start.

The four patterns of ``groups._event_and_risk_ages`` (``diagnosed before 40``, ``Nine in ten
smokers start before 18``, ``Over 80, …``, ``before they turn 18``) open with long
case-blind alternations (the group nouns, the life events), which the regex engine tries at
every character of a whole draft: some 45 ms a round of the five shared drafts, a quarter of
their extraction (session 55's profile). Every match holds a comparison word (``before``,
``over`` …), and what may stand between a match's start and that word is known, so the
starts are found from the words' occurrences (``str.find`` on the lower-cased text) and the
pattern is matched there only (:func:`~claimcheck.nlp.quantities.required_words.matches_from`):
the same matches as ``finditer``, as ``tests/test_age_bound_scans.py`` checks on generated
texts. A text whose case-blind matching may read a non-ASCII letter as an ASCII one, or whose
lower case is longer than itself, is scanned as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimcheck.nlp.quantities.required_words import (
    WORD_START,
    folds_to_ascii,
    matches_from,
    occurrences,
)

EVENT_BOUNDS = ("before", "after", "under", "over")
"""The comparison words of an event's age bound (``diagnosed before 40``, ``smokers start
before 18``): every match holds one, after its opening words."""
OPENING_BOUNDS = ("over", "under", "above", "below")
"""The comparison words that open a clause's age (``Over 80, …``)."""
TURNING_BOUNDS = ("before", "by", "until", "after")
"""The words a match of ``before they turn 18`` starts with."""
BLANKS = frozenset(" \t\u00a0\u2009\u202f")  # the group finder's ``H``


def _bound_words(text: str, words: Iterable[str]) -> list[int] | None:
    """Where each of ``words`` starts in ``text``, compared without case (sorted), or None
    when the lower case cannot be compared position for position with ``text``."""
    if folds_to_ascii(text):
        return None
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    return sorted({at for word in words for at in occurrences(lowered, word)})


def _in_words(char: str) -> bool:
    """Whether a match may hold ``char`` between its start and its comparison word: a word
    character (``\\w``), an apostrophe, a hyphen or a blank (``\\s``: "put on", "give up")."""
    return char.isalnum() or char in "_'’-" or char.isspace()


def words_then_bound(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens at a word start
    (:data:`WORD_START`) and holds only word characters, apostrophes, hyphens and blanks up
    to one of :data:`EVENT_BOUNDS`: the word starts of the run of such characters before each
    occurrence are the only places a match can start."""
    found = _bound_words(text, EVENT_BOUNDS)
    if found is None:
        return pattern.finditer(text)
    starts: list[int] = []
    run_end = begin = read_to = -1  # the last run walked: its start, and where it was read to
    for at in found:
        if run_end < 0 or not all(map(_in_words, text[run_end:at])):
            begin = at
            while begin and _in_words(text[begin - 1]):
                begin -= 1
        run_end = at
        first = max(begin, read_to)
        starts.extend(hit.start() for hit in WORD_START.finditer(text, first, at + 1))
        read_to = max(read_to, at + 1)
    return matches_from(pattern, text, starts)


def opening_bound(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match is blanks at most, then
    one of :data:`OPENING_BOUNDS`: a match starts in the blanks before an occurrence."""
    found = _bound_words(text, OPENING_BOUNDS)
    if found is None:
        return pattern.finditer(text)
    starts: set[int] = set()
    for at in found:
        begin = at
        while begin and text[begin - 1] in BLANKS:
            begin -= 1
        starts.update(range(begin, at + 1))
    return matches_from(pattern, text, sorted(starts))


def turning_bound(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with one of
    :data:`TURNING_BOUNDS`."""
    found = _bound_words(text, TURNING_BOUNDS)
    if found is None:
        return pattern.finditer(text)
    return matches_from(pattern, text, found)
