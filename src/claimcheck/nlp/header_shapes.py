"""Units a table's header states without brackets or a comma, as spreadsheets and CMS tables
write them: ``Volunteer hours``, ``Weight / kg``, ``Duration [days]``, ``Number of
patients``, ``Visits per year``.

:mod:`cell_units` reads a header's unit from its last bracket (``Cost (€)``), after its last
comma (``Weight change, kg``) or ``in`` (``Cost in euros``), from a header that is nothing but a
unit (``Hours``) or one that opens with a plural duration said of something (``Days in
hospital``). These shapes were left bare: each cell under them was a number with no unit, so
no claim in hours, kilograms or patients matched it. Read here, for column and row headers
only (a caption or heading says what the table is about, not each cell's unit):

- a unit in square brackets or after a slash at the end: ``Duration [days]``, ``Weight /
  kg``, ``Dose/mg``;
- a plural unit of time as the header's last word after other words: ``Volunteer hours``,
  ``Sleep hours``, ``Travel minutes`` (a header with a digit, ``Last 12 months``, says when);
- ``Number of`` or ``No. of`` and what is counted: ``Number of patients`` (``Patients``
  alone names whom a count is of, as decided before, and stays no unit);
- a counted noun per a period: ``Visits per year``, ``Steps per day``, ``Doses/day``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimcheck.nlp.quantity import Quantity

BRACKETED = re.compile(r"\[\s*([^\[\]\d][^\[\]]{0,15}?)\s*\]\s*$")
AFTER_SLASH = re.compile(r"[A-Za-z)]\s*/\s*([^\s/\d][^/]{0,11}?)\s*$")
TIME_HEAD = re.compile(
    r"^[A-Za-z][A-Za-z' -]*\s(hours|minutes|days|weeks|months|years)\s*$", re.IGNORECASE
)
NUMBER_OF = re.compile(
    r"^\s*(?:total\s+)?(?:number|no\.?|count|#)\s+of\s+(.{2,40}?)\s*$", re.IGNORECASE
)
PER_PERIOD = re.compile(
    r"^\s*([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*(?:\s+per\s+|/)\s*"
    r"(day|week|month|year|night|hour|visit|session)\s*$",
    re.IGNORECASE,
)
SHAPE_KINDS = frozenset({"percent", "measure", "duration", "money"})


def header_shape_unit(
    header: str, read_as_unit: Callable[[str], Quantity | None]
) -> Quantity | None:
    """The unit ``header`` states in one of the module's shapes, read by ``read_as_unit``
    (:func:`cell_units.read_as_unit`), or None."""
    if any(char.isdigit() for char in header):
        return None
    for shape in (BRACKETED, AFTER_SLASH):
        if (found := shape.search(header)) is not None:
            read = read_as_unit(found.group(1))
            if read is not None and read.kind in SHAPE_KINDS:
                return read
    if (found := TIME_HEAD.match(header)) is not None:
        return read_as_unit(found.group(1).lower())
    if (found := NUMBER_OF.match(header)) is not None:
        read = read_as_unit(found.group(1).lower())
        if read is not None and read.kind in ("count", "rate"):
            return read
    if (found := PER_PERIOD.match(header)) is not None:
        read = read_as_unit(f"{found.group(1).lower()} per {found.group(2).lower()}")
        if read is not None and read.per is not None:
            return read
    return None
