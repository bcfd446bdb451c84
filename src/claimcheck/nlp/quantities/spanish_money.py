"""Prices and periods said in Spanish on English-mixed pages (Latin-American clinics, US
pages for Spanish speakers): ``$1,500 y $2,000``, ``entre $1,500 y $2,000``, ``de $1,500 a
$2,000``, ``$300 al mes``, ``MXN 4,500 por sesión``, ``$2,500 anuales``, ``hasta $5,000``,
``desde $3,000``, ``cada 8 horas``, ``durante 3 meses``.

The English reader took ``y`` (and) for the year's abbreviation, glued into the first price
(``$1,500 y``), lost every Spanish period (``$300 al mes`` was a bare $300, no rate) and read
``8 horas`` as a count of ``horas``. Read here as their English words are: ``y`` between two
prices is ``and`` (two prices, or a range after ``entre``/``between``), ``a`` between two is
``to`` (a range), ``al``/``por``/``cada`` + a period or a basis is what the price is per,
``hasta`` is at most and ``desde`` at least, and the Spanish units of time are durations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.sign_words import WORD_AFTER_SIGN
from claimcheck.nlp.quantity import Quantity

PERIODS = {
    "día": "day", "dia": "day", "días": "day", "dias": "day", "semana": "week",
    "mes": "month", "año": "year", "ano": "year", "hora": "hour", "noche": "night",
    "sesión": "session", "sesion": "session", "consulta": "consultation", "visita": "visit",
    "persona": "person", "tratamiento": "treatment", "ciclo": "cycle", "cita": "appointment",
    "dosis": "dose", "mensual": "month", "mensuales": "month", "anual": "year",
    "anuales": "year", "diario": "day", "diarios": "day", "semanal": "week",
    "semanales": "week",
}  # fmt: skip
"""Spanish periods and bases a price is per, in English."""
PER_AFTER = re.compile(
    rf"{H}+(?:(?i:al|por|cada|a{H}+la|por{H}+la|por{H}+el){H}+)?"
    rf"(?P<per>(?i:{'|'.join(sorted(PERIODS, key=len, reverse=True))}))(?![\w])"
)
"""A Spanish period after a price: ``al mes``, ``por sesión``, ``a la semana``, ``anuales``
(the adjectives stand alone; a noun needs its ``al``/``por``: a bare ``mes`` is no period)."""
ADJECTIVES = frozenset(
    {"mensual", "mensuales", "anual", "anuales", "diario", "diarios", "semanal", "semanales"}
)
TIME_UNITS = {
    "segundos": "second", "minutos": "minute", "horas": "hour", "días": "day", "dias": "day",
    "semanas": "week", "meses": "month", "años": "year", "anos": "year",
}  # fmt: skip
"""Spanish units of time after a number (plural: one of each reads ``una hora``)."""
LINK = re.compile(rf"{H}+(?P<word>y|a|hasta){H}+\Z")
"""Between two prices: ``y`` (and), ``a`` or ``hasta`` (to)."""
SPANISH_WORDS = re.compile(
    r"\b(?:al|por|cada|y|a|hasta|desde|mensual(?:es)?|anual(?:es)?|diarios?|semanal(?:es)?"
    r"|segundos|minutos|horas|d[ií]as|semanas|meses|a[ñn]os)\b"
)
"""A cheap test for Spanish words a page may hold around figures (``a`` included: ``de $1,500 a
$2,000``); the pass runs only where one is."""
RANGE_OPENER = re.compile(rf"\b(?i:entre|between|de|desde|from){H}+\Z")
BOUND_BEFORE = re.compile(rf"\b(?P<word>(?i:hasta|desde)){H}+\Z")


def spanish_money(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with Spanish periods, links and bounds around prices read (module doc)."""
    result = [_with_period(text, _as_duration(q)) for q in found]
    merged: list[Quantity] = []
    for quantity in result:
        previous = merged[-1] if merged else None
        if previous is not None and (joined := _joined(text, previous, quantity)) is not None:
            merged[-1] = joined
            continue
        merged.append(_bounded(text, quantity))
    return merged


def _as_duration(quantity: Quantity) -> Quantity:
    """``8 horas`` is 8 hours, ``3 meses`` 3 months: a duration, not a count of ``horas``; a
    count's noun ends before ``cada``/``al``/``por`` (``1 tableta cada 8 horas``)."""
    if quantity.kind == "count" and (quantity.unit or "").endswith((" cada", " al", " por")):
        # "1 tableta cada 8 horas": the noun ends before the Spanish "every"
        cut = len(quantity.unit.rsplit(" ", 1)[1]) + 1
        return replace(
            quantity,
            text=quantity.text[:-cut],
            end=quantity.end - cut,
            unit=quantity.unit[:-cut],
        )
    if quantity.kind != "count" or quantity.unit not in TIME_UNITS:
        return quantity
    return replace(quantity, unit=TIME_UNITS[quantity.unit], kind="duration")


def _with_period(text: str, quantity: Quantity) -> Quantity:
    """A price with its Spanish period or basis: ``$300 al mes`` is USD/month."""
    if quantity.kind not in ("money", "measure") or quantity.per is not None:
        return quantity
    if not quantity.unit:
        return quantity
    found = PER_AFTER.match(text, quantity.end)
    if found is None:
        return quantity
    word = found.group("per").lower()
    if word not in ADJECTIVES and found.group().strip().lower() == word:
        return quantity  # a bare noun with no "al"/"por": no period said
    per = PERIODS[word]
    if quantity.kind == "measure":  # "500 mg al día": a dose a day, as "500 mg a day" is
        return replace(quantity, text=text[quantity.start : found.end()], end=found.end(), per=per)
    return replace(
        quantity,
        text=text[quantity.start : found.end()],
        end=found.end(),
        unit=f"{quantity.unit}/{per}",
        kind="rate",
        per=per,
    )


def _joined(text: str, first: Quantity, second: Quantity) -> Quantity | None:
    """Two prices in one currency linked by ``a``/``hasta`` (to), or by ``y`` after
    ``entre``/``between``: one range from the first to the second."""
    link = LINK.search(text, first.end, second.start)
    if (
        link is None
        or link.start() != first.end
        or first.unit is None
        or not _one_currency(first, second)
        or first.kind not in ("money", "rate")
        or not (first.is_point or (first.comparator == "from" and first.high is None))
        or not second.is_point
        or first.low is None
        or second.low is None
        or second.low <= first.low
    ):
        return None
    opener = RANGE_OPENER.search(text, max(0, first.start - 10), first.start)
    if link.group("word") == "y" and opener is None:
        return None  # "$1,500 y $2,000": two prices, as "and" gives
    start = opener.start() if opener is not None else first.start
    return replace(
        second,
        text=text[start : second.end],
        start=start,
        low=first.low,
        high=second.high,
        approx=first.approx or second.approx,
        comparator=None,
    )


def _one_currency(first: Quantity, second: Quantity) -> bool:
    """Whether two linked prices are in one currency: the same code, or a bare ``$`` before
    an amount whose word names its dollar or peso (``entre $800 y $1,200 pesos``: both are
    pesos, the word said once after the range)."""
    code, second_code = (first.unit or "").split("/")[0], (second.unit or "").split("/")[0]
    if code == second_code:
        return True
    return code == "USD" and WORD_AFTER_SIGN.search(second.text) is not None


def _bounded(text: str, quantity: Quantity) -> Quantity:
    """``hasta $5,000`` at most, ``desde $3,000`` at least (a price floor, as ``from`` is)."""
    if quantity.kind not in ("money", "rate") or not quantity.is_point:
        return quantity
    found = BOUND_BEFORE.search(text, max(0, quantity.start - 8), quantity.start)
    if found is None:
        return quantity
    word = found.group("word").lower()
    low, high = (None, quantity.high) if word == "hasta" else (quantity.low, None)
    return replace(
        quantity,
        text=text[found.start() : quantity.end],
        start=found.start(),
        low=low,
        high=high,
        comparator=word,
    )
