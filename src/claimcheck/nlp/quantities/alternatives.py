"""Amounts offered as alternatives with slashes between them, as labels and nutrition panels
write them: ``50 mg/1000 mg tablets`` (a combination tablet's two strengths), ``5 mg/10
mg/20 mg`` (the strengths a drug comes in), ``1046kJ/250kcal`` (one energy in two units).

Each amount is a figure of its own in its own unit. A slash between amounts is read so only
when every amount carries a unit of the same kind (masses, volumes, units) or the pair is an
energy in kilojoules and kilocalories; a mass over a volume (``250 mg/5 mL``) is a
concentration, one figure (see ``units.COMPOUND_UNIT``).

A combination product's strengths are as often written with the unit once, after the last:
``5/160 mg`` (amlodipine 5 mg and valsartan 160 mg), ``500/125 mg``, ``8/2 mg``, ``100/6
micrograms``. A slash pair before a unit of dose is two strengths in that unit, unless it is
an everyday fraction of one (a smaller whole number over 2, 3, 4 or 8: ``1/2 mg`` is half a
milligram, ``3/4 g``), which stays one amount.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities import lexicon, units
from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""An amount, comma-grouped or not: nutrition panels write ``1,046 kJ/250 kcal`` and ``8,400
kJ/2,000 kcal`` as often as ``1046kJ/250kcal``, and a grouped amount must not lose the pair."""
_UNIT = r"mg|mcg|µg|μg|g|mL|ml|IU|units?|kJ|kcal"
ALTERNATIVES = StartScanned(
    re.compile(rf"(?:{_AMOUNT}){H}?(?:{_UNIT})(?:{H}?/{H}?(?:{_AMOUNT}){H}?(?:{_UNIT}))+(?![\w/])")
)
SLASH_THEN_AMOUNT = re.compile(rf"(?:{_UNIT}){H}?/{H}?\d")
"""The cheap test that a text may hold alternatives at all."""
PIECE = re.compile(rf"(?P<amount>{_AMOUNT}){H}?(?P<unit>{_UNIT})")
KINDS = {"mg": "mass", "mcg": "mass", "µg": "mass", "μg": "mass", "g": "mass", "mL": "volume"}
KINDS |= {"ml": "volume", "IU": "units", "unit": "units", "units": "units"}
KINDS |= {"kJ": "energy", "kcal": "energy"}

_DOSE_UNIT = r"mg|mcg|µg|μg|micrograms?|milligrams?|g|grams?|IU|units?"
COMBINATION = StartScanned(
    re.compile(
        rf"(?<![\w/.,⁄-])(?<!\d{H})(?P<first>\d{{1,4}}(?:\.\d+)?)/(?P<second>\d{{1,4}}(?:\.\d+)?)"
        rf"{H}?(?P<unit>{_DOSE_UNIT})(?![\w/])"
    )
)
"""``5/160 mg``: a combination product's two strengths in the unit written after them."""
EVERYDAY_WHOLES = frozenset({2, 3, 4, 8})
"""The wholes of the fractions a dose is said in (``1/2 mg``, ``3/4 g``, ``1/8 teaspoon``)."""


def slash_alternatives(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every run of amounts joined by slashes (see the module), one figure each; ``taken``
    are spans already read, which it leaves alone."""
    found: list[Quantity] = combination_strengths(text, taken)
    taken = taken + [(q.start, q.end) for q in found]
    if not SLASH_THEN_AMOUNT.search(text):
        return found
    for match in ALTERNATIVES.finditer(text):
        if match.start() and (
            text[match.start() - 1].isalnum() or text[match.start() - 1] in ".,/"
        ):
            continue
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        pieces = list(PIECE.finditer(text, match.start(), match.end()))
        kinds = {KINDS[piece.group("unit")] for piece in pieces}
        if len(kinds) != 1:
            continue  # "250 mg/5 mL": a concentration
        for piece in pieces:
            unit = units.MEASURE.match(text, piece.end("amount"), piece.end())
            value = float(piece.group("amount").replace(",", ""))
            found.append(
                Quantity(
                    text=piece.group(),
                    start=piece.start(),
                    end=piece.end(),
                    low=value,
                    high=value,
                    unit=units.measure_unit(unit) if unit else piece.group("unit"),
                    kind="measure",
                )
            )
    return found


def combination_strengths(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """``5/160 mg`` read as two strengths, 5 mg and 160 mg (see the module); a comparator or
    an approximation before the pair bounds both (``a maximum of 10/320 mg``: at most 10 mg
    and at most 320 mg)."""
    found: list[Quantity] = []
    for match in COMBINATION.finditer(text):
        first, second = match.group("first"), match.group("second")
        whole = int(second) if "." not in first + second else 0
        if whole in EVERYDAY_WHOLES and int(first) < whole:
            continue  # "1/2 mg": half a milligram
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        unit_match = units.MEASURE.match(text, match.end("second"), match.end())
        unit = units.measure_unit(unit_match) if unit_match else match.group("unit")
        before = text[max(0, match.start() - 40) : match.start()]
        comparator = lexicon.COMPARATOR_BEFORE.search(before)
        approx = bool(lexicon.APPROX_BEFORE.search(before))
        for start, end in (match.span("first"), (match.start("second"), match.end())):
            value = float(first) if start == match.start() else float(second)
            low: float | None = value
            high: float | None = value
            low_inclusive = high_inclusive = True
            if comparator:
                side, inclusive = lexicon.comparator_reading(comparator)
                if side == "low":
                    high, low_inclusive = None, inclusive
                else:
                    low, high_inclusive = None, inclusive
            found.append(
                Quantity(
                    text=text[start:end],
                    start=start,
                    end=end,
                    low=low,
                    high=high,
                    low_inclusive=low_inclusive,
                    high_inclusive=high_inclusive,
                    approx=approx,
                    unit=unit,
                    kind="measure",
                    comparator=lexicon.comparator_words(comparator) if comparator else None,
                )
            )
    return found
