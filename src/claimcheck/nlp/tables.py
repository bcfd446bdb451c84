"""The headers of a table cell: what a bare figure in a table is about.

A figure alone in a cell ("830,180") says nothing of itself; a reader takes its subject from
the row header, its measure or group from the column header, and its scope from the heading
or caption above the table. The document readers leave each table row on one line of the
analysis text (an HTML row ends with a ROW_BREAK) with BLOCK_BREAK between cells, so the
headers are found by position alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from claimcheck.documents.document import BLOCK_BREAK, ROW_BREAK

HEADING_REACH = 3  # lines above a table searched for its heading or caption
BLOCK_LINES_WALKED = 8  # … and empty lines between HTML blocks walked over besides


def _line_at(text: str, offset: int) -> tuple[int, int]:
    """The line around ``offset``: a newline or a ROW_BREAK (an HTML row's end) ends one."""
    start = max(text.rfind("\n", 0, offset), text.rfind(ROW_BREAK, 0, offset)) + 1
    return start, _line_end(text, offset)


def _line_end(text: str, offset: int) -> int:
    ends = [end for end in (text.find("\n", offset), text.find(ROW_BREAK, offset)) if end >= 0]
    return min(ends) if ends else len(text)


class _Memo:
    """Rows' cells and tables' tops already found, for one analysis text at a time.

    Each figure in a table asks for its headers; without this, each read its whole row and
    walked up every row above it, so a table of 5,000 figures in one row or one column took
    minutes (quadratic). Only the text last asked about is kept (compared by identity: the
    components read ``doc.text`` once per document), so no earlier draft stays in memory."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.cells: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.tops: dict[int, int] = {}
        self.bottoms: dict[int, int] = {}

    def of(self, text: str) -> _Memo:
        if self.text is not text:
            self.text, self.cells, self.tops, self.bottoms = text, {}, {}, {}
        return self


_MEMO = _Memo()


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a row line, content trimmed, empty edges dropped."""
    segments = _segments(text, start, end)
    return _trimmed(segments, _leading_empty(segments))


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each stretch between the breaks of a row line, content trimmed,
    empty ones kept: the markup before the first cell (a Markdown row's leading pipe, an
    HTML ``<tr>``) and a cell left empty (a table's corner, ``<th></th>``) alike."""
    memo = _MEMO.of(text).cells
    if (start, end) not in memo:
        memo[start, end] = _find_segments(text, start, end)
    return memo[start, end]


def _leading_empty(segments: list[tuple[int, int]]) -> int:
    """How many empty stretches open a row line."""
    count = 0
    while count < len(segments) and segments[count][0] == segments[count][1]:
        count += 1
    return count


def _trimmed(segments: list[tuple[int, int]], lead: int) -> list[tuple[int, int]]:
    """A row's cells: its stretches less ``lead`` of them in front and the empty ones at its
    end (which shift no column)."""
    cells = segments[lead:]
    while cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def _find_segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells = []
    position = start
    while position <= end:
        stop = text.find(BLOCK_BREAK, position, end)
        stop = end if stop < 0 else stop
        left, right = position, stop
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        cells.append((left, right))
        position = stop + 1
    return cells


def _is_row(text: str, start: int, end: int) -> bool:
    """A table row: a line with a break before, between and after two or more cells. A
    Markdown heading has one break; an HTML heading or paragraph two, around one block."""
    return text.count(BLOCK_BREAK, start, end) >= 3 and bool(text[start:end].strip())


def _table_top(text: str, start: int) -> int:
    """The start of the first row of the table whose row starts at ``start``. A Markdown
    delimiter row (``|---|---|``) reaches the analysis text blanked to spaces: a line of
    only spaces between two rows is still inside the table, an empty line ends it. Rows
    walked on the way up learn the top too (see :class:`_Memo`)."""
    return _table_end(text, start, _MEMO.of(text).tops, _row_above)


def _table_end(
    text: str, start: int, ends: dict[int, int], step: Callable[[str, int], int | None]
) -> int:
    """The last row ``step`` reaches from the row at ``start``, row by row (the top with
    :func:`_row_above`, the bottom with :func:`_row_below`); each row walked learns it in
    ``ends``, so the rows of one table walk it once."""
    walked = []
    end = start
    while end not in ends:
        walked.append(end)
        beyond = step(text, end)
        if beyond is None:
            break
        end = beyond
    end = ends.get(end, end)
    for row in walked:
        ends[row] = end
    return end


MAX_GAP_LINES = 4  # blank-looking lines walked over between two rows of one table


def _row_above(text: str, start: int) -> int | None:
    """The start of the table row just above the row at ``start``, if any. Lines of only
    spaces between rows (a blanked Markdown delimiter row, the line ends around an HTML
    table's rows inside a Markdown draft) stay inside the table; a blank line of the draft
    (an empty line between two newlines) or a line with words ends it."""
    position = start
    for _ in range(MAX_GAP_LINES):
        if position == 0:
            return None
        above_start, above_end = _line_at(text, position - 1)
        if _is_row(text, above_start, above_end):
            return above_start
        line = text[above_start:above_end]
        if line.strip() or _blank_line(text, above_start, above_end):
            return None
        position = above_start
    return None


def _blank_line(text: str, start: int, end: int) -> bool:
    """An empty line of the draft itself: nothing between two newlines, or between the two
    ROW_BREAKs an HTML table's end leaves (``</table>``: the next table is another)."""
    if start != end:
        return False
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    # (a newline beside a ROW_BREAK is an HTML row's line end inside a Markdown draft)
    return before == after and before in ("\n", ROW_BREAK)


@dataclass(frozen=True)
class CellHeaders:
    """Where the headers of one table cell are, as (start, end) offsets of the analysis text,
    None where the table has none: ``row`` the row header (first cell of the row),
    ``row_title`` the header above the row headers ("Age group": what the row headers are),
    ``column`` the cell's column header, ``heading`` the heading or caption above the table."""

    row: tuple[int, int] | None = None
    row_title: tuple[int, int] | None = None
    column: tuple[int, int] | None = None
    heading: tuple[int, int] | None = None
    column_unit: tuple[int, int] | None = None  # the cell of a units row under the header
    column_before: tuple[int, int] | None = None  # the header of the column to its left

    def spans(self) -> tuple[tuple[int, int] | None, ...]:
        """(row, row_title, column, heading): the order of the claim's ``CellText``."""
        return self.row, self.row_title, self.column, self.heading


def _filled(span: tuple[int, int]) -> tuple[int, int] | None:
    return span if span[1] > span[0] else None


def header_spans(text: str, offset: int) -> CellHeaders | None:
    """The headers of the cell at ``offset``; None when ``offset`` is not in a table row.

    The first row of a table is its header row; the first cell of a row is its row header.
    A cell of the header row has no headers of its own beyond the heading above. A first
    row of one cell over rows of more is the table's title: the heading of its cells, and
    the row under it the header row.

    The two rows are cut into cells alike: the empty stretches that open both (a leading pipe,
    a ``<tr>``) are markup, one more in either is an empty cell. A header row that opens with
    an empty corner (``<th></th>``, ``|  | Women | Men |``) keeps it, so each column keeps its
    header; a data row with an empty row header keeps that too."""
    start, end = _line_at(text, offset)
    if not _is_row(text, start, end):
        return None
    top = _table_top(text, start)
    heading = None
    below = _row_below(text, top)
    if below is not None and _is_title_row(text, top, below):
        # a title across the whole table ("Table 2. Protection by dose"): its heading; the
        # row under it is the header row
        if start == top:
            return CellHeaders(heading=_heading_above(text, top))
        heading = _cells(text, top, _line_at(text, top)[1])[0]
        top = below
    segments = _segments(text, start, end)
    header_segments = _segments(text, top, _line_at(text, top)[1]) if top != start else []
    lead = _leading_empty(segments)
    if header_segments:
        lead = min(lead, _leading_empty(header_segments))
    cells = _trimmed(segments, lead)
    column = bisect.bisect_right(cells, (offset, len(text) + 1)) - 1  # the last cell from here
    if column < 0 or not cells[column][0] <= offset < max(cells[column][1], cells[column][0] + 1):
        return None
    row = _filled(cells[0]) if column > 0 else None
    if row is not None:
        row = _with_label_cells(text, cells, column, row)
    row_title = column_header = column_before = None
    if header_segments:
        header = _trimmed(header_segments, lead)
        if column < len(header):
            column_header = _filled(header[column])
        if 1 < column <= len(header):
            column_before = _filled(header[column - 1])
        if row is not None and header:
            row_title = _filled(header[0])
    units = _units_row(text, top, start, lead, column)
    heading = heading or _heading_above(text, top) or _caption_below(text, start)
    return CellHeaders(row, row_title, column_header, heading, units, column_before)


ROW_LABEL_CELL = re.compile(
    r"\s*(?:[^\d\s][^\d]*|(?:FY\s?)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?)\s*",
    re.IGNORECASE,
)
"""A cell that labels its row rather than measuring it: words without a digit ("TAVI",
"rivaroxaban") or a year ("2018", "2016/17", "FY2022")."""
YEAR_CELL = re.compile(r"\s*(?:FY\s?)?(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\s*", re.I)


def _with_label_cells(
    text: str, cells: list[tuple[int, int]], column: int, row: tuple[int, int]
) -> tuple[int, int]:
    """The row header of a cell in ``column``, stretched over the label cells right after the
    first cell ("| TAVI | 2018 | €34,200 |": the row is TAVI's in 2018): a year cell always,
    a cell of words only when it stands right before the figure's column ("| EINSTEIN-PE |
    rivaroxaban | 1.8% |": the arm the 1.8% is; the comparator's column further right is not
    rivaroxaban's). The first cell that is neither ends the stretch."""
    end = row[1]
    for index in range(1, column):
        cell = text[slice(*cells[index])]
        if not cell.strip() or not ROW_LABEL_CELL.fullmatch(cell):
            break
        if not YEAR_CELL.fullmatch(cell) and index != column - 1:
            break
        end = cells[index][1]
    return (row[0], end)


UNITS_ROW_HEAD = re.compile(r"\s*(?:units?\b\W*)?$", re.IGNORECASE)


def _units_row(text: str, top: int, start: int, lead: int, column: int) -> tuple[int, int] | None:
    """The cell in ``column`` of a units row (``| | kg | cm |``: right under the header row,
    its first cell empty or "Unit", no digit in it), for a cell in a row below it; whether the
    words are a unit is the reader's to decide (:mod:`claimcheck.nlp.components`)."""
    below = _row_below(text, top)
    if below is None or below == start or column == 0:
        return None
    end = _line_at(text, below)[1]
    cells = _trimmed(_segments(text, below, end), lead)
    if len(cells) <= column or any(ch.isdigit() for ch in text[below:end]):
        return None
    return _filled(cells[column]) if UNITS_ROW_HEAD.match(text[slice(*cells[0])]) else None


def _is_title_row(text: str, top: int, below: int) -> bool:
    """Whether a table's first row is its title: one cell (merged across the table, or the
    others left empty) over a row of two or more cells. A header row whose empty corner
    opens it (``| | Prevalence (%) |``) is no title: its one filled cell is a column's
    header (the stretches that open both rows alike are markup, as :func:`header_spans`
    cuts them)."""
    own = _segments(text, top, _line_at(text, top)[1])
    under = _segments(text, below, _line_at(text, below)[1])
    cells = _trimmed(own, min(_leading_empty(own), _leading_empty(under)))
    return (
        len([cell for cell in cells if cell[1] > cell[0]]) == 1
        and cells[0][1] > cells[0][0]
        and len(_cells(text, below, _line_at(text, below)[1])) >= 2
    )


def _row_below(text: str, start: int) -> int | None:
    """The start of the table row just below the row at ``start``, if any (lines of only
    spaces between them walked over, as :func:`_row_above` does upwards)."""
    position = _line_end(text, start) + 1
    for _ in range(MAX_GAP_LINES):
        if position >= len(text):
            return None
        line_start, line_end = _line_at(text, position)
        if _is_row(text, line_start, line_end):
            return line_start
        if text[line_start:line_end].strip() or _blank_line(text, line_start, line_end):
            return None
        position = line_end + 1
    return None


def _heading_above(text: str, top: int) -> tuple[int, int] | None:
    """The nearest non-blank line within :data:`HEADING_REACH` lines above a table. A table
    right under another is no heading of it: both stand under the first one's heading.
    Only the draft's own lines count: the empty stretches between an HTML block's
    ROW_BREAK and the next one (each block outside a table is a line of its own) are not
    lines of the file, so a heading written on the line above ``<table>`` is reached
    however the HTML reader cut the space between them."""
    line_end = top - 1
    counted = walked = 0
    while counted < HEADING_REACH and walked < HEADING_REACH + BLOCK_LINES_WALKED:
        if line_end <= 0:
            break
        walked += 1
        counted += text[line_end] == "\n"
        line_start, _e = _line_at(text, line_end)
        if _is_row(text, line_start, line_end + 1):
            above = _table_top(text, line_start)
            return _heading_above(text, above)
        if text[line_start:line_end].strip():
            left, right = line_start, line_end
            while left < right and text[left].isspace():  # blanks and breaks alike
                left += 1
            while right > left and text[right - 1].isspace():
                right -= 1
            return left, right
        line_end = line_start - 1
    return None


CAPTION_REACH = 2  # lines below a table searched for its caption
CAPTION_LENGTH = 150  # … which is one short line, not a paragraph
NUMBER_BUT_YEAR = re.compile(
    r"(?<![\d.,/–-])(?!(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?(?!\d|[.,]\d))\d"
)
"""A digit that is no year's (``2021``, ``2023/24``): a line holding one states a figure, and no
caption does."""


def _caption_below(text: str, start: int) -> tuple[int, int] | None:
    """The caption under a table that has no heading or caption above it ("| … |" rows, then
    "NHS dental charges in England (£)."): the first non-blank line within
    :data:`CAPTION_REACH` lines below the table's last row, when it is one short line that
    states no figure (a year may date it). A paragraph of figures after a table is the page's
    text, not the table's caption."""
    bottom = _table_bottom(text, start)
    position = _line_end(text, bottom) + 1
    counted = walked = 0
    while counted < CAPTION_REACH and walked < CAPTION_REACH + BLOCK_LINES_WALKED:
        if position >= len(text):
            return None
        walked += 1
        line_start, line_end = _line_at(text, position)
        counted += line_end < len(text) and text[line_end] == "\n"
        line = text[line_start:line_end]
        if line.strip():
            if _is_row(text, line_start, line_end) or len(line.strip()) > CAPTION_LENGTH:
                return None
            if NUMBER_BUT_YEAR.search(line):
                return None
            left, right = line_start, line_end
            while left < right and text[left].isspace():
                left += 1
            while right > left and text[right - 1].isspace():
                right -= 1
            return left, right
        position = line_end + 1
    return None


def _table_bottom(text: str, start: int) -> int:
    """The start of the last row of the table whose row starts at ``start`` (rows walked on
    the way down learn it, as :func:`_table_top` learns the top)."""
    return _table_end(text, start, _MEMO.of(text).bottoms, _row_below)


def heads_a_table(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is the heading or caption of a table: a table
    starts within :data:`HEADING_REACH` lines below it, as :func:`_heading_above` finds a
    table's heading (a line that is itself a row heads nothing)."""
    start, end = _line_at(text, offset)
    if _is_row(text, start, end):
        return False
    counted = walked = 0
    while counted < HEADING_REACH and walked < HEADING_REACH + BLOCK_LINES_WALKED:
        if end >= len(text):
            return False
        walked += 1
        counted += text[end] == "\n"
        start, end = _line_at(text, end + 1)
        if _is_row(text, start, end):
            return True
        if text[start:end].strip():
            return False
    return False


def in_first_row(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the first row of a table, the row that names its columns
    (``| Outcome | 30/40 women | 36/40 women |``)."""
    start, end = _line_at(text, offset)
    return _is_row(text, start, end) and _table_top(text, start) == start


AGE_TITLE = re.compile(r"(?<!gestational )\bage(?:s|d)?\b", re.IGNORECASE)
"""A row headers' column titled "Age", "Age group", "Ages" says each row header is an age
(not "Gestational age", which is how long a pregnancy lasted, not how old anyone is)."""


COUNT_OF_TOTAL_TITLE = re.compile(
    r"^\s*(?:events?|cases?|n|responders?|deaths?)\s*/\s*(?:n|total|patients|participants)\s*$",
    re.IGNORECASE,
)
"""A column titled ``Events/N``, ``n/N``, ``Events / total``: each cell is a part of a whole."""
PART_OF_WHOLE_CELL = re.compile(r"\s*(?P<part>\d{1,7})\s*/\s*(?P<whole>\d{1,7})\s*")


def _markdown_rows(text: str) -> Iterator[tuple[list[tuple[int, int]], bool]]:
    """Each Markdown table row's cells (start, end) and whether it is its table's first row,
    the titles; a line of words, or a blank line of the draft, ends a table."""
    in_table = False
    position = 0
    length = len(text)
    while position < length:
        end = _line_end(text, position)
        if _is_row(text, position, end):
            yield _cells(text, position, end), not in_table
            in_table = True
        elif text[position:end].strip() or _blank_line(text, position, end):
            in_table = False
        position = end + 1


def table_rows(text: str) -> Iterator[tuple[list[tuple[int, int]], bool]]:
    """Each table row's cells (start, end) and whether it opens its table (its titles), in
    Markdown and HTML drafts alike, for readers of whole tables outside this module."""
    if BLOCK_BREAK not in text:
        return iter(())
    return _markdown_rows(text)


def count_of_total_cells(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(start, end, part, whole) of each cell ``34/120`` under a column titled ``Events/N``,
    ``n/N`` or ``Events / total``: the part of a whole, as ``34 of 120`` reads in prose
    (a bare slash elsewhere is a fraction, a date or a score, so only the title decides)."""
    if BLOCK_BREAK not in text or "/" not in text:
        return
    titles: list[bool] = []
    for cells, first in _markdown_rows(text):
        if first:
            titles = [bool(COUNT_OF_TOTAL_TITLE.match(text[slice(*c)])) for c in cells]
            continue
        for index, (start, stop) in enumerate(cells):
            if index < len(titles) and titles[index]:
                found = PART_OF_WHOLE_CELL.fullmatch(text, start, stop)
                if found and int(found["whole"]) > 0 and int(found["part"]) <= int(found["whole"]):
                    yield (
                        found.start("part"),
                        found.end("whole"),
                        int(found["part"]),
                        int(found["whole"]),
                    )


LABEL_TITLE = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:stage|grade|class|type|level|step|phase|tier|category|score|rank"
    r"|line|cycle|round|no\.?|#)s?\s*",
    re.IGNORECASE,
)
"""A row headers' column titled by a category whose members are numbered ("Stage", "CKD
stage", "NYHA class", "Grade", "Score", "Tier"), and nothing after it: each row header is
a label ("3b", "IV", "2") that names a row, no amount. A title with more ("Level (mg/dL)")
names a measure, its row headers are values."""
LABEL_CELL = re.compile(
    r"\s*(?:\d{1,2}[a-eA-E]?|[IVX]{1,4}[a-eA-E]?)(?:\s*[-–—/]\s*(?:\d{1,2}[a-eA-E]?"
    r"|[IVX]{1,4}[a-eA-E]?))?\s*"
)
"""A numbered category's label as a row header: ``4``, ``3b``, ``IV``, ``2–3``, ``IIIa``."""


def label_row_headers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each row header that labels its row by a numbered category, in a
    table whose first column is titled by one (:data:`LABEL_TITLE`): "| Stage | eGFR |"
    over "| 4 | 15–29 |" says stage 4, not four of anything."""
    if BLOCK_BREAK not in text:
        return
    titled = False
    for cells, first in _markdown_rows(text):
        if first:
            titled = bool(cells) and bool(LABEL_TITLE.fullmatch(text, *cells[0]))
        elif titled and len(cells) > 1 and LABEL_CELL.fullmatch(text, *cells[0]):
            yield cells[0]


def age_row_headers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the row header of each data row in a table whose first column is
    titled "Age" (or "Age group", "Ages"): such a cell names an age bracket by its place."""
    if BLOCK_BREAK not in text:
        return
    title_is_age = False
    for cells, first in _markdown_rows(text):
        if first:
            title_is_age = bool(cells) and bool(AGE_TITLE.search(text[slice(*cells[0])]))
        elif title_is_age and len(cells) > 1 and cells[0][1] > cells[0][0]:
            yield cells[0]


AGE_BAND_CELL = re.compile(
    r"\s*(?:(?i:up\s+to|under|over|from|below|above)\s+|[<>≤≥]\s*)?"
    r"\d{1,3}(?:\s*[-–—]\s*\d{1,3}|\s*\+)?\s*(?i:years?|yrs?|months?|weeks?|days?)\s*"
    r"|\s*(?i:day|week|month)\s+\d{1,3}\s*"
)
"""An age band written as a whole cell: ``Up to 1 year``, ``1–5 years``, ``2 months``, ``Day
1``, ``16+ years``."""


AGE_AT_TITLE = re.compile(
    r"\s*(?i:measured|assessed|given|due|offered|checked|recorded|counted)\s+(?i:at)\s*"
)
"""A column titled by when a child is measured or a dose is given (``Measured at``, ``Given
at``): a coverage table's ``| MMR (2 doses) | 5 years | 86.1 |`` names the age the share is
of, a label as an ``Age`` column's band is (s58x)."""


def age_column_cells(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each age band (:data:`AGE_BAND_CELL`) in a table that has a column
    titled "Age" past its first (:func:`age_row_headers` reads a first one), where a later
    cell of its row holds a digit: a reference-range table's ``| Calcium | mmol/L | Up to 1
    year | 2.10–2.80 |`` says for whom the range holds, a group label, as an age row header
    does (s57x; the rows under a test's first row leave its name and unit cells empty, so the
    band is found by its shape, not its column)."""
    if BLOCK_BREAK not in text:
        return
    aged = False
    for cells, first in _markdown_rows(text):
        if first:
            aged = any(
                AGE_TITLE.search(text[slice(*cell)]) or AGE_AT_TITLE.fullmatch(text, *cell)
                for cell in cells[1:]
            )
            continue
        if not aged:
            continue
        for index, cell in enumerate(cells[:-1]):
            if AGE_BAND_CELL.fullmatch(text, *cell) and any(
                char.isdigit() for later in cells[index + 1 :] for char in text[slice(*later)]
            ):
                yield cell


UNITS_TITLE = re.compile(r"\s*(?i:units?)\s*")
"""A column titled ``Units`` or ``Unit``: each row's cell there is the unit of its figures."""


def units_column_cells(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(figure cell, unit cell) for each cell right of a ``Units`` column in a table's data
    rows (:data:`UNITS_TITLE`): a reference-range table's ``| ALT | U/L | < 50 |``. A row that
    leaves its unit cell empty under a test's first row (``| | | 1–5 years | 2.15–2.65 |``)
    takes the unit of the row above; one that names a test of its own and leaves the cell
    empty has none (``| INR | | 0.8–1.2 |``). Columns are told by the row's raw stretches,
    empty cells kept, so a row that opens with empty cells keeps its columns."""
    if BLOCK_BREAK not in text:
        return
    unit_index: int | None = None
    unit_cell: tuple[int, int] | None = None
    in_table = False
    position, length = 0, len(text)
    while position < length:
        end = _line_end(text, position)
        if _is_row(text, position, end):
            segments = _segments(text, position, end)
            if not in_table:
                titles = [i for i, cell in enumerate(segments) if cell[1] > cell[0]]
                unit_index = next(
                    (i for i in titles[1:] if UNITS_TITLE.fullmatch(text, *segments[i])), None
                )
                unit_cell = None
            elif unit_index is not None and unit_index < len(segments):
                if segments[unit_index][1] > segments[unit_index][0]:
                    unit_cell = segments[unit_index]
                elif any(cell[1] > cell[0] for cell in segments[:unit_index]):
                    unit_cell = None  # "| INR | | 0.8–1.2 |": a test of its own, no unit
                if unit_cell is not None:
                    for cell in segments[unit_index + 1 :]:
                        if cell[1] > cell[0]:
                            yield cell, unit_cell
            in_table = True
        elif text[position:end].strip() or _blank_line(text, position, end):
            in_table = False
        position = end + 1
