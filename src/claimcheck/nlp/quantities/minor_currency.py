"""Prices glued to the pence or cent letter (``90p``, ``a 45p charge``, ``99c``): what the
letter is, and what a price in it is per.

A price in the hundredth of its currency keeps that unit and its number (``90p`` is 90
``pence``, README "Cents and pence": NewsQuant annotates it so, and the verdicts convert to
pounds, ``45p`` meeting a claim of £0.45). What went wrong was around the letter:

- a chromosome arm is a number glued to ``p`` or ``q`` (``del(17p)``, ``a 17p deletion``,
  ``loss of 17p``, ``1p/19q codeletion``): never a price, it was 17 pence;
- a temperature typed with a lower-case ``c`` after a cue of storing or heat (``Store below
  25c``, ``Keep at 2-8c``, ``a fever of 38c``) is degrees Celsius, never 25 cents;
- a price per a unit of time or an item written after a slash or ``per`` (``10p/min``,
  ``10 pence per minute``, ``35 cents/min``, ``5p/bag``, ``18p/litre``) was lost or read as
  a count of ``cents``; it is the price with what it is per, as ``2p a day`` already was.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

HUNDREDTHS = frozenset({"pence", "cent"})
"""The units of a price in the hundredth of its currency."""

CHROMOSOME_ARM = re.compile(
    rf"(?:(?i:del|dup|inv|t|i|der|add){H}*\([^()]{{0,12}}\Z)"
    rf"|(?:\b(?i:chromosomes?|arms?|loss{H}+of|deletions?{H}+(?:of|at|in)|gain{H}+of){H}+\Z)"
)
"""What before a number glued to ``p``/``q`` makes it a chromosome arm: a cytogenetic
bracket (``del(17p)``, ``t(9;22)``), ``chromosome``, ``loss of``, ``deletion of``."""
ARM_AFTER = re.compile(
    rf"(?:/\d{{1,2}}[pq]\b|{H}*-?{H}*(?i:deletions?|deleted|del\b|co-?deletions?|loss|LOH"
    rf"|amplifications?|gains?|abnormalit(?:y|ies)|arm|status|mutations?|disomy|monosomy))"
)
"""What after ``17p`` makes it an arm: another arm after a slash (``1p/19q``) or a word of
what happens to one (``17p deletion``, ``17p-deleted``, ``17p loss``)."""


def is_chromosome_arm(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` glued to ``p``/``q`` ending at ``end`` names a
    chromosome arm, not a price (module docstring)."""
    if text[end - 1 : end] not in ("p", "q") or not text[start:end][:-1].strip().isdigit():
        return False
    return bool(
        CHROMOSOME_ARM.search(text, max(0, start - 24), start) or ARM_AFTER.match(text, end)
    )


TEMPERATURE_CUE = re.compile(
    r"(?i:\bstor(?:e|ed|age|ing)|\bkeep|\bkept|fridge|refrigerat|freez|temperature|\btemp\b"
    r"|fever|heat|\bwarm|\bcool|\bcold|\bhot\b|thermometer|°)"
)
"""Words in the same sentence that make a glued lower-case ``c`` a degree Celsius."""
SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*\Z")


def is_celsius(text: str, start: int, end: int) -> bool:
    """Whether a number glued to a lower-case ``c`` (``25c``) is a temperature: a cue of
    storing or heat before it in its sentence, or ``in the fridge`` after it."""
    if text[end - 1 : end] != "c" or not text[start : end - 1].strip()[-1:].isdigit():
        return False
    window_start = max(0, start - 80)
    opened = SENTENCE_START.search(text, window_start, start)
    before = text[opened.start() if opened else window_start : start]
    after = text[end : end + 40].split(".")[0]
    return bool(TEMPERATURE_CUE.search(before) or TEMPERATURE_CUE.search(after))


PER_AFTER = re.compile(
    rf"{H}*/{H}*(?P<per>(?i:min(?:ute)?s?|hours?|hr|h|day|d|week|wk|month|mth|year|yr|night"
    rf"|bag|item|unit|litre|liter|l|kg|text|call|mile|page|tablet|dose|prescription|sheet"
    rf"|pack))\b"
    rf"|{H}+(?i:per|a|an|each){H}+(?P<time>(?i:min(?:ute)?s?|hours?|hr))\b"
    rf"|(?P<each>{H}+(?i:each|ea|apiece|a{H}+piece|per{H}+piece)"
    rf"(?={H}*(?:[,.;:!?)\]]|\Z|\n|(?i:or|and|for|with|when|if|at|in|from)\b)))"
)
"""The period or item a price in pence or cents is per, after a slash, or a minute or an
hour after ``per`` (a day, a week or an item after ``per`` was read before: ``2p a day``), or
one item said as ``each``, ``ea``, ``apiece`` (``20p ea``, ``10 cents apiece``)."""
PER_NAMES = {
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "h": "hour", "d": "day", "wk": "week",
    "mth": "month", "yr": "year", "l": "litre", "liter": "litre",
}  # fmt: skip
"""Abbreviations of :data:`PER_AFTER` written out (``10p/min`` is per minute)."""


def per_after(text: str, end: int) -> tuple[str, int] | None:
    """(what it is per, where that ends) for a price in pence or cents ending at ``end``:
    ``10p/min`` (minute), ``5p per bag`` (bag), or None."""
    found = PER_AFTER.match(text, end)
    if found is None:
        return None
    if found.group("each"):
        return "item", found.end()  # "20p each", "10 cents apiece": per item, as "$35 each"
    word = (found.group("per") or found.group("time")).lower()
    return PER_NAMES.get(word, word), found.end()


HUNDREDTH_WORD = re.compile(rf"(?P<glue>{H}*)(?P<unit>cents?|pence|p|c)\b")
"""The hundredth's word or letter after a number (the letters only glued: ``10p``)."""


def hundredth_per(text: str, end: int) -> tuple[str, str, int] | None:
    """(unit, per, end) of a price in pence or cents with what it is per after a slash or
    ``per`` (``10p/min``, ``35 cents/min``, ``10 pence per minute``), or None."""
    found = HUNDREDTH_WORD.match(text, end)
    if found is None or (len(found.group("unit")) == 1 and found.group("glue")):
        return None
    per = per_after(text, found.end())
    if per is None:
        return None
    unit = "pence" if found.group("unit") in ("pence", "p") else "cent"
    return unit, per[0], per[1]


GLUED_HUNDREDTH = re.compile(r"[pc]\b")
"""The pence or cent letter glued after a number (``99p``, ``50c``)."""
CURRENCY_SIGN_BEFORE = re.compile(r"[£$€]\s*\Z")


def hundredths_against_whole(
    text: str, number_end: int, has_currency: bool, partner_start: int, partner_end: int
) -> bool:
    """Whether a range's two ends are a price in a currency and one in its hundredths
    (``£1.20 or 99p``, ``from 50p to £1.20``, ``80p-£1``): no range of one unit, two
    prices, each read as written (the range took the pounds as pence, or lost them)."""
    first_glued = GLUED_HUNDREDTH.match(text, number_end) is not None
    partner_glued = GLUED_HUNDREDTH.match(text, partner_end) is not None
    partner_sign = CURRENCY_SIGN_BEFORE.search(text, max(0, partner_start - 3), partner_start)
    return (has_currency and partner_glued) or (first_glued and partner_sign is not None)
