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
    "|fraction|fx|infusion|cycle|application"
)
WRITTEN_FOR = {"fx": "fraction"}
"""Bases written short: ``fx`` is radiotherapy's fraction (``2 Gy/fx``, ``1.8 Gy per fx``)."""
MEASURE_BASIS = re.compile(
    rf"(?:{H}+(?:per|a|an|each){H}+|{H}*/{H}*(?=(?:{BASES})\b))"
    rf"(?P<basis>{BASES})\b(?![-'’])",
    re.I,
)
"""``per capsule``, ``a serving``, ``each dose``, ``per fraction`` after an amount, and a
slash before one (``1.8 Gy/fraction``, ``60 mg/m²/cycle``, ``5 g/serving``); singular only:
``per two capsules`` says how many, and a plural is no basis."""


def measure_basis(text: str, at: int) -> str | None:
    """The product unit an amount is per when one is named right at ``at``, lower case, or
    None."""
    found = MEASURE_BASIS.match(text, at)
    if found is None:
        return None
    basis = found.group("basis").lower()
    return WRITTEN_FOR.get(basis, basis)


PART_WORDS = "fraction|fx|infusion|cycle|application|session|dose|injection"
"""The parts a course is counted in, as an alternation (``20 fractions of 3 Gy``); the
verdicts' :data:`~claimcheck.verify.matching.COURSE_PARTS` are the parts a claim is per."""
PARTS_OF_BEFORE = re.compile(
    rf"\b(?P<part>{PART_WORDS})s{H}+(?:of|at|each{H}+of){H}+(?:about{H}+|up{H}+to{H}+)?\Z",
    re.I,
)
EACH_AFTER = re.compile(rf"{H}+each\b(?={H}*(?:[,.;:)\]]|\Z|\n|and\b|or\b))", re.I)
PLURAL_PART_BEFORE = re.compile(rf"\b(?P<part>{PART_WORDS})s\b(?![^.;]*\b(?:{PART_WORDS})s\b)")


def part_of_course(text: str, start: int, end: int) -> str | None:
    """The part of a course an amount is given in when the sentence counts the parts, lower
    case, or None: ``20 fractions of 3 Gy`` and ``five infusions of 200 mg`` say the amount
    of one part (so does ``in four infusions, 250 mg each``); the total said with them (``60
    Gy in 20 fractions``) is the whole course's."""
    found = PARTS_OF_BEFORE.search(text, max(0, start - 48), start)
    if found is None and EACH_AFTER.match(text, end):
        found = PLURAL_PART_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return None
    part = found.group("part").lower()
    return WRITTEN_FOR.get(part, part)
