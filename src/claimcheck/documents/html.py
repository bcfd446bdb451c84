"""HTML drafts: the analysis text keeps what a reader sees and blanks everything else.

The stdlib `html.parser.HTMLParser` is used because it reports every piece of the input in
order (tags, text, entities, comments) and `getpos()` gives each piece's line and column, so
offsets are exact without a second, guessing pass; `convert_charrefs=False` makes entities
separate events that can be decoded in place. It is tolerant of broken markup and has no
dependencies. Tags, attributes and comments are blanked; so is the content of `<script>`,
`<style>`, `<template>`, `<noscript>`, `<code>` (code is not prose) and `<head>` apart from
`<title>`. Block elements leave a BLOCK_BREAK so that cells, items and paragraphs written
on one line stay separate sentences; table rows and captions get a line of their own (a
ROW_BREAK), and so does every block outside a table (a title, a heading, a paragraph): a
page's paragraphs are no cells of one long row, whose first block (the `<title>`) would
be taken for every figure's row header. Newlines are only whitespace in HTML, so in the
analysis text they become spaces: a sentence wrapped in the source stays one sentence,
and blocks are separated by their BLOCK_BREAKs alone.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from claimcheck.documents.canvas import Analysis, Canvas
from claimcheck.documents.document import BLOCK_BREAK, ROW_BREAK, InlineComment

HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript", "code"})
BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "br", "caption", "dd"),
        *("details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup"),
        *("hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre"),
        *("section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title"),
        *("tr", "ul"),
    }
)

LINE_TAGS = frozenset({"table", "tr", "caption"})
"""Tags whose start and end become a block break and a ROW_BREAK (the analysis text keeps
newlines only where the file has them): each row on a line of its own, and the caption on a
line above, so a cell's headers are found by position (:mod:`claimcheck.nlp.tables`) as in
a Markdown table."""
CELLS = frozenset({"td", "th"})
"""A cell's end tag leaves no break: the next cell's start, or the row's end, gives one, so a
row reads as it does in Markdown (one break between cells, none empty in between)."""


@dataclass(frozen=True)
class _Event:
    """One piece of the input as the parser reported it; it runs to the next event."""

    kind: str  # start | startend | end | data | ref | comment | other
    start: int
    name: str = ""  # the tag name for tag events, the body for comments


class _EventRecorder(HTMLParser):
    """Records every parser callback with its offset in the source."""

    def __init__(self, source: str, offset: int) -> None:
        super().__init__(convert_charrefs=False)
        self.base = offset  # where `source` starts in the document (`offset` is the parser's)
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.events: list[_Event] = []
        self.parsed_until = offset  # the end of what has surely been reported

    def _record(self, kind: str, name: str = "", length: int = 1) -> None:
        line, col = self.getpos()
        start = self.base + self.line_starts[line - 1] + col
        self.events.append(_Event(kind, start, name))
        self.parsed_until = start + length

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self._record("start", tag)

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        self._record("startend", tag)

    def handle_endtag(self, tag: str) -> None:
        self._record("end", tag)

    def handle_data(self, data: str) -> None:
        self._record("data", length=len(data))

    def handle_entityref(self, name: str) -> None:
        self._record("ref")

    def handle_charref(self, name: str) -> None:
        self._record("ref")

    def handle_comment(self, data: str) -> None:
        self._record("comment", data)

    def handle_decl(self, decl: str) -> None:
        self._record("other")

    def handle_pi(self, data: str) -> None:
        self._record("other")

    def unknown_decl(self, data: str) -> None:
        self._record("other")


class _Visibility:
    """Tracks whether text at the current point of the document is shown to a reader."""

    def __init__(self) -> None:
        self.open_hidden: Counter[str] = Counter()
        self.in_head = False

    def enter(self, tag: str) -> None:
        if tag in HIDDEN_TAGS or tag == "title":
            self.open_hidden[tag] += 1
        self.in_head = tag == "head" or (self.in_head and tag != "body")

    def leave(self, tag: str) -> None:
        if self.open_hidden[tag] > 0:
            self.open_hidden[tag] -= 1
        if tag == "head":
            self.in_head = False

    def shown(self) -> bool:
        if any(self.open_hidden[tag] for tag in HIDDEN_TAGS):
            return False
        return not self.in_head or self.open_hidden["title"] > 0


def _record_events(source: str) -> list[_Event]:
    """Every piece of `source` in order. Python before 3.13 raises AssertionError on some
    broken declarations (`<![x`); such a `<` is taken as text and parsing goes on after it."""
    events: list[_Event] = []
    offset = 0
    while offset < len(source):
        recorder = _EventRecorder(source[offset:], offset)
        try:
            recorder.feed(source[offset:])
            recorder.close()
        except AssertionError:
            failed_at = source.find("<", recorder.parsed_until)
            if failed_at < 0:  # cannot happen: only a `<` starts a declaration
                failed_at = recorder.parsed_until
            events += recorder.events
            events.append(_Event("data", failed_at))
            offset = failed_at + 1
        else:
            return events + recorder.events
    return events


def parse_events(source: str) -> list[tuple[_Event, int]]:
    """The parser's events with the end offset of each."""
    events = _record_events(source)
    if not events:  # an empty source has no event, not one that runs to its end
        return []
    ends = [event.start for event in events[1:]] + [len(source)]
    return list(zip(events, ends, strict=True))


_TAG_NAME = re.compile(r"<\s*[^\s/>]+")
_ATTRIBUTE = re.compile(
    r"""[\s/]*(?P<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+)))?"""
)
ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
TEXT_ALTERNATIVE_TAGS = frozenset({"img"})
"""Elements whose ``alt`` text is prose: a screen reader reads it in the image's place and a
search engine indexes it, so a figure in it is a claim the page makes (WCAG 1.1.1)."""


def alt_span(tag_text: str) -> tuple[int, int] | None:
    """Where the value of a start tag's ``alt`` attribute lies in ``tag_text`` (``<img …>``),
    or None when it has none or an empty one; attributes are read in order as a browser
    does, so ``alt=`` inside another attribute's quoted value is not taken for it."""
    name = _TAG_NAME.match(tag_text)
    position = name.end() if name else 0
    while position < len(tag_text):
        found = _ATTRIBUTE.match(tag_text, position)
        if not found or found.end() == position:
            return None
        if found.group("name").lower() == "alt":
            for group in ("dq", "sq", "bare"):
                if found.group(group):
                    return found.start(group), found.end(group)
            return None
        position = found.end()
    return None


def alt_pieces(tag_text: str) -> list[tuple[int, int, bool]]:
    """The ``alt`` value of ``tag_text`` as (start, end, is_entity) pieces, in order: text
    runs and character references (``&nbsp;``, ``&#8217;``) to decode in place."""
    span = alt_span(tag_text)
    if span is None:
        return []
    start, end = span
    pieces, position = [], start
    for entity in ENTITY.finditer(tag_text, start, end):
        if entity.start() > position:
            pieces.append((position, entity.start(), False))
        pieces.append((entity.start(), entity.end(), True))
        position = entity.end()
    if position < end:
        pieces.append((position, end, False))
    return pieces


def _write_alt_text(canvas: Canvas, tag_start: int, tag_end: int) -> None:
    """An image's alt text, read as a block of its own: the description of the image is no
    part of the sentence the image sits in (a break before and after it)."""
    pieces = alt_pieces(canvas.raw[tag_start:tag_end])
    if not pieces:
        return
    for start, end, is_entity in pieces:
        if is_entity:
            decode_entity(canvas, tag_start + start, tag_start + end)
        else:
            canvas.reveal(tag_start + start, tag_start + end)
    canvas.mark_break(tag_start)
    canvas.mark_break(tag_start + pieces[-1][1])  # the closing quote, or the tag's end


SPAN_ATTRIBUTE = re.compile(r"""\b(rowspan|colspan)\s*=\s*["']?\s*(\d{1,4})""", re.IGNORECASE)
MAX_SPAN = 1000  # a browser caps colspan at 1000 and rowspan at 65534; more is a typo


def _spans(tag_text: str) -> tuple[int, int]:
    """The (rowspan, colspan) a cell's start tag asks for, 1 each when it asks none."""
    found = {name.lower(): int(value) for name, value in SPAN_ATTRIBUTE.findall(tag_text)}
    return (
        min(max(found.get("rowspan", 1), 1), MAX_SPAN),
        min(max(found.get("colspan", 1), 1), MAX_SPAN),
    )


class _Grid:
    """Where the cells of one HTML table stand, so that a merged cell keeps the columns in
    line. The analysis text finds a cell's column header by counting the cells before it on
    its line (:mod:`claimcheck.nlp.tables`), as in a Markdown table; a cell that spans rows
    (``rowspan``) is written once, in its first row, so the rows under it hold one cell fewer
    and each of their cells would be read under the header on its left (a ``55`` under
    ``Rate (%)`` read under ``Dose (mg)``). The same with a ``colspan`` cell: the cells after
    it sit one column further right than their count says. Each column a merged cell covers
    beyond its own is owed an empty cell, written as an extra break in the next cell's tag."""

    def __init__(self) -> None:
        self.column = 0
        self.covered: dict[int, int] = {}  # column -> rows still covered from above
        self.new_cover: dict[int, int] = {}  # rowspans opened in this row
        self.owed = 0  # empty cells owed by a colspan, written before the next cell

    def start_row(self) -> None:
        """A new row: the covers of the row before move one row down."""
        self.end_row()
        self.column = 0

    def end_row(self) -> None:
        if self.column == 0 and not self.new_cover and not self.owed:
            return  # no cell since the last row's end: nothing to move (`</tr><tr>`)
        self.covered = {c: n - 1 for c, n in self.covered.items() if n > 1}
        self.covered.update(self.new_cover)
        self.new_cover, self.owed, self.column = {}, 0, 0

    def cell(self, tag_text: str) -> int:
        """Place a cell whose start tag is ``tag_text``: how many empty cells go before it."""
        empty = self.owed
        self.column += self.owed
        self.owed = 0
        while self.covered.get(self.column, 0) > 0:
            empty += 1
            self.column += 1
        rows, columns = _spans(tag_text)
        if rows > 1:
            for column in range(self.column, self.column + columns):
                self.new_cover[column] = rows - 1
        self.column += 1
        self.owed = columns - 1
        return empty


def _mark_cell_breaks(canvas: Canvas, start: int, end: int, empty: int) -> None:
    """A cell's break and, before it, one more for each empty cell owed (see :class:`_Grid`),
    all inside the cell's start tag (blank in the analysis text); a tag too short for all
    of them gives what it has room for."""
    for pos in range(start, min(start + 1 + empty, end - 1)):
        canvas.mark_break(pos)


def html_analysis(source: str) -> Analysis:
    """The analysis text of an HTML document or fragment, and its comments."""
    canvas = Canvas(source)
    comments: list[InlineComment] = []
    visibility = _Visibility()
    lines: list[tuple[int, bool]] = []  # (where, whether an end tag)
    tables = 0  # how many tables are open where the parser is
    table_ends: list[int] = []  # where an empty line closes a table's rows
    grids: list[_Grid] = []  # one per open table, innermost last
    for event, end in parse_events(source):
        if event.kind in ("start", "startend", "end"):
            own_line = event.name in BLOCK_TAGS and not tables and end - event.start > 1
            if grids and event.name == "tr" and event.kind == "end":
                grids[-1].end_row()
            elif grids and event.name == "tr":
                grids[-1].start_row()
            if event.name in LINE_TAGS or own_line:
                lines.append((event.start, event.kind == "end"))
                if event.name == "table" and event.kind == "end" and end - event.start > 2:
                    # a table's end leaves an empty line (two ROW_BREAKs side by side): the
                    # end of its rows, so the next table's cells never read its headers
                    table_ends.append(event.start + 2)
            elif grids and event.name in CELLS and event.kind != "end":
                empty = grids[-1].cell(source[event.start : end])
                _mark_cell_breaks(canvas, event.start, end, empty)
            elif event.name in BLOCK_TAGS and not (event.kind == "end" and event.name in CELLS):
                canvas.mark_break(event.start)
            if event.name == "table" and event.kind != "startend":
                tables = max(0, tables + (1 if event.kind == "start" else -1))
                grids = grids + [_Grid()] if event.kind == "start" else grids[:-1]
            if event.name in TEXT_ALTERNATIVE_TAGS and event.kind != "end" and visibility.shown():
                _write_alt_text(canvas, event.start, end)
            if event.kind == "start":
                visibility.enter(event.name)
            elif event.kind == "end":
                visibility.leave(event.name)
        elif event.kind == "comment":
            comments.append(InlineComment(event.start, end, event.name.strip()))
        elif visibility.shown() and event.kind == "data":
            canvas.reveal(event.start, end)
        elif visibility.shown() and event.kind == "ref":
            decode_entity(canvas, event.start, end)
    write_powers_of_ten(canvas)
    canvas.soften_newlines(0, len(source))
    for pos, closes in lines:
        # an end tag closes its line after a last break (a row's last cell); a start tag
        # opens a new line with its break (a heading before the table keeps its own line)
        first, second = (BLOCK_BREAK, ROW_BREAK) if closes else (ROW_BREAK, BLOCK_BREAK)
        canvas.put(pos, first)
        canvas.put(pos + 1, second)
    for pos in table_ends:
        canvas.put(pos, ROW_BREAK)
    canvas.write_superscripts()
    canvas.write_subscripts()
    canvas.write_word_breaks()
    canvas.write_wrapped_figures()
    canvas.write_split_figures()
    canvas.write_markup_before_figures()
    return Analysis(canvas.text(), comments=tuple(comments))


POWER_OF_TEN = re.compile(
    r"(?:(?<![\w.,])|(?<=\d[xX×])|(?<=\d[ \t][xX×]))10"
    r"(?P<sup><sup>\s*(?P<sign>-|−|&minus;|&#8722;|&#x2212;)?\s*(?P<exp>\d{1,3})\s*</sup>)",
    re.IGNORECASE,
)


def write_powers_of_ten(canvas: Canvas) -> None:
    """``10<sup>8</sup>`` and ``10<sup>&minus;3</sup>`` are powers of ten, also after a glued
    times sign (``4.0 x10<sup>9</sup>/L``, ``2×10<sup>6</sup>``): write ``^8`` or ``^-3``
    over the element, so the analysis text reads ``10^8`` as a plain-text draft does (the
    offsets stay the file's). Only where the 10 and the exponent are shown as prose; any other
    ``<sup>`` (a footnote marker after a word) stays blank."""
    for found in POWER_OF_TEN.finditer(canvas.raw):
        shown = (found.start(), found.start() + 1, found.start("exp"))
        if any(canvas.chars[pos] != canvas.raw[pos] for pos in shown):
            continue
        sign = "-" if found.group("sign") else ""
        canvas.replace(found.start("sup"), found.end("sup"), f"^{sign}{found.group('exp')}")


def decode_entity(canvas: Canvas, start: int, end: int) -> None:
    """Write the character an entity stands for in its place; an unknown one stays as is."""
    entity = canvas.raw[start:end]
    decoded = html.unescape(entity)
    if decoded != entity and len(decoded) <= len(entity):
        canvas.replace(start, end, decoded)
    else:
        canvas.reveal(start, end)
