"""Reading drafts (Markdown, HTML, plain text) into Documents with a same-length analysis text."""

from claimcheck.documents.document import (
    BLOCK_BREAK,
    Document,
    DocumentError,
    DocumentWarning,
    InlineComment,
    inline_comments,
)
from claimcheck.documents.reader import SUPPORTED_SUFFIXES, iter_draft_paths, read_document

__all__ = [
    "BLOCK_BREAK",
    "SUPPORTED_SUFFIXES",
    "Document",
    "DocumentError",
    "DocumentWarning",
    "InlineComment",
    "inline_comments",
    "iter_draft_paths",
    "read_document",
]
