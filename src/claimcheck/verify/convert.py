"""Unit conversion between a draft's figure and a registry claim's unit.

A figure is compared in the claim's unit: ``2 years`` against months is ``24 months``, ``two
in five`` against percent is ``40%``. Units that measure different things do not convert, and
that rules the candidate out before any wording is scored.
"""

from __future__ import annotations

import math
import re

from claimcheck.nlp.quantities.finder import PERSON_BASES
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.units import (
    CURRENCY_CODES,
    MEASUREMENT_UNITS,
    comparable_unit,
    measurement_factor,
    normalise_unit,
    rate_denominator,
    same_counted_events,
    units_compatible,
)

# Exact factors between time units where the calendar gives one; others go through days.
EXACT_TIME_FACTORS = {
    ("year", "month"): 12.0,
    ("week", "day"): 7.0,
    ("day", "hour"): 24.0,
    ("hour", "minute"): 60.0,
    ("minute", "second"): 60.0,
}
DAYS_PER_UNIT = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.25 / 12,
    "year": 365.25,
}


CALENDAR_PERIODS = frozenset({"day", "week", "month", "year"})
SERVICE_PERIODS = frozenset({"minute", "hour"})
"""The periods a cost per period converts between: a year's cost is 12 months' costs, and an
hour of a service 60 of its minutes, but no hour of a service is a day's cost."""

SHARE_FACTORS = {
    ("proportion", "percent"): 100.0,
    ("proportion", "‰"): 1000.0,
    ("‰", "percent"): 0.1,
    ("percent", "‰"): 10.0,
}
"""A share written one way against a claim written another: a proportion, a percentage and a
per mille (parts per thousand) are one quantity on three scales."""


def _time_factor(source: str, target: str) -> tuple[float, bool]:
    """How many ``target`` units one ``source`` unit holds, and whether that is exact."""
    if (source, target) in EXACT_TIME_FACTORS:
        return EXACT_TIME_FACTORS[(source, target)], True
    if (target, source) in EXACT_TIME_FACTORS:
        return 1 / EXACT_TIME_FACTORS[(target, source)], True
    return DAYS_PER_UNIT[source] / DAYS_PER_UNIT[target], False


def _scaled(quantity: Quantity, factor: float, unit: str, exact: bool) -> Quantity:
    def scale(value: float | None) -> float | None:
        return None if value is None else round(value * factor, 9)

    return quantity.replaced(
        low=scale(quantity.low),
        high=scale(quantity.high),
        unit=unit,
        approx=quantity.approx or not exact,
    )


def scaled(quantity: Quantity, factor: float, unit: str) -> Quantity:
    """``quantity`` times ``factor``, in ``unit``, approximate (a rounded factor): an analyte's
    molar and mass units (:mod:`~claimcheck.verify.analytes`)."""
    return _scaled(quantity, factor, unit, exact=False)


def _power_of_ten(factor: float) -> bool:
    exponent = math.log10(factor) if factor > 0 else 0.5
    return abs(exponent - round(exponent)) < 1e-9


_last_figure: tuple[Quantity | None, dict[str | None, Quantity | None]] = (None, {})
"""The last figure converted through :func:`convert_kept` and its conversions by unit (one
tuple, replaced whole: a thread reads a pair that belongs together). The figure is held, so
its identity is never another's."""


def convert_kept(quantity: Quantity, unit: str | None) -> Quantity | None:
    """:func:`convert`, kept for the last figure asked: candidate retrieval converts a
    figure to each unit its names' claims use, and the ranking then converts it to the same
    units again (a figure asks a few units; the conversion is a function of the two)."""
    global _last_figure
    kept_for, kept = _last_figure
    if kept_for is not quantity:
        kept = {}
        _last_figure = (quantity, kept)
    if unit in kept:
        return kept[unit]
    found = kept[unit] = convert(quantity, unit)
    return found


INTERVAL_TEXT = re.compile(
    r"[\d.,]+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)", re.IGNORECASE
)
"""A figure written as nothing but a time: an interval between events read as a rate
(:mod:`claimcheck.nlp.quantities.every_intervals`)."""
DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _interval_said(quantity: Quantity, unit: str | None) -> Quantity | None:
    """The interval itself (``50 seconds``) where a rate of one person per second, minute or
    hour was read from ``every 50 seconds`` and the claim states a time; None otherwise."""
    if (
        quantity.kind != "rate"
        or quantity.per not in ("second", "minute", "hour")
        or quantity.unit != f"people/{quantity.per}"
        or not quantity.low
        or quantity.low != quantity.high
        or not unit
        or normalise_unit(unit) not in DURATION_UNITS
        or not INTERVAL_TEXT.fullmatch(quantity.text.strip())
    ):
        return None
    every = round(1 / quantity.low, 9)
    return quantity.replaced(low=every, high=every, unit=quantity.per, kind="duration", per=None)


def convert(quantity: Quantity, unit: str | None) -> Quantity | None:
    """The quantity expressed in ``unit``, or None when the two units measure different things.

    Durations convert (``2 years`` is ``24 months``; week/month conversions are approximate),
    shares convert between proportion, percent and per mille (:data:`SHARE_FACTORS`), units of
    measurement convert within their dimension (``0.16 L`` is ``160 mL``), money without a
    period matches money per period; a rate per population (``per 100,000``) matches only a
    rate; other units must be compatible as :func:`units_compatible` says.
    """
    if (interval := _interval_said(quantity, unit)) is not None:
        # "someone has a flare every 50 seconds" against a claim stating the interval itself
        # (50 seconds): the rate read from it is one person per that time
        return convert(interval, unit)
    if quantity.per is not None and quantity.per[:1].isdigit():
        # "14.1 per 100,000 people" is a rate: never a count or a share, and compared with
        # a rate per another population after scaling ("per 1,000" is 100 "per 100,000")
        draft_per = rate_denominator(f"per {quantity.per}")
        claim_per = rate_denominator(unit) if unit else None
        if draft_per is None or claim_per is None:
            return None
        return _scaled(quantity, claim_per / draft_per, unit, exact=True)
    if quantity.per == "normal" and unit in PER_CENT_OF_NORMAL:
        # "42% of normal" factor activity against a claim in IU/dL: 100% is 100 IU/dL
        return _scaled(quantity, PER_CENT_OF_NORMAL[unit], unit, exact=True).replaced(per=None)
    if (per_volume := _count_per_volume(quantity, unit)) is not None:
        return per_volume  # "95,000/µL" against platelets/µL; "150 × 10⁹/L" against /µL
    draft_unit = normalise_unit(quantity.unit) if quantity.unit else None
    if draft_unit and unit and unit[:3] in MINOR_UNITS.get(draft_unit.partition("/")[0], ()):
        # "45p a day" against a claim in GBP/day: a hundred pence to the pound; "50 cents a
        # day" against USD/day (or euros, or any currency of a hundred cents the claim is in)
        base, slash, per = draft_unit.partition("/")
        return convert(_scaled(quantity, 0.01, f"{unit[:3]}{slash}{per}", exact=True), unit)
    if draft_unit and unit and comparable_unit(draft_unit) == comparable_unit(unit):
        return quantity.replaced(unit=unit)  # "600 IU a day" (unit/day) against "IU/d"
    if (amount := _amount_of_daily(draft_unit, unit)) is not None:
        # a table column "Iron (mg/day)" against a claim in mg: the claim's quote left the
        # day unsaid ("men need 8.7 mg"), the amount is the same figure
        converted = convert(quantity.replaced(unit=amount), unit)
        if converted is not None:
            return converted
    if _period_apart(quantity, draft_unit, unit):
        # "150 µg a day" against a claim in µg/day: the amount with the period said after it
        converted = convert(quantity.replaced(unit=f"{quantity.unit}/{quantity.per}"), unit)
        if converted is not None:
            return converted
    if draft_unit in DAYS_PER_UNIT and unit in DAYS_PER_UNIT and draft_unit != unit:
        factor, exact = _time_factor(draft_unit, unit)
        return _scaled(quantity, factor, unit, exact)
    if (draft_unit, unit) in SHARE_FACTORS:  # "two in five" is 40%, "3.5‰" is 0.35%
        return _scaled(quantity, SHARE_FACTORS[(draft_unit, unit)], unit, exact=True)
    per_share = SHARE_SCALE.get(draft_unit or "")
    if per_share is not None and unit and not _has_period(unit):
        claim_per = rate_denominator(unit)
        if claim_per is not None:  # "1 in 5,000 boys" is 20 per 100,000
            return _scaled(quantity, per_share * claim_per, unit, exact=True)
    if _bare_count_per_period(quantity, unit):
        return None
    if units_compatible(quantity.unit, unit):
        return quantity
    factor = measurement_factor(draft_unit, unit)
    if factor is not None:  # 0.16 L against a claim in mL is 160 mL
        # a factor that is no power of ten (8 kPa is 60.0046 mmHg) gives the figure digits
        # its writer never wrote: it is compared as an approximate one, never overprecise
        return _scaled(quantity, factor, unit, exact=_power_of_ten(factor))
    if (
        _same_currency_one_period(draft_unit, unit)
        or _person_said_before_period(quantity, unit)
        or _priced_per_item(quantity, unit)
        or _priced_per_named_item(quantity.unit, unit)
    ):
        return quantity.replaced(unit=unit)
    factor = _money_period_factor(draft_unit, unit)
    if factor is not None:  # "$6,900 a year" against USD/month is $575 a month
        return _scaled(quantity, factor, unit, exact=False).replaced(per=unit.partition("/")[2])
    factor = _event_period_factor(draft_unit, unit)
    if factor is not None:  # "0.2 painful crises a month" against crises/year is 2.4 a year
        return _scaled(quantity, factor, unit, exact=False).replaced(per=unit.partition("/")[2])
    return None


MINOR_UNITS = {
    "pence": ("GBP",),
    "cent": ("USD", "EUR", "CAD", "AUD", "NZD", "SGD", "HKD", "ZAR", "IEP"),
}
"""The currencies a hundredth of which a draft may write as ``p``/``pence`` or ``cents``."""


def _count_per_volume(quantity: Quantity, unit: str | None) -> Quantity | None:
    """A count per volume in the claim's volume: a bare count (``95,000/µL``, ``150 × 10⁹/L``,
    the unit ``/µL`` or ``/L``) or one of the claim's own noun (``cells/µL``) against a claim
    in ``platelets/µL``, ``/µL`` or ``sperm/mL`` (10⁹/L is 10³/µL); None for anything else,
    or two counts of different things."""
    if not quantity.unit or not unit or "/" not in quantity.unit or "/" not in unit:
        return None
    noun, _, volume = quantity.unit.rpartition("/")
    claim_noun, _, claim_volume = unit.rpartition("/")
    if noun and noun != claim_noun:
        return None  # (its noun: "cells" and "platelets" are no one count)
    if "/" in noun or "/" in claim_noun:
        return None
    ours = MEASUREMENT_UNITS.get(volume.strip().lower())
    theirs = MEASUREMENT_UNITS.get(claim_volume.strip().lower())
    if ours is None or theirs is None or ours[1] != "volume" or theirs[1] != "volume":
        return None
    factor = theirs[2] / ours[2]
    return _scaled(quantity, factor, unit, exact=_power_of_ten(factor))


def _event_period_factor(draft_unit: str | None, unit: str | None) -> float | None:
    """The factor from a count of events per one calendar period to the same events per
    another (``painful crises/month`` to ``crises/year`` is 12), None unless both are counts
    of the same events (their head nouns agree) per a day, week, month or year. The scaled
    figure is compared as an approximate one: its digits are the conversion's."""
    if draft_unit is None or unit is None or "/" not in draft_unit or "/" not in unit:
        return None
    draft_noun, _, draft_period = draft_unit.rpartition("/")
    noun, _, period = unit.rpartition("/")
    if draft_period == period or not {draft_period, period} <= CALENDAR_PERIODS:
        return None
    if not same_counted_events(draft_noun, noun):
        # (a dose per week is no daily dose; "people" dying each month are no "deaths" per
        # week; money has its own factor)
        return None
    return DAYS_PER_UNIT[period] / DAYS_PER_UNIT[draft_period]


SHORTER_PERIODS = frozenset({"second", "minute", "hour", "day", "week", "month"})
"""The periods a count said per one of them converts from to a year's count."""


def to_a_years_count(
    quantity: Quantity, unit: str | None, per_year: bool = False, bare: bool = False
) -> float | None:
    """The factor from a count per day, week or month (``people/day``: "about 3,500 people
    a day") to a year's count in ``unit``, a counted noun with no period (``deaths``) the
    figure's noun may count, or, with ``per_year``, one per year (``deaths/year``); None
    otherwise. Whether the claim counts one year (not those living with something, nor a
    total over years) is the ranking's to say, and so is whether a claim per year by its
    unit is the figure's place's (a figure naming no place would weigh a country's yearly
    count against the world's: the ranking passes ``per_year`` only where the claim names
    the figure's place). With ``bare``, a bare number per a period ("That is about 1,060 a
    week", restating the sentence before's count) counts what the claim counts."""
    period = quantity.per
    if period not in SHORTER_PERIODS or not unit:
        return None
    base, per, claim_period = unit.partition("/")
    if per and not (per_year and claim_period == "year"):
        return None
    if not quantity.unit:
        return DAYS_PER_UNIT["year"] / DAYS_PER_UNIT[period] if bare else None
    noun, slash, said = quantity.unit.rpartition("/")
    if not slash or said != period or not units_compatible(noun, base):
        return None
    return DAYS_PER_UNIT["year"] / DAYS_PER_UNIT[period]


def _bare_count_per_period(quantity: Quantity, unit: str | None) -> bool:
    """Whether the figure is a bare number per a day, week, month or hour ("… about 4,800
    deaths in 2012, roughly 13 every day") and the claim's unit is not per that period: a
    day's count is no year's total, as a count of ``people/day`` is not of ``deaths/year``
    (:func:`~claimcheck.registry.units.units_compatible`)."""
    period = quantity.per
    return (
        quantity.unit is None
        and period in DAYS_PER_UNIT
        and period != "year"
        and unit is not None
        and unit.rpartition("/")[2] != period
    )


def _amount_of_daily(draft_unit: str | None, unit: str | None) -> str | None:
    """The amount part of a draft's amount-per-period unit (``mg`` of ``mg/day``) when the
    claim's unit is that kind of amount with no period, else None."""
    if not draft_unit or not unit or "/" in unit or "/" not in draft_unit:
        return None
    top, _, bottom = comparable_unit(draft_unit).partition("/")
    if bottom not in DAYS_PER_UNIT or unit.lower() not in MEASUREMENT_UNITS and unit != "unit":
        return None
    return "unit" if top == "unit" else draft_unit.partition("/")[0]


def _period_apart(quantity: Quantity, draft_unit: str | None, unit: str | None) -> bool:
    """Whether the figure is an amount with its period said in words (``150 µg a day``,
    ``250 µg of iodine daily``: unit ``µg``, per ``day``) and the claim's unit is an amount
    per period (``µg/day``): then the two are one unit, ``µg/day``. Money and counts carry
    their period in their unit already; a dose per body weight takes it too (``1.6 µg per
    kilogram per day`` is ``µg/kg/day``)."""
    return (
        quantity.per in DAYS_PER_UNIT
        and draft_unit is not None
        and draft_unit.rpartition("/")[2] not in DAYS_PER_UNIT
        and unit is not None
        and "/" in unit
        and draft_unit not in CURRENCY_CODES
    )


def _money_period_factor(draft_unit: str | None, unit: str | None) -> float | None:
    """The factor from money per one period to the same currency per another (``USD/year``
    to ``USD/month`` is 1/12), None unless both are one currency per a calendar period. A
    price per hour or minute is per hour of service (home care at £25 an hour), no clock's:
    it converts to a price per minute (an operating room's), never to a week's or a year's
    cost."""
    if draft_unit is None or unit is None:
        return None
    draft_code, _, draft_period = draft_unit.partition("/")
    code, _, period = unit.partition("/")
    if draft_code != code or code not in CURRENCY_CODES or draft_period == period:
        return None
    if not any({draft_period, period} <= kind for kind in (CALENDAR_PERIODS, SERVICE_PERIODS)):
        return None
    return DAYS_PER_UNIT[period] / DAYS_PER_UNIT[draft_period]


def _same_currency_one_period(draft_unit: str | None, unit: str | None) -> bool:
    """``$1,300`` in "a month of it costs $1,300" against ``USD/month``: the period is often
    said away from the figure, so money without one matches money per period."""
    if draft_unit is None or unit is None:
        return False
    draft_code, _, draft_period = draft_unit.partition("/")
    code, _, period = unit.partition("/")
    return draft_code == code and code in CURRENCY_CODES and not (draft_period and period)


def _person_said_before_period(quantity: Quantity, unit: str | None) -> bool:
    """``$2,047 per patient each year`` (``USD/year``) against a claim in ``USD/person``:
    the figure said both whom and when its price is per; a claim stating one of them is
    about the same price (the words around decide which claim)."""
    if unit is None or quantity.unit is None or quantity.per not in DAYS_PER_UNIT:
        return False
    code, _, basis = unit.partition("/")
    return (
        quantity.unit.partition("/")[0] == code
        and code in CURRENCY_CODES
        and basis in PERSON_BASES
        and PERSON_BEFORE_PERIOD.search(quantity.text) is not None
    )


PERSON_BEFORE_PERIOD = re.compile(
    rf"\bper\W+(?:{'|'.join(sorted(PERSON_BASES))})\W+(?:per|a|an|each|every)\W+\w+\W*\Z",
    re.IGNORECASE,
)


ITEM_BASIS_NOT = frozenset({"person"})
"""Bases that change what a price is of: a price per person is a package's share, no item's."""


def _priced_per_item(quantity: Quantity, unit: str | None) -> bool:
    """``$1,850 per injection``, ``£119 a dose`` (unit ``USD/injection``, ``GBP/dose``) against
    a claim in the bare currency: a registry keeps what a price is per in its statement and
    context words, so the figure is that currency's amount; the words around it decide which
    claim it is."""
    if unit is None or unit not in CURRENCY_CODES or quantity.per is None:
        return False
    code, _, basis = (quantity.unit or "").partition("/")
    return (
        code == unit
        and basis == quantity.per
        and basis not in DAYS_PER_UNIT
        and basis not in ITEM_BASIS_NOT
        and not basis[:1].isdigit()
    )


PER_CENT_OF_NORMAL = {"IU/dL": 1.0, "U/dL": 1.0, "IU/mL": 0.01, "U/mL": 0.01}
"""A clotting factor's activity as a per cent of normal in the units labs give it: pooled
normal plasma holds 1 IU/mL, so 100% of normal is 100 IU/dL (ISTH/WFH definitions of
haemophilia's severity, "<1 IU/dL (<1% of normal)")."""


def _priced_per_named_item(draft_unit: str | None, unit: str | None) -> bool:
    """``£9.90 per item`` (``GBP/item``) against a claim in ``GBP/prescription item``: the
    same currency per the same item, the claim naming it in full (its last word the item);
    the words around the figure decide which claim it is."""
    if not draft_unit or not unit or "/" not in draft_unit or "/" not in unit:
        return False
    code, _, basis = draft_unit.partition("/")
    claim_code, _, claim_basis = unit.partition("/")
    if code != claim_code or code not in CURRENCY_CODES or basis == claim_basis:
        return False
    short, full = sorted((basis.split(), claim_basis.split()), key=len)
    return len(short) == 1 and len(full) > 1 and full[-1] == short[0]


SHARE_SCALE = {"proportion": 1.0}
"""A share as a fraction of one: a share of a population against a claim's rate per that
many people (``1 in 5,000`` against ``per 100,000``) is the rate times the population."""
PERIOD = re.compile(
    r"\b(?:person|patient|people|woman|man|child)[- ]?(?:years?|months?)\b|/"
    r"|\bper\W+(?:year|annum)\b|\b(?:a|each|every)\W+year\b|\bannual",
    re.IGNORECASE,
)


def _has_period(unit: str) -> bool:
    """Whether a rate's unit says a period (``per 100,000 person-years``, ``per 100,000 per
    year``): a share of people is no rate over time."""
    return bool(PERIOD.search(unit))


RATIO_STATISTICS = frozenset({"HR", "RR", "OR"})
RATIO_WORDS = ("hazard ratio", "relative risk", "risk ratio", "odds ratio", "rate ratio")


def as_ratio(quantity: Quantity, direction: int) -> Quantity | None:
    """A relative change said as a share ("raises the risk by 75%", "cut deaths by half")
    as the ratio a study reports: 1.75 and 0.5. ``direction`` is +1 for a rise, -1 for a
    fall (:func:`claimcheck.verify.frames.change_direction`); None for no change or a share
    that is no percentage or proportion. A ratio has no unit (registry values of relative
    risks, hazard and odds ratios are written without one)."""
    factor = {"percent": 0.01, "proportion": 1.0}.get(normalise_unit(quantity.unit or ""))
    if not direction or factor is None:
        return None

    def ratio(end: float | None) -> float | None:
        return None if end is None else round(1 + direction * end * factor, 6)

    low, high = ratio(quantity.low), ratio(quantity.high)
    low_inclusive, high_inclusive = quantity.low_inclusive, quantity.high_inclusive
    if direction < 0:  # "cut by 20–30%" is a ratio of 0.7–0.8
        low, high = high, low
        low_inclusive, high_inclusive = high_inclusive, low_inclusive
    return quantity.replaced(
        low=low,
        high=high,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
        unit=None,
    )
