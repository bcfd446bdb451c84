"""PDF drafts: the text layer, re-joined into paragraphs, one per line of the extracted text.

pypdf (already claimcheck's reader of PDF sources: pure Python, maintained) gives each
page's text line by line, and through its ``visitor_text`` callback where each piece of text
was drawn (position and font size). A PDF has no paragraphs, only lines placed on a page, so
they are rebuilt from the layout as a reader sees it:

- A new paragraph starts after a vertical gap wider than the draft's line spacing
  (:data:`GAP_FACTOR` times the smallest gap between lines seen twice), where the font
  size changes (a heading), where the text moves up the page (a new column), at an
  indented first line after a line that ends a sentence, and at a list bullet (``•``,
  ``–``, ``1.``...); lines are otherwise joined with a space.
- Line-end hyphenation is undone: ``oc-`` + ``curred`` reads ``occurred``. The hyphen is kept
  where it is a real one: before a capital or a digit (``COVID-`` + ``19``), after a digit
  (``10-`` + ``15%``), after a prefix that makes compounds (``self-``, ``non-``, ``age-``...,
  :data:`COMPOUND_PREFIXES`), or when the draft writes the word with a hyphen elsewhere.
- Ligature glyphs (``ﬁ``, ``ﬂ``, ``ﬀ``...) are written as their letters, so ``ﬁve`` is
  ``five``; a soft hyphen is dropped.
- A paragraph goes on across a page break when the page ends mid-sentence: with a hyphen
  or a comma, or with no ``. ! ? : ;`` and either a lower-case word at its end or a
  lower-case letter or digit at the next page's start (and no change of font size). The
  page a figure is on is still exact (see :attr:`Document.page_starts`).
- Running heads and feet are left out: of the first two and last two lines of a page,
  those that are a page number (``12``, ``Page 3 of 10``), that are short fields set apart
  by separators with a page number among them or three or more of them
  (``Clinic news · Winter 2025 · Issue 12``, a one-page flyer's imprint), or that stand at
  the same place, digits aside, on at least :data:`RUNNING_PAGES` pages. Text drawn turned
  against the page's main direction (a job code up the margin) is left out too.
- A table is rebuilt from pieces drawn apart on one baseline; where the font gives its
  widths, the gap is measured from where the text before ends (:data:`MEASURED_GAP`), so
  columns that nearly touch are still cells. A table that goes on at the top of the next
  page without its header keeps it (:func:`continue_tables`).

A line in a font at least :data:`HEADING_RATIO` times the body's size (the size most of
the text is set in) is a heading, levels by size; so is a short line set in bold at the
body's size between lines that are not (:func:`_bold_heading`), a level below those.
A PDF whose pages have no text at all (a scan, or text drawn as outlines) cannot be
checked: that is a DocumentError (CC400) saying so; a page without text among pages with
text is a CC405 warning.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claimcheck.documents.document import DocumentError, DocumentWarning
from claimcheck.documents.extracted import TextBuilder, as_superscript, one_line

GAP_FACTOR = 1.35
HEADING_RATIO = 1.15
SUPERSCRIPT_RATIO = 0.85
RUNNING_PAGES = 3
RUNNING_LINES = 2
RUNNING_WORDS = 6
TABLE_CELL_WORDS = 8
LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u00ad": ""}
)
COMPOUND_PREFIXES = frozenset(
    "self non well long short high low age sex all cross first second third half one two"
    " three four five six ten full part co anti pre post semi multi follow end".split()
)
BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃∙·–—*-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
ROMAN = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
PAGE_NUMBER = re.compile(
    rf"^(?:[-–—]\s*)?(?:(?:page|pg\.?|p\.)\s*)?(?:\d{{1,4}}|{ROMAN})"
    r"(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
"""A line that is only a page number as typesetters write one: ``12``, ``Page 3 of 10``,
``3/10``, ``- 4 -``, ``– 4 –``, ``p. 5``, ``pg 5``, or a front-matter page in Roman numerals
(``iv``)."""
LIST_MARKER = re.compile(
    r"^(?:(?P<bullet>[•◦▪▫●○■□‣⁃∙·–—*\x7f\ue000-\uf8ff-])|\(?(?P<number>\d{1,2})[.)]?"
    r"|\(?[a-zA-Z][.)])$"
)
"""A list item's marker drawn apart from its text: a bullet (a glyph the font maps to no
character reads as DEL or a private-use character: reportlab's ZapfDingbats bullet), a
number with or without its ``.``, or a letter with ``.`` or ``)``."""
SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")


@dataclass
class Line:
    """One line of a page as drawn: its text, where it starts (PDF units, y upwards) and
    its font size; no position when pypdf's pieces did not add up to its text."""

    text: str
    x: float | None = None
    y: float | None = None
    size: float | None = None
    cells: tuple[str, ...] | None = None  # a table row: its cells' texts, left to right
    end: float | None = None  # where its text ends, from the font's widths (None: unknown)
    bold: bool = False  # every piece of its text is set in a bold face
    cell_x: tuple[float, ...] = ()  # a table row: where each of its cells starts


@dataclass
class Paragraph:
    lines: list[tuple[int, Line]] = field(default_factory=list)  # (page index, line)
    kind: str = "paragraph"
    level: int = 0
    ordered: bool = False


def _product(m: list[float], n: list[float]) -> list[float]:
    """The affine matrix product ``m × n`` (a text matrix times the transformation matrix)."""
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


class _Metrics:
    """The widths and weight of the fonts of one PDF, read once per font resource: where a
    piece of text ends tells a table's next cell from the words of a sentence (a narrow
    column whose text nearly fills it leaves a gap under an em), and a bold face tells a
    heading set in the body's size from the paragraph under it."""

    def __init__(self) -> None:
        self.fonts: dict[int, tuple[Any, bool] | None] = {}

    def _font(self, resource: Any) -> tuple[Any, bool] | None:
        key = id(resource)
        if key not in self.fonts:
            self.fonts[key] = None
            try:
                from pypdf.generic._font import Font

                font = Font.from_font_resource(resource)
                name = str(resource.get("/BaseFont", "")) + " " + str(font.name)
                self.fonts[key] = (font, bool(BOLD_FACE.search(name)))
            except Exception:  # a font pypdf cannot describe: widths unknown
                self.fonts[key] = None
        return self.fonts[key]

    def width(self, resource: Any, text: str, size: float) -> float | None:
        """The width of ``text`` in PDF units, or None when the font's widths are unknown."""
        found = self._font(resource) if resource is not None else None
        if found is None or not size:
            return None
        widths = found[0].character_widths
        default = widths.get("default", 500) or 500
        return sum(widths.get(char, default) for char in text) * size / 1000

    def bold(self, resource: Any) -> bool:
        found = self._font(resource) if resource is not None else None
        return bool(found and found[1])


BOLD_FACE = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
"""A font whose name says a bold weight (``Helvetica-Bold``, ``DejaVuSans-Bold``,
``Arial,BoldItalic``, ``Roboto-Black``)."""


@dataclass
class _Piece:
    text: str
    x: float
    y: float
    size: float
    width: float | None
    bold: bool
    turn: int = 0  # quarter turns the text is drawn at (0: left to right along the page)


def _turn(m: list[float]) -> int:
    """The quarter turns of a text matrix's baseline: 0 for text read along the page, 1
    for text running up it (a job code set up the margin), 2 upside down, 3 running down."""
    return round(math.degrees(math.atan2(m[1], m[0])) / 90) % 4


def page_lines(page, metrics: _Metrics | None = None) -> list[Line]:
    """The page's lines in pypdf's reading order, each with where it was drawn."""
    metrics = metrics or _Metrics()
    pieces: list[_Piece] = []

    def visit(text, cm, tm, font, size) -> None:
        if text:
            try:
                m = _product([float(v) for v in tm], [float(v) for v in cm])
                scale = (m[2] ** 2 + m[3] ** 2) ** 0.5 or 1.0
                shown = float(size or 0) * scale
                width = metrics.width(font, text, shown) if "\n" not in text else None
                turn = _turn(m)
                pieces.append(_Piece(text, m[4], m[5], shown, width, metrics.bold(font), turn))
            except (TypeError, ValueError, IndexError):
                pieces.append(_Piece(text, 0.0, 0.0, 0.0, None, False))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(piece.text for piece in pieces) != text:
        return [Line(line) for line in text.split("\n")]
    lines: list[Line] = []
    turns: list[int] = []  # each line's quarter turns
    current: Line | None = None
    text_size = 0.0  # the size of the line's text before the piece (a superscript's aside)
    for number, piece in enumerate(pieces):
        x, y, size = piece.x, piece.y, piece.size
        for index, part in enumerate(piece.text.split("\n")):
            if index > 0 or (number and piece.turn != pieces[number - 1].turn):
                current = None
            lead = len(part) - len(part.lstrip(" "))  # pypdf's space before a piece
            start = x + (piece.width or 0.0) * lead / max(len(piece.text), 1)
            if current is None or _apart(current, part, start, size):
                current, text_size = Line("", x, y, size, bold=True), 0.0
                lines.append(current)
                turns.append(piece.turn)
            if not current.text.strip() and part.strip():
                current.x, current.y, current.size = x, y, size
            if _is_superscript(part, size, text_size, current.text):
                part = as_superscript(part, current.text)
            elif part.strip():
                text_size = size
                current.bold = current.bold and piece.bold
            if part.strip():
                current.end = x + piece.width if piece.width is not None and index == 0 else None
            current.text += part
    for line in lines:
        line.bold = line.bold and bool(line.text.strip())
    return _upright(lines, turns)


def _upright(lines: list[Line], turns: list[int]) -> list[Line]:
    """The lines drawn the way most of the page's text runs: a job code or an imprint set
    up the page's edge, or a column header turned on its side, is no line of the body it
    would otherwise be read into. A page set wholly on its side (a landscape page drawn
    turned) keeps all its text, which then runs the way most of it does."""
    weight: Counter[int] = Counter()
    for line, turn in zip(lines, turns, strict=True):
        weight[turn] += len(line.text.strip())
    if len(weight) < 2:
        return lines
    main = weight.most_common(1)[0][0]
    return [line for line, turn in zip(lines, turns, strict=True) if turn == main]


CHAR_WIDTH = 0.6
"""A character's width at most, in ems, for telling a gap on a line: Helvetica's and
Times's letters and digits are 0.5 to 0.56 em wide on average."""


MEASURED_GAP = 0.75
"""The least gap, in ems, between where the text so far ends (measured with the font's
widths) and the next piece, for the piece to be drawn apart: wider than a justified line's
widest word space, and narrower than the gutter of a table whose columns nearly touch."""


def _apart(current: Line, part: str, x: float, size: float) -> bool:
    """Whether ``part`` (whose first glyph is drawn at ``x``) is drawn apart from the text so
    far on its line: a table's next cell, or a list item's text after its number. The two
    are then lines of their own on one baseline, which :func:`table_rows` and
    :func:`merge_list_markers` read; prose drawn piece by piece (a superscript, a word in
    bold) follows on without such a gap. Where the font gives its widths the gap is measured
    (:data:`MEASURED_GAP`); else the text so far is taken to end as far right as it can
    (:data:`CHAR_WIDTH`) and the gap must be an em."""
    text = current.text
    if not text.strip() or not part.strip() or current.x is None or not x:
        return False
    em = current.size or size or 12.0
    if current.end is not None:
        return x - current.end >= MEASURED_GAP * em
    return x - current.x >= CHAR_WIDTH * em * len(text.rstrip()) + em


SUPERSCRIPT_DIGITS = re.compile(r"[-−]?\d{1,3}(?:[,–-]\d{1,3})*")


def _is_superscript(part: str, size: float, text_size: float, before: str) -> bool:
    """Digits set smaller than the text they are glued to (``50%`` then a smaller ``12``,
    ``10`` then a smaller ``6``): a footnote marker or an exponent, as typesetters draw
    one (raised with a text rise, which pypdf does not report, and a smaller font)."""
    return bool(
        SUPERSCRIPT_DIGITS.fullmatch(part)
        and before[-1:].strip()
        and size
        and text_size
        and size <= SUPERSCRIPT_RATIO * text_size
    )


def merge_list_markers(page: list[Line]) -> list[Line]:
    """The page's lines with each list marker drawn as a line of its own (``•``, ``1``)
    put before the text drawn to its right on the same baseline, as a bullet the item
    starts with (``1`` as ``1.``): typesetters draw the marker apart from the item (reportlab,
    LaTeX), and read alone ``1`` and ``2`` would be figures and each bullet a paragraph."""
    merged: list[Line] = []
    index = 0
    while index < len(page):
        line = page[index]
        after = page[index + 1] if index + 1 < len(page) else None
        marker = LIST_MARKER.match(line.text.strip())
        if marker and after is not None and _same_baseline(line, after) and after.text.strip():
            if marker.group("bullet"):
                shown = "•"
            elif marker.group("number"):
                shown = marker.group("number") + "."
            else:
                shown = line.text.strip()
            merged.append(Line(f"{shown} {after.text.strip()}", after.x, after.y, after.size))
            index += 2
            continue
        merged.append(line)
        index += 1
    return merged


def _same_baseline(marker: Line, line: Line) -> bool:
    """Whether ``line`` is drawn to the right of ``marker`` on about the same baseline (a
    bullet set in another size sits a point or two off)."""
    if None in (marker.x, marker.y, line.x, line.y):
        return False
    size = max(marker.size or 0.0, line.size or 0.0) or 12.0
    near = line.x - marker.x <= 3 * size  # farther, it is a table's next column
    return line.x > marker.x and near and abs(line.y - marker.y) <= 0.5 * size


def table_rows(page: list[Line]) -> list[Line]:
    """The page's lines with each table row made one line with its cells: a table is two or
    more consecutive rows, each of two or more short pieces (:data:`TABLE_CELL_WORDS` words
    at most) drawn left to right on one baseline, whose cells line up in columns (each
    cell starts between the starts of its neighbours in the row above, so right-aligned
    figures line up too). Anything else is left as it was."""
    rows: list[list[Line]] = []
    for line in page:
        last = rows[-1][-1] if rows else None
        if last is not None and _same_row(last, line):
            rows[-1].append(line)
        else:
            rows.append([line])
    out: list[Line] = []
    index = 0
    while index < len(rows):
        end = index + 1
        if _is_row(rows[index]):
            while end < len(rows) and _is_row(rows[end]) and _aligned(rows[end - 1], rows[end]):
                end += 1
        if end - index >= 2:
            corner = index > 0 and _header_after_corner(rows[index - 1], rows[index])
            if corner:  # the header row above, its empty corner cell not drawn
                del out[len(out) - len(rows[index - 1]) :]
                header = rows[index - 1]
                cells = ("", *(line.text.strip() for line in header))
                out.append(
                    Line(" ".join(cells[1:]), header[0].x, header[0].y, header[0].size, cells)
                )
            for row in rows[index:end]:
                out.append(_row_line(row))
        else:
            out.extend(line for row in rows[index:end] for line in row)
        index = end
    return out


def _row_line(row: list[Line]) -> Line:
    """One line of a table: its pieces' texts as cells."""
    cells = tuple(line.text.strip() for line in row)
    first = row[0]
    starts = tuple(line.x or 0.0 for line in row)
    return Line(" ".join(cells), first.x, first.y, first.size, cells, cell_x=starts)


def continue_tables(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with a table that ends one page and goes on at the top of the next with a
    single row read as that table's row: one row alone is no table to :func:`table_rows`,
    but drawn in the columns of the table just above the page break, it is the table's."""
    for before, page in zip(pages, pages[1:], strict=False):
        if not before or not page or not before[-1].cells or page[0].cells:
            continue
        above = before[-1]
        row = [page[0]]
        while len(row) < len(page) and _same_row(row[-1], page[len(row)]):
            row.append(page[len(row)])
        if len(row) != len(above.cells or ()) or not _is_row(row):
            continue
        if None in (line.x for line in row) or len(above.cell_x) != len(row):
            continue
        starts = [-float("inf"), *above.cell_x, float("inf")]
        if all(starts[k] < line.x < starts[k + 2] for k, line in enumerate(row)):
            page[: len(row)] = [_row_line(row)]
    return pages


def _header_after_corner(header: list[Line], row: list[Line]) -> bool:
    """Whether ``header``, just above a table's first row, is its header row with the
    corner cell left empty (``|  | Women | Men |``): a cell fewer, short, drawn above the
    row, each cell in the column after its own place (right of the start of the column
    before it, left of the start of the column after)."""
    if len(header) != len(row) - 1 or not all(
        line.text.strip() and len(line.text.split()) <= TABLE_CELL_WORDS for line in header
    ):
        return False
    if None in (header[0].y, row[0].y) or header[0].y <= row[0].y:
        return False
    starts = [line.x for line in row]
    if None in starts or any(line.x is None for line in header):
        return False
    ends = [*starts[2:], float("inf")]
    return all(starts[k] < line.x < ends[k] for k, line in enumerate(header))


def _same_row(before: Line, line: Line) -> bool:
    if None in (before.x, before.y, line.x, line.y):
        return False
    return line.x > before.x and abs(line.y - before.y) <= 0.25 * (line.size or 12.0)


def _is_row(row: list[Line]) -> bool:
    return len(row) >= 2 and all(
        line.text.strip() and len(line.text.split()) <= TABLE_CELL_WORDS for line in row
    )


def _aligned(above: list[Line], row: list[Line]) -> bool:
    if len(above) != len(row):
        return False
    starts = [-float("inf"), *(line.x for line in above), float("inf")]
    return all(starts[k] < line.x < starts[k + 2] for k, line in enumerate(row))


def _key(text: str) -> str:
    """A line as running heads compare: digits masked in a short line (``Page 3``, ``Annual
    report 2024 | 7``), a longer line as it is, so body lines that differ only in their
    figures are never taken for a running head."""
    words = " ".join(text.lower().split())
    return re.sub(r"\d+", "#", words) if len(words.split()) <= RUNNING_WORDS else words


def _margin_lines(page: list[Line]) -> dict[int, str]:
    """The lines of a page that may be a running head or foot, by index, each with its end
    (``head`` or ``foot``): the first and last :data:`RUNNING_LINES` lines as drawn
    (highest and lowest on the page) and as stored. Typesetters often draw the page's
    head and foot before its body (reportlab, fpdf2), so a foot can come second in the
    stored order and only its place on the page says it is a foot."""
    ends: dict[int, str] = {}
    count = min(RUNNING_LINES, len(page))
    for index in range(count):
        ends.setdefault(index, "head")
        ends.setdefault(len(page) - 1 - index, "foot")
    placed = [index for index, line in enumerate(page) if line.y is not None]
    if len(placed) == len(page):
        by_height = sorted(placed, key=lambda index: -page[index].y)
        for index in by_height[:count]:
            ends[index] = "head"
        for index in by_height[len(by_height) - count :]:
            ends.setdefault(index, "foot")
    return ends


def _place(line: Line) -> float | None:
    return None if line.y is None else round(line.y)


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without their running heads, feet and page numbers: of the lines at the
    top and the bottom of a page (:func:`_margin_lines`), those that are a page number, or
    that stand at the same place (digits aside) on at least :data:`RUNNING_PAGES` pages, or
    on every page of a draft of two or more. Where the PDF says where lines are drawn, a
    repeated line must also stand apart from the body (farther from every other line than
    the page's line spacing allows within a paragraph, or in another font size), so a short
    body line that recurs at the foot of each page ("more visits than last winter.") is
    never dropped."""
    pages = [[line for line in page if line.text.strip()] for page in pages]
    margins = [_margin_lines(page) for page in pages]
    pitches = _pitches(pages)
    body = _body_size(pages)
    seen: Counter[tuple[str, str, float | None]] = Counter()
    for page, ends in zip(pages, margins, strict=True):
        seen.update({(end, _key(page[i].text), _place(page[i])) for i, end in ends.items()})
    with_text = sum(1 for page in pages if page)

    def running(page: list[Line], index: int, end: str, pitch: float | None) -> bool:
        line = page[index]
        if line.cells:  # a table row ("2022 | 2023") is the draft's, whatever its figures
            return False
        text = " ".join(line.text.split())
        if PAGE_NUMBER.match(text) or _running_fields(line.text):
            return True
        times = seen[end, _key(text), _place(line)]
        if line.y is None:
            return len(pages) >= RUNNING_PAGES and times >= RUNNING_PAGES
        if times < min(RUNNING_PAGES, max(with_text, 2)):
            return False
        return _stands_apart(page, index, pitch, body)

    kept = []
    for page, ends, pitch in zip(pages, margins, pitches, strict=True):
        dropped = {index for index, end in ends.items() if running(page, index, end, pitch)}
        # a line beside body text on its baseline is the body's: a table row's "2024" at
        # the top of a page is a cell, not a page number
        dropped -= {
            index
            for index in dropped
            if any(
                other not in dropped and _same_row_either_way(page[index], line)
                for other, line in enumerate(page)
                if other != index
            )
        }
        kept.append([line for index, line in enumerate(page) if index not in dropped])
    return kept


def _same_row_either_way(a: Line, b: Line) -> bool:
    return _same_row(a, b) or _same_row(b, a)


FIELD_SEPARATOR = re.compile(r"\s+[·|•‖]\s+|\s+[–—]\s+|\t|\s{3,}")
"""What separates the fields of a running head or an imprint line: a spaced middle dot,
bar, bullet or dash, a tab, or a wide space (``Winter 2025 · Issue 12``)."""
RUNNING_FIELDS = 3


def _running_fields(text: str) -> bool:
    """Whether a line at a page's top or bottom is a running head, foot or imprint by what
    it says: short fields set apart by separators (:data:`FIELD_SEPARATOR`), one of them a
    page number (``Page 1 of 2 · Prepared for the county``), or :data:`RUNNING_FIELDS` or
    more of them none of which ends a sentence (``Northside Pharmacy · Flu clinic · 2025``,
    ``Ref NP-33 · 15,000 copies · printed 10/2025``), as a one-page flyer has them, where
    nothing repeats from page to page. Two fields without a page number (``Clinic news |
    100% recycled paper``) are read as text."""
    fields = [field.strip() for field in FIELD_SEPARATOR.split(text.strip())]
    if len(fields) < 2 or not all(fields):
        return False
    if any(PAGE_NUMBER.match(field) for field in fields):
        return True
    return len(fields) >= RUNNING_FIELDS and all(
        len(field.split()) <= RUNNING_WORDS and not SENTENCE_END.search(field) for field in fields
    )


def _stands_apart(page: list[Line], index: int, pitch: float | None, body: float | None) -> bool:
    """Whether a line is set apart from the rest of its page: in a size other than the
    body's, or farther above or below every other line than the lines of a paragraph are
    (lines on its own baseline, such as a page number beside a running foot, aside)."""
    line = page[index]
    size = line.size or 12.0
    if body and line.size and abs(line.size - body) > 0.15 * body:
        return True
    gaps = [
        abs(line.y - other.y)
        for number, other in enumerate(page)
        if number != index and other.y is not None and abs(line.y - other.y) >= 0.5
    ]
    return not gaps or min(gaps) > _paragraph_gap(pitch, size)


def _body_size(pages: list[list[Line]]) -> float | None:
    sizes = Counter()
    for page in pages:
        for line in page:
            if line.size:
                sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _gaps(page: list[Line]) -> Counter[float]:
    """The distances between the baselines of consecutive lines of a page that may be lines
    of one paragraph (set in one size, 0.8 to 3 times apart), in ems of their size, to a
    fiftieth: a flyer's two body lines 15 pt apart at 11 pt and its small-print foot 10 pt
    apart at 6 pt are both single-spaced, which in points the foot would hide."""
    gaps: Counter[float] = Counter()
    for a, b in zip(page, page[1:], strict=False):
        if a.y is None or b.y is None:
            continue
        size = a.size or 12.0
        if abs((b.size or 12.0) - size) > 0.15 * size:
            continue
        if 0.8 * size <= a.y - b.y < 3 * size:
            gaps[round(50 * (a.y - b.y) / size) / 50] += 1
    return gaps


def _smallest(gaps: Counter[float]) -> float | None:
    return min([gap for gap, seen in gaps.items() if seen >= 2] or gaps) if gaps else None


def _pitches(pages: list[list[Line]]) -> list[float | None]:
    """Each page's usual distance between the baselines of two lines of a paragraph, in ems
    of the lines' size: the smallest gap between consecutive lines (at least 0.8 em) seen
    at least twice on the page, else the draft's (the same, over all pages).
    Lines of a paragraph are the closest lines of a page; the most common gap would be
    wrong on pages of short paragraphs, which have as many gaps between paragraphs as within
    them. Per page, because one draft may set pages differently: a leaflet's single-column
    page at 17 pt and its two-column page at 11 pt would otherwise have every line of the
    first page read as a paragraph of its own."""
    per_page = [_gaps(page) for page in pages]
    whole = _smallest(sum(per_page, Counter()))
    pitches = []
    for gaps in per_page:
        repeated = [gap for gap, seen in gaps.items() if seen >= 2]
        pitches.append(min(repeated) if repeated else whole)
    return pitches


def _paragraph_gap(pitch: float | None, size: float) -> float:
    """The widest gap between two baselines of one paragraph set in ``size``."""
    return (pitch or 1.2) * size * GAP_FACTOR + 0.5


def _breaks_off(previous: str, text: str) -> bool:
    """Whether a paragraph ends where the text jumps to the next page or column: a line
    that ends with a hyphen or a comma goes on; else one that ends a sentence (``. ! ? :
    ;``) ends it, and one that does not goes on when its last word or the next line's first
    is in lower case (or the next starts with a digit)."""
    if previous.endswith(("-", "\u00ad", ",")):
        return False
    runs_on = text[:1].islower() or text[:1].isdigit() or previous[-1:].islower()
    return bool(SENTENCE_END.search(previous)) or not runs_on


def _starts_paragraph(before: Line, line: Line, pitch: float | None, same_page: bool) -> bool:
    text, previous = line.text.strip(), before.text.strip()
    if line.cells or before.cells:  # a table row is a paragraph of its own
        return True
    if BULLET.match(text):
        return True
    if _bold_heading(before) and not line.bold:
        return True  # the paragraph under a heading set in bold at the body's size
    if _bold_heading(line) and not before.bold and not previous.endswith(("-", "\u00ad", ",")):
        return True
    ends_sentence = bool(SENTENCE_END.search(previous))
    if not same_page:  # a page ending mid-sentence goes on, unless a heading starts the next
        if before.size and line.size and abs(before.size - line.size) > 0.15 * before.size:
            return True
        return _breaks_off(previous, text)
    if None in (before.y, line.y, before.size, line.size):
        return False
    size = max(before.size, line.size) or 12.0
    if abs(before.size - line.size) > 0.15 * size:
        return True
    gap = before.y - line.y
    if gap < -0.5 * size:  # up the page: a new column goes on as a new page does
        next_column = line.x is not None and before.x is not None and line.x > before.x + size
        return not next_column or _breaks_off(previous, text)
    if gap > _paragraph_gap(pitch, size):
        return True
    return (
        ends_sentence
        and line.x is not None
        and before.x is not None
        and (line.x > before.x + 0.8 * size)
    )


def paragraphs_of(pages: list[list[Line]]) -> list[Paragraph]:
    """The pages' lines grouped into paragraphs, each with its kind."""
    body = _body_size(pages)
    paragraphs: list[Paragraph] = []
    previous: tuple[int, Line] | None = None
    pitches = _pitches(pages)
    for number, page in enumerate(pages):
        for line in page:
            if previous is None or _starts_paragraph(
                previous[1], line, pitches[number], previous[0] == number
            ):
                paragraphs.append(Paragraph())
            paragraphs[-1].lines.append((number, line))
            previous = (number, line)
    sizes = sorted(
        {round(p.lines[0][1].size, 1) for p in paragraphs if _is_heading(p, body)}, reverse=True
    )
    for paragraph in paragraphs:
        first = paragraph.lines[0][1].text.strip()
        bullet = BULLET.match(first)
        if paragraph.lines[0][1].cells:
            paragraph.kind = "row"
        elif _is_heading(paragraph, body):
            paragraph.kind = "heading"
            paragraph.level = min(sizes.index(round(paragraph.lines[0][1].size, 1)) + 1, 6)
        elif len(paragraph.lines) == 1 and _bold_heading(paragraph.lines[0][1]) and not bullet:
            paragraph.kind = "heading"  # below every heading set larger
            paragraph.level = min(len(sizes) + 1, 6)
        elif bullet:
            paragraph.kind = "item"
            paragraph.ordered = any(ch.isalnum() for ch in bullet.group())
    return paragraphs


def _is_heading(paragraph: Paragraph, body: float | None) -> bool:
    size = paragraph.lines[0][1].size
    words = sum(len(line.text.split()) for _, line in paragraph.lines)
    return bool(body and size and size >= body * HEADING_RATIO and words <= 30)


BOLD_HEADING_WORDS = 12


def _bold_heading(line: Line) -> bool:
    """A line that reads as a heading set in bold at the body's size (``Key facts``,
    ``3 facts about diabetes``, ``IMPORTANT SAFETY INFORMATION:``): bold throughout, at most
    :data:`BOLD_HEADING_WORDS` words, starting with a capital or a digit and ending without
    a full stop or a comma (a bold sentence is emphasis, not a heading)."""
    text = line.text.strip()
    return bool(
        line.bold
        and not line.cells
        and 0 < len(text.split()) <= BOLD_HEADING_WORDS
        and (text[:1].isupper() or text[:1].isdigit())
        and not text.endswith((".", "!", "?", ";", ","))
    )


def _hyphenated_words(pages: list[list[Line]]) -> set[str]:
    """Words the draft writes with a hyphen inside a line (``age-adjusted``), lower-cased."""
    words = set()
    for page in pages:
        for line in page:
            words.update(m.lower() for m in re.findall(r"\w+-\w+", line.text))
    return words


def join_lines(before: str, after: str, hyphenated: set[str]) -> str:
    """``before`` and the next line of its paragraph joined as the words read (see the
    module for when a line-end hyphen is kept)."""
    if before.endswith("\u00ad"):
        return before[:-1] + after
    if not before.endswith("-") or len(before) < 2:
        return before + " " + after
    stem = re.search(r"(\w+)-$", before)
    head = re.match(r"\w+", after)
    if stem is None or head is None or not stem.group(1)[-1:].isalpha():
        return before + after  # "10-" + "15%": a range, kept
    word = f"{stem.group(1)}-{head.group()}".lower()
    keep = (
        not after[:1].islower() or stem.group(1).lower() in COMPOUND_PREFIXES or word in hyphenated
    )
    return before + after if keep else before[:-1] + after


def quiet_pypdf() -> None:
    """Keep pypdf's own log lines (``EOF marker not found``, ``Ignoring wrong pointing
    object``) off standard error: they name no file, and what pypdf cannot read is already
    a CC400 naming the file and the reason; what it can read needs no remark."""
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def _open(data: bytes, label: str):
    try:
        from pypdf import PdfReader
    except ImportError as error:  # pragma: no cover - pypdf is a dependency
        raise DocumentError(label, f"reading PDF needs pypdf ({error})") from None
    quiet_pypdf()
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise DocumentError(label, "not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except Exception as error:  # pypdf needs `cryptography` for AES
                raise DocumentError(
                    label, f"encrypted, and cannot be opened ({error}); save an unencrypted copy"
                ) from None
            if not unlocked:
                raise DocumentError(
                    label, "encrypted with a password; save a copy without the password"
                )
        pages = list(reader.pages)
    except DocumentError:
        raise
    except Exception as error:  # a damaged PDF can fail anywhere inside pypdf
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        raise DocumentError(label, f"cannot be read as PDF ({reason})") from None
    return pages


@dataclass
class ExtractedPdf:
    text: TextBuilder
    page_starts: tuple[int, ...]
    warnings: tuple[DocumentWarning, ...]


def read_pdf(data: bytes, label: str) -> ExtractedPdf:
    """The extracted text of a PDF's bytes, where each page starts in it, and a warning per
    page without text; DocumentError when the file is not a readable PDF or has no text."""
    pages = _open(data, label)
    lines: list[list[Line]] = []
    failed: dict[int, str] = {}
    metrics = _Metrics()
    for number, page in enumerate(pages):
        try:
            page_text = page_lines(page, metrics)
        except Exception as error:  # one damaged page: the others are still read
            failed[number] = " ".join(str(error).split())[:120] or type(error).__name__
            page_text = []
        for line in page_text:
            line.text = one_line(line.text.translate(LIGATURES))
        lines.append(page_text)
    if not any(line.text for page in lines for line in page):
        why = "no text layer (a scanned or image-only PDF?); run OCR on it, or check its source"
        if not pages:
            why = "a PDF with no pages"
        elif len(failed) == len(pages):
            why = f"cannot be read as PDF ({next(iter(failed.values()))})"
        raise DocumentError(label, why)
    kept = continue_tables(
        drop_running_lines([table_rows(merge_list_markers(page)) for page in lines])
    )
    hyphenated = _hyphenated_words(kept)
    builder = TextBuilder()
    page_starts = [0] * len(pages)
    placed: set[int] = set()  # the pages whose start a paragraph gave
    seen_page = -1
    table: list[tuple[int, list[str]]] = []  # the open table's rows: (page, cells)

    def end_table() -> None:
        nonlocal seen_page
        if not table:
            return
        before = len(builder.blocks)
        builder.table([cells for _page, cells in table])
        rows = builder.blocks[before:]
        pages_of = [page for page, _cells in table] if len(rows) == len(table) else []
        for block, number in zip(rows, pages_of or [table[0][0]] * len(rows), strict=False):
            if number != seen_page:
                page_starts[number] = block.start
                placed.add(number)
                seen_page = number
        table.clear()

    for paragraph in paragraphs_of(kept):
        if paragraph.kind == "row":
            number, line = paragraph.lines[0]
            cells = list(line.cells or ())
            if table and number != table[-1][0] and not _goes_on(table, cells):
                end_table()  # the header repeated on the new page: a table of its own
            table.append((number, cells))
            continue
        end_table()
        text = ""
        starts: list[tuple[int, int]] = []  # (page, offset in the paragraph's text)
        for number, line in paragraph.lines:
            piece = line.text.strip()
            if paragraph.kind == "item" and not text:
                piece = piece[BULLET.match(piece).end() :].strip() or piece
            joined = join_lines(text, piece, hyphenated) if text else piece
            if number != seen_page:  # join_lines ends with the piece as it is
                starts.append((number, len(joined) - len(piece)))
                seen_page = number
            text = joined
        block = builder.paragraph(
            text, paragraph.kind, level=paragraph.level, ordered=paragraph.ordered
        )
        if block is None:
            continue
        for number, offset in starts:
            page_starts[number] = block.start + offset
            placed.add(number)
    end_table()
    _fill_empty_pages(page_starts, placed, builder.length)
    warnings = tuple(
        DocumentWarning(
            "CC405",
            f"page {number + 1} has no text layer (a scanned page?): nothing on it was checked"
            if number not in failed
            else f"page {number + 1} cannot be read ({failed[number]}): nothing on it was checked",
            page_starts[number],
            page_starts[number],
            page=number + 1,
        )
        for number, page in enumerate(lines)
        if not any(line.text for line in page)
    )
    return ExtractedPdf(builder, tuple(page_starts), warnings)


def _goes_on(table: list[tuple[int, list[str]]], cells: list[str]) -> bool:
    """Whether a row at the top of a new page goes on with the table that ended the page
    before: as many cells as its header row, and not that header row repeated (a table
    continued with its header repeated is read as two tables, each under its header)."""
    header = table[0][1]
    return len(cells) == len(header) and [c.lower() for c in cells] != [c.lower() for c in header]


def _fill_empty_pages(page_starts: list[int], placed: set[int], end: int) -> None:
    """A page with no paragraph of its own starts where the next page with text does (or
    at the end), so the pages' starts stay in order."""
    following = end
    for number in range(len(page_starts) - 1, -1, -1):
        if number not in placed:
            page_starts[number] = following if number > 0 else 0
        following = page_starts[number]
