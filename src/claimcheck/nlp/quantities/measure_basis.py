"""What an amount is per when it is one unit of a product, not a period: ``10^9 CFU per
capsule``, ``2 billion CFU per gummy``, ``40 micrograms of antigen per dose``, ``5 g of
sugar per serving``. Supplement and vaccine labels state strength this way; without the
basis the figure read as a bare amount (``CFU``), and an amount per capsule could be checked
against one per day. Only the product's units listed here are bases: ``per kg`` is a dose
per body weight and ``per 100,000`` a population, both read elsewhere."""

from __future__ import annotations

import re

H = r"[ \t\u00a0\u202f\u2009]"
BASES = (
    "capsule|tablet|pill|caplet|softgel|gummy|lozenge|sachet|dose|serving|portion|scoop"
    "|vial|ampoule|injection|puff|spray|drop|patch|pack|packet|bottle|can|cup|glass|bar"
    "|meal|teaspoon|tablespoon|pouch|stick|pastille|chew|shot|jab"
    # a course given in parts: radiotherapy's fractions, a drug's infusions or cycles
    "|fraction|infusion|cycle|application"
)
MEASURE_BASIS = re.compile(
    rf"(?:{H}+(?:per|a|an|each){H}+|{H}*/{H}*(?=(?:fraction|dose|infusion)\b))"
    rf"(?P<basis>{BASES})\b(?![-'’])",
    re.I,
)
"""``per capsule``, ``a serving``, ``each dose``, ``per fraction`` after an amount, and a
slash before a dose, fraction or infusion (``1.8 Gy/fraction``); singular only: ``per two
capsules`` says how many, and a plural is no basis."""


def measure_basis(text: str, at: int) -> str | None:
    """The product unit an amount is per when one is named right at ``at``, lower case, or
    None."""
    found = MEASURE_BASIS.match(text, at)
    return found.group("basis").lower() if found else None
