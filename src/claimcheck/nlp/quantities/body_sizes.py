"""Body-size bands that name *who* a figure is about: ``anyone with a collar size above 17
inches``, ``men whose neck size is over 17 in``, ``if your waist is 94 cm or more``, ``women
with a waist measurement over 80 cm``, ``people with a neck circumference of 43 cm or more``.

A collar, neck, waist or hip size said after ``with``, ``whose``, ``if``, ``where``,
``having`` or ``among`` (up to two words between: ``with a``, ``if your``) sorts people by
their body as a BMI band does (:mod:`~claimcheck.nlp.quantities.body_mass`): it says who is
at risk or who should be assessed, a group label, not a figure to verify. A size said as a
target or a value (``keep your waist below 94 cm``, ``his collar size was 18 inches``) has no
such opener and stays a figure. *Decided* (session 44): a band followed by a bracketed bound
for another group (``men with a neck size of 43 cm or more (41 cm for women) should be
assessed``) is a criterion said per group, and both stay figures.

The band is a comparator and N (``over``, ``above``, ``under``, ``less than``, ``at least``,
``≥`` …), ``between``/``from`` N ``and``/``to`` M, N–M, or N with a trailing bound (``94 cm or
more``, ``17 inches and over``); the unit (``cm``, ``in``, ``inch(es)``, ``"``) follows the
number (the last number of a range). :func:`body_size_bands` returns each as (start, end, low,
high, low_inclusive, high_inclusive, unit).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.body_mass import band_read
from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import H

_N = r"\d{1,3}(?:\.\d{1,2})?(?![\d.,]\d)"
_UNIT = rf"{H}*(?P<unit>cm|centimetres?|centimeters?|inches|inch|ins?\b|\")"
_LOW = rf"over|above|more{H}+than|greater{H}+than|bigger{H}+than|larger{H}+than|>"
_LOW_INCLUSIVE = rf"at{H}+least|≥|>=|⩾"
_HIGH = rf"under|below|less{H}+than|smaller{H}+than|<"
_HIGH_INCLUSIVE = rf"up{H}+to|at{H}+most|no{H}+more{H}+than|≤|<=|⩽"
BAND = StartScanned(
    re.compile(
        rf"(?P<head>\b(?i:collar|neck|waist|hip)(?:{H}+(?i:size|circumference|measurement"
        rf"|girth))?)"
        rf"{H}*(?:(?:of|is|was|were|are|measures|measuring){H}+)?"
        rf"(?:(?i:between|from){H}+(?P<b1>{_N})(?:{H}*(?:cm|inches|in|\"))?{H}+(?:and|to|-|–){H}+"
        rf"(?P<b2>{_N})"
        rf"|(?P<cmp>(?i:{_LOW}|{_LOW_INCLUSIVE}|{_HIGH}|{_HIGH_INCLUSIVE})){H}*(?P<c>{_N})"
        rf"|(?P<r1>{_N}){H}*(?:[-–—‐‑‒−]|to){H}*(?P<r2>{_N})"
        rf"|(?P<t>{_N}))"
        rf"{_UNIT}"
        rf"(?P<after>{H}+(?:or|and){H}+(?:(?P<up>more|above|over|bigger|larger|greater)"
        rf"|less|below|under|smaller)\b)?"
    )
)
_OPENS_GROUP = re.compile(
    rf"\b(?i:with|whose|if|where|having|among|amongst)(?:{H}+(?i:a|an|the|your|their|his|her"
    rf"|its|large|larger|big|bigger|thick|thicker|high|higher)){{0,2}}{H}+\Z"
)
_STRICT_LOW = re.compile(rf"(?i:{_LOW})\Z")
_INCLUSIVE_LOW = re.compile(rf"(?i:{_LOW_INCLUSIVE})\Z")
_STRICT_HIGH = re.compile(rf"(?i:{_HIGH})\Z")
_OTHER_GROUPS_BOUND = re.compile(rf"{H}*[(\[]{H}*\d")
_UNITS = {"cm": "cm", "c": "cm", "i": "inch", '"': "inch"}

Band = tuple[int, int, float | None, float | None, bool, bool, str]


def body_size_bands(text: str) -> list[Band]:
    """Every body-size band in ``text`` that names a group (see the module)."""
    bands: list[Band] = []
    if not ("ollar" in text or "eck" in text or "aist" in text or "ip" in text):
        return bands
    for match in BAND.finditer(text):
        start = match.start("head")
        if not _OPENS_GROUP.search(text, max(0, start - 40), start):
            continue
        if _OTHER_GROUPS_BOUND.match(text, match.end()):
            continue  # "43 cm or more (41 cm for women)": a criterion said per group
        band = _read(match)
        if band is not None:
            unit = _UNITS[match.group("unit")[0].lower()]
            bands.append((start, match.end(), *band, unit))
    return bands


def _read(match: re.Match[str]) -> tuple[float | None, float | None, bool, bool] | None:
    """(low, high, low_inclusive, high_inclusive) of one band, None when it runs backwards."""
    return band_read(match, _STRICT_LOW, _INCLUSIVE_LOW, _STRICT_HIGH)
