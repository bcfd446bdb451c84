"""The report's two views of a draft, as safe HTML with every figure marked at its offsets.

*The page* is the draft as a reader sees it: Markdown rendered from the same markdown-it
tokens the analysis text was built from (:func:`claimcheck.documents.markdown.located_tokens`
gives the raw offset of each character of their text), HTML re-built from the same parser
events the HTML reader uses, plain text as its paragraphs, a Word or PDF draft from the
blocks its reader found (headings, paragraphs, lists, tables) over its extracted text.
*The source* is the file itself (a Word or PDF draft's extracted text), line by line, for
writers. In both, a figure is marked by comparing the raw offset of every
character shown with the figure's span, never by searching for its words, so a figure that
markup cuts in two (``**830,000** people``) gets one mark per piece, all naming the figure.

Nothing of the draft reaches the page as markup: text is escaped, and only a short list of
structural tags (headings, paragraphs, lists, tables, emphasis) is written, by us, without
the draft's attributes. Scripts, styles, images, links' targets and event handlers are
dropped; a link is shown as link-styled text with its (escaped) address as a tooltip, an
image as ``[image: its alt text]`` (the alt text is prose the analysis reads).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from claimcheck.documents.document import Block, Repair
from claimcheck.documents.html import (
    HIDDEN_TAGS,
    TEXT_ALTERNATIVE_TAGS,
    alt_pieces,
    parse_events,
)
from claimcheck.documents.markdown import LocatedTokens, located_tokens, skip_link_tail

Offsets = Sequence[int]


@dataclass(frozen=True)
class Mark:
    """A span of the raw text to highlight: one selectable figure or finding of the report."""

    start: int
    end: int
    id: str
    classes: str  # "cc-item v-<verdict> s-<severity>"
    label: str  # what a screen reader says for it


@dataclass
class Marker:
    """Writes text as escaped HTML, wrapping each part whose raw offsets fall inside a mark's
    span in ``<mark>``. The first piece of a mark written gets its element id (``prefix`` +
    the mark's id), a tab stop and its label; any later piece only names it (``data-id``)."""

    marks: list[Mark]  # sorted by start, never overlapping
    prefix: str = ""
    notes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Per mark id, its findings for the note print shows after the figure (severity, code,
    message, source, key); hidden on screen, where the panel shows them."""
    placed: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.marks]
        self._ends = [m.end for m in self.marks]

    def _owner(self, offset: int) -> int:
        """The index of the mark holding raw offset ``offset``, or -1."""
        if offset < 0:
            return -1
        at = bisect.bisect_right(self._starts, offset) - 1
        return at if at >= 0 and offset < self._ends[at] else -1

    def segments(self, shown: str, offsets: Offsets | None) -> list[tuple[int, str]]:
        """``shown`` cut where it enters or leaves a mark: (the mark's index or -1, text).
        ``offsets[i]`` is the raw offset of ``shown[i]`` (-1 where none is known), or None for
        text that is no part of the draft's prose (code, addresses)."""
        if offsets is None or not shown or not self.marks:
            return [(-1, shown)]
        known = [o for o in offsets if o >= 0]
        if not known:
            return [(-1, shown)]
        first = bisect.bisect_right(self._ends, min(known))
        if first >= len(self.marks) or self.marks[first].start > max(known):
            return [(-1, shown)]  # no mark overlaps this text
        owners = [self._owner(o) for o in offsets]
        _fill_unknown(owners, offsets)
        out: list[tuple[int, str]] = []
        position = 0
        while position < len(shown):
            owner, end = owners[position], position
            while end < len(shown) and owners[end] == owner:
                end += 1
            out.append((owner, shown[position:end]))
            position = end
        return out

    def text(self, shown: str, offsets: Offsets | None) -> str:
        """``shown`` as HTML, each part in a mark wrapped in its own ``<mark>``."""
        out = []
        for owner, piece in self.segments(shown, offsets):
            if owner < 0:
                out.append(str(escape(piece)))
            else:
                opening, closing = self.tags(owner)
                out.append(f"{opening}{escape(piece)}{closing}")
        return "".join(out)

    def tags(self, owner: int) -> tuple[str, str]:
        """The opening and closing of a ``<mark>`` for mark ``owner``: the first written gets
        the element id, the tab stop and the label, and print's note after it."""
        mark = self.marks[owner]
        attrs = f'class="{mark.classes}" data-id="{escape(mark.id)}"'
        if mark.id in self.placed:
            return f"<mark {attrs}>", "</mark>"
        self.placed.add(mark.id)
        attrs += (
            f' id="{escape(self.prefix + mark.id)}" data-primary=""'
            f' data-start="{mark.start}" data-end="{mark.end}" tabindex="0" role="button"'
            f' aria-label="{escape(mark.label)}"'
        )
        return f"<mark {attrs}>", f"</mark>{self._note(mark.id)}"

    def _note(self, mark_id: str) -> str:
        findings = self.notes.get(mark_id)
        if not findings:
            return ""
        parts = []
        for f in findings:
            source = f" Source: {escape(f['source'])}." if f.get("source") else ""
            parts.append(
                f'<span class="pn"><b>{escape(f["severity"])} {escape(f["code"])}</b> '
                f"{escape(f['message'])}{source} "
                f'<span class="print-status" data-key="{escape(f["key"])}">Review: open.</span>'
                "</span>"
            )
        return f'<span class="print-note">{"".join(parts)}</span>'


def _fill_unknown(owners: list[int], offsets: Offsets) -> None:
    """A character of unknown offset (markup markdown-it removed from inside a token) belongs
    to a mark only when the known characters on both sides of it do."""
    previous = -1
    for index, offset in enumerate(offsets):
        if offset >= 0:
            previous = owners[index]
            continue
        following = next((owners[j] for j in range(index + 1, len(offsets)) if offsets[j] >= 0), -1)
        owners[index] = previous if previous == following else -1


class Writer:
    """HTML output with a stack of the elements we opened, so the page is always well formed
    whatever the draft's own nesting: closing an element closes those opened inside it, a
    closing tag never opened is ignored, and :meth:`finish` closes what is left.

    ``repairs`` are the garbled characters the analysis repaired in a draft saved in the
    wrong encoding (``โ€“`` for ``–``, ``Ã&nbsp;`` for ``à``): the page shows the character
    where its pieces are shown (at their ``anchors``), within the mark of a figure it belongs
    to; the source view shows the file's bytes."""

    def __init__(self, marker: Marker, repairs: Sequence[Repair] = ()) -> None:
        self.marker = marker
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.repairs = list(repairs)
        self._repair_starts = [r.start for r in self.repairs]
        self._open_mark, self._closing = -1, ""

    def open(self, tag: str, attrs: str = "") -> None:
        self._end_mark()
        self.parts.append(f"<{tag}{' ' + attrs if attrs else ''}>")
        self.stack.append(tag)

    def close(self, tag: str) -> None:
        if tag not in self.stack:
            return
        self._end_mark()
        while self.stack:
            top = self.stack.pop()
            self.parts.append(f"</{top}>")
            if top == tag:
                return

    def close_to(self, depth: int) -> None:
        self._end_mark()
        while len(self.stack) > depth:
            self.parts.append(f"</{self.stack.pop()}>")

    def void(self, tag: str, attrs: str = "") -> None:
        self._end_mark()
        self.parts.append(f"<{tag}{' ' + attrs if attrs else ''}>")

    def raw_markup(self, markup: str) -> None:
        """Markup of our own (an empty placeholder element)."""
        self._end_mark()
        self.parts.append(markup)

    def text(self, shown: str, offsets: Offsets | None) -> None:
        """Text at its raw offsets; consecutive text of one mark stays in one ``<mark>`` (an
        entity or a repaired character does not cut a figure), any element ends it."""
        if self.repairs and offsets is not None and shown:
            shown, offsets = self._repaired(shown, offsets)
        for owner, piece in self.marker.segments(shown, offsets):
            if owner != self._open_mark:
                self._end_mark()
                if owner >= 0:
                    opening, self._closing = self.marker.tags(owner)
                    self.parts.append(opening)
                    self._open_mark = owner
            self.parts.append(str(escape(piece)))

    def _end_mark(self) -> None:
        if self._open_mark >= 0:
            self.parts.append(self._closing)
            self._open_mark, self._closing = -1, ""

    def _repaired(self, shown: str, offsets: Offsets) -> tuple[str, Offsets]:
        known = [o for o in offsets if o >= 0]
        if not known:
            return shown, offsets
        first = bisect.bisect_left(self._repair_starts, min(known))
        if first >= len(self.repairs) or self.repairs[first].start > max(known):
            return shown, offsets
        by_start = {r.start: r for r in self.repairs[first:] if r.start <= max(known)}
        chars: list[str] = []
        places: list[int] = []
        index = 0
        while index < len(shown):
            repair = by_start.get(offsets[index])
            if repair is not None:
                width = len(repair.anchors)
                if tuple(offsets[index : index + width]) == repair.anchors:
                    chars.append(repair.text)
                    places.append(repair.start)
                    index += width
                    continue
            chars.append(shown[index])
            places.append(offsets[index])
            index += 1
        return "".join(chars), places

    def finish(self) -> Markup:
        self.close_to(0)  # ends an open mark too
        return Markup("".join(self.parts))


# --- HTML (whole drafts, and HTML inside Markdown) -----------------------------------------

HEADINGS = {f"h{n}": n for n in range(1, 7)}
INLINE_TAGS = {
    **{t: t for t in ("em", "strong", "b", "i", "u", "s", "sup", "sub", "small", "code")},
    **{t: t for t in ("kbd", "abbr", "cite", "q", "del", "ins", "time", "var", "samp")},
    "span": "span",
    "mark": "span",
    "font": "span",
}
BLOCK_TAGS = {
    **{t: t for t in ("ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre")},
    **{t: t for t in ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")},
    **{t: t for t in ("figure", "figcaption")},
}
CONTAINERS = frozenset(
    {
        *("div", "section", "article", "main", "header", "footer", "aside", "nav", "body"),
        *("details", "summary", "address", "hgroup", "form", "fieldset", "legend", "center"),
    }
)
NO_LOOSE_TEXT = frozenset({"ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "dl"})
"""Elements in which whitespace between tags is dropped: a browser would move it out."""
NUMBER_ATTRIBUTE = re.compile(r"""\b(colspan|rowspan|start)\s*=\s*["']?(\d{1,4})\b""", re.I)


def heading(level: int) -> tuple[str, str]:
    """The draft's heading levels sit under the report's own h1 (title) and h2 (draft)."""
    return f"h{min(level + 2, 6)}", f'class="r-h{level}"'


def _numbers(tag_text: str, allowed: tuple[str, ...]) -> str:
    """The few numeric attributes kept (colspan, rowspan, a list's start), re-written by us."""
    found = {name.lower(): value for name, value in NUMBER_ATTRIBUTE.findall(tag_text)}
    return " ".join(f'{name}="{int(found[name])}"' for name in allowed if name in found)


class HtmlRenderer:
    """Re-builds HTML from the parser events the HTML reader uses, keeping only what a reader
    sees; ``positions[i]`` is the raw offset of the fragment's character i."""

    def __init__(self, writer: Writer) -> None:
        self.out = writer
        self.hidden = 0  # inside <script>, <style>, …: nothing shown
        self.in_head = False
        self.in_title = False
        self.pending: list[tuple[str, list[int]]] = []  # text and entities not yet written

    def feed(self, fragment: str, positions: Offsets) -> None:
        """Write one document or fragment; each is read on its own, as the HTML reader reads
        it (an unclosed ``<style>`` hides nothing after its fragment), while the elements
        opened stay open on the shared writer until closed."""
        self.hidden, self.in_head, self.in_title = 0, False, False
        for event, end in parse_events(fragment):
            kind, name = event.kind, event.name
            if kind not in ("data", "ref"):
                self._flush()
            if kind in ("start", "startend"):
                tag = fragment[event.start : end]
                self._start(name, tag, kind == "startend", positions[event.start : end])
            elif kind == "end":
                self._end(name)
            elif self.hidden or (self.in_head and not self.in_title):
                continue
            elif kind == "data":
                self._data(fragment[event.start : end], positions[event.start : end])
            elif kind == "ref":
                self.pending.append(_entity(fragment, event.start, end, positions))
        self._flush()

    def _data(self, text: str, offsets: Offsets) -> None:
        if not text.strip() and self.out.stack and self.out.stack[-1] in NO_LOOSE_TEXT:
            return
        self.pending.append((text, list(offsets)))

    def _flush(self) -> None:
        """Write the queued text and entities as one piece, as the analysis reads them: a
        garbled character an entity ends (``Ã&nbsp;``) is shown repaired, a figure whole."""
        if self.pending:
            shown = "".join(piece for piece, _offsets in self.pending)
            offsets = [o for _piece, piece_offsets in self.pending for o in piece_offsets]
            self.pending = []
            self.out.text(shown, offsets)

    def _start(self, name: str, tag_text: str, self_closing: bool, offsets: Offsets) -> None:
        out = self.out
        if name in HIDDEN_TAGS - {"code"}:
            self.hidden += 0 if self_closing else 1
        elif name == "head":
            self.in_head = True
        elif name == "body":
            self.in_head = False
        elif name == "title" and not self_closing:
            self.in_title = True
            out.open("div", 'class="r-page-title"')
        elif self.hidden:
            return
        elif name == "br":
            out.void("br")
        elif name == "hr":
            out.void("hr")
        elif name in TEXT_ALTERNATIVE_TAGS:
            self._image(tag_text, offsets)
        elif self_closing:
            return
        elif name == "p":
            out.open("div", 'class="r-p"')
        elif name in HEADINGS:
            out.open(*heading(HEADINGS[name]))
        elif name == "a":
            out.open("span", 'class="r-link"')
        elif name in INLINE_TAGS:
            out.open(INLINE_TAGS[name])
        elif name in BLOCK_TAGS:
            tag = BLOCK_TAGS[name]
            out.open(tag, _numbers(tag_text, ("colspan", "rowspan", "start")))
        elif name in CONTAINERS:
            out.open("div", f'class="r-{name}"')

    def _image(self, tag_text: str, offsets: Offsets) -> None:
        """``[image: its alt text]``, the alt text marked where its figures are (the HTML
        reader reads it as prose: :data:`TEXT_ALTERNATIVE_TAGS`); ``[image]`` without one."""
        pieces = [] if self.in_head else alt_pieces(tag_text)
        if not pieces:
            self.out.raw_markup('<span class="r-img" title="an image"></span>')
            return
        self.out.open("span", 'class="r-img" title="an image; its description:"')
        for start, end, is_entity in pieces:
            if is_entity:
                self.pending.append(_entity(tag_text, start, end, offsets))
            else:
                self.pending.append((tag_text[start:end], list(offsets[start:end])))
        self._flush()
        self.out.close("span")

    def _end(self, name: str) -> None:
        if name in HIDDEN_TAGS - {"code"}:
            self.hidden = max(0, self.hidden - 1)
        elif name == "head":
            self.in_head = False
        elif name == "title" and self.in_title:
            self.in_title = False
            self.out.close("div")
        elif self.hidden:
            return
        elif name == "p" or name in CONTAINERS or name == "title":
            self.out.close("div")
        elif name in HEADINGS:
            self.out.close(heading(HEADINGS[name])[0])
        elif name == "a":
            self.out.close("span")
        elif name in INLINE_TAGS:
            self.out.close(INLINE_TAGS[name])
        elif name in BLOCK_TAGS:
            self.out.close(BLOCK_TAGS[name])


def render_html(raw: str, marker: Marker, repairs: Sequence[Repair] = ()) -> Markup:
    """The page of an HTML draft."""
    writer = Writer(marker, repairs)
    HtmlRenderer(writer).feed(raw, range(len(raw)))
    return writer.finish()


# --- Markdown --------------------------------------------------------------------------------

MARKDOWN_BLOCKS = {
    "bullet_list": "ul",
    "ordered_list": "ol",
    "list_item": "li",
    "blockquote": "blockquote",
    "table": "table",
    "thead": "thead",
    "tbody": "tbody",
    "tr": "tr",
    "th": "th",
    "td": "td",
}
EMPHASIS = {"em": "em", "strong": "strong", "s": "s"}
ALIGN = re.compile(r"text-align:(left|right|center)")


class MarkdownRenderer:
    """Renders markdown-it's tokens, placing each text token at the offsets the analysis
    found for it (the same cursor walk as the Markdown reader's, over the same content)."""

    def __init__(self, located: LocatedTokens, writer: Writer) -> None:
        self.located = located
        self.out = writer
        self.html = HtmlRenderer(writer)

    def render(self) -> None:
        for index, token in enumerate(self.located.tokens):
            kind = token.type
            if kind == "inline":
                depth = len(self.out.stack)
                self._inline(token, self.located.positions.get(index))
                self.out.close_to(depth)  # an inline element the draft left open
            elif kind == "html_block":
                depth = len(self.out.stack)
                self.html.feed(token.content, self._positions(index, token.content))
                self.out.close_to(depth)
            elif kind in ("fence", "code_block"):
                self.out.open("pre", 'class="r-code"')
                self.out.open("code")
                self.out.text(token.content, None)
                self.out.close("pre")
            elif kind == "hr":
                self.out.void("hr")
            else:
                self._block(token)

    def _positions(self, index: int, content: str) -> Offsets:
        return self.located.positions.get(index) or [-1] * len(content)

    def _block(self, token: Any) -> None:
        kind = token.type
        base = kind.rsplit("_", 1)[0]
        opening = kind.endswith("_open")
        if kind in ("paragraph_open", "paragraph_close"):
            if not token.hidden:  # a tight list's items have no paragraph
                self.out.open("div", 'class="r-p"') if opening else self.out.close("div")
        elif base == "heading":
            tag, attrs = heading(int(token.tag[1]))
            self.out.open(tag, attrs) if opening else self.out.close(tag)
        elif base in MARKDOWN_BLOCKS:
            tag = MARKDOWN_BLOCKS[base]
            if not opening:
                self.out.close(tag)
                return
            attrs = ""
            start = token.attrGet("start") if base == "ordered_list" else None
            if isinstance(start, int) or (isinstance(start, str) and start.isdigit()):
                attrs = f'start="{int(start)}"'
            align = ALIGN.search(str(token.attrGet("style") or ""))
            if align:
                attrs = f'class="align-{align.group(1)}"'
            self.out.open(tag, attrs)

    def _inline(self, token: Any, positions: list[int] | None) -> None:
        content = token.content
        if positions is None:
            positions = [-1] * len(content)
        _InlinePage(content, positions, self.out, self.html).walk(token.children or [])


class _InlinePage:
    """One inline token's children, written along its content with a cursor (as the reader's
    walker does), so each text child is placed at its own offsets."""

    def __init__(self, content: str, positions: list[int], out: Writer, html_: HtmlRenderer):
        self.content, self.positions, self.out, self.html = content, positions, out, html_
        self.cursor = 0
        self.pending: list[tuple[str, list[int]]] = []

    def _text(self, shown: str, offsets: list[int]) -> None:
        """Queue prose: consecutive text and escape tokens are written in one piece, so a
        garbled pair or a figure that a backslash splits ("\\15%") is marked whole."""
        self.pending.append((shown, offsets))

    def _flush(self) -> None:
        if self.pending:
            shown = "".join(piece for piece, _offsets in self.pending)
            offsets = [o for _piece, piece_offsets in self.pending for o in piece_offsets]
            self.pending = []
            self.out.text(shown, offsets)

    def _find(self, text: str) -> int:
        found = self.content.find(text, self.cursor)
        if found >= 0:
            self.cursor = found + len(text)
        return found

    def walk(self, children: list[Any]) -> None:
        autolink = False
        for token in children:
            if autolink:
                if token.type == "link_close":
                    autolink = False
                    self.out.close("span")
                elif token.type == "text":
                    self.out.text(token.content, None)
            elif token.type == "link_open" and token.markup == "autolink":
                self._flush()
                self._find("<")
                self._find(">")
                autolink = True
                self.out.open("span", 'class="r-link"')
            else:
                self._visit(token)
        self._flush()

    def _visit(self, token: Any) -> None:
        kind = token.type
        if kind not in ("text", "text_special"):
            self._flush()
        if kind == "text":
            at = self._find(token.content)
            if at >= 0:
                self._text(token.content, self.positions[at : self.cursor])
            else:
                self._flush()
                self.out.text(token.content, None)
            return
        elif kind == "text_special":
            at = self._find(token.markup)
            if at >= 0 and token.content == token.markup:
                # a backslash before a character it cannot escape ("\15%") stays as written,
                # each character at its own offset
                offsets = self.positions[at : at + len(token.markup)]
            else:
                offsets = [self.positions[at] if at >= 0 else -1] * len(token.content)
            self._text(token.content, offsets)
            return
        elif kind == "softbreak":
            at = self._find("\n")
            self.out.text("\n", [self.positions[at] if at >= 0 else -1])
        elif kind == "hardbreak":
            self._find("\n")
            self.out.void("br")
        elif kind.split("_")[0] in EMPHASIS and kind.endswith(("_open", "_close")):
            self._find(token.markup)
            tag = EMPHASIS[kind.split("_")[0]]
            self.out.open(tag) if kind.endswith("_open") else self.out.close(tag)
        elif kind == "code_inline":
            self._code_span(token)
        elif kind == "html_inline":
            at = self._find(token.content)
            offsets = self.positions[at : self.cursor] if at >= 0 else [-1] * len(token.content)
            self.html.feed(token.content, offsets)
        elif kind == "link_open":
            self._find("[")
            href = str(token.attrGet("href") or "")
            self.out.open("span", f'class="r-link" title="{escape(href)}"')
        elif kind == "link_close":
            self._link_tail()
            self.out.close("span")
        elif kind == "image":
            self._find("![")
            self.out.open("span", 'class="r-img" title="an image; its description:"')
            self.walk(token.children or [])
            self.out.close("span")
            self._link_tail()

    def _code_span(self, token: Any) -> None:
        if self._find(token.markup) >= 0:
            closing = re.compile(f"(?<!`){token.markup}(?!`)").search(self.content, self.cursor)
            if closing:
                self.cursor = closing.end()
        self.out.open("code")
        self.out.text(token.content, None)
        self.out.close("code")

    def _link_tail(self) -> None:
        if self._find("]") >= 0:
            self.cursor = skip_link_tail(self.content, self.cursor)


def render_markdown(raw: str, path: str, marker: Marker, repairs: Sequence[Repair] = ()) -> Markup:
    """The page of a Markdown draft (its front matter is shown apart, as a table)."""
    writer = Writer(marker, repairs)
    MarkdownRenderer(located_tokens(raw, path), writer).render()
    return writer.finish()


# --- plain text, and the source view ---------------------------------------------------------

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")


def render_text(raw: str, marker: Marker, repairs: Sequence[Repair] = ()) -> Markup:
    """The page of a plain-text draft: its blank-line-separated paragraphs, lines kept."""
    writer = Writer(marker, repairs)
    position = 0
    for gap in [*PARAGRAPH_BREAK.finditer(raw), None]:
        end = gap.start() if gap else len(raw)
        if raw[position:end].strip():
            writer.open("div", 'class="r-p r-plain"')
            writer.text(raw[position:end], range(position, end))
            writer.close("div")
        position = gap.end() if gap else end
    return writer.finish()


# --- Word and PDF drafts: their blocks ---------------------------------------------------


def render_blocks(
    raw: str, blocks: Sequence[Block], marker: Marker, page_starts: Sequence[int] = ()
) -> Markup:
    """The page of a Word or PDF draft from the blocks its reader found: headings,
    paragraphs, lists (nested by level, numbered or not) and tables (the first row as
    header cells), each block's text at its offsets in the extracted text; a PDF's page
    breaks are marked before the first block that starts on the new page."""
    writer = Writer(marker)
    lists: list[str] = []  # the list elements open, outermost first
    table = -1
    next_page = 1  # index into page_starts of the next page break to show
    for block in blocks:
        while next_page < len(page_starts) and block.start >= page_starts[next_page]:
            next_page += 1
            _close_lists(writer, lists, -1)
            table = _close_table(writer, table)
            writer.raw_markup(f'<div class="r-pagebreak" role="separator">page {next_page}</div>')
        if block.kind != "item":
            _close_lists(writer, lists, -1)
        if block.kind != "row" or block.table != table:
            table = _close_table(writer, table)
        if block.kind == "heading":
            tag, attrs = heading(block.level)
            writer.open(tag, attrs)
            writer.text(raw[block.start : block.end], range(block.start, block.end))
            writer.close(tag)
        elif block.kind == "item":
            _open_item(writer, lists, block)
            writer.text(raw[block.start : block.end], range(block.start, block.end))
        elif block.kind == "row":
            if table != block.table:
                writer.open("table")
                table = block.table
            writer.open("tr")
            cell = "th" if block.header else "td"
            for start, end in block.cells:
                writer.open(cell)
                writer.text(raw[start:end], range(start, end))
                writer.close(cell)
            writer.close("tr")
        else:
            writer.open("div", 'class="r-p"')
            writer.text(raw[block.start : block.end], range(block.start, block.end))
            writer.close("div")
    _close_lists(writer, lists, -1)
    _close_table(writer, table)
    return writer.finish()


def _open_item(writer: Writer, lists: list[str], block: Block) -> None:
    """Open a list item at its level: lists are opened or closed to reach it, each list
    element inside the item it follows (as HTML nests them)."""
    level = min(block.level, 8)
    _close_lists(writer, lists, level)
    kind = "ol" if block.ordered else "ul"
    if len(lists) == level + 1 and lists[-1] != kind:
        _close_lists(writer, lists, level - 1)
    if len(lists) == level + 1:
        writer.close("li")
    while len(lists) < level + 1:
        writer.open(kind)
        lists.append(kind)
    writer.open("li")


def _close_lists(writer: Writer, lists: list[str], level: int) -> None:
    """Close the lists deeper than ``level`` (-1: all of them)."""
    while len(lists) > level + 1:
        writer.close(lists.pop())


def _close_table(writer: Writer, table: int) -> int:
    if table >= 0:
        writer.close("table")
    return -1


def render_page(
    raw: str,
    path: str,
    fmt: str,
    marker: Marker,
    repairs: Sequence[Repair] = (),
    blocks: Sequence[Block] = (),
    page_starts: Sequence[int] = (),
) -> Markup:
    """The draft as a reader sees it, for its format (``markdown``, ``html`` or ``text``, or
    a Word or PDF draft's ``blocks``); ``repairs``: the mojibake the analysis repaired (a
    CC401 warning, :attr:`Document.repairs`), shown repaired on the page."""
    if blocks:
        return render_blocks(raw, blocks, marker, page_starts)
    if fmt == "markdown":
        return render_markdown(raw, path, marker, repairs)
    if fmt == "html":
        return render_html(raw, marker, repairs)
    return render_text(raw, marker, repairs)


def source_lines(raw: str) -> list[tuple[int, int]]:
    """Each line of the file as (start, end), its newline included; no line for an empty
    file, none after a final newline (the lines an editor numbers)."""
    lines = []
    position = 0
    while position < len(raw):
        end = raw.find("\n", position)
        end = len(raw) if end < 0 else end + 1
        lines.append((position, end))
        position = end
    return lines


def render_source(raw: str, marker: Marker) -> Markup:
    """The file as written, one ``<span class="ln">`` per line (the page numbers them), so the
    element's text is exactly the file's: every offset and line number is the file's."""
    parts = [
        f'<span class="ln">{marker.text(raw[start:end], range(start, end))}</span>'
        for start, end in source_lines(raw)
    ]
    return Markup("".join(parts))


def front_matter_rows(front_matter: dict[str, Any]) -> list[tuple[str, str]]:
    """The front matter as (key, value) text pairs for the page's metadata table."""

    def shown(value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(shown(v) for v in value)
        if isinstance(value, dict):
            return "; ".join(f"{k}: {shown(v)}" for k, v in value.items())
        return "" if value is None else str(value)

    return [(str(key), shown(value)) for key, value in front_matter.items()]


def _entity(text: str, start: int, end: int, offsets: Offsets) -> tuple[str, list[int]]:
    """An entity as shown, with the file offset of each shown character: a known one is
    its character at the ``&`` (``&pound;`` is "£"); an unknown one (``&about``) stays its
    own letters at their own places, as the analysis reads them, so a figure that starts
    inside it ("&about 15%") is marked whole."""
    entity = text[start:end]
    shown = html.unescape(entity)
    if shown == entity:
        return entity, list(offsets[start:end])
    return shown, [offsets[start]] * len(shown)
