"""Markdown drafts: the analysis text keeps the prose markdown-it finds and blanks the rest.

markdown-it-py (CommonMark plus tables, front matter via mdit_py_plugins) decides what is
prose; its tokens carry line ranges but no character offsets, so each token's text is
located in the source line by line. The analysis text starts blank and only the located
text is revealed: heading `#`s, bullets, list numbers, `>`, pipes, emphasis markers, link
brackets and URLs, code, comments and front matter stay blank because nothing reveals
them. Entities are decoded in place, escapes lose their backslash, inline and block HTML
goes through the HTML reader, and table cells and block starts get a BLOCK_BREAK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkTitle
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from claimcheck.documents.canvas import BOM, Analysis, Canvas
from claimcheck.documents.document import BLOCK_BREAK, DocumentError, InlineComment
from claimcheck.documents.html import html_analysis, write_powers_of_ten
from claimcheck.documents.tex import write_tex
from claimcheck.yamlschema import problem_of, safe_load

# text_join would merge decoded entities and escapes into plain text and hide them from us
PARSER = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).disable("text_join")
EMPHASIS_TOKENS = frozenset(
    {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}
)
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


class _Source:
    """The Markdown as markdown-it reads it: after a BOM, `\\r` as a space, so that only
    `\\n` ends a line (as in Document.line_col) and offsets into the raw text are kept."""

    def __init__(self, raw: str) -> None:
        self.base = 1 if raw.startswith(BOM) else 0
        self.text = raw[self.base :].replace("\r", " ")
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]

    def line(self, number: int) -> tuple[int, str]:
        """The raw offset where line `number` (0-based) starts, and its text."""
        if not 0 <= number < len(self.line_starts):
            return -1, ""
        start = self.line_starts[number]
        end = self.text.find("\n", start)
        return self.base + start, self.text[start : len(self.text) if end < 0 else end]


def _align_greedy(piece: str, line: str, start: int = 0) -> list[int]:
    """Positions in `line` of the characters of `piece`, which appear in order but may be
    interleaved with characters markdown-it removed (container markers, escaping `\\`)."""
    positions = [-1] * len(piece)
    cursor = start
    for index, char in enumerate(piece):
        if char.isspace():
            continue
        found = line.find(char, cursor)
        if found < 0:
            break
        positions[index], cursor = found, found + 1
    return positions


def _align_line(piece: str, line: str) -> list[int]:
    """Positions in `line` of the characters of one line of a token's content. The content
    is what is left of the line after container markers (`>`, bullets, indentation) and,
    for headings, the `#`s: usually a suffix of the line, else found inside it."""
    core = piece.strip()
    if not core:
        return [-1] * len(piece)
    trimmed = line.rstrip()
    start = len(trimmed) - len(core) if trimmed.endswith(core) else line.find(core)
    if start < 0:
        return _align_greedy(piece, line)
    lead = len(piece) - len(piece.lstrip())
    return (
        [-1] * lead + list(range(start, start + len(core))) + [-1] * (len(piece) - lead - len(core))
    )


def _content_positions(content: str, first_line: int, source: _Source) -> list[int]:
    """The raw offset of each character of a block token's content (-1 where unknown)."""
    positions: list[int] = []
    for number, piece in enumerate(content.split("\n")):
        line_start, line = source.line(first_line + number)
        if positions:
            positions.append(line_start - 1)  # the newline that ends the previous line
        positions.extend(p + line_start if p >= 0 else -1 for p in _align_line(piece, line))
    return positions


def skip_link_tail(content: str, pos: int) -> int:
    """The end of what follows a link's `]`: `(url "title")`, `[label]`, or nothing."""
    end = len(content)
    if pos < end and content[pos] == "(":
        cursor = _skip_space(content, pos + 1)
        destination = parseLinkDestination(content, cursor, end)
        if destination.ok:
            cursor = _skip_space(content, destination.pos)
            title = parseLinkTitle(content, cursor, end)
            if title.ok:
                cursor = _skip_space(content, title.pos)
        if cursor < end and content[cursor] == ")":
            return cursor + 1
    if pos < end and content[pos] == "[":
        close = content.find("]", pos + 1)
        if close >= 0:
            return close + 1
    return pos


def _skip_space(content: str, pos: int) -> int:
    while pos < len(content) and content[pos] in " \t\n":
        pos += 1
    return pos


def _write_html(
    canvas: Canvas, fragment: str, positions: list[int], comments: list[InlineComment]
) -> None:
    """Analyse an HTML fragment on its own and write it at the raw offsets it came from."""
    fragment_analysis = html_analysis(fragment)
    for index, char in enumerate(fragment_analysis.text):
        if positions[index] < 0 or char in " \n":
            continue
        if char == BLOCK_BREAK:
            canvas.mark_break(positions[index])
        else:
            canvas.put(positions[index], char)
    for comment in fragment_analysis.comments:
        start, last = positions[comment.start], positions[comment.end - 1]
        if start >= 0 and last >= 0:
            comments.append(InlineComment(start, last + 1, comment.text))


class _InlineWalker:
    """Walks an inline token's children along its content, revealing the prose."""

    def __init__(
        self, content: str, positions: list[int], canvas: Canvas, comments: list[InlineComment]
    ) -> None:
        self.content = content
        self.positions = positions
        self.canvas = canvas
        self.comments = comments
        self.cursor = 0

    def _find(self, text: str) -> int:
        """Where `text` next occurs; the cursor moves past it (stays put if it is missing)."""
        found = self.content.find(text, self.cursor)
        if found >= 0:
            self.cursor = found + len(text)
        return found

    def walk(self, children: list[Token]) -> None:
        in_autolink = False
        for token in children:
            if in_autolink:
                in_autolink = token.type != "link_close"
            elif token.type == "link_open" and token.markup == "autolink":
                self._find("<")
                self._find(">")
                in_autolink = True
            else:
                self._visit(token)

    def _visit(self, token: Token) -> None:
        kind = token.type
        if kind == "text":
            at = self._find(token.content)
            if at >= 0:
                self.canvas.reveal_at(self.positions[at : self.cursor])
        elif kind == "text_special":
            self._special(token)
        elif kind == "softbreak":
            at = self._find("\n")
            if at >= 0 and self.positions[at] >= 0:
                self.canvas.soften_newlines(self.positions[at], self.positions[at] + 1)
        elif kind == "hardbreak":
            self._find("\n")
        elif kind in EMPHASIS_TOKENS:
            self._find(token.markup)
        elif kind == "code_inline":
            self._code_span(token.markup)
        elif kind == "html_inline":
            at = self._find(token.content)
            if at >= 0:
                fragment_positions = self.positions[at : self.cursor]
                _write_html(self.canvas, token.content, fragment_positions, self.comments)
        elif kind == "link_open":
            self._find("[")
        elif kind == "image":  # its description is a block of its own, as in HTML
            opening = self._find("![")
            self.walk(token.children or [])
            closing = self._link_tail()
            for at in (opening, closing):
                if at >= 0 and self.positions[at] >= 0:
                    self.canvas.mark_break(self.positions[at])
        elif kind == "link_close":
            self._link_tail()

    def _special(self, token: Token) -> None:
        """An entity or a backslash escape, written in place as the character it stands for."""
        at = self._find(token.markup)
        if at < 0:
            return
        start, last = self.positions[at], self.positions[self.cursor - 1]
        if start >= 0 and last - start + 1 == len(token.markup):
            self.canvas.replace(start, last + 1, token.content)

    def _code_span(self, backticks: str) -> None:
        """Skip a code span: code is not prose, so none of it is revealed."""
        if self._find(backticks) < 0:
            return
        closing = re.compile(f"(?<!`){backticks}(?!`)").search(self.content, self.cursor)
        if closing:
            self.cursor = closing.end()

    def _link_tail(self) -> int:
        """Skip a link's or image's ``](…)`` tail; where its ``]`` is (-1: not found)."""
        at = self._find("]")
        if at >= 0:
            self.cursor = skip_link_tail(self.content, self.cursor)
        return at


class _MarkdownReader:
    """Turns markdown-it's block tokens into the analysis text of one document. It keeps
    the raw offsets it found for each inline and HTML block token (``positions``, by the
    token's index), so the report can render the same tokens with marks at those offsets."""

    def __init__(self, raw: str, path: str) -> None:
        self.path = path
        self.source = _Source(raw)
        self.canvas = Canvas(raw)
        self.comments: list[InlineComment] = []
        self.front_matter: dict[str, Any] = {}
        self.tokens: list[Token] = []
        self.positions: dict[int, list[int]] = {}

    def read(self) -> Analysis:
        tokens = self.tokens = PARSER.parse(self.source.text)
        self._index = {id(token): n for n, token in enumerate(tokens)}
        row: list[Token] = []
        for token in tokens:
            if token.type == "tr_open":
                row = [token]
            elif row:
                row.append(token)
                if token.type == "tr_close":
                    self._table_row(row)
                    row = []
            else:
                self._block(token)
        write_tex(self.canvas)
        write_powers_of_ten(self.canvas)
        self.canvas.write_superscripts()  # inline <sup> arrives as separate tag tokens
        self.canvas.write_caret_superscripts()
        self.canvas.write_subscripts()
        self.canvas.write_word_breaks()
        self.canvas.write_wrapped_figures()
        self.canvas.write_split_figures()
        self.canvas.write_markup_before_figures()
        return Analysis(self.canvas.text(), self.front_matter, tuple(self.comments))

    def _block(self, token: Token) -> None:
        if token.map is None:
            return
        if token.type == "inline":
            positions = _content_positions(token.content, token.map[0], self.source)
            self._inline(token, positions)
            self._mark_block_start(token.map[0], positions)
        elif token.type == "html_block":
            positions = _content_positions(token.content, token.map[0], self.source)
            self.positions[self._index[id(token)]] = positions
            _write_html(self.canvas, token.content, positions, self.comments)
        elif token.type == "front_matter":
            self.front_matter = parse_front_matter(token.content, self.path)
        elif token.type == "heading_open" and token.markup in ("=", "-"):
            self._mark_line(token.map[1] - 1)  # a setext heading's underline
        elif token.type in ("hr", "fence"):
            self._mark_line(token.map[0])

    def _inline(self, token: Token, positions: list[int]) -> None:
        self.positions[self._index[id(token)]] = positions
        _InlineWalker(token.content, positions, self.canvas, self.comments).walk(
            token.children or []
        )

    def _mark_line(self, number: int) -> None:
        """BLOCK_BREAK on the first visible character of a line of markup."""
        line_start, line = self.source.line(number)
        if line.strip():
            self.canvas.mark_break(line_start + len(line) - len(line.lstrip()))

    def _mark_block_start(self, number: int, positions: list[int]) -> None:
        """BLOCK_BREAK on the markup before a block's text (`#`, `-`, `7.`, `>`), if any."""
        line_start, line = self.source.line(number)
        first_text = next((p for p in positions if p >= 0), -1)
        if first_text > line_start and line[: first_text - line_start].strip():
            self._mark_line(number)

    def _table_row(self, row: list[Token]) -> None:
        """Cells on one line: each cell's text is revealed and each pipe is a BLOCK_BREAK."""
        if row[0].map is None:
            return
        line_start, line = self.source.line(row[0].map[0])
        pipes = [match.start() for match in UNESCAPED_PIPE.finditer(line)]
        for pipe in pipes:
            self.canvas.mark_break(line_start + pipe)
        bounds = [-1, *pipes, len(line)]
        segments = list(zip(bounds, bounds[1:], strict=False))
        if not line[: bounds[1]].strip(" \t>"):
            segments = segments[1:]  # nothing but container markers before a leading pipe
        cells = [token for token in row if token.type == "inline"]
        for cell, (left, right) in zip(cells, segments, strict=False):
            aligned = _align_greedy(cell.content, line[:right], left + 1)
            self._inline(cell, [p + line_start if p >= 0 else -1 for p in aligned])


def parse_front_matter(text: str, path: str) -> dict[str, Any]:
    """The YAML between the `---` lines as a mapping; broken YAML is the writer's to fix."""
    try:
        data = safe_load(text)
    except yaml.YAMLError as error:  # also an impossible date, a NUL, an alias bomb
        line, _col, problem = problem_of(error, text)
        line += 1  # the front matter starts after the opening ---
        raise DocumentError(
            path, f"front matter is not valid YAML at line {line}: {problem}", line=line
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        found = type(data).__name__
        raise DocumentError(
            path, f"front matter must be a YAML mapping of keys, not a {found}", line=2
        )
    return data


@dataclass(frozen=True)
class LocatedTokens:
    """markdown-it's tokens for a draft, with the raw offset of each character of the content
    of every inline and HTML block token (by token index; -1 where none is known)."""

    tokens: list[Token]
    positions: dict[int, list[int]]


def located_tokens(raw: str, path: str) -> LocatedTokens:
    """The tokens the analysis text was built from, each located in the file: what the report
    renders as the page a reader sees, with figures marked at their own offsets."""
    reader = _MarkdownReader(raw, path)
    reader.read()
    return LocatedTokens(reader.tokens, reader.positions)


def markdown_analysis(raw: str, path: str) -> Analysis:
    """The analysis text, front matter and HTML comments of a Markdown draft."""
    return _MarkdownReader(raw, path).read()
