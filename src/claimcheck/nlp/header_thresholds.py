"""A threshold in brackets in a table header names the outcome its cells count.

Trial tables label a row or a column with the outcome and, in brackets, the threshold that
defines it: ``Responders (50% fewer migraine days)``, ``PASI 75 (≥75% improvement)``,
``Weight loss (at least 10%)``. The percentage there is no figure of its own (no claim
backs it, and none need: the cells' claims state it) and no relative effect that wants an
absolute figure beside it: the cells of the row are the absolute figures.
"""

from __future__ import annotations

import re

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantity import Quantity

OPENS_THE_BRACKET = re.compile(
    r"[A-Za-z][^()\n]*\(\s*(?:(?:≥|>=|>|at\s+least|more\s+than|over|a|an)\s*)?\Z", re.IGNORECASE
)
"""A label's words, then the bracket the threshold opens (``Responders (``, ``PASI (≥``)."""
OUTCOME_AFTER = re.compile(
    r"\s*(?:or\s+(?:more|greater|higher|above)\s*)?(?:[^()\n]{0,40}?\b(?:fewer|less|lower"
    r"|reduction|reduced|decrease|decline|drop|improvement|improved|relief|increase|gain"
    r"|loss|response|change)\b[^()\n]*)?\)",
    re.IGNORECASE,
)
"""What closes the bracket: the outcome the threshold is of, or nothing (``(at least 10%)``)."""


def defines_a_header_outcome(claim: Claim, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a percentage in brackets in a table header (a row's or a
    column's, not a cell under both) after the label's words, defining the outcome the cells
    count: ``Responders (50% fewer migraine days)``, ``(≥75% improvement)``."""
    if quantity.kind != "percent":
        return False
    cell, _names = claim.cell_of(quantity)
    if cell is None or (cell.row and cell.column):
        return False
    start, end = quantity.start - claim.start, quantity.end - claim.start
    opened = OPENS_THE_BRACKET.search(claim.text, max(0, start - 80), start)
    if opened is None:
        return False
    closed = OUTCOME_AFTER.match(claim.text, end)
    return closed is not None and (quantity.comparator is not None or closed.group().strip() != ")")
