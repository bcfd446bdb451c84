"""A price's basis written as two words, a modifier then the thing priced: ``£9.90 per
prescription item``, ``$12 per clinic visit``, ``£25 per dental check-up``. The basis was
cut after its first word (``GBP/prescription``, ``USD/clinic``), naming the wrong thing; the
second word is taken only when it is itself a thing priced per (:data:`BASIS_HEADS`), so
``£150 per scan for adults`` and ``$85 per session is`` keep their one word."""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

BASIS_HEADS = (
    "item|items|visit|appointment|session|consultation|check-up|checkup|test|scan|treatment"
    "|course|cycle|procedure|night|stay|dose|injection|prescription|attendance|admission"
    "|journey|trip|tooth|implant|filling|crown|lesson|class|day|kit|pack|unit"
)
HEAD_AFTER = re.compile(rf"{H}+(?P<head>(?i:{BASIS_HEADS}))(?![\w'’-]|-(?!up\b))")


def basis_head(text: str, end: int) -> tuple[str, int] | None:
    """The thing priced when the one-word basis ending at ``end`` is its modifier (``clinic``
    before ``visit``), with where it ends; None when the basis stands alone."""
    found = HEAD_AFTER.match(text, end)
    if found is None:
        return None
    return found.group("head").lower(), found.end()
