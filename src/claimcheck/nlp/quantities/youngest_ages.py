"""The youngest age a vaccine or medicine is for, said with a bare ``from``: a group label.

Travel clinics, pharmacies and leaflets say who a product is for by the age it may be given
from, without ``of age``: ``hepatitis A from 1 year, oral typhoid from 6 years, yellow fever
from 9 months``, ``the nasal spray is licensed from 2 years``, ``the syrup can be given from 3
months``. That age names who (children of 1 year and over), as ``from 6 months of age`` and
``Age: from 9 months`` already did; read as a duration it was a false CC102 on every product.

Read as a label when ``from`` and a whole number of weeks, months or years stand in a sentence
that speaks of who or what is given (:data:`AGE_CUE`: a child or baby, an age, the youngest,
a vaccine, a jab, a dose, a product licensed, suitable, approved or given), and nothing after
the unit makes it a period of something else (:data:`NOT_AN_AGE_AFTER`): a range's far end
(``from 2 years to 5 years``, ``from 2 years and 6 months``), ``of`` (``from 2 years of
follow-up``; ``of age`` is read elsewhere), a word of when (``from 6 weeks after surgery``,
``later``, ``ago``, ``on``), or another number.

The same holds for the ages a dose is for after ``dose … for`` (:func:`dose_ages`): ``the dose
for 6–11 years is 5 mg``, ``the usual dosage for 12 to 17 years``: the band says who the dose
is for, as ``6–11 years: 5 mg`` in a dose table does.

A week of pregnancy is no age (``vaccination in pregnancy, ideally from 16 weeks``): in a
sentence that speaks of pregnancy or gestation, ``from 16 weeks`` is the time since an event,
a figure (s58x).

The ages a schedule gives its doses or visits at are labels too (:func:`schedule_ages`, s58x):
``vaccinated at 6, 10 and 14 weeks after birth``, ``an extra appointment at 15 months``,
``the booster is due at 3 years 4 months``: after a word of giving, a dose, a jab, a booster, a
vaccination or an appointment and ``at``, each number of the list is the age of the children
it falls at, in a sentence about children. A time after something else stays a figure (``a
second dose at 8 weeks after the first``, ``a booster at 12 months`` in a sentence counting
``after the first``), and so does a list with ``apart`` or ``later`` after it.

Decided: a change's start stays a figure (``the wait fell from 2 years``: a verb of change is
no cue, and the clause must name who); ``from 6 weeks`` in a sentence about a child that is
not about giving anything (``babies sleep 14 hours from 3 months``) is read as the age too,
as ``at 3 months`` would name when in a child's life.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.required_words import Gated

FROM_AGE = StartScanned(
    re.compile(
        rf"(?<![\w-])(?i:from){H}+(?P<n>\d{{1,3}}){H}*(?P<unit>(?i:weeks?|months?|years?|yrs?))"
        rf"(?![\w'’-])"
    )
)
"""``from`` and a whole number of weeks, months or years, no ``old`` after."""
NOT_AN_AGE_AFTER = re.compile(
    rf"{H}*(?:[-–—]{H}*\d|(?i:to|until|till|through|of|after|before|later|earlier|ago"
    rf"|on|since|post|following|into|onwards?{H}+(?:of|after)|old|older)\b"
    rf"|(?i:and|or){H}+\d|\d)"
)
"""What after the unit makes it a period of something else (see the module)."""
AGE_CUE = re.compile(
    r"\b(?i:child|children|kids?|babies|baby|infants?|toddlers?|newborns?|youngest|oldest"
    r"|ages?|aged|licen[cs]ed|suitable|approved|given|vaccines?|vaccinat\w+|jabs?|doses?"
    r"|immuni[sz]\w+)\b"
)
"""A word in the sentence that makes ``from N months`` the age a product is for."""
SENTENCE_END = re.compile(r"[.!?](?=\s)|[\n\u2029\u2028]")
"""Where a sentence ends: the cue must stand in the same one."""
PREGNANCY_CUE = re.compile(r"\b(?i:pregnan\w*|gestation\w*|antenatal|expecting)\b")
"""A word that makes ``from 16 weeks`` a week of pregnancy, the time since an event."""
MOST = {"week": 104, "month": 60, "year": 120}
"""The largest age read in each unit (``from 200 weeks`` is no child's age)."""


DOSE_FOR_AGES = re.compile(
    rf"\b(?i:doses?|dosages?|dosing)(?:{H}+[a-z]+){{0,2}}?{H}+(?i:for){H}+"
    rf"(?P<span>(?P<low>\d{{1,2}}){H}*(?:[-–—]|(?i:to)){H}*(?P<high>\d{{1,2}}){H}*"
    rf"(?P<unit>(?i:weeks?|months?|years?|yrs?)))(?![\w'’-])"
)
"""``dose for 6–11 years``, ``usual dosage for 12 to 17 years``: the band a dose is for."""


class YoungestAge(NamedTuple):
    """``from 1 year``: ``start``/``end`` of the whole phrase, ``low`` its number, ``unit``
    ``week``, ``month`` or ``year``."""

    start: int
    end: int
    low: float
    unit: str


def youngest_ages(text: str) -> list[YoungestAge]:
    """Every ``from N months``/``years``/``weeks`` in ``text`` that names the youngest age a
    product is for (see the module)."""
    if "from" not in text and "From" not in text and "FROM" not in text:
        return []
    found = []
    for match in FROM_AGE.finditer(text):
        if NOT_AN_AGE_AFTER.match(text, match.end()):
            continue
        unit = _unit(match.group("unit"))
        low = float(match.group("n"))
        if low > MOST[unit] or not _cued(text, match.start(), match.end()):
            continue
        if _cued(text, match.start(), match.end(), PREGNANCY_CUE):
            continue  # "vaccination in pregnancy, ideally from 16 weeks": weeks of pregnancy
        found.append(YoungestAge(match.start(), match.end(), low, unit))
    return found


def _unit(written: str) -> str:
    lowered = written.lower()
    if lowered.startswith("w"):
        return "week"
    if lowered.startswith("m"):
        return "month"
    return "year"


def _cued(text: str, start: int, end: int, cue: re.Pattern[str] | None = None) -> bool:
    """Whether :data:`AGE_CUE` (or ``cue``) stands in the sentence around ``start``–``end``."""
    ends_before = list(SENTENCE_END.finditer(text, max(0, start - 300), start))
    sentence_start = ends_before[-1].end() if ends_before else max(0, start - 300)
    ends_after = SENTENCE_END.search(text, end, end + 300)
    sentence_end = ends_after.start() if ends_after else min(len(text), end + 300)
    return (cue or AGE_CUE).search(text, sentence_start, sentence_end) is not None


class AgeBand(NamedTuple):
    """``6–11 years`` after ``dose … for``: ``start``/``end`` of the band, its ends and unit."""

    start: int
    end: int
    low: float
    high: float
    unit: str


def dose_ages(text: str) -> list[AgeBand]:
    """Every band of ages a dose is said to be for (:data:`DOSE_FOR_AGES`), its far end above
    its near one."""
    if "for" not in text:
        return []
    bands = []
    for match in DOSE_FOR_AGES.finditer(text):
        low, high = float(match.group("low")), float(match.group("high"))
        if high > low:
            start, end = match.span("span")
            bands.append(AgeBand(start, end, low, high, _unit(match.group("unit"))))
    return bands


SCHEDULE_AT = Gated(
    re.compile(
        rf"\b(?i:vaccinated|vaccinations?|immuni[sz]ed|immuni[sz]ations?|given|due|offered"
        rf"|appointments?|boosters?|doses?|jabs?|injections?|check-?ups?|checks?)"
        rf"{H}+(?i:at){H}+"
        rf"(?P<list>\d{{1,2}}(?:{H}*,{H}*\d{{1,2}})*(?:,?{H}+(?i:and|or){H}+\d{{1,2}})?)"
        rf"{H}*(?P<unit>(?i:weeks?|months?|years?))"
        rf"(?P<more>{H}+(?:(?i:and){H}+)?\d{{1,2}}{H}+(?i:months?|weeks?))?(?![\w'’-])"
    )
)
"""A word of giving, a dose or a visit, ``at`` and a list of ages in one unit (a year's age
may go on in months: ``3 years 4 months``)."""
NOT_A_SCHEDULE_AFTER = re.compile(
    rf"{H}*(?i:apart|later|earlier|intervals?)\b|{H}+(?i:after){H}+(?!(?i:birth)\b)"
)
"""What after the list makes it a time since something other than birth (``4 weeks apart``,
``at 8 weeks after the first``)."""


CHILD_CUE = re.compile(
    r"\b(?i:child|children|kids?|babies|baby|infants?|toddlers?|newborns?|birth|birthday"
    r"|premature\w*|of{H}+age)\b".replace("{H}", H)
)
"""A schedule's ages are a child's: a word of one must stand in the sentence."""
SINCE_A_DOSE = re.compile(
    r"\b(?i:after|since|following){H}+(?i:the|their|your|a){H}+(?i:first|previous|last|prior"
    r"|primary|initial|second)\b".replace("{H}", H)
)
"""A sentence that counts from an earlier dose: its times are intervals, not ages."""


def schedule_ages(text: str) -> list[AgeBand]:
    """Each age of a list a dose, a jab or a visit is given at (:data:`SCHEDULE_AT`): one
    band per number, in the list's unit (see the module)."""
    if "at" not in text:
        return []
    found = []
    for match in SCHEDULE_AT.finditer(text):
        after = match.end()
        if NOT_A_SCHEDULE_AFTER.match(text, after):
            continue
        if not _cued(text, match.start(), after, CHILD_CUE) or _cued(
            text, match.start(), after, SINCE_A_DOSE
        ):
            continue  # "a booster at 12 months" after "1 month after the first": since a dose
        unit = _unit(match.group("unit"))
        numbers = list(re.finditer(r"\d{1,2}", match.group("list")))
        base = match.start("list")
        for index, number in enumerate(numbers):
            start = base + number.start()
            end = match.end() if index == len(numbers) - 1 else base + number.end()
            low = float(number.group())
            if low > MOST[unit]:
                break
            if index == len(numbers) - 1 and match.group("more"):
                extra = re.match(r"\D*(\d{1,2})\D*", match.group("more"))
                if unit == "year" and extra and "month" in match.group("more").lower():
                    low, unit = low * 12 + float(extra.group(1)), "month"
            found.append(AgeBand(start, end, low, low, unit))
    return found
