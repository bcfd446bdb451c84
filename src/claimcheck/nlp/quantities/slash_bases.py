"""A price per an item or a unit of time written after a slash: ``$25/visit``, ``£5/bag``,
``$2/pill``, ``£1/min``.

Price lists and insurance tables write a copay or a fee per what it buys with a slash, as
they write a period (``€3/day``, ``£60/hr`` were read already). Before a noun of what is bought
or a minute the slash was left unread and the price lost its basis: ``$25/visit`` was a bare
$25, which a claim of $25 a visit could not meet. Read here as ``per`` is (``$25 per visit``):
the currency per that noun. Only a lower-case word of letters right after the slash, never a
number (``$5/10`` is no basis) or a second price.
"""

from __future__ import annotations

import re

SLASH_BASIS = re.compile(r"[ \t\u00a0]*/[ \t\u00a0]*(?P<basis>[a-z]{2,15})\b(?![/-])")
SHORT_BASES = {
    "min": "minute", "mins": "minute", "mo": "month", "wk": "week", "yr": "year", "ea": "item",
    "pc": "item", "pcs": "item",
}  # fmt: skip
"""Short forms written out (``£1/min`` is per minute, ``€12/ea`` per item as ``each`` is)."""


def slash_basis(text: str, end: int) -> tuple[str, int] | None:
    """(what a price ending at ``end`` is per, where that ends) for ``/visit``, ``/min``."""
    found = SLASH_BASIS.match(text, end)
    if found is None:
        return None
    basis = found.group("basis")
    return SHORT_BASES.get(basis, basis), found.end()
