"""A duration said in two units, the larger first, is one figure: ``2 h 15 min``, ``9 hours 30
minutes``, ``1 year and 4 months``, ``3 years 6 months old``, ``2 weeks 3 days``.

Read alone, each part is a figure of its own, so a page saying a labour lasted "9 hours 30
minutes" would be checked as 9 hours (and 30 minutes), against a source's 9.5 hours, and both
would be wrong. The rule, as clocks and ages are written (ISO 8601 durations, ``P3Y6M``, say the
same thing in parts): a duration followed, after nothing but blanks or ``and``, by a duration in
the next smaller unit of a whole-number step (years and months, weeks and days, days and hours,
hours and minutes, minutes and seconds), whose value is less than one of the larger unit, is one
duration in the smaller unit (``9 hours 30 minutes`` is 570 minutes; ``3 years 6 months old`` 42
months of age); ``an hour and 15 minutes`` is 75 minutes, and a glued ``20m`` after hours (``1h
20m``) is minutes, never 20 million. The first part keeps its comparator and hedge (``about 2
weeks 3 days``, ``over 2 h 30 min``) and its role at an end of a change (``from 5 h 40 min to 6
h 55 min``); a later part with a comparator, a range or a role stands apart, and so does a part
that says how often (``2 weeks 3 days a week``; a period longer than the first part's unit is
the whole time's rate, ``about 1 hour 12 minutes a day`` 72 minutes a day) or a count the
clause goes on about (``In 2
weeks 5 days were lost``). Three parts (``3 hours 15 minutes and 40 seconds``) fold one pair at
a time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

SMALLER = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24)}
SMALLER |= {"hour": ("minute", 60), "minute": ("second", 60)}
"""Each time unit's next smaller unit, and how many of it make one (a month is no whole
number of weeks or days, so ``2 months 3 weeks`` stays two figures)."""
HYPHENED = re.compile(r"\d[-‐‑][^\W\d_]")
"""A number hyphened to its unit (``5-day``): an adjective before a noun, no part of a time."""
JOINED = re.compile(r"[ \t\u00a0]+(?:and[ \t\u00a0]+)?|[ \t\u00a0]*")
"""What may part the two: blanks, or ``and`` (``1 year and 4 months``), or nothing
(``2h15m``)."""


def _base(unit: str | None) -> tuple[str, str]:
    """A duration's time unit and the age suffix it carries (``month-old`` -> month, -old)."""
    if unit and unit.endswith("-old"):
        return unit[: -len("-old")], "-old"
    return unit or "", ""


def _point(quantity: Quantity) -> bool:
    return quantity.low is not None and quantity.low == quantity.high


def _point_or_bound(quantity: Quantity) -> bool:
    """A point, or a one-sided bound (``over 2 hours``): the first part may be either."""
    return _point(quantity) or (
        quantity.comparator is not None and (quantity.low is None) != (quantity.high is None)
    )


PERIOD_AFTER = re.compile(
    r"[ \t\u00a0]+(?:a|an|each|per|every)[ \t\u00a0]+(?:day|week|month|year)\b"
)
"""``2 weeks 3 days a week``: the second part is how often, no part of a time."""
TIME_WORD_BEFORE = re.compile(r"\b(?:in|within|after|over|for|during)[ \t\u00a0]+\Z", re.I)
VERB_AFTER = re.compile(r"[ \t\u00a0]+(?:were|was|are|is|had|have|has)\b", re.IGNORECASE)
"""``In 2 weeks 5 days were lost``: a time, then a count of days the clause goes on about."""


def _folds(first: Quantity, second: Quantity, text: str) -> int | None:
    """The step from ``first``'s unit to ``second``'s when they are one duration, else None."""
    unit, suffix = _base(first.unit)
    if suffix or first.kind != "duration" or unit not in SMALLER:
        return None
    smaller, step = SMALLER[unit]
    second_unit, _ = _base(second.unit)
    if second_unit != smaller or second.kind not in ("duration", "measure"):
        return None
    if not (_point_or_bound(first) and _point(second)) or second.role:
        return None
    if first.per or (second.per and not _longer_period(second.per, unit)):
        return None
    if not second.per and PERIOD_AFTER.match(text, second.end):
        return None
    if TIME_WORD_BEFORE.search(text, max(0, first.start - 10), first.start) and VERB_AFTER.match(
        text, second.end
    ):
        return None
    if second.comparator or second.approx or first.spread or second.statistic:
        return None
    bound = first.low if first.low is not None else first.high
    if not 0 <= second.low < step or bound != int(bound):
        return None
    if not JOINED.fullmatch(text, first.end, second.start):
        return None
    if HYPHENED.search(second.text) or HYPHENED.search(first.text):
        return None  # "In two weeks 5-day courses start": a hyphened duration names a noun
    return step


PERIOD_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")
"""Units of time from the shortest."""


def _longer_period(per: str, unit: str) -> bool:
    """Whether a rate's period is longer than the first part's unit: ``about 1 hour 12 minutes
    a day`` is a time a day said in two parts (s57x: 72 minutes, approximate), where ``2 weeks
    3 days a week`` says how often the days come."""
    per = per.lower().removesuffix("s")
    per = "day" if per == "night" else per  # "7 hours 30 minutes a night"
    return (
        per in PERIOD_ORDER
        and unit in PERIOD_ORDER
        and (PERIOD_ORDER.index(per) > PERIOD_ORDER.index(unit))
    )


GLUED_MINUTES = re.compile(r"\d{1,2}m\Z")
"""``20m`` glued to its number: after hours (``1h 20m``) the minutes, never 20 million."""
WHOLE_UNIT_BEFORE = re.compile(
    r"\b(?P<one>an|a|one)[ \t\u00a0]+(?P<unit>year|week|day|hour|minute)[ \t\u00a0]+and"
    r"[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
"""``an hour and 15 minutes``, ``a year and 4 months``: one of the larger unit in words before
the smaller part, which then holds both."""


def _as_minutes(hours: Quantity, quantity: Quantity, text: str) -> Quantity:
    """``20m`` after ``1h`` read as 20 minutes: the finder reads a glued ``m`` as million."""
    if (
        hours.unit == "hour"
        and quantity.unit is None
        and GLUED_MINUTES.fullmatch(quantity.text)
        and JOINED.fullmatch(text, hours.end, quantity.start)
    ):
        minutes = float(quantity.text[:-1])
        return replace(quantity, low=minutes, high=minutes, unit="minute", kind="duration")
    return quantity


def _with_whole_unit_before(quantity: Quantity, text: str) -> Quantity:
    """The part after ``an hour and`` (:data:`WHOLE_UNIT_BEFORE`), holding the whole unit."""
    unit, _ = _base(quantity.unit)
    if quantity.kind not in ("duration", "measure") or not _point(quantity) or quantity.role:
        return quantity
    before = WHOLE_UNIT_BEFORE.search(text, max(0, quantity.start - 20), quantity.start)
    if before is None or SMALLER.get(before.group("unit").lower(), ("", 0))[0] != unit:
        return quantity
    step = SMALLER[before.group("unit").lower()][1]
    if not 0 <= quantity.low < step:
        return quantity
    value = step + quantity.low
    return replace(
        quantity,
        text=text[before.start() : quantity.end],
        start=before.start(),
        low=value,
        high=value,
    )


def compound_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (in text order) with each duration and the smaller part after it
    (:func:`_folds`) made one figure in the smaller unit, spanning both."""
    if not found:
        return found
    if " and" in text:
        found = [_with_whole_unit_before(q, text) for q in found]
    if len(found) < 2:
        return found
    read: list[Quantity] = []
    for quantity in found:
        if read:
            quantity = _as_minutes(read[-1], quantity, text)
        previous = read[-1] if read else None
        step = previous and _folds(previous, quantity, text)
        if not step:
            read.append(quantity)
            continue
        low = None if previous.low is None else previous.low * step + quantity.low
        high = None if previous.high is None else previous.high * step + quantity.low
        read[-1] = replace(
            previous,
            text=text[previous.start : quantity.end],
            end=quantity.end,
            low=low,
            high=high,
            unit=quantity.unit,
            kind=quantity.kind,
            spread=quantity.spread,
        )
    return read
