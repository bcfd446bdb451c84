"""The fix of a missing required disclaimer (a ``required`` rule, e.g. CC201): the rule's
sentence added as a paragraph of its own where the rule's ``placement`` says.

Where it goes (``content`` is the page's prose, from its first sentence to its last):

- ``anywhere`` and ``end``: after the last of the content. Markdown and text: a new paragraph
  after the last non-blank character (a blank line before it). HTML: ``<p>…</p>`` before the
  first ``</article>``, ``</main>``, ``</body>`` or ``</html>`` after the content, else at the
  end of the file (a fragment).
- ``start``: before the first paragraph, or after the page's title when the content starts
  with a heading (the disclaimer goes under the title, not above it), unless the title is
  so long against the page that the disclaimer would then start outside the rule's
  ``within`` share: then above the title. HTML: after the first heading's closing tag (or
  before its opening tag, by the same measure), else before the ``<p>`` that holds the first
  sentence; a page whose first sentence is in another element gets no fix.
- ``same-section``: at the end of each section that states figures and has no disclaimer
  (before the next heading).

The fix is refused (no fix) when the new paragraph would not be read as prose: the draft is
read again with the paragraph inserted, and the sentence must be there as the reader sees it
(not swallowed by an unclosed code fence, a comment or a ``<script>``). Adding the sentence
the rule owner wrote changes nothing the author wrote, so the fix is safe.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from claimcheck.documents.document import Document, DocumentError
from claimcheck.fixes.model import SAFE, Fix, make_fix
from claimcheck.rules.page import Page, Section

HTML_CONTAINER_END = re.compile(r"</(?:article|main|body|html)\s*>", re.IGNORECASE)
HTML_HEADING_END = re.compile(r"</h[1-6]\s*>", re.IGNORECASE)
HTML_PARAGRAPH_START = re.compile(r"<p[\s>]", re.IGNORECASE)


def disclaimer_fix(
    page: Page,
    placement: str,
    sentence: str,
    section: Section | None = None,
    within: float = 100.0,
) -> Fix | None:
    """The safe fix that adds ``sentence`` (plain text) to ``page`` where ``placement`` says
    (``section``: the section that lacks it, for ``same-section``; ``within``: the percent
    of the page a ``start`` disclaimer must begin in); None when there is no place for it
    that reads as prose."""
    document = page.document
    newline = "\r\n" if "\r\n" in document.raw else "\n"
    if document.format == "html":
        found = _html_insertion(page, placement, section, newline, within)
        written = html.escape(sentence, quote=False)
        opening, closing = "<p>", "</p>"
    else:
        found = _text_insertion(page, placement, section, newline, within)
        written, opening, closing = sentence, "", ""
    if found is None:
        return None
    offset, before, after = found
    inserted = before + opening + written + closing + after
    where = offset + len(before) + len(opening)
    if not _reads_as_prose(document, offset, inserted, (where, where + len(written)), sentence):
        return None
    title = f'Add "{sentence}"'
    return make_fix(title, SAFE, [(offset, offset, inserted)], document.line_col)


def _fits_after_title(page: Page, at: int, added: int, within: float) -> bool:
    """Whether a disclaimer starting at ``at`` (``added`` characters inserted) still starts
    in the first ``within`` percent of the page's content: under a long title on a short
    page it may not, and then it goes above the title."""
    first, last = page.content
    return at - first < within / 100 * (last - first + added)


def _text_insertion(
    page: Page, placement: str, section: Section | None, newline: str, within: float
):
    """(offset, text before, text after) of the new paragraph in Markdown or plain text."""
    raw = page.document.raw
    blank = newline * 2
    if placement == "same-section" and section is not None:
        return _after_text(raw, section.start, section.end), blank, ""
    if placement == "start":
        first = page.content[0]
        heading = _heading_at(page, first)
        if heading is not None:
            line_end = raw.find("\n", first)
            line_end = len(raw) if line_end < 0 else line_end
            if raw[line_end - 1 : line_end] == "\r":
                line_end -= 1
            if _fits_after_title(page, line_end + len(blank), len(blank) * 2, within):
                return line_end, blank, ""
        line_start = raw.rfind("\n", 0, first) + 1
        return line_start, "", blank
    return _after_text(raw, 0, len(raw)), blank, ""


def _after_text(raw: str, start: int, end: int) -> int:
    """The offset just past the last non-blank character of ``raw[start:end]``."""
    return start + len(raw[start:end].rstrip())


def _heading_at(page: Page, offset: int) -> Section | None:
    """The titled section whose heading holds ``offset`` (the heading's own line)."""
    raw = page.document.raw
    for section in page.sections:
        if section.title and section.start <= offset:
            line_end = raw.find("\n", section.start)
            if offset < (len(raw) if line_end < 0 else line_end):
                return section
    return None


def _html_insertion(
    page: Page, placement: str, section: Section | None, newline: str, within: float
):
    raw = page.document.raw
    first, last = page.content
    if placement == "same-section" and section is not None and section.end < len(raw):
        return section.end, "", newline
    if placement == "start":
        heading = _heading_at_html(page, first)
        if heading is not None and _fits_after_title(page, heading, len(newline) * 2, within):
            return heading, newline, ""
        tag = raw.rfind("<", 0, first)
        if tag >= 0 and (HTML_PARAGRAPH_START.match(raw, tag) or heading is not None):
            return tag, "", newline
        return None
    container = HTML_CONTAINER_END.search(raw, last)
    if container is not None:
        return container.start(), "", newline
    return _after_text(raw, 0, len(raw)), newline, ""


def _heading_at_html(page: Page, offset: int) -> int | None:
    """Just past the closing tag of the heading that holds ``offset``, if one does."""
    for section in page.sections:
        if section.title and section.start <= offset:
            closing = HTML_HEADING_END.search(page.document.raw, section.start)
            if closing is not None and offset < closing.start():
                return closing.end()
    return None


def _reads_as_prose(
    document: Document, offset: int, inserted: str, span: tuple[int, int], sentence: str
) -> bool:
    """Whether ``sentence``, written at ``span`` once ``inserted`` is put at ``offset``, is
    read back as text (not swallowed by code, a comment or markup)."""
    from claimcheck.documents.reader import read_document

    raw = document.raw[:offset] + inserted + document.raw[offset:]
    if _plain_line_of_text(document, raw, span, sentence):
        return True
    try:
        fixed = read_document(document.path, raw.encode("utf-8"))
    except DocumentError:
        return False
    return fixed.as_read(*span) == " ".join(sentence.split())


_PRINTABLE_ASCII = re.compile(r"[ -~]+")


def _plain_line_of_text(document: Document, raw: str, span: tuple[int, int], sentence: str) -> bool:
    """Whether the re-read of a plain-text draft (:func:`_reads_as_prose`) is known to give
    the sentence back as written, without reading the draft again (the re-read was most of
    the fix's cost: the whole draft's canvas, wrapped figures and mojibake search). It does
    when the draft is plain text by its format and its name (the re-read takes the format
    from the name), the result is within :data:`MAX_DRAFT_CHARS` (so its UTF-8 is within
    the byte limit: four bytes a character at most), and the sentence is printable ASCII
    written at the start of its own line, with no ``claimcheck-`` in it. Then every step of
    :func:`claimcheck.documents.text.text_analysis` shows its characters as they are: a
    control line must open with ``claimcheck-`` (after blanks or ``<!--``), only newlines
    are softened, a wrapped figure's gap is a line end and its indent, a soft hyphen is not
    ASCII; and no mojibake repair reaches it (a garbled run is non-ASCII characters, the
    pieces of UTF-8 bytes at or above 0x80, never the newline before the sentence), so
    no character of it is blank either. The draft's own text came through
    :func:`claimcheck.documents.reader.decode_draft`, so it has no NUL and encodes, and
    the inserted text adds none. Anything else (Markdown, HTML, a non-ASCII sentence) is
    read again. ``tests/test_fix.py`` checks both ways agree."""
    from claimcheck.documents.document import MAX_DRAFT_CHARS
    from claimcheck.documents.reader import UNREAD_SUFFIXES, format_of

    start, end = span
    path = Path(document.path)
    return (
        document.format == "text"
        and format_of(path) == "text"
        and path.suffix.lower() not in UNREAD_SUFFIXES
        and len(raw) <= MAX_DRAFT_CHARS
        and (start == 0 or raw[start - 1] == "\n")
        and raw[start:end] == sentence
        and _PRINTABLE_ASCII.fullmatch(sentence) is not None
        and "claimcheck-" not in sentence.lower()
    )
