"""Plain-text drafts: the analysis text is the file itself, with `\\r` and a BOM blanked."""

from __future__ import annotations

from claimcheck.documents.canvas import Analysis, Canvas


def text_analysis(raw: str) -> Analysis:
    """The raw text as prose; carriage returns and a leading BOM become spaces so CRLF
    files keep their offsets and no stray control character reaches the tokenizer."""
    canvas = Canvas(raw)
    canvas.reveal(0, len(raw))
    return Analysis(canvas.text())
