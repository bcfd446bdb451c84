"""The verdicts' clause patterns searched only where a match can be: issue 17's lint speed.

Every figure's surroundings, frame and evidence ask some hundred module-level patterns about
its clause and sentence (a control arm, a course, a price, an age, a pronoun …), and most of
them open with a word boundary, a look-behind or a case-blind word: the regex engine runs
their program at every character of the text, about a fifth of a lint's time beyond
extraction on the shared drafts. :class:`NeedleScanned` first checks that the text holds
one of the strings every match needs (:func:`~claimcheck.nlp.quantities.required_words.
required_strings`, as :class:`~claimcheck.nlp.quantities.required_words.Gated` does for the
extractor's whole-text scans), then lets the engine skip to where a match can start
(:class:`~claimcheck.nlp.quantities.first_chars.StartScanned`). A text without such a
string cannot match, and the start scan finds the match the pattern's own search finds, so
``search`` and ``finditer`` return the same matches; every other attribute (``match``,
``sub``, ``pattern`` …) is the pattern's own. Which patterns are wrapped was measured on the
calls a lint of the drafts makes (a pattern whose clause texts are a few characters long,
or that most texts hold a needle of, gains nothing and is left alone), each call replayed
with the plain pattern, a needle check and a start scan, the cheapest kept: the forty that
cost most first (branch scale27), then the next 27 (branch perf43, some 0.9 ms of a lint of
the drafts' 24 ms of verdicts).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.required_words import CASE_FOLDED, required_strings


class NeedleScanned:
    """``pattern`` searched only in a text that holds one of its needles, from where a match
    can start; without needles, only start-scanned."""

    __slots__ = ("pattern_object", "_scanned", "_needles", "_blind")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern_object = pattern
        self._scanned = StartScanned(pattern)
        self._needles, self._blind = required_strings(pattern)

    def _may_match(self, text: str) -> bool:
        """Whether ``text`` holds a needle (so a match anywhere in it is possible): a match
        between ``pos`` and ``endpos`` holds one there, so the whole text is asked."""
        needles = self._needles
        if not needles:
            return True
        if self._blind:
            text = _lowered(text)
            if text is None:
                return True  # "K" and the like match ASCII letters without case
        return any(map(text.__contains__, needles))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(text):
            return None
        return self._scanned.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self._may_match(text):
            return iter(())
        return self._scanned.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


class JunctionGated:
    """``pattern`` searched only in a text where ``gate`` matches: every match of the pattern
    holds a match of the gate (a short pattern that opens with a character class the engine
    skips to), so a text without one holds no match anywhere. For a pattern whose matches
    need no common string but a junction of two kinds of character (a name's letters glued
    to its number: ``ACR20``, ``PHQ-9``, ``PASI 75``), where a needle check cannot help."""

    __slots__ = ("pattern_object", "gate")

    def __init__(self, pattern: re.Pattern[str], gate: re.Pattern[str]) -> None:
        self.pattern_object, self.gate = pattern, gate

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.gate.search(text) is None:
            return None
        return self.pattern_object.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self.gate.search(text) is None:
            return iter(())
        return self.pattern_object.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


_last_lowered: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """``text`` in lower case for a case-blind needle check, or None when a character in it
    matches an ASCII letter without case (then every pattern is searched). The last text's
    is kept: a clause is asked by pattern after pattern, each lower-casing it afresh. (One
    tuple, replaced whole: a thread reads a pair that belongs together.)"""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    if not text.isascii() and any(char in text for char in CASE_FOLDED):
        found = None
    else:
        found = text.lower()
    _last_lowered = (text, found)
    return found
