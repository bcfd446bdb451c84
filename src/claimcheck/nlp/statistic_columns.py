"""A table column whose title names a statistic that has no unit: ``P value``, ``HR``,
``Odds ratio (95% CI)``, and a ``95% CI`` column right after a ratio's column.

Journals' results tables give the unit once per row (``Systolic BP, mmHg``, ``Weight change,
kg``, ``Developed diabetes, %``): it is the unit of the arms' columns, not of the P value or
the ratio that compares them. Such a column's cells are read as that statistic, as ``P <
0.001`` and ``HR 0.82`` read in prose, and never take the row's (nor the caption's) unit: a
``0.04`` under ``P value`` in the row ``Developed diabetes, %`` is P = 0.04, not 0.04%.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.claim import CellText
from claimcheck.nlp.quantities.finder import VITAL_RATE_FROM
from claimcheck.nlp.quantity import Quantity

P_VALUE_TITLE = re.compile(r"^\s*(?:P|p)(?:[- ]?values?)?\s*$")
"""A column titled ``P``, ``P value``, ``p-value``: its cells are P values."""
_INTERVAL = r"(?:\d{2}(?:\.\d+)?\s*%\s*)?(?:CI|CrI|confidence\s+interval|credible\s+interval)"
RATIO_TITLE = re.compile(
    r"^\s*(?:(?:adjusted|unadjusted|crude|pooled|multivariable)\s+)?"
    r"(?P<stat>a?HR|a?OR|a?RR|IRR|hazard\s+ratio|odds\s+ratio|risk\s+ratio|relative\s+risk"
    r"|incidence\s+rate\s+ratio|rate\s+ratio)s?"
    rf"(?:\s*\(\s*{_INTERVAL}\s*\)|\s*,?\s*{_INTERVAL})?\s*$",
    re.IGNORECASE,
)
"""A column titled with a ratio, alone or with its interval: ``HR``, ``Hazard ratio``,
``aOR (95% CI)``, ``Relative risk, 95% CI``. The abbreviations in capitals only (``or``
is a word)."""
INTERVAL_TITLE = re.compile(rf"^\s*{_INTERVAL}\s*$", re.IGNORECASE)
"""A column titled with an interval alone, ``95% CI``: the interval of the column before it."""

_RATIO_NAMES = {
    "hazard": "HR", "odds": "OR", "risk": "RR", "relative": "RR", "rate": "RR",
    "incidence": "IRR",
}  # fmt: skip


def _ratio_of(title: str) -> str | None:
    """The statistic a ratio column's title names (``HR``, ``OR``, ``RR``, ``IRR``)."""
    found = RATIO_TITLE.match(title)
    if found is None:
        return None
    name = found.group("stat")
    if name.islower() and len(name) <= 3:
        return None  # "or", "hr": words or hours, not a ratio's abbreviation
    if " " in name or "\t" in name:
        return _RATIO_NAMES[name.split()[0].lower()]
    return name.upper().removeprefix("A") if name[0] in "aA" and len(name) == 3 else name


def _value(quantity: Quantity) -> float:
    return quantity.high if quantity.high is not None else quantity.low or 0.0


def column_statistic(cell: CellText, quantity: Quantity) -> str | None:
    """The unitless statistic ``quantity``'s column gives it: ``P``, a ratio (``HR``, ``OR``,
    ``RR``, ``IRR``), ``CI`` for a bare interval column after a ratio's; None otherwise.
    ``HR`` and ``RR`` from a heart or breathing rate up stay the vital signs they also
    abbreviate (as in prose: ``His HR was 96``)."""
    if P_VALUE_TITLE.match(cell.column):
        return "P" if _value(quantity) <= 1 else None
    ratio = _ratio_of(cell.column)
    if ratio is not None:
        title = RATIO_TITLE.match(cell.column).group("stat")  # type: ignore[union-attr]
        limit = VITAL_RATE_FROM.get(title.upper()) if len(title) <= 3 else None
        return ratio if limit is None or _value(quantity) < limit else None
    if INTERVAL_TITLE.match(cell.column) and _ratio_of(cell.column_before) is not None:
        return "CI"
    return None


def as_column_statistic(quantity: Quantity, cell: CellText) -> Quantity:
    """``<0.001`` or ``0.03`` under a ``P value`` column: a statistic P, as ``P < 0.001``
    reads in prose; ``0.82`` under ``HR (95% CI)`` a hazard ratio. A figure with a unit of
    its own is left as it is, and so is a ``95% CI`` column's interval (it stays the bare
    interval it is; only the row's unit is kept off it, by :mod:`cell_units`)."""
    if quantity.unit is not None or quantity.statistic is not None:
        return quantity
    stat = column_statistic(cell, quantity)
    if stat is None or stat == "CI":
        return quantity
    return replace(quantity, statistic=stat, kind="statistic")
