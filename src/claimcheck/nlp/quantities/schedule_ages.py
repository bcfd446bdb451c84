"""The age a vaccine dose is given at, as schedules write it: a milestone, no figure.

``first dose at 12 months``, ``booster at 4 years``, ``MMR1 at 24 months``, ``the 6-in-1
vaccine at 8, 12 and 16 weeks``, ``a booster at age 4``, ``Hib/MenC at 1 year``, ``MMR2 at 3
years 4 months``: the number after ``at`` names the children a dose is for (a time stamp in a
child's life, as ANNOTATION.md leaves dates and time stamps unmarked), never an amount to
verify. Each is a group label in its unit of age (:class:`~.groups.GroupLabel`), so a figure
beside it (``Coverage of the first dose at 12 months was 92%``) keeps it as its population.

Read only right after a dose or vaccine word (a dose, booster, jab, shot, injection, vaccine,
vaccination, a vaccine's name or code such as ``MMR1``, ``DTaP``, ``Hib/MenC``, ``HPV``),
optionally with ``is given``, ``due``, ``offered`` between: a trial's timepoint (``efficacy at
12 months was 75%``, ``response at 12 weeks``) names no dose and stays a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import ONES, TENS, H

_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(sorted(TENS, key=len, reverse=True))
_N = rf"(?:\d{{1,2}}(?![\d]|[.,]\d)|(?i:(?:{_TENS})(?:-(?:{_ONES}))?|{_ONES})(?![\w-]))"
_UNIT = r"(?i:(?P<{}>years?|yrs?|months?|mths?|weeks?|wks?|days?))\b"
_VACCINE = (
    r"MMRV?[12]?|DTaP|DTP[123]?|DTwP|Tdap|Td(?:/IPV)?|d?TaP/IPV|IPV|OPV|Hib(?:/MenC)?|MenC"
    r"|MenB|MenACWY|MenC/Hib|PCV(?:1[035]|20)?|HPV|BCG|Hep[ -]?[AB]|Rota(?:virus)?|rotavirus"
    r"|[Vv]aricella|chickenpox|[Ff]lu|[Ii]nfluenza|[Pp]olio|[Mm]easles|[2-6]-in-1"
    r"|[Hh]exavalent|[Pp]entavalent|RSV|RV[15]?"
)
_CUE = (
    rf"(?:\b(?i:doses?|boosters?|jabs?|shots?|injections?|vaccines?|vaccinations?"
    rf"|immuni[sz]ations?)(?:{H}+[1-5](?![\w.,]))?|(?<![\w-])(?:{_VACCINE})"
    rf"|\b(?i:vaccinated|immuni[sz]ed|jabbed)"
    rf"|\b(?P<ord>(?i:first|second|third|fourth|fifth|final|1st|2nd|3rd|4th|5th)))"
    rf"(?:{H}*:)?"
    rf"(?:{H}+(?i:is|are|was|were|should{H}+be|will{H}+be|can{H}+be))?"
    rf"(?:{H}+(?i:usually|routinely|normally|then|also))?"
    rf"(?:{H}+(?i:given|offered|due|recommended|scheduled|administered))?{H}+"
)
SCHEDULE_AGE = StartScanned(
    re.compile(
        rf"{_CUE}\(?(?i:at)(?:{H}+(?i:the{H}+)?(?P<age>ages?))?{H}+"
        rf"(?P<n>{_N})(?:{H}*(?:[-–—]|to){H}*(?P<m>{_N}))?"
        rf"(?:{H}*(?:{_UNIT.format('unit')}(?:{H}+(?:and{H}+)?(?P<n2>{_N}){H}+"
        rf"{_UNIT.format('unit2')})?))?"
        rf"(?P<old>{H}+(?i:old|of{H}+age))?"
        rf"(?P<plus>{H}+(?i:and{H}+(?:older|over|above)))?"
    )
)
"""``dose at 12 months``, ``booster at age 4``, ``MMR2 at 3 years 4 months``."""
LISTED = re.compile(
    rf"(?:{H}*,{H}*{_N})*{H}*,?{H}*(?:and|or|&){H}+(?P<last>{_N}){H}+{_UNIT.format('unit')}"
)
"""The rest of a list said once with its unit at the end: ``at 8, 12 and 16 weeks``."""
DOSE_BEFORE = re.compile(
    rf"\b(?i:doses?|boosters?|jabs?|vaccines?|vaccinations?|immuni[sz]ations?)\b|(?<![\w-])(?:{_VACCINE})"
    r"(?![^.!?\n]*[.!?\n])"
)
"""A dose or vaccine named earlier in the sentence, which an ordinal (``second at 4–6
years``) stands for."""
_AGE = (
    rf"(?P<n>{_N})(?:{H}*(?:[-–—]|to){H}*(?P<m>{_N}))?{H}*{_UNIT.format('unit')}"
    rf"(?:{H}+(?:and{H}+)?(?P<n2>{_N}){H}+{_UNIT.format('unit2')})?"
)
HEADED_AGE = StartScanned(
    re.compile(
        rf"(?:^|(?<=[\n\u2028\u2029|;]))[ \t]*(?:(?i:at){H}+)?{_AGE}{H}*[:–—-]{H}*"
        rf"(?=(?:{_VACCINE}|(?i:vaccines?|boosters?|doses?|jabs?))\b)"
        rf"|(?<![\w-])(?:{_VACCINE}|(?i:dose|booster))(?:{H}*[1-5])?{H}*:{H}*(?:(?i:at){H}+)?"
        + _AGE.replace("P<n>", "P<hn>")
        .replace("P<m>", "P<hm>")
        .replace("P<unit>", "P<hunit>")
        .replace("P<n2>", "P<hn2>")
        .replace("P<unit2>", "P<hunit2>"),
        re.MULTILINE,
    )
)
"""A schedule's row or header: ``At 12 months: MMR, Hib/MenC``, ``12 months: MMR1``, ``MMR
2: 3 years 4 months``."""
_UNITS = {"y": "year", "yr": "year", "m": "month", "mth": "month", "wk": "week", "d": "day"}


def unit_name(written: str) -> str:
    """``yrs`` -> ``year``, ``mths`` -> ``month``, ``weeks`` -> ``week``."""
    word = written.lower().rstrip("s")
    return _UNITS.get(word, word)


def number(written: str) -> float:
    """A numeral or number words up to ninety-nine."""
    if written[0].isdigit():
        return float(written)
    words = written.lower().split("-")
    return float(sum(ONES.get(w, 0) + TENS.get(w, 0) for w in words))


_MONTHS_IN = {"year": 12.0, "month": 1.0}


def _bound(
    n: str, m: str | None, unit_written: str, n2: str | None, unit2: str | None
) -> tuple[float, float, str] | None:
    """(low, high, unit) of an age as written: ``12–15 months``, ``3 years 4 months`` (in
    months)."""
    unit = unit_name(unit_written)
    low = number(n)
    high = number(m) if m else low
    if n2 and unit2:
        second = unit_name(unit2)
        if unit not in _MONTHS_IN or second not in _MONTHS_IN:
            return None
        low = high = low * _MONTHS_IN[unit] + number(n2) * _MONTHS_IN[second]
        unit = "month"
    return (low, high, unit) if high >= low else None


def schedule_ages(text: str, label: Callable[..., Any]) -> list[Any]:
    """Every schedule age in ``text``, each made by ``label(start, end, low, high, unit)``."""
    found: list[Any] = []
    for match in SCHEDULE_AGE.finditer(text):
        if match.group("ord") and not DOSE_BEFORE.search(
            text, max(0, match.start() - 120), match.start()
        ):
            continue  # "the second at 12 weeks": an elided dose only where one was named
        start = match.start("age") if match.group("age") else match.start("n")
        if match.group("unit") is None and not match.group("age"):
            after = match.end("m") if match.group("m") else match.end("n")
            listed = LISTED.match(text, after)
            if listed is None:
                continue  # "given at 1 g", "at 12": no unit of age, no list of them
            unit = unit_name(listed.group("unit"))
            items = list(re.finditer(_N, text[start : listed.end()]))
            for k, item in enumerate(items):
                value = number(item.group())
                end = listed.end() if k == len(items) - 1 else start + item.end()
                found.append(label(start + item.start(), end, value, value, unit))
            continue
        if match.group("unit") is None:  # "at age 4"
            bound = _bound(match.group("n"), match.group("m"), "years", None, None)
        else:
            bound = _bound(
                match.group("n"),
                match.group("m"),
                match.group("unit"),
                match.group("n2"),
                match.group("unit2"),
            )
        if bound is None:
            continue
        low, high, unit = bound
        found.append(label(start, match.end(), low, None if match.group("plus") else high, unit))
    for match in HEADED_AGE.finditer(text):
        key = "n" if match.group("n") else "hn"
        bound = _bound(
            match.group(key),
            match.group(key.replace("n", "m")),
            match.group(key.replace("n", "unit")),
            match.group(key + "2"),
            match.group(key.replace("n", "unit") + "2"),
        )
        if bound is not None:
            low, high, unit = bound
            end = match.end("unit2" if key == "n" else "hunit2")
            if end < 0:
                end = match.end("unit" if key == "n" else "hunit")
            found.append(label(match.start(key), end, low, high, unit))
    return found
