"""Amounts offered as alternatives with slashes between them, as labels and nutrition panels
write them: ``50 mg/1000 mg tablets`` (a combination tablet's two strengths), ``5 mg/10
mg/20 mg`` (the strengths a drug comes in), ``1046kJ/250kcal`` (one energy in two units).

Each amount is a figure of its own in its own unit. A slash between amounts is read so only
when every amount carries a unit of the same kind (masses, volumes, units) or the pair is an
energy in kilojoules and kilocalories; a mass over a volume (``250 mg/5 mL``) is a
concentration, one figure (see ``units.COMPOUND_UNIT``).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities import units
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

_AMOUNT = r"\d+(?:\.\d+)?"
_UNIT = r"mg|mcg|µg|μg|g|mL|ml|IU|units?|kJ|kcal"
ALTERNATIVES = re.compile(
    rf"(?:{_AMOUNT}){H}?(?:{_UNIT})(?:{H}?/{H}?(?:{_AMOUNT}){H}?(?:{_UNIT}))+(?![\w/])"
)
SLASH_THEN_AMOUNT = re.compile(rf"(?:{_UNIT}){H}?/{H}?\d")
"""The cheap test that a text may hold alternatives at all."""
PIECE = re.compile(rf"(?P<amount>{_AMOUNT}){H}?(?P<unit>{_UNIT})")
KINDS = {"mg": "mass", "mcg": "mass", "µg": "mass", "μg": "mass", "g": "mass", "mL": "volume"}
KINDS |= {"ml": "volume", "IU": "units", "unit": "units", "units": "units"}
KINDS |= {"kJ": "energy", "kcal": "energy"}


def slash_alternatives(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every run of amounts joined by slashes (see the module), one figure each; ``taken``
    are spans already read, which it leaves alone."""
    found: list[Quantity] = []
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
            value = float(piece.group("amount"))
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
