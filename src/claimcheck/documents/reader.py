"""Reading drafts from disk into Documents, and finding the drafts under the paths given.

A file is decoded as UTF-8 exactly as it is on disk (no newline translation, so CRLF files
keep their offsets; a BOM stays as a character that the analysis text blanks). A Word
(.docx) or PDF draft is read through the text claimcheck extracts from it (see
:mod:`claimcheck.documents.extracted`), and every offset is one in that text. Anything that
cannot be read raises DocumentError with a one-line reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from claimcheck.documents.canvas import Analysis
from claimcheck.documents.document import (
    EXTRACTED_FORMATS,
    MAX_DRAFT_BYTES,
    MAX_DRAFT_CHARS,
    Document,
    DocumentError,
    SkippedDraft,
)
from claimcheck.documents.extracted import extracted_analysis
from claimcheck.documents.html import html_analysis
from claimcheck.documents.mojibake import repair_mojibake
from claimcheck.documents.text import text_analysis
from claimcheck.draft_formats import FORMAT_BY_SUFFIX, SUPPORTED_SUFFIXES
from claimcheck.files import FileProblem, read_regular, walk_files

MAX_PACKAGE_BYTES = 64 * 1024 * 1024
"""The largest Word or PDF file read: their images and fonts make them far larger than their
text (a 20-page report with figures is often 5 to 20 MB); the text extracted is still held
to MAX_DRAFT_CHARS."""
UNREAD_SUFFIXES = {
    ".doc": "a Word 97-2003 document; save it as .docx",
    ".rtf": "an RTF document; save it as .docx",
    ".odt": "an OpenDocument text; save it as .docx",
    ".pages": "a Pages document; export it as .docx",
}
"""Document formats claimcheck does not read, named with the way to one it does, instead of
a reading of their bytes as text."""
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _read_bytes(path: Path, limit: int = MAX_DRAFT_BYTES) -> bytes:
    """The draft's bytes: only a regular file is read (a FIFO would block, ``/dev/zero``
    never ends), and no more than ``limit`` bytes of it."""
    label = str(path)
    if path.is_dir():
        raise DocumentError(label, "is a directory, expected a file")
    try:
        return read_regular(path, limit)
    except FileProblem as problem:
        raise DocumentError(label, problem.reason) from None


def read_draft_bytes(path: str | Path) -> bytes:
    """A draft's bytes as :func:`read_document` reads them; raises DocumentError when it
    cannot (a folder, a FIFO, too large, not readable). The Dask executor's client reads
    drafts with it and sends the bytes to the workers."""
    path = Path(path)
    if path.suffix.lower() in UNREAD_SUFFIXES:
        raise DocumentError(str(path), UNREAD_SUFFIXES[path.suffix.lower()])
    limit = MAX_PACKAGE_BYTES if format_of(path) in EXTRACTED_FORMATS else MAX_DRAFT_BYTES
    return _read_bytes(path, limit)


def decode_draft(data: bytes, label: str) -> str:
    """The text of a draft's bytes as UTF-8, or a DocumentError saying what is wrong."""
    if data.startswith(UTF16_BOMS):
        raise DocumentError(label, "UTF-16 encoded; save it as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(label, f"binary file (NUL byte at byte {nul}), not a text draft")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start]
        raise DocumentError(
            label,
            f"invalid UTF-8 at byte {error.start} (line {line}, byte 0x{byte:02X}); "
            "save it as UTF-8",
        ) from None
    if not text.lstrip("\ufeff").strip():
        raise SkippedDraft(label, "empty file, nothing to check")
    return text


def _analyse(format_name: str, raw: str, label: str) -> Analysis:
    if format_name == "markdown":
        # markdown-it and PyYAML load only for Markdown: 30 ms an HTML or text page skips
        from claimcheck.documents.markdown import markdown_analysis

        return markdown_analysis(raw, label)
    if format_name == "html":
        return html_analysis(raw)
    return text_analysis(raw)


def format_of(path: Path) -> str:
    """The format a file is read as; a file named explicitly with another suffix (or none,
    such as `NOTES`) is plain text."""
    return FORMAT_BY_SUFFIX.get(path.suffix.lower(), "text")


OUR_REPORT = re.compile(r"""<meta\s+name=["']generator["']\s+content=["']claimcheck\b""")
"""The mark of claimcheck's HTML report, near the top of the page."""


def read_document(
    path: str | Path, data: bytes | None = None, format_name: str | None = None
) -> Document:
    """Read one draft; raises DocumentError naming the file when it cannot be checked.
    ``data``, when given, is the draft's content (from standard input, or an editor's
    buffer) and ``path`` only names it: its suffix gives the format unless ``format_name``
    does (``markdown``, ``html``, ``text``: an editor's language for an untitled buffer),
    and findings carry it."""
    path = Path(path)
    label = str(path)
    format_name = format_name or format_of(path)
    if path.suffix.lower() in UNREAD_SUFFIXES:
        raise DocumentError(label, UNREAD_SUFFIXES[path.suffix.lower()])
    limit = MAX_PACKAGE_BYTES if format_name in EXTRACTED_FORMATS else MAX_DRAFT_BYTES
    if data is not None and len(data) > limit:  # standard input, read with a cap
        raise DocumentError(label, f"too large to read (more than {limit:,} bytes)")
    data = read_draft_bytes(path) if data is None else data
    if format_name in EXTRACTED_FORMATS:
        if not data.strip():  # a failed export or a sync placeholder, as an empty text file
            raise SkippedDraft(label, "empty file, nothing to check")
        return read_extracted(data, label, format_name)
    raw = decode_draft(data, label)
    _check_length(raw, label)
    if format_name == "html" and OUR_REPORT.search(raw, 0, 4096):
        raise SkippedDraft(label, "a claimcheck report, not a draft")
    analysis = _analyse(format_name, raw, label)
    repaired, warnings, repairs = repair_mojibake(raw, analysis.text)
    return Document(
        path=label,
        raw=raw,
        analysis=repaired,
        format=format_name,
        front_matter=analysis.front_matter,
        warnings=warnings,
        comments=analysis.comments,
        repairs=repairs,
    )


def _check_length(raw: str, label: str) -> None:
    if len(raw) > MAX_DRAFT_CHARS:
        raise DocumentError(
            label, f"too large to check ({len(raw):,} characters; the limit is {MAX_DRAFT_CHARS:,})"
        )


def read_extracted(data: bytes, label: str, format_name: str) -> Document:
    """A Word or PDF draft as the Document of its extracted text (see
    :mod:`claimcheck.documents.extracted`); python-docx and pypdf load only for these."""
    page_starts: tuple[int, ...] = ()
    warnings: tuple = ()
    if format_name == "docx":
        from claimcheck.documents.docx import read_docx

        builder = read_docx(data, label)
    else:
        from claimcheck.documents.pdf import read_pdf

        extracted = read_pdf(data, label)
        builder, page_starts, warnings = extracted.text, extracted.page_starts, extracted.warnings
    raw = builder.text()
    if not raw.strip():
        raise SkippedDraft(label, "no text in the document, nothing to check")
    _check_length(raw, label)
    blocks = tuple(builder.blocks)
    analysis = extracted_analysis(raw, blocks)
    return Document(
        path=label,
        raw=raw,
        analysis=analysis.text,
        format=format_name,
        warnings=warnings,
        comments=analysis.comments,
        blocks=blocks,
        page_starts=page_starts,
    )


def is_draft_name(name: str) -> bool:
    """Whether a file found in a folder is a draft (by its suffix)."""
    return Path(name).suffix.lower() in SUPPORTED_SUFFIXES


def iter_draft_paths(paths: Iterable[str | Path]) -> Iterator[Path | DocumentError]:
    """The drafts to check: files as given, folders expanded recursively; a path that does
    not exist, or a folder that cannot be listed, is yielded as a DocumentError so the
    caller reports it and goes on."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found, problems = walk_files(path, is_draft_name)
            yield from found
            yield from (DocumentError(folder, reason) for folder, reason in problems)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield DocumentError(str(path), "no such file or directory")
