"""Plain-text drafts: the analysis text is the file itself, with `\\r` and a BOM blanked, and
the lines that are inline controls (`claimcheck-disable CC102`) left out as comments.

A line is a block, except where a wrapped sentence splits a figure from its unit or its
comparator: a line that ends in a number and a next line that goes on in small letters (``no
more than 63`` / ``days before``), or a line that ends in a small-letter word and a next line
that opens with a number (``within the first`` / ``10 days``), is one line of prose wrapped,
as a Markdown soft break is."""

from __future__ import annotations

import re

from claimcheck.documents.canvas import Analysis, Canvas
from claimcheck.documents.document import InlineComment

CONTROL_LINE = re.compile(
    r"^[ \t]*(?:<!--[ \t]*)?(claimcheck-[^\r\n]*?)[ \t]*(?:-->)?[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
"""A line that holds only an inline control: plain text has no comments, so a line starting
with ``claimcheck-`` (bare, or wrapped in ``<!-- -->`` as in Markdown) is one."""


_LETTERS_NEXT = r"(?=[ \t]*(?:[a-zµμ]|%))"
_NUMBER_NEXT = r"(?=[ \t]*[$€£]?\d)(?![ \t]*\d{1,2}[.)](?:[ \t]|$))"
WRAPPED_FIGURE = re.compile(
    # each branch opens with the newline itself and looks back past it, so the regex engine
    # jumps from line end to line end; a look-behind first made it try every character
    rf"\r\n(?<=\d\r\n){_LETTERS_NEXT}|\n(?<=\d\n){_LETTERS_NEXT}"
    rf"|\r\n(?<=[a-z,]\r\n){_NUMBER_NEXT}|\n(?<=[a-z,]\n){_NUMBER_NEXT}",
    re.MULTILINE,
)
"""A newline between a number ending a line and small letters (or ``%``) opening the next
(``63`` / ``days``), or between a small-letter word ending a line and a number opening the
next (``within the first`` / ``10 days``): a soft wrap inside a figure's words, never a new
block (a new sentence or heading starts with a capital, a list item with a marker such as
``1.`` or ``2)``, a table row's label with a capital)."""


def text_analysis(raw: str) -> Analysis:
    """The raw text as prose; carriage returns and a leading BOM become spaces so CRLF
    files keep their offsets and no stray control character reaches the tokenizer. Control
    lines stay blank (they are not prose) and are returned as the draft's comments."""
    canvas = Canvas(raw)
    comments = []
    shown = 0
    for match in CONTROL_LINE.finditer(raw):
        canvas.reveal(shown, match.start())
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        end = match.end() - (1 if match.group(0).endswith("\r") else 0)
        comments.append(InlineComment(start, end, match.group(1)))
        shown = match.end()
    canvas.reveal(shown, len(raw))
    for wrap in WRAPPED_FIGURE.finditer(raw):
        canvas.soften_newlines(wrap.start(), wrap.end())
    canvas.write_wrapped_figures()
    return Analysis(canvas.text(), comments=tuple(comments))
