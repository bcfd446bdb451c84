"""Which patterns can only match where a word starts: a speed aid for long alternations.

An alternation such as the filters' blockers is tried at every character of the text it
searches, and every alternative that begins with ``\\b`` fails at once inside a word, but only
after the regex engine has tried it. Knowing which alternatives begin with a word boundary
lets an alternation skip all of them with one test where the previous character is a word
character (see :func:`at_word_starts`). Read from the parsed pattern, so an alternative added
later is sorted by what it says, not by a list to keep up to date.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = {sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}


def starts_at_boundary(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts at a word boundary (``\\b``): each way
    through its start passes a ``\\b`` before it reads a character. False when unsure (the
    pattern cannot be parsed, or it starts in a way not followed here): a pattern said not to
    start at a boundary is merely tried everywhere, as before."""
    try:
        return _items_start_at_boundary(list(sre_parse.parse(pattern)))
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return False


def _items_start_at_boundary(items: list) -> bool:
    if not items:
        return False  # an empty way through matches anywhere
    op, value = items[0]
    if op == sre_constants.AT:
        return value == sre_constants.AT_BOUNDARY or _items_start_at_boundary(items[1:])
    if op == sre_constants.ASSERT_NOT and _is_word_char_behind(value):
        return True  # (?<![\w.,]): no word character before, as \b asks of a word's start
    if op in _ZERO_WIDTH:  # a look-ahead or look-behind reads nothing: what follows starts here
        return _items_start_at_boundary(items[1:])
    if op == sre_constants.BRANCH:
        return all(_items_start_at_boundary(list(branch)) for branch in value[1])
    if op == sre_constants.SUBPATTERN:
        return _items_start_at_boundary(list(value[-1]))
    if op in _REPEATS:
        low, _high, inner = value
        if low >= 1:
            return _items_start_at_boundary(list(inner))
        return _items_start_at_boundary(list(inner)) and _items_start_at_boundary(items[1:])
    return False


def _is_word_char_behind(value: tuple) -> bool:
    r"""Whether a negative assertion is a look-behind at one character whose class holds
    every word character (``(?<![\w.,])``)."""
    direction, items = value
    items = list(items)
    return (
        direction == -1
        and len(items) == 1
        and items[0][0] == sre_constants.IN
        and (sre_constants.CATEGORY, sre_constants.CATEGORY_WORD) in list(items[0][1])
        and not any(op == sre_constants.NEGATE for op, _ in items[0][1])
    )


def at_word_starts(patterns: list[str], first: str) -> str:
    """One alternation of ``patterns`` (tried in their order, as ``|`` tries them) for
    positions whose character matches ``first``, a class of word characters only (``\\d``,
    ``[a-z]``, ``[A-Z]``). There a ``\\b`` holds exactly where the character before is not a
    word character, so the patterns that start at a boundary are tried only there, and inside
    a word only the others are, in their order. The matches are those of the plain
    alternation ``(?=first)(?:p1|p2|…)``."""
    every = "|".join(f"(?:{p})" for p in patterns)
    inside = [p for p in patterns if not starts_at_boundary(p)]
    mid_word = "|".join(f"(?:{p})" for p in inside)
    if not inside:
        return rf"(?={first})(?<!\w)(?:{every})"
    if first != r"\d":
        return rf"(?={first})(?:(?<!\w)(?:{every})|(?<=\w)(?:{mid_word}))"
    # a digit inside a run of digits ("1955", "1,234"): most of the patterns that may start
    # inside a word cannot start right after a digit (a look-behind refusing one, a line's
    # start, a look-behind at a space), and most of a number's characters are such digits
    after_digit = "|".join(f"(?:{p})" for p in inside if not refuses_after_digit(p))
    return (
        rf"(?={first})(?:(?<!\w)(?:{every})"
        + (rf"|(?<=\d)(?:{after_digit})" if after_digit else "")
        + rf"|(?<=\w)(?<!\d)(?:{mid_word}))"
    )


_DIGIT = re.compile(r"\d")
_BEGINNINGS = {
    sre_constants.AT_BOUNDARY,
    sre_constants.AT_BEGINNING,
    sre_constants.AT_BEGINNING_STRING,
}


def refuses_after_digit(pattern: str) -> bool:
    """Whether no match of ``pattern`` can start right after a digit (``\\d``) where the
    character there is a digit too: each way through its start passes, before it reads a
    character, a ``\\b``, a line's or the text's start, a look-behind refusing a digit
    (``(?<![\\d.,])``, ``(?<!\\w)``) or one that needs another character there (``(?<=,
    )``), or its first character is never a digit (``[\\u2028\\u2029]+``). False when unsure:
    such a pattern is tried there, as before."""
    try:
        return _items_refuse_after_digit(list(sre_parse.parse(pattern)))
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return False


def _items_refuse_after_digit(items: list) -> bool:
    if not items:
        return False
    op, value = items[0]
    if op == sre_constants.AT:
        return value in _BEGINNINGS or _items_refuse_after_digit(items[1:])
    if op == sre_constants.ASSERT_NOT and _is_digit_behind(value):
        return True
    if op == sre_constants.ASSERT and value[0] == -1 and _ends_in_a_non_digit(list(value[1])):
        return True
    if op in _ZERO_WIDTH:
        return _items_refuse_after_digit(items[1:])
    if op in (sre_constants.LITERAL, sre_constants.IN):
        return _ends_in_a_non_digit([items[0]])  # the digit there is not read
    if op == sre_constants.BRANCH:
        return all(_items_refuse_after_digit(list(branch)) for branch in value[1])
    if op == sre_constants.SUBPATTERN:
        return _items_refuse_after_digit(list(value[-1]))
    if op in _REPEATS:
        low, _high, inner = value
        if low >= 1:
            return _items_refuse_after_digit(list(inner))
        return _items_refuse_after_digit(list(inner)) and _items_refuse_after_digit(items[1:])
    return False


def _is_digit_behind(value: tuple) -> bool:
    r"""Whether a negative assertion is a look-behind at one character whose class holds
    every digit (``(?<![\d.,])``, ``(?<!\w)``)."""
    direction, items = value
    items = list(items)
    if direction != -1 or len(items) != 1 or items[0][0] != sre_constants.IN:
        return False
    members = list(items[0][1])
    return not any(op == sre_constants.NEGATE for op, _ in members) and any(
        member in members
        for member in (
            (sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT),
            (sre_constants.CATEGORY, sre_constants.CATEGORY_WORD),
        )
    )


def _ends_in_a_non_digit(items: list) -> bool:
    """Whether a look-behind's last item reads one character that is never a digit (a
    literal, or a class of literals, none of them a digit)."""
    if not items:
        return False
    op, value = items[-1]
    if op == sre_constants.LITERAL:
        return not _DIGIT.match(chr(value))
    if op == sre_constants.IN:
        members = list(value)
        return all(
            kind == sre_constants.LITERAL and not _DIGIT.match(chr(code)) for kind, code in members
        )
    return False


def requires_character(pattern: str, character: str) -> bool:
    """Whether every match of ``pattern`` reads ``character`` (``@`` of an e-mail address):
    in a text without it, the pattern cannot match and may be left out of an alternation.
    False when unsure."""
    try:
        return _items_require(list(sre_parse.parse(pattern)), ord(character))
    except Exception:  # noqa: BLE001 - a private parser's shape may change: be safe
        return False


def _items_require(items: list, code: int) -> bool:
    for op, value in items:
        if op == sre_constants.LITERAL and value == code:
            return True
        if op == sre_constants.SUBPATTERN and _items_require(list(value[-1]), code):
            return True
        if op == sre_constants.BRANCH and all(
            _items_require(list(branch), code) for branch in value[1]
        ):
            return True
        if op in _REPEATS and value[0] >= 1 and _items_require(list(value[2]), code):
            return True
    return False
