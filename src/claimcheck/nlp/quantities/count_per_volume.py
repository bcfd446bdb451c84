"""A count per volume or per body weight: ``15 million sperm per mL of semen``, ``5 million
spores per litre``, ``2 million cells per kg``. Lab reports and cell-therapy doses give a
concentration this way; the period rules read only time and populations after a count, so
the volume was dropped and a concentration read as a total."""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

PER_VOLUME = re.compile(
    rf"(?:{H}+(?:per|in{H}+each|in{H}+every)|{H}*/){H}*(?P<vol>(?-i:mL|ml|L|dL|dl|µL|μL|uL)"
    rf"|(?:milli|micro|deci)?lit(?:re|er)s?|mm3|mm³|cubic{H}+millimet(?:re|er)s?|kg|kilogram"
    r"|ejaculate)(?![\w-])",
    re.IGNORECASE,
)
SPELLINGS = {
    "ml": "mL", "millilitre": "mL", "milliliter": "mL", "l": "L", "litre": "L", "liter": "L",
    "dl": "dL", "decilitre": "dL", "deciliter": "dL", "µl": "µL", "μl": "µL", "ul": "µL",
    "microlitre": "µL", "microliter": "µL", "mm³": "mm3", "kilogram": "kg",
}  # fmt: skip


def count_per_volume(text: str, end: int) -> tuple[str, int] | None:
    """The volume (or body weight) a count right before ``end`` is per, in its short
    spelling, with where it ends; None when none is said."""
    found = PER_VOLUME.match(text, end)
    if found is None:
        return None
    said = " ".join(found.group("vol").split())
    if said.lower().startswith("cubic"):
        return "mm3", found.end()
    return SPELLINGS.get(said.lower(), SPELLINGS.get(said, said)), found.end()
