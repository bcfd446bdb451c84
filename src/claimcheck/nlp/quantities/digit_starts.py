"""Patterns whose every match starts a run of digits: scanned from the runs, not the text.

Many readers' patterns open with a digit that no digit or word character may precede
(``(?<![\\w./,-])\\d{2,3}…``, ``\\b\\d{1,2}…``). Such a match can only start where a run of
digits starts, and a page has a few hundred of those in a hundred thousand characters: trying
the pattern at each run start (found once per text, :func:`digit_runs`) costs a tenth of a
scan of the whole text, even one the regex engine skips through in C. :func:`starts_a_digit_run`
reads from the parsed pattern whether it is one (False when unsure). A pattern whose match
opens with one digit that no digit follows (``\\d[ \\u00a0]?%,``, ``\\d[a-z]?:``) starts where a
run ends, one character before its end (:func:`ends_a_digit_run`): it is tried there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.nlp.quantities.word_starts import sre_constants, sre_parse

DIGIT_RUN = re.compile(r"\d+")
_C = sre_constants
_DIGITS = range(ord("0"), ord("9") + 1)
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_NO_DIGIT_BEFORE = {(_C.CATEGORY, _C.CATEGORY_DIGIT), (_C.CATEGORY, _C.CATEGORY_WORD)}
"""Members of a look-behind's class that shut out every digit (``\\d``, ``\\w``)."""


@lru_cache(maxsize=4)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every run of digits in ``text``, found once per text: the
    blockers' windows, the ages in apposition, the model numbers and the patterns that start a
    run (:func:`starts_a_digit_run`) all start from them, and a scan of a whole page for digits
    costs as much as one of the finder's own passes."""
    return tuple(run.span() for run in DIGIT_RUN.finditer(text))


def starts_a_digit_run(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts where a run of digits (:data:`DIGIT_RUN`)
    does: its first character is always a digit, and before it a ``\\b`` or a look-behind
    shuts out every digit. False when unsure, or for a pattern compiled with ``re.ASCII``
    (whose ``\\d`` and ``\\w`` are not the runs' ``\\d``)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return False
    try:
        return _starts_run(list(sre_parse.parse(pattern.pattern, pattern.flags)), False)
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return False


def ends_a_digit_run(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts at the last digit of a run of digits: it
    first reads one digit (not a repeat of them), then a character that is never a digit.
    False when unsure, or under ``re.ASCII``."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return False
    try:
        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return False
    for index, (op, value) in enumerate(items):
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # reads no character
        if not _is_digit(op, value):
            return False
        free, nullable = _starts_without_digit(items[index + 1 :])
        return free and not nullable
    return False


def _starts_without_digit(items: list) -> tuple[bool, bool]:
    """Whether the sequence ``items`` never reads a digit first, and whether it can read
    nothing (then what follows it comes first)."""
    for op, value in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        free, nullable = _item_without_digit(op, value)
        if not free:
            return False, False
        if not nullable:
            return True, False
    return True, True


def _item_without_digit(op: int, value: object) -> tuple[bool, bool]:
    """(never a digit first, can read nothing) for one item; (False, False) when unsure."""
    if op == _C.LITERAL:
        return not chr(value).isdecimal(), False  # type: ignore[arg-type]
    if op == _C.IN:
        return all(_member_without_digit(kind, arg) for kind, arg in value), False  # type: ignore[attr-defined]
    if op == _C.SUBPATTERN:
        return _starts_without_digit(list(value[-1]))  # type: ignore[index]
    if op == _C.BRANCH:
        found = [_starts_without_digit(list(branch)) for branch in value[1]]  # type: ignore[index]
        return all(free for free, _ in found), any(nullable for _, nullable in found)
    if op in _REPEATS:
        low, _high, inner = value  # type: ignore[misc]
        free, nullable = _starts_without_digit(list(inner))
        return free, nullable or low == 0
    return False, False


_DIGIT_FREE_CATEGORIES = {_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD, _C.CATEGORY_NOT_DIGIT}
_RANGE_CHECKED = 0x3000  # a wider range is taken to hold a digit


def _member_without_digit(kind: int, arg: object) -> bool:
    """Whether a class member matches no digit (``\\d``: Unicode's decimal digits)."""
    if kind == _C.LITERAL:
        return not chr(arg).isdecimal()  # type: ignore[arg-type]
    if kind == _C.RANGE:
        low, high = arg  # type: ignore[misc]
        return high - low < _RANGE_CHECKED and not any(
            chr(code).isdecimal() for code in range(low, high + 1)
        )
    return kind == _C.CATEGORY and arg in _DIGIT_FREE_CATEGORIES


def _starts_run(items: list, shut_out: bool) -> bool:
    """Whether the sequence ``items`` first reads a digit, with no digit before it
    (``shut_out``: a ``\\b`` or a look-behind already said so)."""
    for op, value in items:
        if op == _C.AT:
            # \b before a digit (a word character): no word character, so no digit, before
            shut_out = shut_out or value == _C.AT_BOUNDARY
            continue
        if op == _C.ASSERT_NOT and value[0] == -1 and _shuts_out_digits(list(value[1])):
            shut_out = True
            continue
        if op in (_C.ASSERT, _C.ASSERT_NOT):
            continue  # any other look-around reads no character of the match
        if op == _C.SUBPATTERN:
            return _starts_run(list(value[-1]), shut_out)
        if op == _C.BRANCH:
            return all(_starts_run(list(branch), shut_out) for branch in value[1])
        if op in _REPEATS and value[0] >= 1:
            return _starts_run(list(value[2]), shut_out)
        return shut_out and _is_digit(op, value)
    return False  # nothing read: no first character


def _shuts_out_digits(items: list) -> bool:
    """Whether a look-behind of one class holds every digit (``(?<![\\w./,-])``, ``(?<!\\d)``)."""
    if len(items) != 1 or items[0][0] != _C.IN:
        return False
    members = list(items[0][1])
    return not any(op == _C.NEGATE for op, _ in members) and any(
        member in _NO_DIGIT_BEFORE for member in members
    )


def _is_digit(op: int, value: object) -> bool:
    """Whether the item reads one character that is always a digit."""
    if op == _C.LITERAL:
        return value in _DIGITS
    if op != _C.IN:
        return False
    members = list(value)  # type: ignore[call-overload]
    return bool(members) and all(_member_is_digit(kind, arg) for kind, arg in members)


def _member_is_digit(kind: int, arg: object) -> bool:
    if kind == _C.LITERAL:
        return arg in _DIGITS
    if kind == _C.RANGE:
        low, high = arg  # type: ignore[misc]
        return low in _DIGITS and high in _DIGITS
    return kind == _C.CATEGORY and arg == _C.CATEGORY_DIGIT
