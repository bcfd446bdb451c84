"""The Document: a draft's text and a same-length *analysis* text the NLP reads.

The analysis text blanks markup (Markdown syntax, HTML tags, front matter, comments, code)
with spaces and repairs entities and mojibake in place, padding with spaces, so that every
offset found in it is an offset in the file. Block boundaries stay newlines, so sentences
never run across a heading, list item or table cell; soft line breaks inside a paragraph
(a Markdown soft break, any newline in HTML text) become spaces, so a wrapped sentence stays
one sentence. Plain text keeps every newline: there a line is a block.

Where markup separates two blocks on one line (the pipe between table cells, `<td>`, `<br>`,
`<li>` and other HTML block tags), the analysis text holds BLOCK_BREAK in place of the first
character of that markup. It is also written over the block-start markup of Markdown
headings, list items, blockquotes and setext underlines, so a block start is marked even
when only a single newline precedes it. A sentence splitter treats BLOCK_BREAK as a hard
boundary. Line and column come from the raw text, so BLOCK_BREAK never moves them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

BLOCK_BREAK = "\u2029"  # PARAGRAPH SEPARATOR: a hard block boundary in the analysis text
ROW_BREAK = "\u2028"  # LINE SEPARATOR: ends an HTML table row's line (whitespace elsewhere)
MAX_DRAFT_CHARS = 2_000_000
"""The largest draft checked, in characters: twenty times a long web page (100,000). It bounds
the memory one draft takes while it is analysed: spaCy's tokens and our per-character arrays
cost about 250 to 400 bytes a character (measured: 2 million characters of prose peak at
555 MB, 100,000 list items with a figure each at 600 MB), so under 1 GB per draft (per worker
with ``--jobs``). A larger file is a CC400 finding, never analysed."""
MAX_DRAFT_BYTES = 4 * MAX_DRAFT_CHARS
"""A file above this many bytes cannot decode to MAX_DRAFT_CHARS characters of UTF-8: it is
refused before it is read."""


class DocumentError(Exception):
    """A draft that cannot be read; the message names the file and says why, on one line.
    ``line`` is where in the file the problem is, when it is somewhere (front matter)."""

    def __init__(self, path: str, reason: str, line: int = 1) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


class SkippedDraft(DocumentError):
    """A file that is not broken but holds nothing to check: an empty placeholder (a page
    rule would report it as lacking its disclaimer) or claimcheck's own HTML report (every
    count in it would be an unsupported figure). It gets a note, not a finding."""


@dataclass(frozen=True)
class DocumentWarning:
    """A problem with the document itself (CC4xx), e.g. mojibake repaired for analysis."""

    code: str
    message: str
    start: int
    end: int
    page: int | None = None  # a PDF page the warning is about (CC405), 1-based


@dataclass(frozen=True)
class Repair:
    """One garbled character repaired for analysis (mojibake, CC401): ``start``/``end`` is
    its file span (a decoded entity among its bytes included: ``Ã&nbsp;`` is ``à``), ``text``
    the character it stands for, and ``anchors`` the file offset each of its garbled pieces is
    read from, in order (a piece's own offset, or the ``&`` of the entity that spells it), so a
    view placing text by those offsets shows the same character the analysis read."""

    start: int
    end: int
    text: str
    anchors: tuple[int, ...]


@dataclass(frozen=True)
class Block:
    """One block of a Word or PDF draft's extracted text: a line of it, with what the file
    says the line is, for the report's page view and the rules' sections. ``kind`` is
    ``heading`` (``level`` 1-6), ``paragraph``, ``item`` (a list item, ``level`` its depth
    from 0, ``ordered`` when numbered) or ``row`` (a table row: ``cells`` are the cells'
    (start, end) offsets, ``table`` counts the draft's tables from 0, ``header`` marks the
    first row)."""

    kind: str
    start: int
    end: int
    level: int = 0
    ordered: bool = False
    cells: tuple[tuple[int, int], ...] = ()
    table: int = -1
    header: bool = False
    analysed: bool = True  # False: shown, but blank in the analysis text (a table's
    # grouping row, whose words are read with the headers under it)


EXTRACTED_FORMATS = frozenset({"docx", "pdf"})
"""Formats read from a binary file into an extracted text: findings in them carry a
paragraph (and for PDF a page), and claimcheck never writes them."""


def is_editable(path: str | Path) -> bool:
    """Whether claimcheck may write a fix into the draft at ``path``: Markdown, HTML and text
    are edited in place; a Word or PDF draft is read through an extracted text, and an
    offset in that text is no offset in the file, so it is never written (``--fix`` refuses
    it)."""
    return Path(path).suffix.lower() not in (".docx", ".pdf")


class InlineComment(NamedTuple):
    """An HTML comment in a draft; blanked in the analysis text, kept for inline controls
    such as `<!-- claimcheck-disable CC101 -->`. `text` is the comment body, stripped."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    path: str
    raw: str  # the file's text as decoded (CRLF kept: offsets index this string)
    analysis: str  # same length as raw; what the NLP reads
    format: str  # "markdown" | "html" | "text" | "docx" | "pdf"
    front_matter: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[DocumentWarning, ...] = ()
    comments: tuple[InlineComment, ...] = ()  # HTML comments, in order (not in code)
    blocks: tuple[Block, ...] = ()  # a Word or PDF draft's structure, one per line of raw
    page_starts: tuple[int, ...] = ()  # a PDF's: where each page starts in raw (page 1 at 0)
    repairs: tuple[Repair, ...] = ()  # mojibake repaired in the analysis text, in order

    @property
    def editable(self) -> bool:
        """Whether a fix may be written into the file (see :func:`is_editable`)."""
        return self.format not in EXTRACTED_FORMATS

    def __post_init__(self) -> None:
        if len(self.raw) != len(self.analysis):
            raise ValueError(f"{self.path}: analysis text must keep the file's offsets")

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(self.raw) if ch == "\n")
        return starts

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The file span behind an analysis span whose edge is a decoded entity or a repaired
        mojibake character: those sit beside the spaces that pad them, so ``<5%`` found in
        the analysis of ``&lt;5%`` starts at the ``&``, and ``≥1`` from ``โ‰ฅ1`` at the ``โ``."""
        raw, analysis = self.raw, self.analysis
        if start < end and analysis[start] != raw[start]:
            # back over the padding to the entity's ``&`` or the repair's start, never over
            # the markup before it (``<p>&pound;25`` starts at the ``&``, not the ``>``)
            while (
                start > 0
                and self.is_blank(start - 1)
                and raw[start] != "&"
                and start not in self._repair_edges[0]
            ):
                start -= 1
        if start < end and analysis[end - 1] != raw[end - 1]:
            while (
                end < len(raw)
                and self.is_blank(end)
                and raw[end - 1] != ";"
                and end not in self._repair_edges[1]
            ):
                end += 1
        return start, end

    @cached_property
    def _repair_edges(self) -> tuple[frozenset[int], frozenset[int]]:
        """Where the repaired garbled characters start and end."""
        return frozenset(r.start for r in self.repairs), frozenset(r.end for r in self.repairs)

    @cached_property
    def _repair_padding(self) -> frozenset[int]:
        return frozenset(
            i for r in self.repairs for i in range(r.start, r.end) if self.analysis[i] == " "
        )

    def is_blank(self, offset: int) -> bool:
        """Whether the reader shows nothing at ``offset``: markup it blanked, or the spaces
        that pad a decoded entity or a repaired garbled character. A space there is padding
        unless the file has whitespace there too; a garbled character's pieces may be
        whitespace to Python (NBSP, NEL: ``Ã\x85`` is ``Å``), so its repair tells."""
        if self.analysis[offset] != " ":
            return False
        return not self.raw[offset].isspace() or offset in self._repair_padding

    def seen(self, start: int, end: int) -> str:
        """``raw[start:end]`` as a reader sees it, without what :meth:`is_blank` leaves out."""
        analysis = self.analysis
        return "".join(
            analysis[i]
            for i in range(max(start, 0), min(end, len(analysis)))
            if not self.is_blank(i)
        )

    def as_read(self, start: int, end: int) -> str:
        """``raw[start:end]`` as a reader sees it, on one line, for messages: markup the
        reader blanked left out (``**``, tags), entities and repaired mojibake as decoded
        (``P&lt;0.01`` is ``P<0.01``, ``HR&nbsp;=&nbsp;0.62`` is ``HR = 0.62``), and every run
        of whitespace, a line break in a wrapped range included, one space. Markup blanked
        inside a figure (``0<b>15%``) is written as zero-width spaces, shown as nothing."""
        return " ".join(self.seen(start, end).replace("\u200b", "").split())

    def place(self, offset: int, page: int | None = None) -> tuple[int | None, int | None]:
        """(paragraph, page) of an offset, as a reader of the file finds it: in a Word draft
        the paragraph counts from the top of the document (it is the line of the extracted
        text, a table row counting as one), in a PDF it counts from the top of the page, the
        first being the one the page starts in (which may have begun on the page before);
        (None, None) for the formats that have lines of their own. ``page`` names the page
        outright, for a page with no text (its start is the next page's: the offset alone
        would name that page)."""
        if self.format not in EXTRACTED_FORMATS:
            return None, None
        line, _ = self.line_col(offset)
        if not self.page_starts:
            return line, None
        if page is None or not 1 <= page <= len(self.page_starts):
            page = max(bisect.bisect_right(self.page_starts, offset), 1)
        page_start = self.page_starts[page - 1]
        starts = self.line_starts
        after = bisect.bisect_right(starts, offset) - bisect.bisect_right(starts, page_start)
        return 1 + after, page

    def where(self, offset: int) -> str:
        """Where ``offset`` is, in words for a message, as the draft's findings name places:
        ``line 12``, or a Word draft's ``¶12`` and a PDF's ``p3:¶2`` (whose lines are the
        extracted text's, which a reader of the file never sees)."""
        paragraph, page = self.place(offset)
        if paragraph is None:
            return f"line {self.line_col(offset)[0]}"
        return (f"p{page}:" if page is not None else "") + f"¶{paragraph}"

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (columns count characters)."""
        starts = self.line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1


def inline_comments(document: Document) -> list[InlineComment]:
    """The draft's HTML comments with their offsets, for inline controls such as
    `<!-- claimcheck-disable CC101 -->` (comments inside code are not included)."""
    return list(document.comments)
