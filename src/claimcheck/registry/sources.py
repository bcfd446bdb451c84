"""Local copies of sources: read a PDF, HTML or text file into pages, and find a quote in them.

A source may name a local copy (``file: sources/sharp-2008.pdf``, relative to the registry
file, with an optional ``page``); ``registry check`` then looks for the source's ``quote``
in it and says on which page it is.

Reading. PDF text comes from pypdf (pure Python, no dependencies, actively maintained; its
``extract_text`` gives each page's text in reading order), one page per PDF page. HTML and
Markdown go through claimcheck's own draft readers (tags, scripts and markup blanked,
entities decoded), as one page. A text file is one page, or several when it holds form
feeds (``\\f``), as ``pdftotext`` writes between pages.

Matching. PDF text is not what a person copies from the screen, so both the quote and the
file's text are first reduced to a *skeleton*: Unicode NFKC (``ﬁ`` -> ``fi``, full-width
forms, non-breaking spaces), case folded, with every whitespace, dash or hyphen (``-‐‑‒–—―−``,
soft hyphen) and quotation mark (straight or curly, ``'"‘’“”„‚′″``) left out, and a
Lancet decimal point ``·`` read as ``.``. So a quote is found across a line break, a line-end
hyphenation (``hepato-\\ncellular``), a ligature, curly quotes, an en dash for a hyphen, or
lost or doubled spaces. Letters, digits and other punctuation must match: ``841,080`` is not
``841 080``, and ``75.7%`` is not ``75·7 per cent``. An ellipsis (``…`` or ``...``) in a
quote stands for omitted words: its parts must occur in order, each within
:data:`MAX_GAP` skeleton characters of the one before.
"""

from __future__ import annotations

import bisect
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimcheck.files import MAX_INPUT_BYTES, FileProblem, read_regular, regular_file_problem

MAX_GAP = 2000
_DROPPED = frozenset(
    "-\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
    "'\"`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00b4"
    "\u200b\u200c\u200d\u2060\ufeff"
)
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


class SourceFileError(Exception):
    """The file is missing or cannot be read as its suffix says; the message says why."""


@dataclass(frozen=True)
class SourceText:
    """A source file's text, page by page (``pages[0]`` is page 1)."""

    path: str
    pages: tuple[str, ...]

    @property
    def paged(self) -> bool:
        """Whether the file has pages a reader would cite (a PDF, or text with form feeds)."""
        return len(self.pages) > 1 or self.path.lower().endswith(".pdf")


@dataclass(frozen=True)
class _Skeleton:
    text: str
    page_starts: tuple[int, ...]  # where each page starts in ``text``

    def page_at(self, index: int) -> int:
        return bisect.bisect_right(self.page_starts, index)


def skeleton(text: str) -> str:
    """``text`` reduced as the module says, for a match that PDF artefacts do not break."""
    kept = []
    for char in unicodedata.normalize("NFKC", text):
        if char in _DROPPED or char.isspace():
            continue
        kept.append("." if char == "·" else char)
    return "".join(kept).casefold()


def _read_pdf(path: Path) -> tuple[str, ...]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError as error:  # pragma: no cover - pypdf is a dependency
        raise SourceFileError(f"reading PDF needs pypdf ({error})") from None
    from claimcheck.documents.pdf import quiet_pypdf

    quiet_pypdf()
    try:
        data = read_regular(path, MAX_INPUT_BYTES)
    except FileProblem as problem:
        raise SourceFileError(problem.reason) from None
    try:
        reader = PdfReader(io.BytesIO(data))
        return tuple(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        raise SourceFileError(f"cannot be read as PDF ({error})") from None
    except Exception as error:  # a malformed PDF can raise anything inside pypdf
        name = type(error).__name__
        raise SourceFileError(f"cannot be read as PDF ({name}: {error})") from None


def _read_markup(path: Path) -> tuple[str, ...]:
    from claimcheck.documents.document import DocumentError
    from claimcheck.documents.reader import read_document

    try:
        return (read_document(path).analysis,)
    except DocumentError as error:
        raise SourceFileError(str(error)) from None


def _read_text(path: Path) -> tuple[str, ...]:
    try:
        return tuple(read_regular(path, MAX_INPUT_BYTES).decode("utf-8").split("\f"))
    except FileProblem as problem:
        raise SourceFileError(problem.reason) from None
    except UnicodeDecodeError as error:
        raise SourceFileError(f"not UTF-8 text ({error.reason})") from None


@lru_cache(maxsize=64)
def _read(path: Path, _stamp: tuple[int, int, int]) -> SourceText:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        pages = _read_pdf(path)
    elif suffix in (".html", ".htm", ".md"):
        pages = _read_markup(path)
    else:
        pages = _read_text(path)
    return SourceText(str(path), pages)


def read_source(path: str | Path) -> SourceText:
    """The text of the file at ``path``; raises :class:`SourceFileError` when it is missing
    or unreadable. Read once per process while the file is unchanged."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as error:
        raise SourceFileError(f"not found ({error.strerror})") from None
    problem = regular_file_problem(path)  # a FIFO, a device, a folder: never opened
    if problem is not None:
        raise SourceFileError(problem)
    # nanosecond mtime, size and inode, as the results cache keys files (size and mtime): a
    # copy rewritten within one tick of a coarse clock (FAT, some network mounts: 1-2 s), or
    # replaced by a rename, is read again in a long-lived process (the language server)
    return _read(path, (info.st_mtime_ns, info.st_size, info.st_ino))


@lru_cache(maxsize=64)
def _skeleton_of(source: SourceText) -> _Skeleton:
    parts, starts, length = [], [], 0
    for page in source.pages:
        starts.append(length)
        reduced = skeleton(page)
        parts.append(reduced)
        length += len(reduced)
    return _Skeleton("".join(parts), tuple(starts))


def find_quote(quote: str, source: SourceText) -> list[int]:
    """The 1-based pages on which ``quote`` starts, first to last; empty when it is not there."""
    pieces = [skeleton(piece) for piece in _ELLIPSIS.split(quote)]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return []
    text = _skeleton_of(source)
    pages: list[int] = []
    start = text.text.find(pieces[0])
    while start != -1:
        if _rest_follows(text.text, start + len(pieces[0]), pieces[1:]):
            page = text.page_at(start)
            if page not in pages:
                pages.append(page)
        start = text.text.find(pieces[0], start + 1)
    return pages


def _rest_follows(text: str, after: int, pieces: list[str]) -> bool:
    for piece in pieces:
        found = text.find(piece, after, after + MAX_GAP + len(piece))
        if found == -1:
            return False
        after = found + len(piece)
    return True
