"""The headers of a table cell: what a bare figure in a table is about.

A figure alone in a cell ("830,180") says nothing of itself; a reader takes its subject from
the row header, its measure or group from the column header, and its scope from the heading
or caption above the table. The document readers leave each table row on one line of the
analysis text with BLOCK_BREAK between cells, so the headers are found by position alone.
"""

from __future__ import annotations

from claimcheck.documents.document import BLOCK_BREAK

HEADING_REACH = 3  # lines above a table searched for its heading or caption


def _line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a row line, content trimmed, empty edges dropped."""
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
    while cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def _is_row(text: str, start: int, end: int) -> bool:
    return BLOCK_BREAK in text[start:end]


def header_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans of the row header, column header and heading above the cell at ``offset``;
    empty when ``offset`` is not in a table row (or is in the header row's own cells)."""
    start, end = _line_at(text, offset)
    if not _is_row(text, start, end):
        return []
    cells = _cells(text, start, end)
    column = next((i for i, (s, e) in enumerate(cells) if s <= offset < max(e, s + 1)), None)
    if column is None:
        return []
    top = start
    while top > 0:
        above_start, above_end = _line_at(text, top - 1)
        if not _is_row(text, above_start, above_end) and text[above_start:above_end].strip():
            break
        if not _is_row(text, above_start, above_end):
            break
        top = above_start
    spans: list[tuple[int, int]] = []
    if column > 0 and cells[0][1] > cells[0][0]:
        spans.append(cells[0])
    if top != start:
        header_end = _line_at(text, top)[1]
        header = [cell for cell in _cells(text, top, header_end)]
        if column < len(header) and header[column][1] > header[column][0]:
            spans.append(header[column])
    line_end = top - 1
    for _ in range(HEADING_REACH):
        if line_end <= 0:
            break
        line_start, _e = _line_at(text, line_end)
        if text[line_start:line_end].strip():
            left = line_start
            while left < line_end and (text[left].isspace() or text[left] == BLOCK_BREAK):
                left += 1
            spans.append((left, line_end))
            break
        line_end = line_start - 1
    return spans
