"""Mojibake: UTF-8 text that was once decoded with a single-byte code page and saved again.

Each garbled character is a UTF-8 byte sequence spelled in the code page's characters:
`–` (E2 80 93) becomes `â€“` in windows-1252 and `โ€“` in Thai windows-874. We look for
exactly that shape (a lead byte and its continuation bytes), decode it, and write the
repaired character in place, padded with spaces, in the analysis text only; the file is
the writer's to fix, and one warning per document tells them so.

Precision matters more than recall, since real Thai, accented European text and
typographic punctuation must never be "repaired":
- the repaired character must be one a health page plausibly holds (Latin, Greek,
  Cyrillic, Thai, punctuation, symbols, emoji), never an obscure script;
- for the Western code pages ftfy must agree that the sequence is mojibake (its heuristics
  are tuned on real text, e.g. `Ä–` is left alone);
- ftfy does not know windows-874, so there a sequence made only of Thai letters is taken
  for Thai (`ยก` is a Thai word, not a garbled `¡`): at least one character must be one of
  the page's punctuation or unassigned bytes, as in `โ€“` or `โ‰ฅ`.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from claimcheck.documents.canvas import Canvas
from claimcheck.documents.document import DocumentWarning, Repair
from claimcheck.documents.html import ENTITY

MOJIBAKE_CODE = "CC401"
HIGH_BYTES = bytes(range(0x80, 0x100))
PLAUSIBLE_RANGES = (
    (0x00A0, 0x024F),  # Latin-1 supplement, Latin extended A and B
    (0x0370, 0x04FF),  # Greek, Cyrillic
    (0x0E00, 0x0E7F),  # Thai
    (0x2000, 0x27BF),  # punctuation, super/subscripts, currency, arrows, maths, symbols
    (0x1F000, 0x1FAFF),  # emoji
)


def _high_byte_table(encodings: tuple[str, ...]) -> dict[str, int]:
    """Every character the given code pages show for a byte 0x80-0xFF, with that byte."""
    table: dict[str, int] = {}
    for encoding in encodings:
        shown = HIGH_BYTES.decode(encoding, errors="replace")
        for byte, char in zip(HIGH_BYTES, shown, strict=True):
            if char != "\ufffd":
                table.setdefault(char, byte)
    return table


def _is_plausible(char: str) -> bool:
    return any(low <= ord(char) <= high for low, high in PLAUSIBLE_RANGES)


@dataclass(frozen=True)
class _Repair:
    start: int
    end: int
    text: str
    code_page: str


def _ftfy_agrees(sequences: list[str], repaired: str) -> bool:
    import ftfy

    return ftfy.fix_encoding("".join(sequences)) == repaired


def _each_has_non_thai(sequences: list[str], repaired: str) -> bool:
    return all(any(not "\u0e00" <= char <= "\u0e7f" for char in seq) for seq in sequences)


@dataclass(frozen=True)
class CodePage:
    """A code page UTF-8 gets misread as, and the test a repair must pass for it."""

    name: str
    to_byte: dict[str, int]
    confirms: Callable[[list[str], str], bool]

    @cached_property
    def sequence(self) -> re.Pattern[str]:
        """One garbled character: a UTF-8 lead byte followed by its continuation bytes."""

        def chars(low: int, high: int) -> str:
            found = [ch for ch, byte in self.to_byte.items() if low <= byte <= high]
            return "[" + "".join(re.escape(ch) for ch in found) + "]"

        cont = chars(0x80, 0xBF)
        lead2, lead3, lead4 = chars(0xC2, 0xDF), chars(0xE0, 0xEF), chars(0xF0, 0xF4)
        return re.compile(f"{lead2}{cont}|{lead3}{cont}{{2}}|{lead4}{cont}{{3}}")

    @cached_property
    def run(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.sequence.pattern})+")

    def repair(self, sequences: list[str]) -> str | None:
        """The text the garbled `sequences` stand for, or None when they are not mojibake."""
        try:
            repaired = bytes(self.to_byte[ch] for seq in sequences for ch in seq).decode()
        except UnicodeDecodeError:
            return None
        if all(map(_is_plausible, repaired)) and self.confirms(sequences, repaired):
            return repaired
        return None

    def repairs(self, text: str) -> Iterator[_Repair]:
        """Each garbled character in `text`. A run is judged whole first (ftfy needs the
        context of `Ð¿Ñ€Ð¸` to see `при`), then character by character."""
        for run in self.run.finditer(text):
            matches = list(self.sequence.finditer(text, run.start(), run.end()))
            whole = self.repair([match.group() for match in matches])
            if whole is not None:
                chars: list[str | None] = list(whole)
            else:
                chars = [self.repair([match.group()]) for match in matches]
            for match, char in zip(matches, chars, strict=True):
                if char is not None:
                    yield _Repair(match.start(), match.end(), char, self.name)


def _thai_table() -> dict[str, int]:
    """windows-874 as met in real files: bytes it leaves unassigned show as windows-1252
    (`‰` for 0x89 in `โ‰ฅ`) or as C1 controls, depending on the tool that garbled them."""
    table = _high_byte_table(("cp874", "sloppy-cp874"))
    for byte in range(0x80, 0xA0):
        if bytes([byte]).decode("cp874", errors="replace") == "\ufffd":
            table.setdefault(bytes([byte]).decode("sloppy-windows-1252"), byte)
    return table


@cache
def code_pages() -> tuple[CodePage, ...]:
    """The code pages to look for, built on first need: their tables use ftfy's "sloppy-"
    codecs, and most drafts never need ftfy at all (see :data:`LEAD_CHARACTER`)."""
    import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-" codecs)

    return (
        CodePage("Thai windows-874", _thai_table(), _each_has_non_thai),
        CodePage(
            "Western windows-1252",
            _high_byte_table(("sloppy-windows-1252", "latin-1")),
            _ftfy_agrees,
        ),
    )


_LEAD_BYTES = bytes(range(0xC2, 0xF5))
LEAD_CHARACTER = re.compile(
    "["
    + re.escape(_LEAD_BYTES.decode("latin-1") + _LEAD_BYTES.decode("cp874", errors="ignore"))
    + "]"
)
"""A character a UTF-8 lead byte shows as in those code pages; text without one holds no
mojibake of theirs, so the tables are never built for it."""


def _find_repairs(text: str) -> list[_Repair]:
    """Garbled characters in `text`, in order, not overlapping; the first code page wins."""
    found = sorted(
        (repair.start, index, repair)
        for index, page in enumerate(code_pages())
        for repair in page.repairs(text)
    )
    repairs: list[_Repair] = []
    for _, _, repair in found:
        if not repairs or repair.start >= repairs[-1].end:
            repairs.append(repair)
    return repairs


@dataclass(frozen=True)
class _ReadView:
    """The analysis text as one reads it, without the spaces that pad decoded entities:
    ``caf&Atilde;&copy;`` is analysed as ``cafÃ`` and padding, then padding and ``©``
    (:meth:`Canvas.replace` sticks each to its word), but reads ``cafÃ©``. ``pieces`` are
    (view offset, file start, file end, decoded) in order: a decoded entity's characters
    each come from its whole span, other text character by character."""

    text: str
    pieces: tuple[tuple[int, int, int, bool], ...]

    def source(self, index: int) -> tuple[int, int]:
        """The file span view character ``index`` is read from."""
        at = bisect.bisect_right(self.pieces, index, key=lambda piece: piece[0]) - 1
        view_start, start, end, decoded = self.pieces[at]
        if decoded:
            return start, end
        return start + index - view_start, start + index - view_start + 1


def _read_view(raw: str, analysis: str) -> _ReadView:
    parts: list[str] = []
    pieces: list[tuple[int, int, int, bool]] = []
    length = position = 0
    for entity in ENTITY.finditer(raw):
        start, end = entity.span()
        shown = analysis[start:end].replace(" ", "")
        if not shown or shown != html.unescape(raw[start:end]):
            continue  # not decoded: code, a tag's attribute, an escaped `\&amp;`
        if position < start:
            pieces.append((length, position, start, False))
            parts.append(analysis[position:start])
            length += start - position
        pieces.append((length, start, end, True))
        parts.append(shown)
        length += len(shown)
        position = end
    pieces.append((length, position, len(raw), False))
    parts.append(analysis[position:])
    return _ReadView("".join(parts), tuple(pieces))


def _in_file(view: _ReadView, repair: _Repair) -> Repair:
    """A repair found in the read view, in file offsets: garbled pieces that entities
    spell are part of the garbled character (``Ã&nbsp;`` stands for ``à``)."""
    sources = [view.source(i) for i in range(repair.start, repair.end)]
    anchors = tuple(start for start, _end in sources)
    return Repair(sources[0][0], max(end for _start, end in sources), repair.text, anchors)


def _group_runs(repairs: list[_Repair]) -> list[list[_Repair]]:
    """Adjacent garbled characters form one run: `โ€“โ€”` is one place to fix, not two."""
    runs: list[list[_Repair]] = []
    for repair in repairs:
        if runs and runs[-1][-1].end == repair.start:
            runs[-1].append(repair)
        else:
            runs.append([repair])
    return runs


def repair_mojibake(
    raw: str, analysis: str
) -> tuple[str, tuple[DocumentWarning, ...], tuple[Repair, ...]]:
    """The analysis text with mojibake repaired in place, one CC401 warning (or none)
    pointing at the first run and counting them all, and each repair in file offsets (the
    report's page view shows exactly these, so it reads what the analysis read).

    Mojibake is looked for in the analysis text, after entities and escapes are decoded: a
    garbled byte a CMS wrote as an entity (``Ã&nbsp;`` for ``à``, ``&Atilde;&copy;`` for
    ``é``) is mojibake all the same, while markup between two pieces (``Ã<b>©</b>``) parts
    them."""
    if not LEAD_CHARACTER.search(analysis):
        return analysis, (), ()
    view = _read_view(raw, analysis)
    found = _find_repairs(view.text)
    if not found:
        return analysis, (), ()
    repairs = tuple(_in_file(view, repair) for repair in found)
    canvas = Canvas(raw)
    canvas.chars = list(analysis)
    for repair in repairs:
        canvas.replace(repair.start, repair.end, repair.text)
    runs = _group_runs(found)
    first = runs[0]
    start, end = repairs[0].start, repairs[len(first) - 1].end
    garbled, repaired = raw[start:end], "".join(r.text for r in first)
    places = f"{len(runs)} places" if len(runs) > 1 else "1 place"
    message = (
        f"mojibake: '{garbled}' looks like '{repaired}' garbled by a wrong encoding "
        f"(UTF-8 read as {first[0].code_page}), {places} in this file; "
        "fix the file's encoding (save it as UTF-8)"
    )
    return canvas.text(), (DocumentWarning(MOJIBAKE_CODE, message, start, end),), repairs
