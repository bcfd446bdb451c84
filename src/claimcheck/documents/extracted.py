"""The extracted text of a Word or PDF draft: one line per paragraph, and its analysis text.

A binary draft has no offsets a writer could use, so claimcheck writes its text out as plain
text and every offset, line and column of a finding is one in that text (``claimcheck
extract`` and the report's source view show it). Each paragraph of the file (a heading, a
list item, a table row) is one line, so a Word paragraph's number is its line number.
A table row is written as ``| cell | cell |``: the analysis text holds a BLOCK_BREAK on each
of those pipes, as the Markdown reader does, so :mod:`claimcheck.nlp.tables` finds a cell's
row and column headers by position. A paragraph that holds only an inline control
(``claimcheck-disable CC102``) is one, as in a plain-text draft.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.documents.canvas import Analysis
from claimcheck.documents.document import BLOCK_BREAK, Block
from claimcheck.documents.text import text_analysis

CELL_SEPARATOR = " | "
SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")


def as_superscript(text: str, before: Sequence[str] | str) -> str:
    """Digits set in superscript as a reader sees them: an exponent after ``10`` is ``^8``
    (``10^8``, a power of ten the figure reader knows), any other (a footnote number,
    ``45%³``) superscript characters, which no figure is read from. ``before`` is the text
    of the paragraph so far (a string or its pieces)."""
    tail = "".join(before)[-3:] if not isinstance(before, str) else before[-3:]
    exponent = text.strip().replace("−", "-")
    if re.fullmatch(r"-?\d{1,3}", exponent) and re.search(r"(?<![\d.,])10\s*$", tail):
        return "^" + exponent
    return text.translate(SUPERSCRIPT)


def one_line(text: str) -> str:
    """``text`` on one line: line breaks and tabs inside a paragraph are spaces (a soft
    break, as in a wrapped Markdown paragraph), other control characters dropped."""
    out = []
    for char in text:
        if char in "\n\r\t\v\f\u2028\u2029\x85":
            out.append(" ")
        elif char >= " " or char == "\x7f":
            out.append(char)
    return "".join(out).strip()


@dataclass
class TextBuilder:
    """Collects a draft's paragraphs in reading order into the extracted text."""

    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    length: int = 0
    tables: int = 0

    def _line(self, text: str) -> int:
        """Append one line; returns where it starts."""
        start = self.length
        self.parts.append(text + "\n")
        self.length += len(text) + 1
        return start

    def paragraph(self, text: str, kind: str = "paragraph", **details) -> Block | None:
        """Add a paragraph (nothing for an empty one: it is spacing, not a paragraph)."""
        text = one_line(text)
        if not text:
            return None
        start = self._line(text)
        block = Block(kind, start, start + len(text), **details)
        self.blocks.append(block)
        return block

    def table(self, rows: list[list[str]]) -> None:
        """Add a table, one line per row; an empty row (a spacer) is left out."""
        rows = [[one_line(cell) for cell in row] for row in rows]
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        table = self.tables
        self.tables += 1
        for number, row in enumerate(rows):
            line = "|"
            cells = []
            for cell in row:
                start = self.length + len(line) + 1
                cells.append((start, start + len(cell)))
                line += " " + cell + " |"
            start = self._line(line)
            self.blocks.append(
                Block(
                    "row",
                    start,
                    start + len(line),
                    cells=tuple(cells),
                    table=table,
                    header=number == 0,
                )  # fmt: skip
            )

    def text(self) -> str:
        return "".join(self.parts)


def extracted_analysis(raw: str, blocks: tuple[Block, ...]) -> Analysis:
    """The analysis text of an extracted text: as a plain-text draft's (control paragraphs
    blanked and kept as comments), with a BLOCK_BREAK on each pipe of a table row; a block
    marked not ``analysed`` is blank (its words are read elsewhere)."""
    analysis = text_analysis(raw)
    chars = list(analysis.text)
    for block in blocks:
        if not block.analysed:
            chars[block.start : block.end] = " " * (block.end - block.start)
        if block.kind != "row":
            continue
        chars[block.start] = BLOCK_BREAK
        for _, end in block.cells:
            chars[end + 1] = BLOCK_BREAK
    return Analysis("".join(chars), comments=analysis.comments)
