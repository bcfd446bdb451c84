"""Whole-text scans skipped where a word every match needs is missing.

Several readers run one pattern over the whole text (``born before 32 weeks``, ``i-ii tabs``):
the regex engine tries it at every character, though most pages never say ``born`` or
``tabs``. :class:`Gated` reads from the parsed pattern a set of literal strings one of which
every match contains (``born`` or ``delivered``), and scans only a text that holds one of
them; in a text without any, the pattern cannot match, so the scan would find nothing. A
pattern without such strings is always scanned.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from typing import Any

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.word_starts import sre_constants, sre_parse

CASE_FOLDED = "\u0130\u0131\u017f\u212a"
"""``İ ı ſ K``: characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter;
in a text with one, a case-blind pattern is always scanned."""
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}


class Gated:
    """A compiled pattern whose ``finditer`` over a text first checks that the text holds one
    of the strings every match needs, then scans it from where a match can start
    (:class:`~claimcheck.nlp.quantities.first_chars.StartScanned`). Every other attribute is
    the pattern's own."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern_object = pattern
        self.scanned = StartScanned(pattern)
        self.needles, self.case_blind = required_strings(pattern)

    def may_match(self, text: str) -> bool:
        needles = self.needles
        if not needles:
            return True
        if not self.case_blind:
            return any(needle in text for needle in needles)
        if not text.isascii() and any(char in text for char in CASE_FOLDED):
            return True
        lowered = text.lower()
        return any(needle in lowered for needle in needles)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        if not self.may_match(text):
            return iter(())
        return self.scanned.finditer(text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


def required_strings(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool]:
    """Strings one of which every match of ``pattern`` contains, the longest such set found
    at the pattern's top level (an empty tuple when none), and whether they are compared
    without case (then they are lower-case). Only ASCII strings are kept."""
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return (), False
    best: tuple[tuple[str, ...], bool] = ((), False)
    for found in _candidates(items, bool(pattern.flags & re.IGNORECASE)):
        strings, blind = found
        if not all(s.isascii() and s for s in strings):
            continue
        if not best[0] or min(map(len, strings)) > min(map(len, best[0])):
            best = (tuple(s.lower() for s in strings) if blind else strings, blind)
    return _fewest(best[0]), best[1]


def _fewest(strings: tuple[str, ...]) -> tuple[str, ...]:
    """``strings`` in order without repeats and without any that holds another of them: a
    text holds one of them exactly when it holds one of the rest, and a text that holds none
    is asked once per string (a list of number words asked "seventeen" after "seven")."""
    unique = tuple(dict.fromkeys(strings))
    return tuple(s for s in unique if not any(other != s and other in s for other in unique))


def _candidates(items: list, blind: bool) -> Iterator[tuple[tuple[str, ...], bool]]:
    """Sets of strings, each needed by every match of ``items`` (one of the set)."""
    run: list[str] = []
    for op, value in items:
        if op == sre_constants.LITERAL:
            run.append(chr(value))
            continue
        if run:
            yield ("".join(run),), blind
            run = []
        if op == sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            inner_blind = (blind or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            yield from _candidates(list(inner), inner_blind)
        elif op in _REPEATS and value[0] >= 1:
            yield from _candidates(list(value[2]), blind)
        elif op == sre_constants.BRANCH:
            per_branch = [_longest(list(branch), blind) for branch in value[1]]
            if all(per_branch) and len({b for _s, b in per_branch}) == 1:
                strings = tuple(s for found, _b in per_branch for s in found)
                yield strings, per_branch[0][1]
    if run:
        yield ("".join(run),), blind


def _longest(items: list, blind: bool) -> tuple[tuple[str, ...], bool] | None:
    """The candidate of ``items`` with the longest shortest string, if any."""
    best = None
    for strings, inner_blind in _candidates(items, blind):
        if best is None or min(map(len, strings)) > min(map(len, best[0])):
            best = (strings, inner_blind)
    return best


WORD_START = re.compile(r"(?<!\w)[A-Za-z]")
"""Where a word of ASCII letters starts: a ``\\b`` before a letter (no word character before it)."""


def word_starts_before(text: str, needles: Iterable[int], before: frozenset[str]) -> list[int]:
    """The word starts (:data:`WORD_START`) of each run of ``before`` characters that ends where
    a needle starts, the needle's own start included; sorted, each once. A pattern whose
    every match holds a needle and only ``before`` characters ahead of it, and starts at a word
    start, can start at no other position."""
    starts: set[int] = set()
    for at in needles:
        begin = at
        while begin and text[begin - 1] in before:
            begin -= 1
        starts.update(found.start() for found in WORD_START.finditer(text, begin, at + 1))
    return sorted(starts)


ASCII_LETTERS = frozenset(string.ascii_letters)


def words_before(text: str, needles: Iterable[int], blanks: frozenset[str]) -> list[int]:
    """Where the word of ASCII letters ends that ``blanks`` characters part from each needle
    starts (``patients  with``: the start of ``patients``): sorted, each once. A pattern
    whose every match is such a word at a word boundary, blanks and a needle can start at
    no other position (a longer run of letters, or a word character before it, leaves no
    word boundary where the pattern's word would start)."""
    starts: set[int] = set()
    for at in needles:
        end = at
        while end and text[end - 1] in blanks:
            end -= 1
        begin = end
        while begin and text[begin - 1] in ASCII_LETTERS:
            begin -= 1
        if begin < end:
            starts.add(begin)
    return sorted(starts)


def matches_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match of it starts at one of ``starts`` (sorted)
    and none is empty: the pattern matched at each start in turn, from the end of the last
    match (a scan is a match tried at each position in turn, so the first start where it
    matches is where the scan finds its next match)."""
    position = 0
    for start in starts:
        if start < position:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            position = match.end()


def occurrences(text: str, needle: str) -> Iterator[int]:
    """Where ``needle`` starts in ``text``, every occurrence."""
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds a character that case-blind matching reads as an ASCII letter
    (:data:`CASE_FOLDED`): a scan anchored at ASCII letters then runs as it is."""
    return not text.isascii() and any(char in text for char in CASE_FOLDED)
