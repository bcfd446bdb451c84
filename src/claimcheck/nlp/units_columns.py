"""A table's ``Units`` column gives its row's bare figures their unit.

Pathology reference-range tables write each test's unit once, in a column of its own:
``| Test | Units | Male | Female |`` over ``| ALT | U/L | < 50 | < 35 |`` and ``| White cell
count | ×10⁹/L | 4.0–11.0 | 4.0–11.0 |``. The figures are bare, so without the column they
matched no claim in ``U/L``, and the column's ``×10⁹/L`` was read as a multiple of its own
(s57x). A bare figure right of the column takes the unit the column's words give a number
(read as the lab results' reader reads a unit after a result,
:func:`claimcheck.nlp.reference_ranges._unit_read_at`), and a count per volume its power of
ten: ``4.0–11.0`` under ``×10⁹/L`` is 4.0×10⁹ to 1.1×10¹⁰ per litre, as the same range written
inline is (README, "Session 57 forms": the value of a count in units of 10⁹/L is per litre,
the annotation guide's scale rule). Only units of a lab result are taken (per volume, mole or
mass, ``fL``, ``pg``); a row under an empty unit cell takes the unit of the row above.
"""

from __future__ import annotations

from claimcheck.nlp.quantity import Quantity
from claimcheck.nlp.reference_ranges import _in_unit, _unit_read_at
from claimcheck.nlp.tables import units_column_cells

GATE = ("Units", "units", "Unit", "UNITS")
"""A text holds a Units column only where it holds the word (most pages have none)."""


def with_units_columns(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare figure in a cell right of a ``Units`` column in its column's
    unit (see the module)."""
    if not any(word in text for word in GATE):
        return found
    units: dict[tuple[int, int], Quantity | None] = {}
    cell_of: list[tuple[tuple[int, int], tuple[int, int]]] = list(units_column_cells(text))
    if not cell_of:
        return found
    read = []
    for quantity in found:
        unit_cell = next(
            (u for (s, e), u in cell_of if s <= quantity.start and quantity.end <= e), None
        )
        if unit_cell is None or not _bare(quantity):
            read.append(quantity)
            continue
        if unit_cell not in units:
            units[unit_cell] = _unit_read_at(text, unit_cell[0])
        unit = units[unit_cell]
        read.append(quantity if unit is None else _in_unit(quantity, unit, unit.low or 1.0))
    return read


def _bare(quantity: Quantity) -> bool:
    """A figure with no unit, rate or statistic of its own."""
    return (
        quantity.unit is None
        and quantity.per is None
        and quantity.statistic is None
        and quantity.kind == "number"
    )
