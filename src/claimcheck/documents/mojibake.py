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

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from claimcheck.documents.canvas import Canvas
from claimcheck.documents.document import DocumentWarning

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


def garbled_characters(text: str) -> list[tuple[int, int, str]]:
    """Each garbled character in ``text`` as (start, end, the character it stands for), in
    order: what the report's page view shows in place of the garbled bytes, as the analysis
    text reads them."""
    return [(r.start, r.end, r.text) for r in _find_repairs(text)]


def _group_runs(repairs: list[_Repair]) -> list[list[_Repair]]:
    """Adjacent garbled characters form one run: `โ€“โ€”` is one place to fix, not two."""
    runs: list[list[_Repair]] = []
    for repair in repairs:
        if runs and runs[-1][-1].end == repair.start:
            runs[-1].append(repair)
        else:
            runs.append([repair])
    return runs


def repair_mojibake(raw: str, analysis: str) -> tuple[str, tuple[DocumentWarning, ...]]:
    """The analysis text with mojibake repaired in place, and one CC401 warning (or none)
    pointing at the first run and counting them all."""
    if not LEAD_CHARACTER.search(analysis):
        return analysis, ()
    repairs = _find_repairs(analysis)
    if not repairs:
        return analysis, ()
    canvas = Canvas(raw)
    canvas.chars = list(analysis)
    for repair in repairs:
        canvas.replace(repair.start, repair.end, repair.text)
    runs = _group_runs(repairs)
    first = runs[0]
    start, end = first[0].start, first[-1].end
    garbled, repaired = raw[start:end], "".join(r.text for r in first)
    places = f"{len(runs)} places" if len(runs) > 1 else "1 place"
    message = (
        f"mojibake: '{garbled}' looks like '{repaired}' garbled by a wrong encoding "
        f"(UTF-8 read as {first[0].code_page}), {places} in this file; "
        "fix the file's encoding (save it as UTF-8)"
    )
    return canvas.text(), (DocumentWarning(MOJIBAKE_CODE, message, start, end),)
