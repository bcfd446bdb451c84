"""Body-weight bands that name *who* a figure is about: ``children over 40 kg``, ``babies
weighing less than 2.5 kg``, ``children weighing 10 to 15 kg``, ``adults who weigh at least
50 kg``, ``patients with a body weight under 60 kg``.

Dosing tables and leaflets sort people by weight as they sort them by age: ``children over
40 kg take 500 mg`` states the dose for a group, and the 40 kg is who the dose is for, not an
amount to verify. Such a band is a group label (in the band's unit, ``kg``, ``g`` or ``lb``),
read in one of two shapes:

- a child noun (children, babies, infants, toddlers, newborns …) right before the band, or
  with ``of`` or a bracket between: ``children over 40 kg``, ``infants under 5 kg``, ``babies
  2–4 kg``, ``children of 40 kg or more``, ``children (over 40 kg)``; children are the ones
  dosed by weight, so the band after them is theirs;
- any population noun, then ``weighing``, ``who weigh(s)``, ``with a (body) weight of`` or
  ``whose weight is``, then the band: ``adults weighing over 50 kg``, ``women who weigh less
  than 45 kg``, ``patients with a body weight of 60 kg or more``.

The band is a comparator and N (``over``, ``above``, ``under``, ``less than``, ``more than``,
``at least``, ``up to``, ``≥``, ``<`` …), ``between``/``from`` N ``and``/``to`` M, N–M, or N
with a trailing bound (``40 kg or more``, ``40 kg and over``, ``40 kg+``); the unit follows
the number (or only the last number of a range). Ambiguous case, decided: an adult noun
without a weighing word (``women over 50 kg had fewer side effects``) keeps the weight as a
figure, as it may as well report what the women weighed.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.body_mass import band_read
from claimcheck.nlp.quantities.numbers import H

_N = r"\d{1,3}(?:\.\d{1,2})?(?![\d.,]\d)"
_UNIT = rf"(?:{H}*(?P<unit{{i}}>kg|kgs|kilograms?|kilos?|g|grams?|lbs?|pounds?)\b)"
_LOW = rf"over|above|more{H}+than|greater{H}+than|heavier{H}+than|>"
_LOW_INCLUSIVE = rf"at{H}+least|≥|>=|⩾"
_HIGH = rf"under|below|less{H}+than|lighter{H}+than|<"
_HIGH_INCLUSIVE = rf"up{H}+to|at{H}+most|no{H}+more{H}+than|≤|<=|⩽"
_CHILDREN = r"children|child|kids|infants|infant|babies|baby|toddlers|newborns|neonates"
_POPULATION = (
    rf"{_CHILDREN}|adults|adult|adolescents|teenagers|teens|women|men|people|patients|those"
    r"|anyone|individuals|persons"
)
_WEIGHING = (
    rf"weighing|who{H}+weighs?|(?:with|having){H}+an?{H}+(?:body{H}+)?weight{H}+of"
    rf"|whose{H}+(?:body{H}+)?weight{H}+is"
)
BAND = re.compile(
    rf"\b(?i:(?P<child>{_CHILDREN})(?:{H}+of|{H}*(?P<open>\())?"
    rf"|(?P<noun>{_POPULATION}){H}+(?:{_WEIGHING})){H}*"
    rf"(?:(?i:between|from){H}+(?P<b1>{_N}){_UNIT.format(i=1)}?{H}+(?i:and|to|-|–){H}+"
    rf"(?P<b2>{_N}){_UNIT.format(i=2)}"
    rf"|(?P<cmp>(?i:{_LOW}|{_LOW_INCLUSIVE}|{_HIGH}|{_HIGH_INCLUSIVE})){H}*(?P<c>{_N})"
    rf"{_UNIT.format(i=3)}"
    rf"|(?P<r1>{_N}){_UNIT.format(i=4)}?{H}*(?:[-–—‐‑‒]|to){H}*(?P<r2>{_N}){_UNIT.format(i=5)}"
    rf"|(?P<t>{_N}){_UNIT.format(i=6)}(?P<after>{H}*\+|{H}+(?i:or|and){H}+(?:(?P<up>more"
    rf"|above|over|heavier)|less|below|under|lighter)\b))"
    rf"(?(open){H}*\))"
)
_STRICT_LOW = re.compile(rf"(?i:{_LOW})\Z")
_INCLUSIVE_LOW = re.compile(rf"(?i:{_LOW_INCLUSIVE})\Z")
_STRICT_HIGH = re.compile(rf"(?i:{_HIGH})\Z")
_UNITS = {"k": "kg", "g": "g", "l": "lb", "p": "lb"}

Band = tuple[int, int, float | None, float | None, bool, bool, str]


WEIGHT_AT = re.compile(r"\d[ \t\u00a0\u2009\u202f]*(?i:kgs?|kilo|lbs?|pound|g\b|gram)")
"""A number and a unit of weight: every band has one, and most texts have none, so
:data:`BAND` (a noun alternation tried at every word) is scanned only around them."""
WINDOW_BEFORE, WINDOW_AFTER = 100, 40
"""How far before and after a weight a band's noun and trailing bound may reach."""


def weight_bands(text: str) -> list[Band]:
    """Every body-weight band in ``text`` that names a group (see the module), as (start of
    the noun, end, low, high, low_inclusive, high_inclusive, unit)."""
    bands: list[Band] = []
    seen: set[tuple[int, int]] = set()
    for weight in WEIGHT_AT.finditer(text):
        start = max(0, weight.start() - WINDOW_BEFORE)
        end = min(len(text), weight.end() + WINDOW_AFTER)
        for match in BAND.finditer(text, start, end):
            if match.span() not in seen:
                seen.add(match.span())
                bands.extend(_band(match))
    return sorted(bands)


def _band(match: re.Match[str]) -> list[Band]:
    """The band one :data:`BAND` match reads (none when it runs backwards)."""
    read = _read(match)
    if read is None:
        return []
    unit = next(match.group(f"unit{i}") for i in range(6, 0, -1) if match.group(f"unit{i}"))
    start = match.start("child") if match.group("child") else match.start("noun")
    return [(start, match.end(), *read, _UNITS[unit[0].lower()])]


def _read(match: re.Match[str]) -> tuple[float | None, float | None, bool, bool] | None:
    """(low, high, low_inclusive, high_inclusive) of one band, None when it runs backwards."""
    return band_read(match, _STRICT_LOW, _INCLUSIVE_LOW, _STRICT_HIGH)
