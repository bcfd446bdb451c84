"""The characters a pattern's match can start with: a speed aid for long alternations.

Python's regex engine tries an alternation's branches in turn at every position, and a
branch fails fast only where it opens with a plain character or class; one that opens with a
word boundary, a look-behind, an optional group or a case-blind word runs some of its
program first. :func:`guarded` puts a look-ahead at the first characters a match can read
before such a branch (``(?=[dDsS])(?:\\b(?i:doses?|shots?)…)``), so that a branch whose match
cannot start at a position is left after one character test. Read from the parsed pattern,
so a blocker added later is guarded by what it says.

A guard only ever adds a test that every match passes: a branch that can match the empty
string, or whose start this module cannot follow, is left as it is.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from claimcheck.nlp.quantities.digit_starts import (
    digit_runs,
    ends_a_digit_run,
    starts_a_digit_run,
)
from claimcheck.nlp.quantities.word_starts import sre_constants, sre_parse

_C = sre_constants
_SKIPPED = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}  # read no character: what follows starts here
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_FLAGS_FOLLOWED = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE
_CATEGORIES = {
    _C.CATEGORY_DIGIT: r"\d",
    _C.CATEGORY_NOT_DIGIT: r"\D",
    _C.CATEGORY_SPACE: r"\s",
    _C.CATEGORY_NOT_SPACE: r"\S",
    _C.CATEGORY_WORD: r"\w",
    _C.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """A start this module does not follow: the pattern is left unguarded."""


def guarded(pattern: str, flags: int = 0) -> str:
    """``pattern`` with a look-ahead at the characters its matches can start with, or as it
    is when it can match the empty string or its start is not followed here. The guarded
    pattern matches exactly where and what ``pattern`` matches (compiled with ``flags``)."""
    if _opens_with_a_character_test(pattern, flags):
        return pattern  # the engine tests that character first already, at no cost
    guard = first_class(pattern, flags)
    return pattern if guard is None else f"(?={guard})(?:{pattern})"


def top_level_branches(pattern: str) -> list[str]:
    """The branches of ``pattern``'s top-level alternation, as written (``a|(?:b|c)|[|]``
    gives ``a``, ``(?:b|c)`` and ``[|]``): a ``|`` inside a group or a class, or escaped,
    splits nothing."""
    branches: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a member, not the class's end
            index += 2 if pattern.startswith("^", index + 1) else 1
            if pattern.startswith("]", index):
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    branches.append(pattern[start:])
    return branches


def guarded_branches(pattern: str, flags: int = 0) -> str:
    """``pattern`` with each top-level branch :func:`guarded`: an alternation whose branches
    open with look-behinds or case-blind words runs each one's program at every position it
    is tried, where a guard leaves after one character test. The same matches, in the same
    order of preference (compiled with ``flags``)."""
    return "|".join(guarded(branch, flags) for branch in top_level_branches(pattern))


def guard_compiled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead at the characters its matches can start with, compiled
    with its flags: the same matches, groups and group names, but a ``search`` leaves each
    position where no match can start after one character test, and a ``match`` there fails
    at once, where the pattern's own program (a word boundary, a look-behind, a case-blind
    alternation, a named group around each branch) would run first. ``pattern`` itself
    when its start is not followed here."""
    guard = first_class(pattern.pattern, pattern.flags)
    if guard is None:
        return pattern
    return re.compile(f"(?={guard})(?:{pattern.pattern})", pattern.flags)


def _opens_with_a_character_test(pattern: str, flags: int = 0) -> bool:
    """Whether ``pattern`` opens with a plain character or class, case-sensitive: a branch
    that does is skipped by the engine after that one test (and a whole pattern that does
    is searched for by its first character), which a look-ahead before it would undo."""
    try:
        parsed = sre_parse.parse(pattern, flags & ~re.UNICODE)
        flags, items = parsed.state.flags, list(parsed)
        while items and items[0][0] == _C.SUBPATTERN and items[0][1][0] is None:
            _group, add_flags, del_flags, inner = items[0][1]
            flags = (flags | add_flags) & ~del_flags
            items = list(inner)
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return False
    return bool(items) and items[0][0] in (_C.LITERAL, _C.IN) and not flags & re.IGNORECASE


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A regex for one character that every match of ``pattern`` (compiled with ``flags``)
    starts with, or None."""
    try:
        parsed = sre_parse.parse(pattern, flags & ~re.UNICODE)
        if parsed.getwidth()[0] == 0:
            return None  # an empty match reads no first character
        atoms, nullable = _sequence(list(parsed), parsed.state.flags)
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return None
    if nullable or not atoms:
        return None
    return _render(atoms)


def _sequence(items: list, flags: int) -> tuple[set[tuple[str, str]], bool]:
    """The first-character atoms of a sequence of items, and whether it can read nothing."""
    atoms: set[tuple[str, str]] = set()
    for op, value in items:
        if op in _SKIPPED:
            continue
        found, nullable = _item(op, value, flags)
        atoms |= found
        if not nullable:
            return atoms, False
    return atoms, True


def _item(op, value, flags: int) -> tuple[set[tuple[str, str]], bool]:
    case_blind = bool(flags & re.IGNORECASE)
    if op == _C.LITERAL:
        return {("i" if case_blind else "c", _char(value))}, False
    if op == _C.NOT_LITERAL:
        return {("n", _wrap(f"[^{_char(value)}]", case_blind))}, False
    if op == _C.IN:
        return {_class_atom(list(value), case_blind)}, False
    if op == _C.BRANCH:
        atoms: set[tuple[str, str]] = set()
        any_nullable = False
        for branch in value[1]:
            found, nullable = _sequence(list(branch), flags)
            atoms |= found
            any_nullable = any_nullable or nullable
        return atoms, any_nullable
    if op == _C.SUBPATTERN:
        _group, add_flags, del_flags, inner = value
        inner_flags = (flags | add_flags) & ~del_flags
        if inner_flags & ~_FLAGS_FOLLOWED:
            raise _Unknown
        return _sequence(list(inner), inner_flags)
    if op == getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(value), flags)
    if op in _REPEATS:
        low, high, inner = value
        if high == 0:
            return set(), True
        found, nullable = _sequence(list(inner), flags)
        return found, nullable or low == 0
    raise _Unknown  # ANY, a back-reference, a conditional group …


def _class_atom(items: list, case_blind: bool) -> tuple[str, str]:
    negated = False
    parts = []
    for op, value in items:
        if op == _C.NEGATE:
            negated = True
        elif op == _C.LITERAL:
            parts.append(_char(value))
        elif op == _C.RANGE:
            parts.append(f"{_char(value[0])}-{_char(value[1])}")
        elif op == _C.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            raise _Unknown
    if negated:
        return "n", _wrap(f"[^{''.join(parts)}]", case_blind)
    return ("i" if case_blind else "c"), "".join(parts)


def _render(atoms: set[tuple[str, str]]) -> str:
    cased = "".join(sorted(text for kind, text in atoms if kind == "c"))
    blind = "".join(sorted(text for kind, text in atoms if kind == "i"))
    alternatives = [f"[{cased}]"] if cased else []
    if blind:
        alternatives.append(f"(?i:[{blind}])")
    alternatives += sorted(text for kind, text in atoms if kind == "n")
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _wrap(text: str, case_blind: bool) -> str:
    return f"(?i:{text})" if case_blind else text


_NON_ASCII = "\\x80-\\U0010ffff"
_SCANNED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE


class StartScanned:
    """A compiled pattern whose ``finditer`` and ``search`` let the regex engine skip, in
    its own loop, every character no match can start with: a whole-text scan of a pattern
    that opens with a word boundary, a look-behind or a case-blind word otherwise runs the
    pattern's program at every character of the page. Every other attribute (``match``,
    ``sub``, ``pattern`` …) is the pattern's own.

    The engine skips ahead by itself only for a pattern that opens with a case-sensitive
    character class. The finder here is one: ``[C](?<=(?=P)[C])``, where ``C`` is every ASCII
    character a match of ``P`` can start with (:func:`first_class`, tested on each) and every
    character beyond ASCII (so ``C`` is never too narrow, whatever case-blind matching
    folds), and the look-behind steps back over that character to try ``P`` where it starts.
    So the finder matches exactly where a match of ``P`` starts, and ``P.match`` there is the
    match ``P``'s own search finds first from there (both read the text before and after the
    position alike). A pattern that can match the empty string, whose start is not followed
    here, or with other flags, is searched as it is.

    A pattern whose every match starts a run of digits (:func:`~claimcheck.nlp.quantities.
    digit_starts.starts_a_digit_run`) is tried only at the text's run starts, found once per
    text: a page has a few hundred, and a scan of it even in C cost ten times as much. One
    whose every match starts at a run's last digit (:func:`~claimcheck.nlp.quantities.
    digit_starts.ends_a_digit_run`) is tried there."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern_object = pattern
        self.finder = _start_finder(pattern)
        self.at_digit_runs = starts_a_digit_run(pattern)
        self.at_run_ends = not self.at_digit_runs and ends_a_digit_run(pattern)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self.at_digit_runs or self.at_run_ends:
            return self._run_matches(text, pos, endpos)
        if self.finder is None:
            return self.pattern_object.finditer(text, pos, endpos)
        return self._matches(text, pos, endpos)

    def _run_matches(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """The matches tried at the runs' starts (or, for :attr:`at_run_ends`, their last
        digits) from ``pos`` on, each after the last match's end, as ``finditer`` finds them:
        no match starts anywhere else (a run that starts before ``pos`` goes on past it, and
        a digit after a digit starts no match of a run-start pattern)."""
        match, last = self.pattern_object.match, int(self.at_run_ends)
        runs = digit_runs(text)
        # (from the run holding pos: the last digit of a run started before it may follow it)
        for run_start, run_end in runs[max(0, bisect_left(runs, (pos,)) - last) :]:
            start = run_end - 1 if last else run_start
            if start >= endpos:
                return
            if start < pos:
                continue  # before pos, or inside the last match
            found = match(text, start, endpos)
            if found is not None:
                yield found
                pos = found.end()

    def _matches(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        find, match = self.finder.search, self.pattern_object.match
        while (start := find(text, pos, endpos)) is not None:
            found = match(text, start.start(), endpos)
            if found is None:  # pragma: no cover - the finder matched where P does
                pos = start.start() + 1
                continue
            yield found
            pos = found.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.at_digit_runs or self.at_run_ends:
            return next(self._run_matches(text, pos, endpos), None)
        if self.finder is None:
            return self.pattern_object.search(text, pos, endpos)
        start = self.finder.search(text, pos, endpos)
        return None if start is None else self.pattern_object.match(text, start.start(), endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


def _start_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The finder of :class:`StartScanned` for ``pattern``, or None."""
    if pattern.flags & ~_SCANNED_FLAGS:
        return None
    guard = first_class(pattern.pattern, pattern.flags)
    if guard is None:
        return None
    try:
        tests = [re.compile(guard, pattern.flags), re.compile(guard, pattern.flags ^ re.I)]
        ascii_chars = "".join(
            re.escape(chr(code))
            for code in range(128)
            if any(test.match(chr(code)) for test in tests)
        )
        starts = f"[{ascii_chars}{_NON_ASCII}]"
        inner = f"(?{'i' if pattern.flags & re.IGNORECASE else ''}:{pattern.pattern})"
        return re.compile(f"{starts}(?<=(?={inner}){starts})", pattern.flags & ~re.IGNORECASE)
    except re.error:
        return None


def _is_word_char(char: str) -> bool:
    """Whether ``char`` is one ``\\w`` matches (str patterns: Unicode)."""
    return char.isalnum() or char == "_"


class PeriodAnchored:
    """A compiled pattern whose every match starts where a word does (``\\b`` then a word
    character) and holds a full stop at most ``reach`` characters after its start
    (``approx.``, ``e.g.``, ``et al.``): ``finditer`` tries the pattern only at the word
    starts up to ``reach`` characters before each full stop of the text, the first one at
    or after each word start being the only one its match can reach first. A page holds a
    full stop every hundred characters or so, where the letters such a pattern can start
    with are every other character, so even :class:`StartScanned`'s skipping ran its program
    at half the page. Same matches as ``pattern.finditer`` (``tests/test_first_chars.py``
    checks both promises on generated texts)."""

    def __init__(self, pattern: re.Pattern[str], reach: int) -> None:
        self.pattern_object = pattern
        self.reach = reach

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        match, reach = self.pattern_object.match, self.reach
        pos = 0  # where the next match may start: after the last one
        after_last_stop = 0  # a start belongs to the first full stop at or after it
        stop = text.find(".")
        while stop >= 0:
            for start in range(max(pos, after_last_stop, stop - reach), stop + 1):
                if not _is_word_char(text[start]) or (start and _is_word_char(text[start - 1])):
                    continue  # no word starts here
                found = match(text, start)
                if found is not None:
                    yield found
                    pos = found.end()
                    break
            after_last_stop = stop + 1
            stop = text.find(".", max(after_last_stop, pos))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)
