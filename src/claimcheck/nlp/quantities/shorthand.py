"""Periods written in clinical shorthand: British notes and letters write a number of days,
weeks or months as a slash over the days of a week, the weeks of a year or the months of a
year: ``cough for 3/7`` (3 days), ``review in 2/52`` (2 weeks), ``weight loss over 6/12``
(6 months), ``antibiotics for 10/7``.

The same shape is a date or a fraction elsewhere (``3/7`` is the third of July, ``6/12`` half),
so it is read as a period only where a period is said: after ``for``, ``in``, ``over``,
``within``, ``x``, ``past``, ``last``, ``next`` or ``after``, or before ``ago``; before
``old`` it is an age (``a 3/12 old baby`` is a 3-month-old), and ``N/52`` before
``pregnant`` or ``gestation`` the weeks of a pregnancy (``10/52 pregnant``); never
before ``of``, ``vision`` or a noun that it would count (``in 6/12 patients`` is six of
twelve).

Antenatal notes write the weeks of a pregnancy over its forty in the same way: ``booked at
12/40``, ``she is 32/40``, ``reduced movements at 36+2/40`` (36 weeks and 2 days). Such a
slash is a gestational age in weeks (4 to 42) after ``at``, ``since``, ``from``, ``by``,
``until``, ``before``, ``after``, ``is``/``was`` or ``now``, or before ``pregnant``,
``gestation`` or ``pregnancy``; never before ``of`` or a noun it counts (``12/40 of the
mothers`` is a share).

Prescription sigs count dose forms in lower-case Roman numerals, as Latin prescriptions did:
``i-ii tabs po q4-6h``, ``caps ii tid``, ``gtt ii OU`` (two drops in each eye). A numeral i to
x, or two joined by a dash, right before or after a dose form (tab, cap, pill, puff, drop,
``gtt``) is that many of it; nowhere else is a lone ``i`` or ``v`` a number.

A length of time in hours with its minutes glued after the ``h`` (``2h30``, ``1h45min``) is
that many hours (2.5, 1.75), except as a time of day (``opens at 8h30``).

A sig's ``x2 daily`` or ``x3 a week`` is how often (2 times a day, 3 times a week), as
``twice daily`` is.

A sample size given as a part of a whole after ``n =`` (``(n=34/120)``, ``n = 12/48``) is the
part, read as ``(n = 34)`` is: 34 of the 120 had it; the whole is the group's size, said
elsewhere.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

SLASH_PERIOD = StartScanned(
    re.compile(
        rf"(?<![\w/.,])(?P<count>\d{{1,3}})/(?P<over>7|52|12)(?![\w/]|[.,]\d)"
        rf"(?!{H}*(?:of|vision|acuity|VA|patients|people|cases|children|adults|women|men)\b)"
    )
)
PERIOD_UNIT = {"7": "day", "52": "week", "12": "month"}
MOST = {"7": 31, "52": 104, "12": 24}
"""The largest count each notation is written with (``for 14/7``, ``for 18/12``)."""
CUE_BEFORE = re.compile(
    rf"(?<![\w])(?i:for|in|over|within|x|×|past|last|next|after|since|approx\.?|about|~)"
    rf"{H}*\Z"
)
CUE_AFTER = re.compile(rf"{H}+(?i:ago|hx|history|duration)\b")
AGE_AFTER = re.compile(rf"{H}*-?{H}*(?i:old)\b")
"""``a 3/12 old baby``, ``a 10/7-old infant``: the period is the child's age (a 3-month-old)."""
PREGNANT_AFTER = re.compile(rf"{H}+(?i:pregnant|gestation|pregnancy)\b")
"""``she is 10/52 pregnant``: weeks of a pregnancy counted over a year's 52, as ``/40`` is."""


GESTATION = StartScanned(
    re.compile(
        rf"(?<![\w/.,+])(?P<weeks>\d{{1,2}})(?:\+(?P<days>[0-6]))?/40(?![\w/]|[.,]\d)"
        rf"(?!{H}*of\b)"
    )
)
GESTATION_BEFORE = re.compile(
    rf"(?<![\w])(?i:at|since|from|by|until|till|before|after|is|was|now|currently|approx\.?"
    rf"|about|~|≈){H}*\Z"
)
PEOPLE_AFTER = re.compile(
    rf"{H}+(?:patients|people|women|mothers|babies|cases|parents|couples)\b"
    rf"(?P<verb>{H}+(?i:are|is|were|was|should|will|would|may|might|can|could|must|need|have"
    rf"|has|had|get|receive|start|stop)\b)?"
)
"""A noun of people after ``N/40``: a count of them (``12/40 women``), unless the weeks are
said at the opening of a clause with that noun its subject (``From 28/40 women should …``)
or after ``at`` (``At 30/40 women are offered …``), as antenatal guidance writes them."""
GESTATION_AFTER = re.compile(rf"{H}+(?i:pregnant|gestation|pregnancy|gestational)\b")


ROMAN = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
}  # fmt: skip
_ROMAN = "viii|vii|iii|ii|iv|ix|vi|v|x|i"
_DOSE_FORM = r"tabs?|tablets?|caps?|capsules?|pills?|puffs?|drops?|gtts?|sprays?|supps?"
DOSE_FORM = StartScanned(re.compile(rf"\b(?:{_DOSE_FORM})\b"))
ROMAN_BEFORE = re.compile(rf"(?<![\w-])(?P<low>{_ROMAN})(?:{H}*[-–]{H}*(?P<high>{_ROMAN}))?{H}+\Z")
ROMAN_AFTER = re.compile(rf"{H}+(?P<low>{_ROMAN})(?:{H}*[-–]{H}*(?P<high>{_ROMAN}))?(?![\w-])")
NOT_A_COUNT_BEFORE = re.compile(
    rf"\b(?i:section|sections|part|parts|chapter|appendix|schedule|phase|stage|type|grade|class"
    rf"|vitamin|table|figure|annex|volume|vol\.?|book|act|article){H}+\Z"
)
"""A label before a Roman numeral makes it the label's (``section v``, ``part ii``)."""


def roman_doses(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every count of dose forms in lower-case Roman numerals (see the module): ``i-ii tabs``
    is 1 to 2 tabs, ``gtt ii`` two drops; ``taken`` are spans already read. Found from the
    dose form out, so the scan costs nothing on a page without one."""
    found: list[Quantity] = []
    for form in DOSE_FORM.finditer(text):
        before = ROMAN_BEFORE.search(text, max(0, form.start() - 16), form.start())
        if before and not NOT_A_COUNT_BEFORE.search(
            text, max(0, before.start() - 14), before.start()
        ):
            span, numeral = (before.start(), form.end()), before
        elif (after := ROMAN_AFTER.match(text, form.end())) and (
            after.group().strip() != "i" or form.group().startswith("gtt")
        ):
            # a lone "i" after a noun is as often the writer (``caps i think``); ``gtt i`` is
            # one drop
            span, numeral = (form.start(), after.end()), after
        else:
            continue
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        low = ROMAN[numeral.group("low")]
        high = ROMAN[numeral.group("high")] if numeral.group("high") else low
        if high < low:
            continue
        found.append(
            Quantity(
                text=text[span[0] : span[1]],
                start=span[0],
                end=span[1],
                low=float(low),
                high=float(high),
                unit=form.group(),
                kind="count",
            )
        )
    return found


def gestation_weeks(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every ``N/40`` or ``N+d/40`` said as a gestational age (see the module), as a duration
    in weeks (``36+2/40`` is 36 2/7 weeks); ``taken`` are spans already read."""
    found: list[Quantity] = []
    if "/40" not in text:
        return found
    for match in GESTATION.finditer(text):
        weeks = int(match.group("weeks"))
        if not 4 <= weeks <= 42 or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        before = GESTATION_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if not before and not GESTATION_AFTER.match(text, match.end()):
            continue
        if (people := PEOPLE_AFTER.match(text, match.end())) and not (
            before
            and (
                before.group().strip().lower() == "at"
                or (people.group("verb") and _opens_a_clause(text, before.start()))
            )
        ):
            continue  # "reported by 12/40 women": twelve of forty, a share
        found.append(_duration(match, weeks + int(match.group("days") or 0) / 7, "week"))
    return found


def _opens_a_clause(text: str, start: int) -> bool:
    """Whether nothing but a clause's end (or the text's start) stands before ``start``."""
    before = text[:start].rstrip(" \t\u00a0\u202f\u2009")
    return not before or before[-1] in "\n\u2028\u2029.!?;:,"


def slash_periods(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every ``N/7``, ``N/52`` or ``N/12`` said as a period (see the module), as a duration in
    days, weeks or months; ``taken`` are spans already read, which it leaves alone."""
    found: list[Quantity] = []
    if "/7" not in text and "/52" not in text and "/12" not in text:
        return found
    for match in SLASH_PERIOD.finditer(text):
        count, over = int(match.group("count")), match.group("over")
        if not 1 <= count <= MOST[over]:
            continue
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        unit, kind = PERIOD_UNIT[over], "duration"
        if AGE_AFTER.match(text, match.end()):
            unit, kind = f"{unit}-old", "measure"  # "a 3/12 old baby", as "a 3-month-old"
        elif not (
            CUE_BEFORE.search(text, max(0, match.start() - 10), match.start())
            or CUE_AFTER.match(text, match.end())
            or (over == "52" and PREGNANT_AFTER.match(text, match.end()))
        ):
            continue
        found.append(
            Quantity(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                low=float(count),
                high=float(count),
                unit=unit,
                kind=kind,
            )
        )
    return found


X_TIMES_PER = StartScanned(
    re.compile(
        rf"[xX×](?<![\w.][xX×])(?P<n>\d{{1,2}}){H}+(?:(?P<adverb>daily|weekly)"
        rf"|(?:a|per|each|every){H}+(?P<period>day|week))\b",
        re.IGNORECASE,
    )
)


def times_per_period(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every ``x2 daily``, ``x3 a week`` (see the module) as a frequency, ``times/day`` or
    ``times/week``; ``taken`` are spans already read, which it leaves alone."""
    found: list[Quantity] = []
    for match in X_TIMES_PER.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        word = (match.group("adverb") or match.group("period")).lower()
        period = "day" if word in ("daily", "day") else "week"
        count = float(match.group("n"))
        found.append(
            Quantity(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                low=count,
                high=count,
                unit=f"times/{period}",
                kind="frequency",
                per=period,
            )
        )
    return found


N_OF_WHOLE = re.compile(rf"={H}*(?P<part>\d{{1,6}})/(?P<whole>\d{{1,6}})(?![\w/]|[.,]\d)")
N_BEFORE = re.compile(rf"(?<![\w])[nN]{H}*\Z")
"""``n`` before the ``=`` of :data:`N_OF_WHOLE` (the scan starts at the rare ``=``)."""


def sample_parts(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every ``n=34/120`` (see the module) as its part, the count 34, as ``n = 34`` reads;
    ``taken`` are spans already read, which it leaves alone."""
    found: list[Quantity] = []
    if "=" not in text:
        return found
    for match in N_OF_WHOLE.finditer(text):
        if not N_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        part, whole = int(match.group("part")), int(match.group("whole"))
        start, end = match.span("part")
        if part > whole or any(s < end and start < e for s, e in taken):
            continue
        found.append(
            Quantity(
                text=match.group("part"), start=start, end=end, low=float(part), high=float(part)
            )
        )
    return found


HOURS_MINUTES = StartScanned(
    re.compile(
        rf"(?<![\w.,:/])(?P<hours>\d{{1,2}}){H}?h(?P<minutes>[0-5]\d)(?:{H}?(?:mins?|m)\b|(?![\w]))"
    )
)
"""A length of time in hours and minutes with the minutes glued after the ``h``, as French,
sports and transport pages write it: ``2h30``, ``1h45min``, ``3 h15``."""
HOURS_MINUTES_GATE = re.compile(r"h[0-5]\d")  # starts with a letter: a fast scan
CLOCK_BEFORE = re.compile(
    rf"(?<![\w])(?i:at|from|until|till|by|before|after|to|since|between|and|opens?|closes?)"
    rf"{H}+\Z"
)
"""Words before ``14h30`` that make it a time of day (``opens at 8h30``), not a length."""


def hours_and_minutes(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every ``NhMM`` said as a length of time, as a duration in hours (``2h30`` is 2.5
    hours); a time of day (after ``at``, ``from``, ``until`` …, :data:`CLOCK_BEFORE`) is none.
    ``taken`` are spans already read, which it leaves alone."""
    found: list[Quantity] = []
    if "h" not in text or not HOURS_MINUTES_GATE.search(text):
        return found
    for match in HOURS_MINUTES.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if CLOCK_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            continue
        value = int(match.group("hours")) + int(match.group("minutes")) / 60
        found.append(_duration(match, value, "hour"))
    return found


def _duration(match: re.Match[str], value: float, unit: str) -> Quantity:
    """The duration a shorthand match writes (``32+4``, ``2h30``), as one exact point."""
    return Quantity(
        text=match.group(),
        start=match.start(),
        end=match.end(),
        low=value,
        high=value,
        unit=unit,
        kind="duration",
    )
