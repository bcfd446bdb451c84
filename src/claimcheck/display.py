"""Text from drafts and file names, made safe to print: what a terminal or a CI log shows is
what the file says, never an instruction to the terminal or the CI runner.

A draft's text and a file's name are the author's, not ours. Printed raw they can:
- drive the terminal: ``ESC]0;…`` retitles the window, ``ESC[3M`` deletes lines, so a
  finding can be hidden from the person reading the output;
- forge GitHub workflow commands: a file name holding a newline and ``::error file=…`` adds
  an annotation of its own, and ``::stop-commands::`` hides every annotation after it;
- reorder what is shown, with the Unicode bidirectional controls ("Trojan source").

:func:`printable` shows every such character as a visible stand-in of one character (so
columns and carets under a line stay where they were): C0 controls, DEL and the line
separators as Unicode's control pictures (``␛``, ``␊``, ``␍``), C1 controls and bidi
controls as ``�``. A tab stays a tab. :func:`clean` only replaces lone surrogates (the
bytes of a file name that is not UTF-8, as Python decodes them) with ``�``, so that JSON,
SARIF and HTML are valid UTF-8; their own escaping handles the rest.
"""

from __future__ import annotations

REPLACEMENT = "\ufffd"
BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""Embeddings, overrides and isolates; the plain marks (LRM, RLM, ALM) that right-to-left
text uses stay, as they reorder nothing around them."""
_SURROGATES = {code: REPLACEMENT for code in range(0xD800, 0xE000)}
_PRINTABLE = {
    **{code: 0x2400 + code for code in range(0x20) if code != 0x09},  # ␀ … ␟, tab kept
    0x7F: 0x2421,  # ␡
    **{code: REPLACEMENT for code in range(0x80, 0xA0)},  # C1 controls (0x9B is a CSI)
    **{code: REPLACEMENT for code in BIDI_CONTROLS},
    0x2028: 0x2424,  # LINE SEPARATOR as ␤
    0x2029: 0x2424,  # PARAGRAPH SEPARATOR as ␤
    **_SURROGATES,
}


def printable(text: str) -> str:
    """``text`` with every control character shown as a visible stand-in, one for one."""
    return text.translate(_PRINTABLE)


def clean(text: str) -> str:
    """``text`` with lone surrogates (undecodable file-name bytes) as U+FFFD: valid UTF-8."""
    return text.translate(_SURROGATES)


def shown_path(path: str) -> str:
    """A path as a line of text output starts with it: printable, and never starting with
    ``::`` (a GitHub workflow command at the start of a log line), which becomes ``./::``:
    the same file."""
    shown = printable(path)
    return "./" + shown if shown.startswith("::") else shown
