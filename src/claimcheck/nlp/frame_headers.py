"""Table headers whose period bound only frames the figures in their cells.

A board report's table names its rows and columns by the bound that sorts what the cells
count: ``| Waiting over 52 weeks | 1,244 | 1,190 |``, ``| % within 18 weeks | 60.2% |``,
``| Ambulance handovers over 60 minutes | 0 | 318 |``, a column ``Waiting 6+ weeks``. The
figures are the cells' (1,244 patients waited more than 52 weeks); the 52 weeks is the
measure's name, as ``62-day performance`` is (:mod:`~claimcheck.nlp.quantities.standard_names`),
and read as a figure it was a false CC102 on every such row.

A header frames its cells when:

- it is a row header (a data row's first cell) or a column header (a cell of the table's
  first row past the first column), and
- a cell of its row (or of its column, below it) holds a digit: there are figures to frame,
  and
- the figure in it is a bound on a period (``within 18 weeks``, ``over 60 minutes``, ``6+
  weeks``, ``under 4 hours``): a duration with an open side (:func:`frames_cells`). A point
  period (``New patient consultation (45 minutes)``), a count (``up to 7 aligners``) and a
  dose (``0.5 mg``) are what the row or column is, figures of their own.

A device's accuracy table frames its cells by measure as well (s57x; `frames_as_a_band`): a
column header holding a tolerance, ``Within ±15 mg/dL or ±15%``, and a row header that is a
band of a measured level and nothing else, ``< 70 mg/dL``, ``70–180 mg/dL``, ``> 180 mg/dL``, name
the share of readings in each cell, never a claim of their own. A point in a header (a dose,
``0.5 mg``) stays a figure, as above.

A dosing table sorts its rows by the patient's kidney function, weight or the like (s58x):
under a first column titled by such a measure (:data:`STRATIFIER_TITLE`: ``Creatinine
clearance (mL/min)``, ``CrCl (mL/min)``, ``eGFR``, ``Body weight (kg)``), a row header that
is a band, ``≥ 50``, ``30–49``, ``< 10 or haemodialysis``, names whom the row's doses are for
(:func:`stratifier_row_headers`), a label as an age row header is, and so does a course in
brackets after a row header's vaccine (``MenB (2 doses)``, :func:`course_row_labels`); a
point there (``| 60 kg | 450 mg |``) stays what the row is. A column header's bound said
before the period (``Over 52 weeks`` over a column of counts) frames its cells as ``Waiting
over 52 weeks`` does.

Decided: under a first column titled ``Standard`` (or ``Target``, ``National standard``) a row
header states the standard itself, and its bound is the threshold the standard sets: a figure
(``| A&E: seen within 4 hours | 78% | 71.4% |`` under ``Standard``), as a threshold stated as
an amount is (ANNOTATION.md). The same bound in prose is a figure everywhere (``Patients
waiting over 52 weeks fell to 947``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.nlp.quantity import Quantity
from claimcheck.nlp.tables import table_rows

STANDARD_TITLE = re.compile(
    r"\s*(?:(?:national|constitutional|operational|NHS)\s+)?(?:standards?|targets?)\s*",
    re.IGNORECASE,
)
"""A first column titled by the standards its rows state: ``Standard``, ``Targets``,
``National standard``."""
PERIOD_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
"""The units a framing bound is in."""


def framing_headers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each table header that may frame its cells (see the module): row
    headers of rows with a digit in another cell, column headers of columns with a digit
    below, none under a first column titled as a standard (:data:`STANDARD_TITLE`)."""
    table: list[list[tuple[int, int]]] = []
    for cells, first in table_rows(text):
        if first and table:
            yield from _headers_of(text, table)
            table = []
        table.append(cells)
    if table:
        yield from _headers_of(text, table)


def _headers_of(text: str, table: list[list[tuple[int, int]]]) -> Iterator[tuple[int, int]]:
    """The framing candidates of one table: its first row's titles and its rows' headers."""
    titles, rows = table[0], table[1:]
    if not rows:
        return
    for index, title in enumerate(titles[1:], start=1):
        if any(index < len(row) and _has_digit(text, row[index]) for row in rows):
            yield title
    if titles and STANDARD_TITLE.fullmatch(text, *titles[0]):
        return  # "| Standard | Target |": each row header states a standard's threshold
    for row in rows:
        if len(row) > 1 and any(_has_digit(text, cell) for cell in row[1:]):
            yield row[0]


STRATIFIER_TITLE = re.compile(
    r"\s*(?:(?:estimated|measured)\s+)?(?:creatinine\s+clearance|CrCl|e?GFR|CLcr"
    r"|(?:body\s+)?weight|BMI|body\s+surface\s+area|BSA)(?:\s*\([^()]*\))?\s*",
    re.IGNORECASE,
)
"""A first column titled by what a dosing table sorts its patients by."""
BAND_HEADER = re.compile(
    r"\s*(?:(?:[<>≤≥]|&[lg]t;|&[lg]e;)\s*\d[\d.,]*|\d[\d.,]*\s*(?:[-–—]|to)\s*\d[\d.,]*"
    r"|\d[\d.,]*\s*(?:\+|or\s+(?:more|less|above|below|over|under)))"
    r"(?:\s*(?:mL/min(?:/1\.73\s*m²)?|kg|kg/m²|m²))?(?:\s+or\s+[A-Za-z][\w -]*)?\s*"
)
"""A row header that is a band and nothing more (a word after ``or`` may name a state:
``< 10 or haemodialysis``)."""


def stratifier_row_headers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each band row header (:data:`BAND_HEADER`) under a first column titled
    by a measure patients are sorted by (:data:`STRATIFIER_TITLE`), in a row with a digit in
    another cell: the row's label (see the module)."""
    titled = False
    for cells, first in table_rows(text):
        if first:
            titled = bool(cells) and bool(STRATIFIER_TITLE.fullmatch(text, *cells[0]))
            continue
        if (
            titled
            and len(cells) > 1
            and BAND_HEADER.fullmatch(text, *cells[0])
            and any(_has_digit(text, cell) for cell in cells[1:])
        ):
            yield cells[0]


COURSE_IN_HEADER = re.compile(
    r"[A-Za-z0-9][^()\u2029]*?"
    r"(?P<course>\(\s*\d{1,2}\s+(?i:doses?|injections?|jabs?|shots?)\s*\))\s*"
)
"""A row header naming a vaccine or a medicine and, in brackets, the course its row is of
(``| MenB (2 doses) | 12 months | 90.6 |``): the bracket names which course, a label."""


def course_row_labels(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the bracketed course (:data:`COURSE_IN_HEADER`) of each row header in
    a row with a digit in another cell: a coverage table's ``MMR (2 doses)`` names the row,
    as ``MMR (1st dose)`` does (s58x)."""
    for cells, first in table_rows(text):
        if first or len(cells) < 2:
            continue
        found = COURSE_IN_HEADER.fullmatch(text, *cells[0])
        if found and any(_has_digit(text, cell) for cell in cells[1:]):
            yield found.span("course")


_BOUND_BEFORE = re.compile(r"(?i:over|under|within|more\s+than|less\s+than|at\s+least)\s*\Z")
"""A bound said before a period in a header (``Over 52 weeks``)."""


def _has_digit(text: str, cell: tuple[int, int]) -> bool:
    return any(char.isdigit() for char in text[cell[0] : cell[1]])


def frames_cells(text: str, quantity: Quantity, headers: list[tuple[int, int]]) -> bool:
    """Whether ``quantity`` is a bound on a period inside one of ``headers``
    (:func:`framing_headers`): the frame of the cells, no figure of its own."""
    if quantity.unit not in PERIOD_UNITS:
        return False
    inside = [(s, e) for s, e in headers if s <= quantity.start and quantity.end <= e]
    if quantity.low is not None and quantity.high is not None:
        # a point or a range is what the row is (a 45-minute consultation), unless the
        # header's bound stands before it ("Over 52 weeks", s58x)
        return quantity.low == quantity.high and any(
            _BOUND_BEFORE.search(text, start, quantity.start) for start, _ in inside
        )
    return bool(inside)


def frames_as_a_band(text: str, quantity: Quantity, headers: list[tuple[int, int]]) -> bool:
    """Whether ``quantity`` names a band of a measure that frames the cells of its header
    (see the module): a ``±`` tolerance inside a framing header, or a measured bound or range
    that fills a framing header cell whole. A point (``0.5 mg``) is what its row is, a figure."""
    for start, end in headers:
        if not (start <= quantity.start and quantity.end <= end):
            continue
        if (
            "±" in text[quantity.start : quantity.end]
            or text[quantity.start - 1 : quantity.start] == "±"
        ):
            return True  # "Within ±15 mg/dL or ±15%"
        whole = text[start:end].strip() == text[quantity.start : quantity.end].strip()
        return (
            whole
            and quantity.kind == "measure"
            and quantity.low != quantity.high
            and quantity.unit not in DOSE_UNITS
        )
    return False


DOSE_UNITS = frozenset({"mg", "g", "mcg", "µg", "mL", "IU", "units", "unit"})
"""Units a dose is given in: a dose band heading a row (``| 1–2 mg | 19% |``) is the arm's
dose, a figure as the point ``0.5 mg`` is; a band of a level measured (``70–180 mg/dL``) is
how the cells are sorted."""
