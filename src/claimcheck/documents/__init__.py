"""Reading drafts (Markdown, HTML, plain text; Word and PDF through their extracted text) into
Documents with a same-length analysis text. ``is_editable(path)`` says whether claimcheck may
write a fix into a draft (never into a Word or PDF file)."""

from claimcheck.documents.document import (
    BLOCK_BREAK,
    ROW_BREAK,
    Document,
    DocumentError,
    DocumentWarning,
    InlineComment,
    inline_comments,
    is_editable,
)

_READER_NAMES = frozenset({"SUPPORTED_SUFFIXES", "iter_draft_paths", "read_document"})


def __getattr__(name: str) -> object:
    """The readers load on first use: importing a record type (``Document``) should not pull
    in markdown-it, the HTML parser and ftfy, which a fully cached run never needs."""
    if name in _READER_NAMES:
        from claimcheck.documents import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BLOCK_BREAK",
    "ROW_BREAK",
    "SUPPORTED_SUFFIXES",
    "Document",
    "DocumentError",
    "DocumentWarning",
    "InlineComment",
    "inline_comments",
    "is_editable",
    "iter_draft_paths",
    "read_document",
]
