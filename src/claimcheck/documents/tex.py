"""TeX math and siunitx commands in Markdown prose, written as the figures a reader sees.

Notes, notebooks and research blogs written in Markdown put figures in TeX: ``$5 \\times
10^{8}$``, ``$p < 0.01$``, ``$4.2 \\pm 1.1$``, ``$\\geq 30$``, ``\\SI{500}{\\milli\\litre}``.
Read as written, the ``$`` is a dollar sign and the exponent a second number. Each
command is written over its own characters as the sign it typesets (``×``, ``±``, ``≥``),
the math delimiters and braces are blanked, and an exponent in braces reads ``^8``, so the
analysis text keeps the file's offsets and the figure's span covers what the file says.
"""

from __future__ import annotations

import re

from claimcheck.documents.canvas import Canvas

INLINE_MATH = re.compile(
    r"(?<![\\$\w])\$(?=[^\s$])(?P<body>[^$\n]{1,120}?)(?<=[^\s\\$])\$(?![\d$])"
)
"""Inline math as Pandoc and MathJax read it: ``$…$`` on one line, no space inside either
dollar and no digit right after the closing one (``costs $5 and $10`` is two prices)."""
DISPLAY_MATH = re.compile(r"\$\$(?P<body>[^$\n]{1,200}?)\$\$|\\\((?P<paren>[^\n]{1,200}?)\\\)")
"""Display math on one line, ``$$…$$``, and MathJax's inline ``\\(…\\)``."""
MATHY = re.compile(r"\\(?:[A-Za-z]+|,)|[\^_<>=]")
"""What makes a dollar pair math rather than two prices: a command, a power or an index, or a
relation (``$p < 0.05$``)."""
COMMAND_SIGNS = {
    "times": "×", "cdot": "·", "pm": "±", "mp": "∓", "geq": "≥", "ge": "≥", "geqslant": "≥",
    "leq": "≤", "le": "≤", "leqslant": "≤", "approx": "≈", "sim": "~", "simeq": "≃",
    "lt": "<", "gt": ">", "%": "%", "times10": "×",
}  # fmt: skip
"""TeX commands that typeset one sign a figure is read with."""
COMMAND = re.compile(r"\\(?P<name>[A-Za-z]+|%|,|;|:| )")
BRACED_POWER = re.compile(r"\^\{(?P<exp>[-−]?\d{1,3})\}")
TEXT_WRAPPER = re.compile(r"\\(?:mathrm|text|textrm|mathit|mbox|rm)\{(?P<body>[^{}]{1,20})\}")
"""``\\mathrm{mg}``, ``\\text{ kg}``: a unit written as upright text inside math."""

SIUNITX = re.compile(
    r"\\(?:SI|qty)\{(?P<num>[^{}]{1,30})\}\{(?P<unit>[^{}]{1,60})\}|\\num\{(?P<bare>[^{}]{1,30})\}"
)
"""siunitx's ``\\SI{13}{\\kelvin}``, ``\\qty{5}{\\milli\\gram}`` and ``\\num{1e6}``."""
SI_PREFIXES = {
    "kilo": "k", "centi": "c", "milli": "m", "micro": "µ", "nano": "n", "pico": "p", "deci": "d",
}  # fmt: skip
SI_UNITS = {
    "litre": "L", "liter": "L", "gram": "g", "metre": "m", "meter": "m", "mole": "mol",
    "second": "s", "minute": "min", "hour": "h", "day": "d", "kilogram": "kg", "percent": "%",
    "celsius": "°C", "degreeCelsius": "°C", "kelvin": "K", "joule": "J", "calorie": "cal",
    "mmHg": "mmHg", "pascal": "Pa", "becquerel": "Bq", "gray": "Gy", "sievert": "Sv",
}  # fmt: skip
SI_UNIT_COMMAND = re.compile(r"\\(?P<word>[A-Za-z]+)|(?P<plain>[A-Za-z%°/.\d^-]+)")


def write_tex(canvas: Canvas) -> None:
    """Rewrite inline TeX math and siunitx commands shown as prose (see the module's doc)."""
    raw = canvas.raw
    for found in SIUNITX.finditer(raw):
        if _shown(canvas, found.start(), found.end()):
            _write_siunitx(canvas, found)
    for found in DISPLAY_MATH.finditer(raw):
        group = "body" if found.group("body") is not None else "paren"
        if not _shown(canvas, found.start(), found.end()):
            continue
        for pos in (
            *range(found.start(), found.start(group)),
            *range(found.end(group), found.end()),
        ):
            canvas.put(pos, " ")
        _write_math(canvas, found.start(group), found.end(group))
    for found in INLINE_MATH.finditer(raw):
        body = found.group("body")
        if not MATHY.search(body) or not _shown(canvas, found.start(), found.end()):
            continue
        canvas.put(found.start(), " ")
        canvas.put(found.end() - 1, " ")
        _write_math(canvas, found.start("body"), found.end("body"))


def _shown(canvas: Canvas, start: int, end: int) -> bool:
    """Whether raw[start:end] is prose, shown as written (not code, a URL or markup); a
    backslash escape the Markdown reader already wrote as its character (``\\%``, ``\\,``)
    counts as shown."""
    raw, chars = canvas.raw, canvas.chars
    for pos in range(start, end):
        if chars[pos] == raw[pos]:
            continue
        escape = raw[pos] == "\\" or (pos > start and raw[pos - 1] == "\\")
        if not escape:
            return False
    return True


def _write_math(canvas: Canvas, start: int, end: int) -> None:
    raw = canvas.raw
    for found in COMMAND.finditer(raw, start, end):
        name = found.group("name")
        if name == ",":
            # a thin space: groups thousands (``1\\,000``) or spaces a unit off its number
            canvas.replace(found.start(), found.end(), "\u2009\u200b")
        elif name in COMMAND_SIGNS:
            canvas.replace(found.start(), found.end(), COMMAND_SIGNS[name])
        elif name in (";", ":", " "):
            canvas.replace(found.start(), found.end(), " ")
    for found in BRACED_POWER.finditer(raw, start, end):
        exp = found.group("exp").replace("−", "-")
        canvas.replace(found.start(), found.end(), f"^{exp}")
    for found in TEXT_WRAPPER.finditer(raw, start, end):
        canvas.replace(found.start(), found.end(), found.group("body").strip())
    for pos in range(start, end):
        if raw[pos] in "{}" and canvas.chars[pos] == raw[pos]:
            canvas.put(pos, " ")


def _write_siunitx(canvas: Canvas, found: re.Match[str]) -> None:
    """``\\SI{500}{\\milli\\litre}`` reads ``500 mL``; ``\\num{1e6}`` reads ``1e6``."""
    group = "num" if found.group("num") is not None else "bare"
    number_start, number_end = found.span(group)
    canvas.replace(found.start(), number_start, "")
    if group == "bare":
        canvas.replace(number_end, found.end(), "")
        return
    unit = _si_unit(found.group("unit"))
    if unit is None:
        canvas.replace(number_end, found.end(), "")
        return
    canvas.replace(number_end, found.end(), " " + unit)


def _si_unit(written: str) -> str | None:
    """The unit siunitx typesets for ``\\milli\\litre``, ``\\kilo\\gram\\per\\metre\\squared``
    or a literal ``mg/mL``; None when a command is not one it knows."""
    out = []
    prefix = ""
    for part in SI_UNIT_COMMAND.finditer(written):
        word = part.group("word")
        if word is None:
            out.append(part.group("plain"))
        elif word in SI_PREFIXES:
            prefix = SI_PREFIXES[word]
            continue
        elif word == "per":
            out.append("/")
        elif word == "squared":
            out.append("²")
        elif word == "cubed":
            out.append("³")
        elif word in SI_UNITS:
            out.append(prefix + SI_UNITS[word])
        else:
            return None
        prefix = ""
    unit = "".join(out)
    return unit or None
