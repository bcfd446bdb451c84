"""A bare number in a table cell takes the unit its headers state.

Tables say a unit once, in a header or the caption: ``Share (%)``, ``MMR (per 100,000 live
births)``, ``Neonatal mortality rate (deaths per 1,000 live births)``. Their cells hold bare
numbers, which alone match no claim in percent or per live births. The unit is the last
parenthesised part (or the unit after the last comma, ``Mean change in HbA1c, %``) of the
cell's column header, then its row header, the row headers'
title, then the table's caption or heading, read as the words after a number would be
(``17`` under "(deaths per 1,000 live births)" reads as "17 deaths per 1,000 live births";
``450`` under "Cost (USD)" as "USD 450").
A header without a parenthesised unit gives none ("2022" or "Women" say whom or when, not
what), unless it ends in a rate ("… events per 10,000 women-years", "Rates per 100,000.",
"Deaths per million") or
is nothing but a plural duration or a unit of measurement ("Hours per 24 hours", "mmHg"),
or opens with the percent sign or word ("%", "Percent", "% with diabetes").
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.claim import CellText
from claimcheck.nlp.header_shapes import header_shape_unit
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity
from claimcheck.nlp.statistic_columns import column_statistic

UNIT_IN_HEADER = re.compile(r"\(([^()]{1,60})\)\s*$|\(([^()]{1,60})\)")
"""A parenthesised part of a header, the last one preferred: ``Share (%)``."""
PLACEHOLDER = "7"  # a number read before the header's unit words, to read them as a unit
UNIT_AFTER_COMMA = re.compile(r",\s*([^,\d\s][^,]{0,11})\s*$")
"""A unit after the header's last comma, as medical journals' tables write it: ``Mean change
in HbA1c, %``, ``Weight change, kg``, ``Age, y``, ``Cost, £`` (read only when the words are a
unit: ``Country, region`` gives none)."""


HEDGED_HEADER = re.compile(
    r"\s*(?:approx(?:\.|imate(?:ly)?\b)|about\b|around\b|roughly\b|estimated\b|est\.|ca\.|c\.(?=\s)|[~≈∼])",
    re.IGNORECASE,
)
"""A column or row header that hedges every cell under it: ``Approx. weight``, ``Estimated
cost``, ``~ Duration``. The cells say their figures once, bare; the header says they are
rounded, as ``about`` before each would."""


def with_header_hedge(quantity: Quantity, cell: CellText) -> Quantity:
    """``quantity`` made approximate when its column or row header hedges it (``5–7.6 kg``
    under ``Approx. weight``); otherwise unchanged."""
    if quantity.approx or not any(HEDGED_HEADER.match(h) for h in (cell.column, cell.row) if h):
        return quantity
    return replace(quantity, approx=True)


def with_header_unit(quantity: Quantity, cell: CellText) -> Quantity:
    """``quantity`` with the unit its cell's headers state, when it has none of its own
    (a bare number, no rate); otherwise ``quantity`` unchanged. A cell under a column of a
    unitless statistic (``P value``, ``HR``, a ``95% CI`` after a ratio) takes none: the row's
    ``Systolic BP, mmHg`` is the unit of the arms' columns, not of the P value beside them."""
    if quantity.unit is not None or quantity.kind != "number" or quantity.per is not None:
        return quantity
    if column_statistic(cell, quantity) is not None:
        return quantity
    for header in (cell.column, cell.row, cell.row_title, cell.heading):
        if header is cell.row_title and BARE_ROW_LABEL.fullmatch(cell.row):
            # "Years after diagnosis" over row labels 1, 5, 10: the title is the unit of the
            # labels (when each row's figures were measured), not of the cells beside them
            continue
        head = DURATION_HEAD.match(header) if header is not cell.heading else None
        if head and (read := read_as_unit(head.group("unit").lower())) is not None:
            # "Days in hospital", "Median years of hot flushes": the cells count that time
            return replace(quantity, unit=read.unit, kind=read.kind, per=read.per)
        stated = _unit_words(header)
        if stated is not None and _after_comma(header, stated):
            read = read_as_unit(stated)
            if read is not None and read.kind in COMMA_UNIT_KINDS:
                return replace(quantity, unit=read.unit, kind=read.kind, per=read.per)
            continue
        read = _bare_unit(header) if header is not cell.heading else None
        if read is None and header is not cell.heading and PERCENT_HEADER.match(header):
            read = read_as_unit("%")  # "%", "Percent", "% with diabetes": a share each
        if read is None and stated is not None:
            read = read_as_unit(stated)
            if read is None and RATE_START.search(stated):
                # a rate capitalised as a title ("Per 100,000 males", "Concussions per
                # 10,000 athlete-exposures"): read as running text
                read = read_as_unit(stated[:1].lower() + stated[1:])
            if read is None and RATE_START.search(stated):  # "Rates per 10,000": the rate
                read = read_as_unit(stated[RATE_START.search(stated).start() :])
        if read is None and header is not cell.heading:
            # "Volunteer hours", "Weight / kg", "Number of patients", "Visits per year"
            read = header_shape_unit(header, read_as_unit)
        if read is not None:
            return replace(quantity, unit=read.unit, kind=read.kind, per=read.per)
    return quantity


BARE_ROW_LABEL = re.compile(r"\s*\d{1,4}(?:[.,]\d+)?\s*")
"""A row label that is a bare number (``1``, ``5``, ``10`` under "Years after diagnosis")."""
PERCENT_HEADER = re.compile(
    r"\s*(?:%|percent(?:age)?|per\s+cent)(?!\s*points?\b)(?:\s|$|[:,.(])", re.IGNORECASE
)
"""A column or row header that opens with the percent sign or word ("%", "Percent",
"% with diabetes", "Percentage of adults"): its bare numbers are shares in percent (not
"percentage points", a difference of shares)."""
BARE_UNIT_WORDS = 5  # words a header that is nothing but a unit has at most


DURATION_HEAD = re.compile(
    r"\s*(?:(?:median|mean|average|avg\.?|total|typical|expected)\s+)?"
    r"(?P<unit>years|months|weeks|days|hours|minutes)"
    r"\s+(?:of|in|on|to|until|with|without|free|spent|alive|lived|lost|gained)\b",
    re.IGNORECASE,
)
"""A header whose head noun is a plural duration said of something: ``Median years of hot
flushes``, ``Days in hospital``, ``Mean hours of sleep``, ``Weeks to response``, ``Years
lived with disability``: its cells count that duration."""


def _bare_unit(header: str) -> Quantity | None:
    """A header that is nothing but a duration or a unit of measurement ("Hours", "Hours per
    24 hours", "Minutes", "mmHg"): its cells are in it. A header of people ("Women", "Cases")
    says whom a count is of, never its unit."""
    words = header.split()
    if not words or len(words) > BARE_UNIT_WORDS or any(c.isdigit() for c in words[0]):
        return None
    # a header is capitalised as a title ("Hours per 24 hours"): read it as running text
    read = read_as_unit(header[:1].lower() + header[1:]) or read_as_unit(header)
    if read is None or read.kind not in ("duration", "measure"):
        return None
    if read.kind == "duration" and not words[0].lower().endswith("s"):
        return None  # "Year", "Week", "Day": a column of dates or visits, not of durations
    return read


COMMA_UNIT_KINDS = frozenset({"percent", "measure", "duration", "money"})
"""What a unit after a header's comma may be: ``Adults, prediabetes`` names a group, so a
count's noun there is no unit."""


def _after_comma(header: str, stated: str) -> bool:
    """Whether ``stated`` came from :data:`UNIT_AFTER_COMMA` or :data:`UNIT_AFTER_IN` (no
    bracket closing the header, no rate, once the years and sources that end it are taken
    off)."""
    header = _without_stamps(header)
    return (
        not header.rstrip().endswith(")")
        and not RATE_IN_HEADER.search(header)
        and (found := UNIT_AFTER_COMMA.search(header) or UNIT_AFTER_IN.search(header)) is not None
        and found.group(1).strip() == stated
    )


def _unit_at_end(header: str) -> str | None:
    """The unit after a header's last comma or ``in`` (:data:`UNIT_AFTER_COMMA`,
    :data:`UNIT_AFTER_IN`) when those words read as one of :data:`COMMA_UNIT_KINDS`: a
    heading ``KEYNOTE-024 (PD-L1 50% or more): median survival, months`` ends in its unit,
    whatever its brackets say earlier."""
    found = UNIT_AFTER_COMMA.search(header) or UNIT_AFTER_IN.search(header)
    if found is None:
        return None
    read = read_as_unit(found.group(1).strip())
    return found.group(1).strip() if read is not None and read.kind in COMMA_UNIT_KINDS else None


TRAILING_STAMP = re.compile(
    r"(?:\s*[,;:.–—-]\s*|\s+(?:in|for|during|from)\s+|\s*\(\s*)"
    r"(?:(?:(?:FY|financial\s+year|year)\s*)?(?:19|20)\d\d(?:\s*(?:[-–/]|to)\s*(?:(?:19|20)?\d\d))?"
    r"|(?:source|data|adapted\s+from)\s*:?\s+[^()\n]{1,60})"
    r"\s*\)?[\s.:;]*$",
    re.IGNORECASE,
)
"""A year, a span of years or a source that ends a heading or caption (``…, 2018-19``, ``…
(2019)``, ``… in 2020/21``, ``… (source: national registry)``): when and where from, never
the unit; taken off before the unit is looked for, so ``Cancers detected per 1,000 women
screened, 2018-19`` still ends in its rate. Several are taken off in turn (``…, 2019 (source:
audit)``)."""
UNIT_AFTER_IN = re.compile(r"\bin\s+([^\s\d,()][^,()]{0,11}?)\s*$", re.IGNORECASE)
"""A unit said with ``in`` at the end of a header: ``Costs in £``, ``Weight in kg``, ``Time
in minutes`` (read only when the words are a unit of :data:`COMMA_UNIT_KINDS`: ``Deaths in
England`` or ``Uptake in women`` give none)."""


def _without_stamps(header: str) -> str:
    """``header`` less the years and sources that end it (:data:`TRAILING_STAMP`)."""
    for _ in range(3):
        stamp = TRAILING_STAMP.search(header)
        if stamp is None or stamp.start() == 0:
            break
        header = header[: stamp.start()]
    return header


def _unit_words(header: str) -> str | None:
    header = _without_stamps(header)
    found = list(UNIT_IN_HEADER.finditer(header))
    if found and not header.rstrip().endswith(")") and not RATE_IN_HEADER.search(header):
        at_end = _unit_at_end(header)  # "… (PD-L1 50% or more): median survival, months"
        if at_end is not None:
            return at_end
    if not found:
        rate = RATE_IN_HEADER.search(header)
        if rate:
            return rate.group(1).strip()
        after_comma = UNIT_AFTER_COMMA.search(header) or UNIT_AFTER_IN.search(header)
        return after_comma.group(1).strip() if after_comma else None
    last = found[-1]
    inside = (last.group(1) or last.group(2)).strip()
    if "," in inside:
        # "(median, months)", "(n, %)": the statistic or count first, the unit last
        tail = inside.rsplit(",", 1)[1].strip()
        read = read_as_unit(tail)
        if read is not None and read.kind in COMMA_UNIT_KINDS:
            return tail
    return inside


_PER_NUMBER = (
    r"\bper\s+(?:\d[\d,]*(?:\.\d+)?|(?:a\s+|one\s+)?(?:hundred|thousand|million|billion)\b)"
)
RATE_START = re.compile(_PER_NUMBER, re.IGNORECASE)
RATE_IN_HEADER = re.compile(
    rf"((?:\b[A-Za-z][\w-]*\s+)?{_PER_NUMBER}(?:\s+[A-Za-z][\w-]*){{0,3}})"
    r"(?:\s*,\s*[A-Za-z][^,\d()]{0,40})*\W*$",
    re.IGNORECASE,
)
"""A rate said at the end of a header, caption or the line above a table without
parentheses: "WHI trial: events per 10,000 women-years", "Rates per 10,000 person-years.";
places or groups after it, each after a comma, say where, not the unit ("Suicide rate per
100,000 people, England and Wales, 2023": its year taken off first)."""


def read_as_unit(words: str) -> Quantity | None:
    """The unit, kind and rate the words give a number written before them ("%",
    "deaths per 1,000 live births"), or after them for a currency ("USD", "£"), if any."""
    for written in (f"{PLACEHOLDER} {words}", f"{words} {PLACEHOLDER}"):
        found = find_quantities(written)
        if len(found) != 1:
            continue
        read = found[0]
        point = (read.low, read.high) == (float(PLACEHOLDER), float(PLACEHOLDER))
        if point and (read.unit is not None or read.per is not None):
            return read
    return None
