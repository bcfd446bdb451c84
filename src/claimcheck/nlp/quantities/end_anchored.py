"""Searches for a word right before a figure, skipped when the last character rules it out.

The readers look left of a figure with patterns such as ``(?:about|nearly|~){H}*\\Z``,
searched in the 8 to 90 characters before it: the regex engine tries the whole alternation
(hundreds of currency codes, dozens of comparators) at every one of those positions, for
every figure, though a match must end at the figure, after blanks only. So the last
character before those blanks must be one that the pattern's words can end with (``t`` of
``about``, ``$``, ``~``); :class:`EndAnchored` reads that set from the parsed pattern once
and searches only where the character before the blanks is in it. Where it is not, no match
is possible and ``None`` is what the search would have returned. A pattern of another shape,
or one whose ending the parse cannot tell, is searched as before.
"""

from __future__ import annotations

import contextlib
import re
import sys
from typing import Any

from claimcheck.nlp.quantities.first_chars import guard_compiled
from claimcheck.nlp.quantities.word_starts import sre_constants, sre_parse

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: r"\d",
    sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    sre_constants.CATEGORY_SPACE: r"\s",
    sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_WORD: r"\w",
    sre_constants.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """The pattern ends in a way the analysis does not follow: search it as it is."""


class EndAnchored:
    """A compiled ``core{H}*\\Z`` pattern whose ``search`` first checks the character
    before the trailing blanks against the characters ``core`` can end with. Every other
    attribute is the pattern's own."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern_object = pattern
        # searched behind a guard at its first characters: the window before a figure is
        # 8 to 90 characters, and the whole alternation was tried at each of them
        self._searched = guard_compiled(pattern)
        self._blanks: frozenset[str] | None = None
        self._last: re.Pattern[str] | None = None
        with contextlib.suppress(_Unknown):
            self._blanks, self._last = _ending(pattern)
        # whether each character met before the blanks is one the words can end with: a
        # dictionary look-up, where a match of the class cost a third of the gate
        self._ends: dict[str, bool] = {}

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._last is not None and self._blanks is not None:
            end = min(endpos, len(string))
            blanks = self._blanks
            while end > pos and string[end - 1] in blanks:
                end -= 1
            if end <= pos:
                return None  # blanks only: the words cannot end there
            last = string[end - 1]
            ends = self._ends.get(last)
            if ends is None:
                ends = self._ends[last] = self._last.match(last) is not None
            if not ends:
                return None  # the words cannot end there: no match, as the search would find
        return self._searched.search(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


BLANKS = frozenset(" \t\u00a0\u2009\u202f")
"""The blanks a pattern that ends otherwise than in ``{H}*\\Z`` is read back across (those of
the finder's ``H``): ``between{H}+\\Z``, ``(?P<sign>{H}*[=:,]{H}*|{H}*)\\Z``."""


def _ending(pattern: re.Pattern[str]) -> tuple[frozenset[str], re.Pattern[str]]:
    """The blanks the pattern's ``{H}*\\Z`` allows (:data:`BLANKS` when it ends in ``\\Z``
    otherwise), and one character class that matches every character its core can end with
    (and maybe more): the last character it reads that is not one of the blanks its last
    items read."""
    items = list(sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE))
    if len(items) < 2 or items[-1] != (sre_constants.AT, sre_constants.AT_END_STRING):
        raise _Unknown
    blanks = _final_blanks(items[-2])
    if blanks is None:
        blanks, core = BLANKS, items[:-1]  # its last items' blanks are skipped below
    else:
        core = items[:-2]
    cased: list[str] = []
    folded: list[str] = []
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    if _last_chars(core, ignore_case, cased, folded, blanks):
        raise _Unknown  # the core can be empty: the match could end anywhere
    classes = [f"[{''.join(cased)}]"] if cased else []
    if folded:
        classes.append(f"(?i:[{''.join(folded)}])")
    if not classes:
        raise _Unknown
    last = re.compile("|".join(classes))
    if any(last.match(blank) for blank in blanks):
        raise _Unknown  # a core that may end in a blank could end inside the blanks
    return blanks, last


def _final_blanks(item: Any) -> frozenset[str] | None:
    """The characters of a final ``[…]*`` of literals (``{H}*``), else None."""
    op, value = item
    if op not in _REPEATS or value[0] != 0:
        return None
    inner = list(value[2])
    if len(inner) != 1 or inner[0][0] != sre_constants.IN:
        return None
    members = list(inner[0][1])
    if any(kind != sre_constants.LITERAL for kind, _ in members):
        return None
    return frozenset(chr(code) for _, code in members)


def _last_chars(
    items: list, ignore_case: bool, cased: list[str], folded: list[str], blanks: frozenset[str]
) -> bool:
    """Add to ``cased`` or ``folded`` (as class text) the last character ``items`` can end
    with that is not one of their trailing ``blanks`` (``max(?:imum)?{H}+`` ends in ``m`` or
    ``x``, then blanks that the pattern's final ``{H}*`` could as well have read); return
    whether they can match the empty string or blanks only (then what comes before them
    ends it)."""
    for op, value in reversed(items):
        if op in _ZERO_WIDTH or _blank_only(op, value, blanks):
            continue
        if op == sre_constants.LITERAL:
            (folded if ignore_case else cased).append(re.escape(chr(value)))
            return False
        if op == sre_constants.IN:
            (folded if ignore_case else cased).append(_class_text(list(value)))
            return False
        if op == sre_constants.BRANCH:
            empty = False
            for branch in value[1]:
                empty |= _last_chars(list(branch), ignore_case, cased, folded, blanks)
            if not empty:
                return False
            continue
        if op == sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            inner_case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            if not _last_chars(list(inner), inner_case, cased, folded, blanks):
                return False
            continue
        if op in _REPEATS:
            low, _high, inner = value
            if not _last_chars(list(inner), ignore_case, cased, folded, blanks) and low > 0:
                return False
            continue
        raise _Unknown  # any character, a back-reference, a conditional …
    return True


def _blank_only(op: Any, value: Any, blanks: frozenset[str]) -> bool:
    """Whether a parsed item reads only characters of ``blanks`` (``{H}+``, a space)."""
    if op == sre_constants.LITERAL:
        return chr(value) in blanks
    if op == sre_constants.IN:
        return all(kind == sre_constants.LITERAL and chr(code) in blanks for kind, code in value)
    if op in _REPEATS:
        return all(_blank_only(*item, blanks) for item in value[2])
    if op == sre_constants.SUBPATTERN:
        return all(_blank_only(*item, blanks) for item in value[-1])
    if op == sre_constants.BRANCH:
        return all(all(_blank_only(*item, blanks) for item in branch) for branch in value[1])
    return False


def _class_text(members: list) -> str:
    """The inside of a character class for parsed class members (no negation)."""
    parts = []
    for kind, value in members:
        if kind == sre_constants.LITERAL:
            parts.append(re.escape(chr(value)))
        elif kind == sre_constants.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind == sre_constants.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            raise _Unknown  # a negated class: it can end with almost anything
    return "".join(parts)
