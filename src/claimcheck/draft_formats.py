"""Which files are drafts: the suffixes a folder walk picks up, and the format of each.

One list, outside ``claimcheck.documents`` so the command line can name it in its help and
messages without loading the readers (a fully cached run never imports them): the help
said ``.md, .markdown, .html, .htm, .txt`` while the walk also took Word and PDF files.
"""

from __future__ import annotations

FORMAT_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".docx": "docx",
    ".pdf": "pdf",
}
SUPPORTED_SUFFIXES = frozenset(FORMAT_BY_SUFFIX)

SUFFIXES_SAID = ", ".join(FORMAT_BY_SUFFIX)
"""The suffixes as help and messages list them: ``.md, .markdown, …, .pdf``."""
