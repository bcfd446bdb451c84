"""A table header that names the statistic its cells give: ``Efficacy, % (95% CI)``,
``Median (IQR) wait, days``, ``Mean (SD), kg``.

Such a bracket is no unit: the cells' unit is the header's other one (``%``, ``days``,
``kg``), and the cell's own bracket is the named spread (``91 (84–95)``: 91% with its 95% CI;
``12 (7–20)``: 12 days, IQR 7–20; ``81.2 (12.5)``: 81.2 kg, SD 12.5, one figure, never a
second one to verify). Read before the header's unit, so ``(95% CI)`` is not read as
"95 percent" nor its bracket taken for the unit bracket.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.claim import CellText
from claimcheck.nlp.quantity import Quantity, Spread

STATISTIC_BRACKET = re.compile(
    r"\s*\(\s*(?:(?P<level>\d{2}(?:\.\d+)?)\s*%\s*)?"
    r"(?P<stat>CI|CrI|UI|confidence interval|IQR|interquartile range|SD|SEM?|"
    r"standard deviation|standard error|range|min(?:imum)?\s*[-–,]\s*max(?:imum)?)\s*\)",
    re.IGNORECASE,
)
"""A bracket naming a statistic (``(95% CI)``, ``(IQR)``, ``(SD)``, ``(range)``)."""

_KINDS = {
    "ci": "CI", "cri": "CI", "ui": "CI", "confidence interval": "CI",
    "iqr": "IQR", "interquartile range": "IQR", "sd": "SD", "standard deviation": "SD",
    "se": "SE", "sem": "SEM", "standard error": "SE", "range": "range",
}  # fmt: skip
DISPERSIONS = frozenset({"SD", "SE", "SEM"})


def header_statistic(cell: CellText) -> str | None:
    """The spread kind the cell's column (else row) header names, if any."""
    for header in (cell.column, cell.row):
        found = STATISTIC_BRACKET.search(header)
        if found:
            name = re.sub(r"\s+", " ", found.group("stat").lower())
            return _KINDS.get(name, "range")
    return None


def without_statistic(cell: CellText) -> CellText:
    """``cell`` with the statistic brackets taken out of its column and row headers, so the
    unit they also state is read (``Efficacy, % (95% CI)`` reads as ``Efficacy, %``)."""
    column = STATISTIC_BRACKET.sub("", cell.column).rstrip(" ,")
    row = STATISTIC_BRACKET.sub("", cell.row).rstrip(" ,")
    if (column, row) == (cell.column, cell.row):
        return cell
    return replace(cell, column=column, row=row)


def _bracket_after(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` alone fills a bracket right after ``first``: ``81.2 (12.5)``."""
    between = text[first.end : second.start]
    return between.strip(" \t\u00a0") == "(" and text[second.end : second.end + 1] == ")"


def with_header_statistics(
    quantities: tuple[Quantity, ...], cells: tuple[CellText, ...], text: str
) -> tuple[tuple[Quantity, ...], tuple[CellText, ...]]:
    """The cell figures with the spread their header names: an interval in brackets takes the
    header's kind (IQR, range), a lone number in brackets after a figure under ``(SD)`` is its
    dispersion (the two become one figure)."""
    out: list[Quantity] = []
    kept: list[CellText] = []
    skip = False
    for index, (quantity, cell) in enumerate(zip(quantities, cells, strict=True)):
        if skip:
            skip = False
            continue
        kind = header_statistic(cell)
        if kind is None:
            out.append(quantity)
            kept.append(cell)
            continue
        spread = quantity.spread
        if spread is not None and spread.low is not None and kind not in DISPERSIONS:
            quantity = replace(quantity, spread=replace(spread, kind=kind))
        elif spread is None and kind in DISPERSIONS and index + 1 < len(quantities):
            after = quantities[index + 1]
            if _bracket_after(text, quantity, after) and after.low == after.high:
                quantity = replace(
                    quantity,
                    spread=Spread(kind, value=after.low),
                    text=text[quantity.start : after.end + 1],
                    end=after.end + 1,
                )
                skip = True
        out.append(quantity)
        kept.append(cell)
    return tuple(out), tuple(kept)
