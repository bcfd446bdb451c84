"""A dose per administration against a daily total: ``100 mg three times a day`` is 300 mg a
day, and ``300 mg a day`` is 100 mg a dose where the claim gives its dose three times a day.

A prescribing source states a starting dose either way ("300 mg daily in three divided
doses", BNF; "100 mg three times daily", a leaflet), and a writer restates it the other way
round. Read as written, the dose is a mass and the claim's total a mass per day, which do not
convert (no candidate), or the claim's dose is taken for a day's (a false accusation). Here
the dose is multiplied by how many times a day its own words say it is given (or the day's
total divided by how often the claim gives it), so each is compared with the other as the
same day's amount.

How often: ``once``, ``twice``, ``three times`` … ``a day``/``daily``/``per day``, a range of
times (``2 to 3 times a day``), an interval in hours (``every 8 hours`` is three times a
day; ``every 4 to 6 hours`` four to six) and the prescriber's abbreviations (``bd``/``bid``,
``tds``/``tid``, ``qds``/``qid``; Joint Formulary Committee, BNF "Abbreviations and
symbols"), said straight after the dose, or after ``of`` and the drug's name.
"""

from __future__ import annotations

import re

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.model import RegistryClaim, per_claim
from claimcheck.verify.convert import convert
from claimcheck.verify.frames import is_dose

_TIMES = {
    "once": 1,
    "one": 1,
    "twice": 2,
    "two": 2,
    "thrice": 3,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
}
_COUNT = r"(?:[1-6]|one|two|three|four|five|six)"
HOW_OFTEN = re.compile(
    r"[\s,]*(?:(?:of|as)\s+(?:[A-Za-z][\w-]*\s+){1,3}?)?(?:(?:taken|given)\s+)?"
    r"(?:"
    rf"(?P<word>once|twice|thrice)(?:\s+(?:a|per|each)\s+day|[\s-]+daily)\b"
    rf"|(?P<n>{_COUNT})(?:\s*(?:to|-|–|or)\s*(?P<m>{_COUNT}))?\s*(?:times|x)"
    r"(?:\s+(?:a|per|each)\s+day|\s+daily)\b"
    r"|every\s+(?P<h>\d{1,2})(?:\s*(?:to|-|–)\s*(?P<h2>\d{1,2}))?\s*(?:hours|hrs|h)\b"
    r"|(?P<abbr>b\.?i?\.?d|t\.?[id]\.?[ds]?|q\.?[id]\.?[ds]?)\b\.?"
    r")",
    re.IGNORECASE,
)
"""How often a dose is given, said right after it: its count of times a day."""

ABBREVIATIONS = {"bd": 2, "bid": 2, "td": 3, "tds": 3, "tid": 3, "qd": 1, "qds": 4, "qid": 4}
"""The prescriber's Latin: *bis die*, *ter die sumendum*, *quater die sumendum* (BNF). ``qd``
is once a day (*quaque die*)."""


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _TIMES.get(word)


def times_a_day(text: str) -> tuple[float, float] | None:
    """How many times a day ``text`` (the words right after a dose) says it is given, as a
    (fewest, most) pair; None where it does not say."""
    found = HOW_OFTEN.match(text)
    if found is None:
        return None
    if found.group("word"):
        n = _count(found.group("word"))
        return None if n is None else (n, n)
    if found.group("n"):
        low = _count(found.group("n"))
        high = _count(found.group("m")) if found.group("m") else low
        if low is None or high is None or high < low:
            return None
        return (low, high)
    if found.group("h"):
        hours = int(found.group("h"))
        longest = int(found.group("h2")) if found.group("h2") else hours
        if not 0 < hours <= longest <= 24 or 24 % hours or 24 % longest:
            return None  # (every 5 hours gives no whole number of doses a day)
        return (24 // longest, 24 // hours)
    return _abbreviation(found.group("abbr"))


def _abbreviation(written: str) -> tuple[float, float] | None:
    n = ABBREVIATIONS.get(written.replace(".", "").lower())
    return None if n is None else (n, n)


def _per_day(unit: str | None) -> bool:
    return bool(unit) and unit.rpartition("/")[2].strip().lower() in ("day", "d")


COUNT_BEFORE = re.compile(rf"\b(?P<n>{_COUNT})\s+\Z", re.IGNORECASE)
FORMS_THEN = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?:tablets?|capsules?|pills?|caplets?|sachets?"
    r"|patch(?:es)?|injections?|puffs?|lozenges?|drops?)\b"
    r"(?P<daily>\s+(?:(?:a|per|each|every)\s+day|daily)\b)?",
    re.IGNORECASE,
)
"""A dose form after a dose (``two 20 mg tablets a day``, ``two 500 mg capsules twice a
day``, ``one 500 mg tablet twice a day``): the dose is one of them."""


def _times_after(text: str, end: int, start: int | None = None) -> tuple[float, float] | None:
    """How many of the dose a day ``text`` gives after the dose ending at ``end``: the times
    a day said after it, multiplied by a count of dose forms said before it (``two`` in
    ``two 500 mg tablets twice a day``, starting at ``start``), where there is one."""
    said = _regimen(text, end, start)
    return None if said is None else said[0]


def per_administration(claim: Claim, quantity: Quantity, converted: Quantity) -> Quantity:
    """The dose given at once where the figure is the strength of each of several dose forms
    said before it (``two 500 mg tablets``: 1,000 mg at a time), in ``converted``'s unit (a
    claim of a dose with no period); any other figure as it is."""
    if not is_dose(quantity) or quantity.per is not None or "/" in (converted.unit or ""):
        return converted
    start, end = quantity.start - claim.start, quantity.end - claim.start
    count = COUNT_BEFORE.search(claim.text, 0, start)
    if count is None or FORMS_THEN.match(claim.text, end) is None:
        return converted
    n = _count(count.group("n"))
    if n is None or n == 1:
        return converted
    return converted.replaced(
        low=None if converted.low is None else converted.low * n,
        high=None if converted.high is None else converted.high * n,
    )


def _regimen(
    text: str, end: int, start: int | None = None
) -> tuple[tuple[float, float], int, int] | None:
    """:func:`_times_after`, with where the words that say it start and end in ``text``."""
    if start is not None and (count := COUNT_BEFORE.search(text, 0, start)):
        forms = FORMS_THEN.match(text, end)
        n = _count(count.group("n"))
        if forms is not None and n is not None:
            if forms.group("daily"):
                return (n, n), count.start(), forms.end()
            found = HOW_OFTEN.match(text, forms.end())
            times = times_a_day(text[forms.end() :])
            if found is None or times is None:
                return None
            return (n * times[0], n * times[1]), count.start(), found.end()
    found = HOW_OFTEN.match(text, end)
    times = times_a_day(text[end:])
    if found is None or times is None:
        return None
    return times, start if start is not None else end, found.end()


DIVIDED = re.compile(
    rf"\b(?:in|into|as)\s+(?P<n>{_COUNT})\s+(?:divided\s+|equal\s+|separate\s+)?doses\b",
    re.IGNORECASE,
)
"""A day's amount said split (``1,000 mg a day, taken in two divided doses``): its times."""


HOW_OFTEN_STARTS = re.compile(
    r"\b(?:once|twice|thrice|[1-6]|one|two|three|four|five|six|every|b\.?i?\.?d|t\.?[id]"
    r"|q\.?[id])\b",
    re.IGNORECASE,
)
"""Where a :data:`HOW_OFTEN` phrase may start in a claim's statement."""


def _administrations(text: str, end: int) -> tuple[float, float] | None:
    """How many times a day the dose ending at ``end`` is given, whatever number of dose
    forms each time (``two 500 mg tablets twice a day``: twice)."""
    forms = FORMS_THEN.match(text, end)
    if forms is not None and forms.group("daily"):
        return (1, 1)
    return times_a_day(text[forms.end() if forms is not None else end :])


@per_claim
def _claims_schedule(registry_claim: RegistryClaim) -> tuple[float, float] | None:
    """How many times a day the claim's statement gives its dose (``14 mg once a day``,
    ``1,000 mg a day, taken in two divided doses``); None where it does not say."""
    statement = registry_claim.statement
    for found in HOW_OFTEN_STARTS.finditer(statement):
        times = times_a_day(statement[found.start() :])
        if times is not None:
            return times
    divided = DIVIDED.search(statement)
    if divided is not None and (n := _count(divided.group("n"))) is not None:
        return (n, n)
    return None


def another_schedule(claim: Claim, quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """Whether the figure's dose is given a number of times a day that the claim's own
    statement contradicts (``7 mg twice a day`` against ``14 mg once a day``): the same
    day's total on another regimen is no restatement of it, so no day's total is compared."""
    theirs = _claims_schedule(registry_claim)
    if theirs is None:
        return False
    ours = _administrations(claim.text, quantity.end - claim.start)
    return ours is not None and ours != theirs


def daily_total(claim: Claim, quantity: Quantity, unit: str | None) -> Quantity | None:
    """The figure as a day's total in ``unit`` (an amount per day) where it is a dose said
    with how often a day it is given (``100 mg three times a day`` against mg/day is
    ``300 mg/day``; ``2.5 mg twice daily`` against µg/day is ``5,000 µg/day``); None
    otherwise."""
    if not _per_day(unit) or quantity.per is not None or not is_dose(quantity):
        return None
    if quantity.low is None and quantity.high is None:
        return None
    times = _times_after(claim.text, quantity.end - claim.start, quantity.start - claim.start)
    if times is None:
        return None
    fewest, most = times
    total = quantity.replaced(
        low=None if quantity.low is None else quantity.low * fewest,
        high=None if quantity.high is None else quantity.high * most,
        unit=f"{quantity.unit}/day",
        per="day",
    )
    return convert(total, unit)


def restated_daily(
    claim: Claim, quantity: Quantity, figure: Quantity, statement: str
) -> Quantity | None:
    """The draft's figure as one of a statement's figures, where one of the two is a dose
    said with how often a day it is given and the other a day's amount: the draft's total a
    day (:func:`daily_total`; a day's amount whether its unit says the day, ``mg/day``, or
    its words do, ``300 mg a day``), or the draft's day's amount over the statement's times
    a day (``200 mg a day`` against a statement's ``200 mg twice daily`` is 100 mg). None
    where neither: the two are compared as written."""
    unit = figure.unit
    if figure.per == "day" and unit and not _per_day(unit):
        unit = f"{unit}/day"
    total = daily_total(claim, quantity, unit)
    if total is not None:
        return total.replaced(unit=figure.unit)
    if not _a_days_amount(quantity) or figure.per is not None or not is_dose(figure):
        return None
    times = _times_after(statement, figure.end)
    if times is None or times[0] != times[1]:
        return None
    converted = convert(quantity.replaced(per=None, unit=quantity.unit.partition("/")[0]), unit)
    if converted is None:
        return None
    return converted.replaced(
        low=None if converted.low is None else round(converted.low / times[0], 9),
        high=None if converted.high is None else round(converted.high / times[0], 9),
    )


@per_claim
def claims_times_a_day(registry_claim: RegistryClaim) -> tuple[float, float] | None:
    """How many times a day the claim's statement gives its dose (``Levodopa is started at
    100 mg three times a day``), where its value is a dose with no period; else None."""
    value = registry_claim.value
    if _per_day(value.unit) or not value.unit:
        return None
    for found in find_quantities(registry_claim.statement):
        if found.per is None and is_dose(found) and found.unit == value.unit:
            times = _times_after(registry_claim.statement, found.end)
            if times is not None and times[0] == times[1]:
                return times
    return None


ONCE = re.compile(r"\b(?:once|one\s+dose)\b", re.IGNORECASE)
"""A dose said once a day (``5 mg once a day``, ``2 g once daily``): one dose on a schedule,
which a claim given twice a day contradicts, not a day's amount split into doses."""


def _a_days_amount(quantity: Quantity) -> bool:
    """Whether the figure is a dose per day said as a day's amount (``300 mg a day``,
    ``300 mg daily``, ``300 mg/day``), not as one dose on a schedule (``300 mg once a day``)."""
    daily = _per_day(quantity.unit) or quantity.per == "day"
    return daily and is_dose(quantity) and ONCE.search(quantity.text) is None


def per_dose(converted: Quantity, quantity: Quantity, registry_claim: RegistryClaim) -> Quantity:
    """A day's total (``300 mg a day``, already in the claim's unit) as one of the claim's
    doses, where the claim gives its dose a fixed number of times a day: the total over that
    number. Any other figure is returned as it is."""
    if not _a_days_amount(quantity):
        return converted
    times = claims_times_a_day(registry_claim)
    if times is None:
        return converted
    n = times[0]
    return converted.replaced(
        low=None if converted.low is None else round(converted.low / n, 9),
        high=None if converted.high is None else round(converted.high / n, 9),
    )


def compared_by_day(claim: Claim, quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """Whether the figure is compared with the claim as a day's amount (:func:`daily_total`
    or :func:`per_dose`): then its schedule ("three times a day") and the claim's ("daily")
    are one regimen said two ways, not two regimens."""
    unit = registry_claim.value.unit
    if daily_total(claim, quantity, unit) is not None:
        return True
    return _a_days_amount(quantity) and claims_times_a_day(registry_claim) is not None


def said_daily(claim: Claim, quantity: Quantity, registry_claim: RegistryClaim) -> str | None:
    """What a verdict message says of a figure compared as a day's total or as one dose of
    a day's: ``"100 mg three times a day is 300 mg a day"``; None where neither."""
    unit = registry_claim.value.unit
    total = daily_total(claim, quantity, unit)
    said = _regimen(claim.text, quantity.end - claim.start, quantity.start - claim.start)
    if total is not None and total.low is not None and said is not None:
        times, start, end = said
        low = _number(quantity.low * times[0])
        high = _number(None if quantity.high is None else quantity.high * times[1])
        total_said = low if high in ("", low) else f"{low}–{high}"
        written = " ".join(claim.text[start:end].split())
        return f"{written} is {total_said} {quantity.unit or ''} a day"
    times = claims_times_a_day(registry_claim)
    value = registry_claim.value
    if times is not None and per_dose(quantity, quantity, registry_claim) is not quantity:
        dose = value.low if value.low is not None else value.high
        if dose is None:
            return f"the source gives its dose {_times_text(times)} a day"
        total = f"{_number(dose * times[0])} {value.unit} a day"
        return f"the source gives {_number(dose)} {value.unit} {_times_text(times)} a day, {total}"
    return None


TIMES_WORDS = {1: "once", 2: "twice", 3: "three times", 4: "four times", 5: "five times"}


def _times_text(times: tuple[float, float]) -> str:
    low, high = (int(t) for t in times)
    if low == high:
        return TIMES_WORDS.get(low, f"{low} times")
    return f"{low} to {high} times"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"
