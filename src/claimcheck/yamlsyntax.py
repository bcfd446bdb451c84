"""Where a YAML syntax error really is, for config, registry, rules and front matter alike.

PyYAML reports an unclosed ``[``, ``{`` or quote where its parser gives up, which is often
lines later (``statement: "About 5%`` on line 2 is reported on line 7 as ``expected <block
end>, but found '<scalar>'``). A writer looks for the mistake on the line named, so this
module finds the opener left open: a rough scan of the text marks each line that ends with a
bracket or quote still open, and the first such line whose closing (appended to the line)
lets the parser get past the original error is the one reported. The repair test keeps a
valid list or string written over several lines from being blamed for an unrelated error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

SYNTAX_PREFIX = "not valid YAML"
"""What every YAML syntax error begins with, whatever kind of file it is in."""

MAX_REPAIRS = 50
"""Lines tried as the opener's: each try parses the text again, and errors are rare."""

_CLOSER = {"[": "]", "{": "}", '"': '"', "'": "'"}
_BLOCK_SCALAR = re.compile(r"(?:^|[\s:?-])[|>][-+0-9]*$")


@dataclass(frozen=True)
class Opener:
    """A bracket or quote left open: the character and its 0-based line and column."""

    char: str
    line: int
    col: int


@dataclass(frozen=True)
class _OpenLine:
    """A line that ends with something open: where to append the closers, and what is open
    (outermost first)."""

    line: int
    end: int  # index in the text where the line's content ends
    open: tuple[Opener, ...]


def _open_lines(text: str) -> list[_OpenLine]:
    """Every line that ends inside a flow collection or quoted string, in order. Brackets and
    quotes count only where a value starts (``key: [``, ``- "``, ``[a, 'b'``), never inside a
    plain value (``It's``, ``a[1]``); comments and block scalars (``|``, ``>``) are skipped."""
    found: list[_OpenLine] = []
    stack: list[Opener] = []  # flow brackets, innermost last
    quote: Opener | None = None
    block_indent: int | None = None  # inside a block scalar begun on a line this indented
    offset = 0
    for number, line in enumerate(text.split("\n")):
        start = offset
        offset += len(line) + 1
        indent = len(line) - len(line.lstrip(" "))
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue
            block_indent = None
        node_start = True  # a value may begin here
        content_end = len(line.rstrip())
        i = 0
        while i < len(line):
            char = line[i]
            if quote is not None:
                if quote.char == '"' and char == "\\":
                    i += 2
                    continue
                if char == quote.char:
                    if quote.char == "'" and line[i + 1 : i + 2] == "'":
                        i += 2
                        continue
                    quote = None
                    node_start = False
                i += 1
                continue
            if char == "#" and (i == 0 or line[i - 1] in " \t"):
                content_end = len(line[:i].rstrip())
                break
            if char in " \t":
                pass
            elif char in "\"'" and node_start:
                quote = Opener(char, number, i)
            elif char in "[{" and node_start:
                stack.append(Opener(char, number, i))
            elif char in "]}" and stack and _CLOSER[stack[-1].char] == char:
                stack.pop()
                node_start = False
            else:
                node_start = _value_follows(char, line[i + 1 : i + 2], node_start, bool(stack))
            i += 1
        if quote is None and not stack and _BLOCK_SCALAR.search(line[:content_end]):
            block_indent = indent
        if quote is not None or stack:
            open_ = (*stack, quote) if quote is not None else tuple(stack)
            end = start + (len(line.rstrip()) if quote is not None else content_end)
            found.append(_OpenLine(number, end, open_))
    return found


def _value_follows(char: str, following: str, node_start: bool, in_flow: bool) -> bool:
    """Whether a value may begin after ``char``: a ``,`` in a flow, a ``:`` indicator, or a
    ``-`` or ``?`` entry indicator; any other character is part of a plain value."""
    spaced = following in ("", " ", "\t")
    if char == ",":
        return in_flow
    if char == ":":
        return spaced or in_flow
    if char in "-?":
        return node_start and spaced
    return False


def _error_line(text: str, loader: Any) -> int | None:
    """The 0-based line of the first syntax error in ``text``, or None if it parses."""
    try:
        for _event in yaml.parse(text, Loader=loader):
            pass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return mark.line if mark is not None else len(text.splitlines())
    except yaml.YAMLError:
        return 0
    return None


def unclosed_opener(text: str, error_line: int, loader: Any) -> Opener | None:
    """The bracket or quote left open that made the parser fail on ``error_line`` (0-based),
    or None when closing none of them gets past that line."""
    for tries, candidate in enumerate(_open_lines(text)):
        if candidate.line > error_line or tries >= MAX_REPAIRS:
            break
        closers = "".join(_CLOSER[opener.char] for opener in reversed(candidate.open))
        repaired = text[: candidate.end] + closers + text[candidate.end :]
        after = _error_line(repaired, loader)
        if after is None or after > error_line:
            return candidate.open[-1]
    return None


def never_closed(opener: Opener) -> str:
    """The message for an opener left open, in plain words."""
    return f"{opener.char!r} is never closed"
