"""Character offsets (what claimcheck's findings carry) to LSP positions and back.

LSP counts a line's characters in code units of the encoding negotiated at initialisation:
UTF-16 unless both sides agree on another (``utf-8``, ``utf-32``). An emoji is one Python
character but two UTF-16 units and four UTF-8 bytes; a CJK ideograph is one UTF-16 unit and
three UTF-8 bytes. Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (the LSP specification),
never at the other breaks Python's ``str.splitlines`` knows (U+2028, form feed, ...), which
editors show inside one line.
"""

from __future__ import annotations

import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def code_units(text: str, encoding: str = UTF16) -> int:
    """How many code units of ``encoding`` ``text`` takes (a lone surrogate counts as one
    UTF-16 unit, as an editor holding it does)."""
    if text.isascii() or encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class PositionMap:
    """Offsets into ``text`` as ``(line, character)`` and back, both 0-based, characters in
    ``encoding``'s code units. Built once per linted text: findings of one buffer share it."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.line_starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]
        self.one_unit_each = encoding == UTF32 or text.isascii()  # units are characters

    def _line_end(self, line: int) -> int:
        """The offset where ``line``'s text ends (before its line break)."""
        if line + 1 >= len(self.line_starts):
            return len(self.text)
        end = self.line_starts[line + 1]
        return end - 2 if self.text.startswith("\r\n", end - 2) else end - 1

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, character)`` of a character offset (clamped to the text)."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        offset = min(offset, max(self._line_end(line), start))  # inside a "\r\n": its start
        if self.one_unit_each:
            return line, offset - start
        return line, code_units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The character offset of an LSP position. A line past the end is the end of the
        text; a character past the line's end is its end (the LSP rule); a position inside
        a character (half of a surrogate pair) is that character's start."""
        if line < 0:
            return 0
        if line >= len(self.line_starts):
            return len(self.text)
        start, end = self.line_starts[line], self._line_end(line)
        if self.one_unit_each:
            return min(start + max(character, 0), end)
        units = 0
        for index in range(start, end):
            units += code_units(self.text[index], self.encoding)
            if units > character:
                return index
        return end
