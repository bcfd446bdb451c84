"""A same-length buffer from which the analysis text is built.

Markup readers start from a blank copy of the raw text (every character a space, newlines
kept) and reveal only what they know to be prose. Anything a reader fails to recognise
therefore stays blank instead of leaking markup into the claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from claimcheck.documents.document import BLOCK_BREAK, InlineComment

BOM = "\ufeff"
SUPERSCRIPT = str.maketrans("0123456789-−+", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻⁺")
SUBSCRIPT = str.maketrans("0123456789-−+", "₀₁₂₃₄₅₆₇₈₉₋₋₊")
SUP_ELEMENT = re.compile(
    r"<sup\b[^<>]*>(?P<body>(?:[^<]|<(?!/?sup\b)[^<>]{0,200}>){1,40})</sup\s*>", re.IGNORECASE
)
"""A ``<sup>`` element; its body may hold inline tags, as a linked footnote marker does
(``<sup><a href="#ref4">4</a></sup>``: only the shown ``4`` is written raised)."""
CARET_SUPERSCRIPT = re.compile(r"(?<=[^\s^])\^(?P<body>\d{1,3}(?:[,–-]\d{1,3})*)\^")
"""Pandoc's superscript, ``^1^`` glued to the word or stop before it: a footnote marker (after
a bare ``10`` it is an exponent: ``10^6^`` is 10⁶)."""
SUB_ELEMENT = re.compile(r"<sub\b[^<>]*>(?P<body>[^<]{1,40})</sub\s*>", re.IGNORECASE)
UNIT_OF_LENGTH_BEFORE = re.compile(r"(?<![A-Za-z])(?:[kcdmµμ]?m|ft)\Z")
"""A unit of length right before a ``<sup>2</sup>`` or ``<sup>3</sup>``: ``kg/m``, ``1.73 m``,
``cells/mm``, ``ft`` (never ``in``, which is as often the word before a footnote)."""
POWERS = {"2": "²", "3": "³"}
ORDINAL_SUFFIX = re.compile(r"(?i:st|nd|rd|th)")
"""The suffix of an ordinal raised after its digits: ``2<sup>nd</sup>``, ``21<sup>st</sup>``."""
_INLINE_MARKUP = (
    r"(?:</?(?:b|strong|i|em|span|u|mark|small|font|a|abbr|data|s|ins)\b[^<>\n]*>"
    r"|\*{1,3}|_{1,3})"
)
SPLIT_FIGURE_MARKUP = re.compile(
    rf"(?<=\d)(?:(?P<alone>{_INLINE_MARKUP}+)(?=[\d%])"
    rf"|(?P<before>{_INLINE_MARKUP}*)[.,/](?P<after>{_INLINE_MARKUP}*)(?=\d))"
)
"""Inline tags or emphasis marks with a digit before them and a digit or ``%`` after, also on
either side of a figure's own separator: a thousands comma (``1,**200**``, ``1<span>,</span>200``),
a decimal point (``4.<b>5</b>``), a blood pressure's slash (``**140**/**90**``)."""
_CURRENCY_SIGN = r"(?:[£$€¥₹]|&(?:pound|euro|yen|dollar|#36|#163|#8364|#x20[aA][cC]|#x[aA]3);)"
_AFTER_CURRENCY_SIGN = (
    "(?:"
    + "|".join(
        f"(?<={sign})"
        for sign in (
            "[£$€¥₹]",
            "&pound;",
            "&euro;",
            "&yen;",
            "&dollar;",
            "&#36;",
            "&#163;",
            "&#8364;",
        )
    )
    + ")"
)
MARKUP_BEFORE_FIGURE = re.compile(
    r"(?<=[^\W\d_] )(?:</?(?:b|strong|i|em|span|u|mark|small|font|abbr|data|ins)\b[^<>\n]*>"
    rf"|\*{{1,3}}|_{{1,3}})+(?=\d|{_CURRENCY_SIGN}\d)"
    rf"|{_AFTER_CURRENCY_SIGN}(?:</?(?:b|strong|i|em|span|u|mark|small|font|abbr|data|ins)"
    r"\b[^<>\n]*>|\*{1,3}|_{1,3})+(?=\d)"
)
"""Inline tags or emphasis marks that open a figure right after a word and one blank: ``Up to
**8** tablets``, ``More than <b>60</b>%``, ``from <b>£3,950</b>``; or between a currency sign
and its digits: ``from &pound;<strong>3,950</strong>``."""
SHOWN_CURRENCY_SIGNS = frozenset("£$€¥₹")
RAISED_MINOR_UNITS = re.compile(
    rf"(?:{_CURRENCY_SIGN}(?:<[a-z][^<>]{{0,40}}>)*"
    rf"|(?<![\d.,])(?=\d{{1,6}}<sup>[.,]\d\d</sup\s*>(?:\s|&nbsp;|&#160;)*{_CURRENCY_SIGN}))"
    rf"\d{{1,6}}(?P<gap>(?:</?[a-z]+\b[^<>]{{0,40}}>)*)"
    rf"(?:(?P<point>\.)(?P<sup><sup>(?P<cents>\d\d)</sup\s*>)"
    rf"|(?P<sup_pointed><sup>[.,]?(?P<cents_pointed>\d\d)</sup\s*>))",
    re.IGNORECASE,
)
"""A price whose pence or cents are raised, as shop pages style it: ``&pound;1.<sup>89</sup>``,
``&pound;<b>12</b>.<sup>50</sup>`` (inline markup about the whole units),
``$9<sup>99</sup>``, ``&pound;145<sup>.42</sup>``, ``&euro;89<sup>,90</sup>`` (the point or
decimal comma raised with them), ``39<sup>,95</sup>&nbsp;&euro;`` (the sign after the amount, as
German and French shops write it): 1.89, 9.99, 145.42, 89.90, 39.95, never a footnote after a
price."""
WORD_BREAK = re.compile(r"<wbr\s*/?>", re.IGNORECASE)


def _gap(name: str) -> str:
    return rf"(?P<{name}>\r?\n[ \t]*)"


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
WRAPPED_IN_FIGURE = re.compile(
    # "1,\n200 patients": a comma group broken after its comma (no blank before the break)
    rf"(?<![\d.,])\d{{1,3}}(?:,\d{{3}})*,{_gap('g0')}(?=\d{{3}}(?![\d]))"
    # "12 \n500 children": a space group broken at its space (the blank kept before the break)
    rf"|(?<![\d.,])\d{{1,3}}(?:[ \u00a0]\d{{3}})*[ \t]+{_gap('g1')}(?=\d{{3}}(?![\d.,]?\d)(?![.)]))"
    # "7-\n9 hours": a range broken after its dash
    rf"|(?<=\d)[-–]{_gap('g2')}(?=\d)"
    # "twenty-\nfive", "per-\ncent": a hyphenated number word or per cent broken at its hyphen
    rf"|(?i:\b(?:{_TENS}[-\u00ad]{_gap('g3')}(?={_ONES})|per[-\u00ad]{_gap('g4')}(?=cent\b)))"
)
"""A figure wrapped across a line end, as text copied from a PDF is (the line breaks where
the page did, not where the sentence does). The shapes are those of one figure only: a
comma group (``1,`` / ``200``, never ``2019,`` / ``200`` nor ``5, `` / ``200``, a list), a
space group whose blank stayed before the break (``12 `` / ``500``; ``12`` / ``500`` with
no blank is two lines), a range's dash (``7-`` / ``9 hours``), a hyphen or soft hyphen in
``twenty-five`` or ``per-cent``. Line-end hyphenation of other words is left as it is."""
WRAP_GAPS = ("g0", "g1", "g2", "g3", "g4")
WRAP_LINE_END = re.compile("[,\t \\-\u2013\u00ad]\r?\n")
"""A line end a :data:`WRAPPED_IN_FIGURE` match can break at: each branch's gap follows a
comma, a blank, a dash or a (soft) hyphen."""


def wrapped_in_figures(raw: str) -> Iterator[re.Match[str]]:
    """``WRAPPED_IN_FIGURE.finditer(raw)``, the same matches, found by searching only the
    lines that end as a match's gap can (:data:`WRAP_LINE_END`) instead of trying the
    pattern's five branches at every character of the draft (most of reading a long
    plain-text draft, and of a disclaimer fix's re-read). Why it is the same: no branch reads
    a newline before its gap, so a match starts on the line whose newline it breaks at (one
    match at most per line); a search of that line, from where the last match ended, finds
    what the whole-text scan finds there, since what the match reads after the gap (a blank
    indent, three digits or a word and the character after them) ends at the next newline,
    which the search sees."""
    done = 0
    for line_end in WRAP_LINE_END.finditer(raw):
        newline = line_end.end() - 1
        start = max(raw.rfind("\n", 0, newline) + 1, done)
        after = raw.find("\n", newline + 1)
        found = WRAPPED_IN_FIGURE.search(raw, start, len(raw) if after < 0 else after + 1)
        if found is not None and found.start() <= newline:
            done = found.end()
            yield found


SOFT_HYPHEN_NUMBER_WORD = re.compile(rf"(?i:\b{_TENS}(?P<soft>\u00ad)(?={_ONES}))")
"""``twenty\u00adfive``: a soft hyphen where the number word may break, shown as nothing."""
ZERO_WIDTH_SPACE = "\u200b"


@dataclass(frozen=True)
class Analysis:
    """What a format's reader makes of a draft's raw text."""

    text: str  # the analysis text, same length as the raw text
    front_matter: dict[str, Any] = field(default_factory=dict)
    comments: tuple[InlineComment, ...] = ()


def blank(text: str) -> str:
    """`text` with every character but `\\n` turned into a space (same length)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


class Canvas:
    """The analysis text under construction; every write keeps the raw text's offsets."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.chars = list(blank(raw))

    def reveal(self, start: int, end: int) -> None:
        """Copy raw[start:end] into the analysis text (as :meth:`reveal_at` does, a slice at
        a time where no ``\\r`` or leading BOM is in it: a draft is revealed in long runs)."""
        piece = self.raw[start:end]
        if start < 0 or end > len(self.raw) or "\r" in piece or (start == 0 and BOM in piece[:1]):
            self.reveal_at(range(start, end))
        elif start < end:
            self.chars[start:end] = piece

    def reveal_at(self, positions: Iterable[int]) -> None:
        """Copy the raw characters at `positions` (negative positions are skipped).
        A `\\r` and a leading BOM stay blank: they are encoding details, not prose."""
        for pos in positions:
            if pos >= 0 and self.raw[pos] != "\r" and not (pos == 0 and self.raw[0] == BOM):
                self.chars[pos] = self.raw[pos]

    def replace(self, start: int, end: int, text: str) -> None:
        """Write `text` over raw[start:end], padded with spaces to the same length; used for
        decoded entities and repaired mojibake, which are never longer than their source.
        The text sticks to its word: after what precedes it (`24&ndash;31%` reads
        `24–      31%`), or, when it starts a word, before what follows (`&lt;5%` reads
        `   <5%`, `&#36;40` reads `    $40`), so a figure's sign or unit stays on it."""
        if len(text) > end - start:
            raise ValueError("a replacement must not be longer than the text it replaces")
        padding = list(blank(self.raw[start : end - len(text)]))
        starts_word = (
            start == 0 or self.chars[start - 1].isspace() or self.chars[start - 1] in "([{"
        )
        self.chars[start:end] = padding + list(text) if starts_word else list(text) + padding

    def put(self, pos: int, char: str) -> None:
        """Write one analysis character, e.g. from an HTML fragment analysed on its own."""
        self.chars[pos] = char

    def mark_break(self, pos: int) -> None:
        """Put BLOCK_BREAK at `pos` unless a newline is there (newlines count lines)."""
        if 0 <= pos < len(self.chars) and self.raw[pos] != "\n":
            self.chars[pos] = BLOCK_BREAK

    def soften_newlines(self, start: int, end: int) -> None:
        """Turn the newlines in raw[start:end] into spaces in the analysis text: soft line
        breaks inside a paragraph are not block boundaries (line numbers come from the raw
        text, so nothing moves)."""
        for pos in range(start, end):
            if self.raw[pos] == "\n":
                self.chars[pos] = " "

    def write_superscripts(self) -> None:
        """Write the digits and signs shown in ``<sup>`` as the superscript characters a reader
        sees, so a footnote marker (``45%<sup>3</sup>``, ``risk<sup>12</sup>``) is no figure.
        Only characters still shown as written change: a power of ten (``10<sup>8</sup>``),
        already rewritten ``10^8`` by ``write_powers_of_ten``, stays as it is; a price's
        raised pence (:data:`RAISED_MINOR_UNITS`) are written as its decimals."""
        if "<sup" in self.raw or "<SUP" in self.raw:
            self._write_raised_minor_units()
        for element in SUP_ELEMENT.finditer(self.raw):
            if self._unit_power(element) or self._ordinal_suffix(element):
                continue
            for pos in range(element.start("body"), element.end("body")):
                if self.chars[pos] == self.raw[pos]:
                    self.chars[pos] = self.chars[pos].translate(SUPERSCRIPT)

    def _write_raised_minor_units(self) -> None:
        """``&pound;1.<sup>89</sup>`` reads ``£1.89``, ``$9<sup>99</sup>`` reads ``$9.99``:
        the raised digits are written at the element's end (with the point where none is
        written), so the figure ends where the element does, and the rest of it as zero-width
        spaces, which the scan reads as absent. Only where the price is shown as prose."""
        for price in RAISED_MINOR_UNITS.finditer(self.raw):
            raised = "sup" if price.group("sup") else "sup_pointed"
            start, end = price.span(raised)
            if (
                self.chars[start - 1] != self.raw[start - 1]
                or self.raw[start - 1] not in ".0123456789"
            ):
                continue
            gap = range(*price.span("gap"))
            if any(self.chars[pos] != " " for pos in gap):
                continue  # markup left as text
            for pos in gap:  # "&pound;<b>12</b>.<sup>50</sup>": the bold's end shows as nothing
                self.chars[pos] = ZERO_WIDTH_SPACE
            cents = price.group("cents") or price.group("cents_pointed")
            written = ("" if price.group("point") else ".") + cents
            self.chars[start:end] = [ZERO_WIDTH_SPACE] * (end - start - len(written)) + list(
                written
            )

    def write_caret_superscripts(self) -> None:
        """Pandoc's ``text.^1^`` is a raised footnote marker: its digits are written as
        superscript characters and its carets blanked, as ``<sup>1</sup>`` is (a draft
        converted with Pandoc keeps the syntax; markdown-it leaves it as text)."""
        for element in CARET_SUPERSCRIPT.finditer(self.raw):
            shown = range(element.start(), element.end())
            if any(self.chars[pos] != self.raw[pos] for pos in shown):
                continue  # code or markup, not prose
            if re.search(
                r"(?<![\d.,])10\Z", self.raw[max(0, element.start() - 4) : element.start()]
            ):
                self.chars[element.end() - 1] = " "  # "10^6^ cells": a power of ten, 10^6
                continue
            for pos in shown:
                edge = pos in (element.start(), element.end() - 1)
                self.chars[pos] = " " if edge else self.raw[pos].translate(SUPERSCRIPT)

    def write_subscripts(self) -> None:
        """A ``<sub>`` is part of a name, never a figure: ``HbA<sub>1c</sub>``,
        ``SpO<sub>2</sub>``, ``CO<sub>2</sub>``, ``PM<sub>2.5</sub>``, ``FEV<sub>1</sub>``,
        ``t<sub>1/2</sub>``. Glued to the word before it (shown as prose), its text is written
        right after that word (``HbA1c`` then blanks), as a plain-text draft writes the name,
        so the name's rules and the registry's subject words see one word; standing alone,
        its digits and signs become subscript characters, which no figure is read from."""
        for element in SUB_ELEMENT.finditer(self.raw):
            body = range(element.start("body"), element.end("body"))
            shown = "".join(self.chars[pos] for pos in body).strip()
            before = element.start() - 1
            glued = (
                before >= 0
                and self.chars[before] == self.raw[before]
                and self.raw[before].isalnum()
                and shown
                and not any(ch.isspace() for ch in shown)
                and all(self.chars[pos].isspace() for pos in range(element.start(), body.start))
            )
            if glued:
                for offset, pos in enumerate(range(element.start(), element.end())):
                    if self.chars[pos] != "\n":
                        self.chars[pos] = shown[offset] if offset < len(shown) else " "
                continue
            for pos in body:
                self.chars[pos] = self.chars[pos].translate(SUBSCRIPT)

    def _ordinal_suffix(self, element: re.Match[str]) -> bool:
        """``2<sup>nd</sup> dose``, ``5<sup>th</sup> March``: an ordinal's raised suffix after
        digits shown as prose is written glued to them (``2nd`` then blanks), as a plain-text
        draft writes it, so the number stays an ordinal (a place or a date, no figure) and
        never a bare ``2`` or ``21`` of unit ``st``."""
        body = element.group("body")
        start = element.start()
        if not ORDINAL_SUFFIX.fullmatch(body) or not start or not self.raw[start - 1].isdigit():
            return False
        if self.chars[start - 1] != self.raw[start - 1]:
            return False
        for offset, pos in enumerate(range(start, element.end())):
            if self.chars[pos] != "\n":
                self.chars[pos] = body[offset] if offset < len(body) else " "
        return True

    def write_word_breaks(self) -> None:
        """A ``<wbr>`` (a place a long word may break, shown as nothing) between two
        characters shown as prose is written as zero-width spaces, which the figure scan reads
        as absent: ``1,<wbr>250,<wbr>000 women`` is one number, as a reader sees it."""
        for tag in WORD_BREAK.finditer(self.raw):
            start, end = tag.span()
            if not start or end >= len(self.raw):
                continue
            before, after = self.chars[start - 1], self.chars[end]
            if before.isspace() or after.isspace() or before != self.raw[start - 1]:
                continue
            self.chars[start:end] = [ZERO_WIDTH_SPACE] * (end - start)

    def write_wrapped_figures(self) -> None:
        """A figure wrapped across a line end (:data:`WRAPPED_IN_FIGURE`) is joined: the
        line end and the next line's indent are written as zero-width spaces, which the
        figure scan reads as absent (``1,`` / ``200 patients`` is 1,200 patients). Only where
        both sides are shown as prose (not in code, not markup). A soft hyphen inside a
        number word (``twenty\u00adfive``) is written as the hyphen it stands for."""
        if "\n" in self.raw:
            for wrap in wrapped_in_figures(self.raw):
                start, end = next(wrap.span(g) for g in WRAP_GAPS if wrap.group(g) is not None)
                if start == 0 or end >= len(self.raw):
                    continue
                if self.chars[start - 1] != self.raw[start - 1] or (
                    self.chars[end] != self.raw[end]
                ):
                    continue
                self.chars[start:end] = [ZERO_WIDTH_SPACE] * (end - start)
        if "\u00ad" in self.raw:
            for soft in SOFT_HYPHEN_NUMBER_WORD.finditer(self.raw):
                at = soft.start("soft")
                if self.chars[at] == self.raw[at]:
                    self.chars[at] = "-"

    def write_split_figures(self) -> None:
        """Inline markup between a digit and the digit or per cent sign that goes on with it
        (``6<span>5%</span>``, ``4<b>0</b>%``, ``1**2**5 mg``) shows as nothing: a reader sees
        one figure, ``65%``. The blanked tags are written as zero-width spaces, which the
        figure scan reads as absent (as :meth:`write_word_breaks` does); a blank or a block
        break anywhere in between keeps two figures apart."""
        if "<" not in self.raw and "*" not in self.raw and "_" not in self.raw:
            return
        for found in SPLIT_FIGURE_MARKUP.finditer(self.raw):
            if found.start() == found.end() or not (
                found.group("alone") or found.group("before") or found.group("after")
            ):
                continue  # a separator with no markup about it ("1,200") is left as it is
            start, end = found.span()
            if self.chars[start - 1] != self.raw[start - 1] or self.chars[end] != self.raw[end]:
                continue  # the digits must be shown as prose
            runs = [found.span(g) for g in ("alone", "before", "after") if found.group(g)]
            if any(self.chars[pos] != " " for a, b in runs for pos in range(a, b)):
                continue  # markup left as text (an emphasis CommonMark does not take)
            for a, b in runs:
                self.chars[a:b] = [ZERO_WIDTH_SPACE] * (b - a)

    def write_markup_before_figures(self) -> None:
        """Inline markup that opens a figure after a word and a blank (``Up to **8**
        tablets``, ``More than <b>60</b>%``) shows as nothing: a reader sees ``Up to 8``. Left
        as blanks it would put three blanks or more between the comparator and its number,
        which the figure scan reads as a plain-text table's column gap (no comparator). The
        blanked markup is written as zero-width spaces, as in :meth:`write_split_figures`."""
        if "<" not in self.raw and "*" not in self.raw and "_" not in self.raw:
            return
        for run in MARKUP_BEFORE_FIGURE.finditer(self.raw):
            start, end = run.span()
            after_sign = self.chars[start - 1] in SHOWN_CURRENCY_SIGNS  # "&pound;" shows "£"
            if (not after_sign and self.chars[start - 2] != self.raw[start - 2]) or self.chars[
                end
            ] != self.raw[end]:
                continue  # the word or sign and the digits must be shown as prose
            if any(self.chars[pos] != " " for pos in range(start, end)):
                continue  # markup left as text (an emphasis CommonMark does not take)
            self.chars[start:end] = [ZERO_WIDTH_SPACE] * (end - start)

    def _unit_power(self, element: re.Match[str]) -> bool:
        """``kg/m<sup>2</sup>``, ``cells/mm<sup>3</sup>``: a square or cube of a unit of length
        shown as prose is written glued to the unit (``kg/m²`` then blanks), as a plain-text
        draft writes it, so the unit keeps its power."""
        power = POWERS.get(element.group("body").strip())
        start = element.start()
        if power is None or not UNIT_OF_LENGTH_BEFORE.search(self.raw, max(0, start - 3), start):
            return False
        if any(self.chars[pos] != self.raw[pos] for pos in range(max(0, start - 3), start)):
            return False  # the unit must be shown as prose, not markup
        self.chars[start] = power
        for pos in range(start + 1, element.end()):
            if self.chars[pos] != "\n":
                self.chars[pos] = " "
        return True

    def text(self) -> str:
        return "".join(self.chars)
