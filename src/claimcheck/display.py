"""Text from drafts and file names, made safe to print: what a terminal or a CI log shows is
what the file says, never an instruction to the terminal or the CI runner.

A draft's text and a file's name are the author's, not ours. Printed raw they can:
- drive the terminal: ``ESC]0;…`` retitles the window, ``ESC[3M`` deletes lines, so a
  finding can be hidden from the person reading the output;
- forge GitHub workflow commands: a file name holding a newline and ``::error file=…`` adds
  an annotation of its own, and ``::stop-commands::`` hides every annotation after it;
- reorder what is shown, with the Unicode bidirectional controls ("Trojan source");
- issue a workflow command from inside a line: the GitHub Actions runner reads every line a
  step prints (stdout and stderr) and takes ``##[command]…`` anywhere in a line (the old
  syntax) and ``::command::…`` at a line's start, after any whitespace, as commands.

:func:`printable` shows every such character as a visible stand-in of one character (so
columns and carets under a line stay where they were): C0 controls, DEL and the line
separators as Unicode's control pictures (``␛``, ``␊``, ``␍``), C1 controls and bidi
controls as ``�``. A tab stays a tab. :func:`clean` only replaces lone surrogates (the
bytes of a file name that is not UTF-8, as Python decodes them) with ``�``, so that JSON,
SARIF and HTML are valid UTF-8; their own escaping handles the rest.
"""

from __future__ import annotations

import re

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


WORD_JOINER = "\u2060"
"""Zero width and no whitespace (.NET's ``TrimStart`` keeps it): put inside ``##[`` or before a
line's ``::``, it shows nothing and leaves no workflow command for the runner to find."""
_LINE_COMMAND = re.compile(r"(^|[\r\n\u2028\u2029\x85])([^\S\r\n\u2028\u2029\x85]*)::")
"""``::`` at the start of a line, after whitespace: a line as the runner splits lines (``\r``,
``\n``, and the Unicode line breaks .NET's reader may honour)."""
_OLD_COMMAND = "##["


def inert_text(text: str) -> str:
    """Text output (text, markdown, github, extract, messages on stderr) in which no line
    issues a GitHub workflow command, whatever draft words it quotes: a word joiner inside
    every ``##[`` and before a line-opening ``::``. What a person reads is unchanged."""
    text = text.replace(_OLD_COMMAND, f"##{WORD_JOINER}[")
    return _LINE_COMMAND.sub(lambda m: f"{m.group(1)}{m.group(2)}{WORD_JOINER}::", text)


def inert_json(text: str) -> str:
    """JSON (``--format json``/``sarif``) with every ``##[`` written ``##\\u005b``: the same
    string to a JSON reader, no old-style workflow command to the runner. ``#`` only occurs
    inside JSON strings, where ``\\u005b`` is ``[``; a JSON line never starts with ``::``."""
    return text.replace(_OLD_COMMAND, "##\\u005b")


_RAW_TEXT = re.compile(r"(<(script|style)\b[^>]*>.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)


def inert_html(page: str) -> str:
    """An HTML page in which no line issues a workflow command, for when it is printed to a
    CI log (``lint --format html`` without ``-o``, or a saved report shown with ``cat``):
    outside ``<script>`` and ``<style>``, ``##[`` is written ``##&#91;`` and a line-opening
    ``::`` as ``&#58;:``; a browser shows the same characters. The page's script and style
    are its own (and its data JSON is made inert by :func:`inert_json`)."""
    parts = _RAW_TEXT.split(page)
    out = []
    for index, part in enumerate(parts):
        kind = index % 3  # split with two groups: text, a whole raw-text element, its name
        if kind == 2:
            continue
        if kind == 0:
            part = part.replace(_OLD_COMMAND, "##&#91;")
            part = _LINE_COMMAND.sub(lambda m: f"{m.group(1)}{m.group(2)}&#58;:", part)
        out.append(part)
    return "".join(out)
