"""The unit vocabulary shared by the registry and the draft side.

A unit is understood when it normalises to one of:

- ``percent`` (also written ``%``, ``per cent``, ``pct``), ``percentage points`` and ``‰``
  (per mille, also written ``per mille``, ``per mil``);
- an ISO 4217 currency code (``USD``; ``$``, ``US$``, ``€``, ``£``, ``₹`` map to theirs),
  optionally per period: ``USD/month``, ``EUR per year``;
- a time unit: ``minute hour day week month year`` (plurals and ``yr``, ``mo``… normalise to
  the singular);
- ``fold``, ``proportion``, ``°C``;
- a concentration, dose or flow with slashes, as drafts write it (``mg/dL``, ``mmol/L``,
  ``mL/min/1.73 m²`` for eGFR, ``mg/kg/day``), spelled as the extractor spells it;
- a counted noun: lower-case words joined by spaces or hyphens (``patients``, ``new cases``),
  optionally per period: ``deaths/year``, ``cases per year``.

Anything with digits or other symbols is not understood, nor is a period that is not a time
unit (``deaths/patient``), nor a word one typo away from a known unit (``pecent``), which would
otherwise pass as a counted noun; :func:`suggest_unit` names the likely intended unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from claimcheck.nlp.lay_names import field_name
from claimcheck.nlp.quantities.price_bases import BASIS_HEADS
from claimcheck.nlp.quantities.units import COMPOUND_UNIT, compound_unit

PERCENT = "percent"
PERCENTAGE_POINTS = "percentage points"

CURRENCY_CODES = frozenset(
    [
        "AED",
        "ARS",
        "AUD",
        "BDT",
        "BRL",
        "CAD",
        "CHF",
        "CLP",
        "CNY",
        "COP",
        "CZK",
        "DKK",
        "EGP",
        "EUR",
        "GBP",
        "HKD",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "JPY",
        "KES",
        "KRW",
        "MXN",
        "MYR",
        "NGN",
        "NOK",
        "NZD",
        "PHP",
        "PKR",
        "PLN",
        "QAR",
        "RUB",
        "SAR",
        "SEK",
        "SGD",
        "THB",
        "TRY",
        "TWD",
        "UAH",
        "USD",
        "VND",
        "ZAR",
    ]
)
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₹": "INR"}

TIME_UNITS = ("minute", "hour", "day", "week", "month", "year")
_TIME_ALIASES = {
    **{unit: unit for unit in TIME_UNITS},
    **{unit + "s": unit for unit in TIME_UNITS},
    "second": "second",
    "seconds": "second",
    "sec": "second",
    "secs": "second",
    "min": "minute",
    "mins": "minute",
    "hr": "hour",
    "hrs": "hour",
    "wk": "week",
    "wks": "week",
    "mo": "month",
    "mos": "month",
    "yr": "year",
    "yrs": "year",
}
_WORD_UNITS = {
    "%": PERCENT,
    "percent": PERCENT,
    "per cent": PERCENT,
    "pct": PERCENT,
    "percentage point": PERCENTAGE_POINTS,
    "percentage points": PERCENTAGE_POINTS,
    "fold": "fold",
    "-fold": "fold",
    "proportion": "proportion",
    "‰": "‰",
    "per mille": "‰",
    "per mil": "‰",
    "permille": "‰",
    "°c": "°C",
    "degrees celsius": "°C",
    "celsius": "°C",
    **_TIME_ALIASES,
}
MEASUREMENT_UNITS: dict[str, tuple[str, str, float]] = {
    # spelling (lower case) -> (canonical unit, dimension, size in the dimension's base unit)
    **{s: ("µg", "mass", 1e-6) for s in ("µg", "μg", "ug", "mcg", "microgram", "micrograms")},
    **{s: ("pg", "mass", 1e-12) for s in ("pg", "picogram", "picograms")},
    **{s: ("ng", "mass", 1e-9) for s in ("ng", "nanogram", "nanograms")},
    **{s: ("mg", "mass", 1e-3) for s in ("mg", "milligram", "milligrams")},
    **{s: ("g", "mass", 1.0) for s in ("g", "gram", "grams", "gramme", "grammes")},
    **{s: ("kg", "mass", 1e3) for s in ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos")},
    **{s: ("lb", "mass", 453.59237) for s in ("lb", "lbs")},
    **{s: ("mL", "volume", 1e-3) for s in ("ml", "millilitre", "millilitres", "milliliter",
                                            "milliliters", "cc")},
    **{s: ("µL", "volume", 1e-6) for s in ("µl", "μl", "ul", "microlitre", "microlitres",
                                           "microliter", "microliters")},
    # a cubic millimetre is a microlitre: blood counts are given in either (350 cells/mm³)
    **{s: ("mm3", "volume", 1e-6) for s in ("mm3", "mm³", "cmm", "cubic millimetre",
                                            "cubic millimetres", "cubic millimeter")},
    **{s: ("dL", "volume", 0.1) for s in ("dl", "decilitre", "decilitres", "deciliter")},
    **{s: ("fL", "volume", 1e-15) for s in ("fl", "femtolitre", "femtolitres", "femtoliter",
                                            "femtoliters")},
    **{s: ("L", "volume", 1.0) for s in ("l", "litre", "litres", "liter", "liters")},
    # an eye's axial length is given in millimetres or micrometres (200 µm is 0.20 mm)
    **{s: ("µm", "length", 1e-6) for s in ("µm", "μm", "um", "micron", "microns",
                                            "micrometre", "micrometres", "micrometer",
                                            "micrometers")},
    **{s: ("mm", "length", 1e-3) for s in ("mm", "millimetre", "millimetres", "millimeter",
                                            "millimeters")},
    **{s: ("cm", "length", 1e-2) for s in ("cm", "centimetre", "centimetres", "centimeter",
                                            "centimeters")},
    **{s: ("m", "length", 1.0) for s in ("metre", "metres", "meter", "meters")},
    **{s: ("km", "length", 1e3) for s in ("km", "kilometre", "kilometres", "kilometer",
                                           "kilometers")},
    **{s: ("m²", "area", 1.0) for s in ("m²", "m2", "sq m", "square metre", "square meter")},
    **{s: ("mmol", "amount", 1e-3) for s in ("mmol", "millimole", "millimoles")},
    **{s: ("µmol", "amount", 1e-6) for s in ("µmol", "μmol", "umol", "mcmol", "micromole",
                                              "micromoles")},
    **{s: ("nmol", "amount", 1e-9) for s in ("nmol", "nanomole", "nanomoles")},
    **{s: ("pmol", "amount", 1e-12) for s in ("pmol", "picomole", "picomoles")},
    **{s: ("mmHg", "pressure", 1.0) for s in ("mmhg", "mm hg")},
    **{s: ("kPa", "pressure", 7.500615758) for s in ("kpa", "kilopascal", "kilopascals")},
    **{s: ("kcal", "energy", 1.0) for s in ("kcal", "calorie", "calories", "kilocalorie",
                                             "kilocalories")},
    **{s: ("kJ", "energy", 1 / 4.184) for s in ("kj", "kilojoule", "kilojoules")},
    **{s: ("Bq", "activity", 1.0) for s in ("bq", "becquerel", "becquerels")},
    **{s: ("kBq", "activity", 1e3) for s in ("kbq",)},
    **{s: ("MBq", "activity", 1e6) for s in ("mbq", "megabecquerel", "megabecquerels")},
    **{s: ("GBq", "activity", 1e9) for s in ("gbq", "gigabecquerel", "gigabecquerels")},
    **{s: ("Ci", "activity", 3.7e10) for s in ("ci", "curie", "curies")},
    **{s: ("mCi", "activity", 3.7e7) for s in ("mci", "millicurie", "millicuries")},
    **{s: ("µCi", "activity", 3.7e4) for s in ("µci", "μci", "uci", "microcurie", "microcuries")},
    **{s: ("Sv", "effective dose", 1.0) for s in ("sv", "sievert", "sieverts")},
    **{s: ("mSv", "effective dose", 1e-3) for s in ("msv", "millisievert", "millisieverts")},
    **{s: ("µSv", "effective dose", 1e-6) for s in ("µsv", "μsv", "usv", "microsievert",
                                                    "microsieverts")},
    **{s: ("Gy", "absorbed dose", 1.0) for s in ("gy", "gray", "grays")},
    **{s: ("cGy", "absorbed dose", 1e-2) for s in ("cgy", "centigray", "centigrays")},
    **{s: ("mGy", "absorbed dose", 1e-3) for s in ("mgy", "milligray", "milligrays")},
    **{s: ("dB", "sound level", 1.0) for s in ("db", "dba", "db(a)", "decibel", "decibels")},
}  # fmt: skip
"""Units of measurement a registry value may be in, written as the field writes them
("mmHg", "mL", "kg"), in any case; figures convert within a dimension (0.16 L is 160 mL;
the pound is the international avoirdupois pound, 0.45359237 kg; the kilocalorie is the
thermochemical one, 4.184 kJ; a radioiodine activity in mCi is 37 MBq each, by the
curie's definition, 3.7 × 10¹⁰ Bq; a radiation dose in sieverts (effective dose: Sv, mSv,
µSv) or grays (absorbed dose: Gy, cGy, mGy), which never convert into each other)."""
MEASUREMENT_SYMBOLS = {entry[0]: entry for entry in MEASUREMENT_UNITS.values()}
"""Each unit of measurement by the symbol a figure's unit is normalised to (``m`` for "422
metres"), as written in :data:`MEASUREMENT_UNITS`' first field."""
_PER = re.compile(r"\s*/\s*|\s+(?:per|a)\s+")
_COMPOUND_UNIT = re.compile(COMPOUND_UNIT)
"""A concentration, dose or flow written with slashes, as the extractor reads it in a draft
(``mL/min/1.73 m²``, ``mg/kg/day``, ``µmol/L``, ``cells/mm³``): a registry value may be in
any of them, spelled as :func:`compound_unit` spells the draft's."""
_COUNTED_NOUN = re.compile(r"[a-z]+(?:[ -][a-z]+)*")
# A counted noun this close (rapidfuzz ratio) to a known unit word is taken for a typo of it.
TYPO_SIMILARITY = 80


DAILY = re.compile(r"(?:day|night|24\s*(?:hours?|hrs?|h))", re.IGNORECASE)
"""The periods of a duration said per day ("hours/day", "hours per night", "hours per 24
hours"): read as the duration, as a draft's "7 hours a night" is."""


def _normalise_period(text: str) -> str | None:
    return _TIME_ALIASES.get(text.strip().lower())


def _normalise_amount(text: str) -> str | None:
    """The unit before any ``/period``: a vocabulary word, a currency or a counted noun."""
    lowered = text.lower()
    if lowered in _WORD_UNITS:
        return _WORD_UNITS[lowered]
    if lowered in MEASUREMENT_UNITS:
        return MEASUREMENT_UNITS[lowered][0]
    if lowered in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[lowered]
    if text.upper() in CURRENCY_CODES and (text.isupper() or text.islower()):
        return text.upper()
    if _COUNTED_NOUN.fullmatch(text) and "per" not in text.split() and not _looks_like_typo(text):
        return text
    return None


def _looks_like_typo(noun: str) -> bool:
    if " " in noun or "-" in noun:
        return False
    match = process.extractOne(noun, list(_WORD_UNITS), scorer=fuzz.ratio)
    return match is not None and match[1] >= TYPO_SIMILARITY


RATE_UNIT = re.compile(
    r"(?:(?P<noun>[a-z][a-z -]*?)(?:\s+per\s+|\s*/\s*)|per\s+)"
    r"(?:(?P<one>(?:person|patient|women|woman|men|man|child)[- ]years?)|(?P<n>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s+(?:people|persons|population|inhabitants|residents|adults|children|women|men"
    r"|live\s+births|(?:total\s+)?births|patients|(?:person|patient|women|woman|men|man|child)"
    r"[- ]years|(?:patient|catheter|device|ventilator|line|bed|occupied\s+bed)[- ]days"
    r"|(?:(?:hospital|emergency|patient|surgical|delivery|elective|inpatient|acute)\s+)?"
    r"(?:deliveries|admissions|discharges|procedures|operations|hospitali[sz]ations"
    r"|consultations)))?)"
)
"""A rate per population: ``per 100,000``, ``deaths per 100,000 people``, ``cases/100000``;
``per 10,000 women-years`` is per 10,000 person-years of women, as a trial table writes it;
``per 1,000 catheter-days`` (also patient-, device-, ventilator-, line- and bed-days) is the
device-day rate infection-prevention surveillance reports (CDC NHSN), compared by its number,
as is a rate per hospital events (``per 100 admissions``, ``per 1,000 deliveries``);
``episodes per person-year`` is per one person-year, as a trial reports recurrences.
"""


def rate_denominator(text: str) -> float | None:
    """The population a rate is per (``per 100,000 people`` -> 100000.0), None for a unit
    that is no rate per population."""
    found = RATE_UNIT.fullmatch(" ".join(text.lower().split()))
    if found is None:
        return None
    if found.group("one"):
        return 1.0  # "episodes per person-year": one unit of person-time
    value = float(found.group("n").replace(",", ""))
    return value if value > 0 else None


@lru_cache(maxsize=4096)  # asked for every figure and candidate claim: a few dozen spellings
def normalise_unit(text: str) -> str | None:
    """The canonical spelling of a unit (``"%"`` -> ``"percent"``, ``"months"`` -> ``"month"``,
    ``"$ per month"`` -> ``"USD/month"``, ``"mL/min/1.73 m²"`` -> ``"mL/min/1.73m2"``), or
    ``None`` when it is not understood."""
    collapsed = " ".join(text.split())
    if collapsed.upper() == "IU":
        return "unit"  # international units, as the extractor reads "600 IU"
    unit = _normalise_unit(text)
    if unit is None and "/" in collapsed and _COMPOUND_UNIT.fullmatch(collapsed):
        return compound_unit(collapsed)  # mL/min/1.73 m², mg/kg/day, copies/mL, cells/mm³
    return unit


PERIOD_SPELLINGS = {"d": "day", "day": "day", "wk": "week", "week": "week", "mo": "month",
                    "month": "month", "yr": "year", "y": "year", "year": "year"}  # fmt: skip
"""How a compound unit's period is abbreviated (``mg/d``, ``IU/d``, ``g/wk``)."""
PERSON_SPELLINGS = frozenset(
    {"person", "head", "capita", "resident", "inhabitant", "citizen", "individual"}
)
"""What "per person" is said as in health-spending figures (``$14,600 per head``, ``per
capita``, ``for every resident``): one denominator, a person of the population."""
COMPARED_AS_PERSON = PERSON_SPELLINGS | {"woman", "man", "patient", "adult", "child"}
"""… and, when two prices are compared, the people a page is about (``€9,579 per woman``,
``per patient`` against a claim per person); each unit keeps its own spelling."""


def comparable_unit(unit: str | None) -> str | None:
    """A unit with the spellings that say one thing made one, for comparing two units only:
    ``IU/d`` and ``unit/day``, ``mg/d`` and ``mg/day`` are one unit (dietary reference
    values write the day as ``d``: "600 IU/d", "38 g/d")."""
    if unit is None:
        return None
    top, slash, bottom = unit.partition("/")
    top = "unit" if top.upper() == "IU" else top
    if slash and "/" not in bottom:
        bottom = PERIOD_SPELLINGS.get(bottom.lower(), bottom)
        if bottom.lower() in COMPARED_AS_PERSON:
            bottom = "person"
    return f"{top}{slash}{bottom}"


def _normalise_unit(text: str) -> str | None:
    collapsed = " ".join(text.split())
    if not collapsed:
        return None
    if (rate := RATE_UNIT.fullmatch(collapsed.lower())) is not None:
        denominator = rate_denominator(collapsed)
        noun = rate.group("noun")
        if denominator is None or (noun and _normalise_amount(noun) is None):
            return None
        return f"{noun + ' ' if noun else ''}per {denominator:,.0f}"
    parts = _PER.split(collapsed, maxsplit=1)
    if len(parts) != 2 or collapsed.lower() in _WORD_UNITS:
        return _normalise_amount(collapsed)
    amount, period = _normalise_amount(parts[0]), _normalise_period(parts[1])
    if amount in ("minute", "hour") and DAILY.fullmatch(parts[1].strip()):
        return amount  # "hours/day" of sleep or oxygen: drafts' "7 hours a night" are hours
    per_measure = MEASUREMENT_UNITS.get(parts[1].strip().lower())
    if period is None and per_measure is not None and parts[0].lower() in MEASUREMENT_UNITS:
        return f"{MEASUREMENT_UNITS[parts[0].lower()][0]}/{per_measure[0]}"  # mg/dL, kg/m²
    if (
        period is None
        and per_measure is not None
        and amount in (None, parts[0].strip())
        and _COUNTED_NOUN.fullmatch(parts[0].strip())
        and parts[0].strip() not in _WORD_UNITS
    ):
        # "sperm/mL", "platelets/µL": a count per volume (a noun near a unit word, as
        # "platelets" is to "tablets", is no typo before a volume)
        return f"{parts[0].strip()}/{per_measure[0]}"
    if amount in CURRENCY_CODES and period is None and (item := _priced_item(parts[1])):
        return f"{amount}/{item}"  # "GBP/person", "USD per visit": a price or cost per item
    if amount is None or period is None or amount in (PERCENT, PERCENTAGE_POINTS, "°C"):
        return None
    if amount in TIME_UNITS or amount in ("fold", "proportion"):
        return None
    return f"{amount}/{period}"


BASIS_HEAD = re.compile(BASIS_HEADS, re.IGNORECASE)
"""The things a price of two words is per (``prescription item``), as the extractor reads
them (:mod:`claimcheck.nlp.quantities.price_bases`)."""
PRICED_ITEMS = frozenset(
    """person patient capita head visit stay case procedure cycle session treatment admission
    infection course dose tablet pack appointment night tooth implant vial injection test
    scan operation birth""".split()
)
"""What a sum of money may be per in a registry unit (``GBP/person``, ``USD/visit``,
``EUR/cycle``): health spending per person, a charge per stay, a price per cycle."""
_ITEM_SPELLINGS = {
    "people": "person", "persons": "person", "teeth": "tooth",
    # spending per woman or man is per person of the population a page is about
    "woman": "person", "women": "person", "man": "person", "men": "person",
}  # fmt: skip


def _priced_item(text: str) -> str | None:
    """The item a sum of money is per (``person`` of "persons", "people", "capita"), or None."""
    word = " ".join(text.lower().split())
    word = _ITEM_SPELLINGS.get(word, word)
    if word.endswith("s") and word[:-1] in PRICED_ITEMS | PERSON_SPELLINGS:
        word = word[:-1]
    if word in PERSON_SPELLINGS:
        return "person"  # "per head", "per capita", "per resident": spending per person
    if word in PRICED_ITEMS:
        return word
    *modifiers, head = word.split() or [""]
    if (
        modifiers
        and len(modifiers) <= 2
        and _COUNTED_NOUN.fullmatch(word)
        and (head in PRICED_ITEMS or BASIS_HEAD.fullmatch(head))
    ):
        return word  # "prescription item", "clinic visit": the two words the extractor keeps
    return None


def unit_is_understood(unit: str) -> bool:
    return normalise_unit(unit) is not None


def suggest_unit(text: str) -> str | None:
    """The understood unit closest to ``text``, for "did you mean" in error messages."""
    collapsed = " ".join(text.split())
    parts = _PER.split(collapsed, maxsplit=1)
    if len(parts) == 2 and parts[0] and normalise_unit(parts[0]) is not None:
        period = process.extractOne(parts[1], TIME_UNITS, scorer=fuzz.ratio, score_cutoff=50)
        suggestion = f"{normalise_unit(parts[0])}/{period[0]}" if period else ""
        return normalise_unit(suggestion)
    if collapsed.isalpha() and collapsed.isupper() and len(collapsed) <= 4:
        match = process.extractOne(
            collapsed,
            sorted(CURRENCY_CODES),
            scorer=DamerauLevenshtein.normalized_similarity,
            score_cutoff=0.6,
        )
        return match[0] if match else None
    if normalise_unit(collapsed.lower()) is not None:
        return normalise_unit(collapsed.lower())
    match = process.extractOne(collapsed, list(_WORD_UNITS), scorer=fuzz.ratio, score_cutoff=60)
    return normalise_unit(match[0]) if match else None


def same_counted_events(draft_noun: str, source_noun: str) -> bool:
    """Whether two units, periods aside, count the same events: both counted nouns whose
    head nouns agree (``painful crises`` and ``crises``; not ``people`` and ``deaths``, nor a
    unit of measurement), or an operation by its name and procedures, a health event and its
    cases."""
    if not (_is_counted_noun(draft_noun) and _is_counted_noun(source_noun)):
        return False
    draft, source = _counted_noun_stem(draft_noun)[0], _counted_noun_stem(source_noun)[0]
    # an operation by its name is a procedure, a health event one of its cases: "200 kidney
    # cyst removals every day" against operations a year
    return (
        draft == source
        or _named_procedure(draft, source)
        or _named_procedure(source, draft)
        or _event_and_cases(draft, source)
        or _event_and_cases(source, draft)
    )


def _counted_noun_stem(unit: str) -> tuple[str, str | None]:
    """A counted noun's last word without its plural ``s``, and its period; an everyday
    name by the field's (``broken hips`` count ``fracture``: :mod:`~claimcheck.nlp.lay_names`);
    a hospital stay by any of its names (``admissions``, ``hospital stays``) is
    ``hospitalization``, and a death certificate or registration a ``death``."""
    noun, _, period = unit.partition("/")
    words = noun.replace("-", " ").split()
    named = field_name(" ".join(words).lower())
    last = named.split()[-1] if named else words[-1]  # "broken hips" count hip fractures
    stem = last[:-1] if last.endswith("s") else last
    if stem in HOSPITAL_STAYS or (stem == "stay" and "hospital" in words):
        stem = "hospitalization"
    elif stem in ("certificate", "registration") and "death" in words:
        stem = "death"  # "recorded on 232,112 death certificates": each is one death
    return stem, (period or None)


HOSPITAL_STAYS = frozenset({"admission", "hospitalisation", "hospitalization"})
"""The names of one hospital stay, counted alike (``3.6 million hospital admissions`` against a
claim in ``hospitalizations``)."""


@lru_cache(maxsize=4096)  # every candidate of every figure asks: a few dozen units a page
def units_compatible(draft_unit: str | None, source_unit: str | None) -> bool:
    """Whether a draft figure and a registry figure measure the same kind of thing.

    Units compare after normalisation. Counted nouns are compatible when their last words agree
    up to a plural ``s`` (``HCC patients`` ~ ``patients``) and their periods agree, a missing
    period on either side being taken as a year (``830,000 deaths`` ~ ``deaths/year``; not
    ``people`` ~ ``deaths/day``).
    A draft's count of people (``830,000 people``, ``patients``) may stand for a registry's count
    of people or of what happens to them (``deaths``, ``cases``, ``hospitalizations``: "put
    52,000 people in hospital"): the words around it decide; and a count of cases or diagnoses
    for a count of people (the people diagnosed).
    A draft figure with no unit is compatible with a bare statistic, a counted noun or a unit
    of measurement (the unit is often far from the number: "5.8 vs 3.0 kg"), never with a
    percentage, money or a duration.
    """
    draft, source = _loose_unit(draft_unit), _loose_unit(source_unit)
    if draft is not None and AGE_GROUP_UNIT.fullmatch(draft):
        draft = "people"  # "4.9 million under-5s died": people, of that age
    if draft == source:
        return True
    if draft and source and (_how_often(draft, source) or _how_often(source, draft)):
        return True
    if draft is None:
        return source is not None and (
            _is_counted_noun(source) or source.partition("/")[0].lower() in MEASUREMENT_UNITS
        )
    if source is None or not (_is_counted_noun(draft) and _is_counted_noun(source)):
        return False
    (draft_noun, draft_period), (source_noun, source_period) = (
        _counted_noun_stem(draft),
        _counted_noun_stem(source),
    )
    # a count with no period may be a year's total ("830,000 deaths" ~ deaths/year), never a
    # day's, week's or month's (a list of 100,000 people is not 100,000 a day)
    periods_agree = draft_period == source_period or {draft_period, source_period} <= {None, "year"}
    same_noun = (
        draft_noun == source_noun
        or (_counts_deaths(draft_noun, draft) and source_noun == "death")
        or (source.split()[0].lower() == "fatal" and draft_noun == "death")
        or (
            _is_person_noun(draft_noun)
            and (_is_person_noun(source_noun) or source_noun in PERSON_EVENTS)
            and not _other_roles(draft_noun, source_noun)
        )
        or _event_and_cases(draft_noun, source_noun)
        or _event_and_cases(source_noun, draft_noun)
        or (draft_noun.split()[-1] in DIAGNOSED_NOUNS and _is_person_noun(source_noun))
        or (draft_noun in PERSON_EVENTS and _is_person_noun(source_noun))
        or _named_procedure(draft_noun, source_noun)
        or _named_procedure(source_noun, draft_noun)
        or _named_device(draft_noun, source_noun)
        or _named_device(source_noun, draft_noun)
        or _acronym_for(draft_unit, source_noun)
        or _acronym_for(source_unit, draft_noun)
    )
    return same_noun and periods_agree


def _how_often(frequency: str, count: str) -> bool:
    """Whether ``frequency`` says how often (``times/week``: "3 times a week") what ``count``
    counts per the same period (``sessions/week``, ``visits/month``, ``doses/day``): each
    time is one session, visit or dose."""
    times, _, period = frequency.partition("/")
    noun, _, count_period = count.partition("/")
    return (
        times == "times"
        and bool(period)
        and period == count_period
        and noun != "times"
        and _is_counted_noun(noun)
    )


ACRONYM_COUNTED = re.compile(r"(?:^|\s)(?P<acronym>[A-Z][A-Z0-9]*[A-Z])s?(?:/|$)")
"""A count whose noun is an acronym, plural or not: ``400,000 new STIs``, ``45 MIs``."""


def _acronym_for(unit: str | None, noun: str) -> bool:
    """Whether a count named by an acronym (``new STIs``, ``MIs``, ``UTIs``) may be a count in
    ``noun`` (singular): its cases, diagnoses or events, or the word its last letter stands
    for (``STIs`` are infections, ``MIs`` infarctions, ``TIAs`` attacks)."""
    found = ACRONYM_COUNTED.search(unit or "")
    if found is None:
        return False
    last = found.group("acronym")[-1].lower()
    return (
        noun in CASE_NOUNS
        or noun in ("diagnose", "diagnosi")
        or noun.startswith(last)
        # "72,991 TAVRs", "PCIs", "CABGs" against a claim in procedures: an operation named
        # by its acronym, whose last letter stands for what is done (replacement,
        # implantation, intervention, graft)
        or (noun in PROCEDURE_NOUNS and any(word.startswith(last) for word in PROCEDURE_ACTS))
    )


def _counts_deaths(noun: str, unit: str) -> bool:
    """A count of deaths by what they are (:data:`DEATH_NOUNS`), or of events the unit says
    are fatal: ``5,190 fatal work injuries``, ``fatal crashes``, ``fatal overdoses`` count
    deaths, as the US Census of Fatal Occupational Injuries counts them."""
    return noun in DEATH_NOUNS or unit.split()[0].lower() == "fatal"


def _event_and_cases(event: str, cases: str) -> bool:
    """``12.2 million strokes`` against a claim in ``cases``: a count of a health event is a
    count of its cases (or episodes, events), never of deaths."""
    head = event.split()[-1]
    return (head in HEALTH_EVENTS or bool(TUMOUR_NAME.search(head))) and cases in CASE_NOUNS


TUMOUR_NAME = re.compile(r"(?:^|[a-z])(?:cancer|tumou?r|neoplasm|oma)$")
"""A count of cancers by name (``614,000 new bladder cancers``, ``20,000 melanomas``,
``lymphomas``, ``carcinomas``; singular, a plural ``s`` cut) is a count of cases."""


def _named_procedure(named: str, procedures: str) -> bool:
    """``8,589 primary hip replacements`` or ``600,000 hysterectomies`` against a claim in
    ``procedures`` (``operations``, ``surgeries``): a count of an operation by its own name is
    a count of procedures."""
    head = named.split()[-1]
    return procedures in PROCEDURE_NOUNS and (
        head in PROCEDURE_NAMES or bool(PROCEDURE_SUFFIX.search(head))
    )


def _named_device(named: str, devices: str) -> bool:
    """``118,100 cochlear implants`` or ``12,000 pacemakers`` against a claim in ``devices``:
    a count of a medical device by its own name is a count of devices."""
    return devices == "device" and named.split()[-1] in DEVICE_NAMES


DEVICE_NAMES = frozenset(
    "implant pacemaker defibrillator stent valve pump aid lens prosthese prosthesis "
    "catheter inhaler monitor sensor".split()
)
"""Medical devices counted by their own name (singular, a plural ``s`` cut)."""


PROCEDURE_NOUNS = frozenset({"procedure", "operation", "surgery", "surgerie"})
PROCEDURE_NAMES = frozenset(
    "replacement revision transplant transplantation implant implantation bypass repair "
    "resection removal extraction amputation augmentation reconstruction reduction "
    "graft fusion biopsy biopsie section delivery deliverie termination abortion "
    "vasectomy circumcision ablation angioplasty "
    # diagnostic procedures a service counts ("620,000 DXA scans", "3.4 million HbA1c tests")
    "scan test screen assessment examination exam".split()
)
"""Operations and diagnostic procedures counted by their own name (singular, a plural ``s``
cut)."""
PROCEDURE_ACTS = PROCEDURE_NAMES | {"intervention", "grafting", "insertion", "closure"}
"""What a procedure's acronym may end in (:func:`_acronym_for`)."""
PROCEDURE_SUFFIX = re.compile(r"(?:ectom|otom|ostom|plast|scop|pex)(?:y|ie)$")
"""``hysterectomies``, ``arthroplasties``, ``colonoscopies``, ``mastopexies``."""


PERSON_NOUNS = frozenset(
    "people person persons patient participant individual subject adult child children men "
    "man women woman girl boy infant babie baby newborn toddler adolescent teen teenager "
    "youth senior resident citizen inhabitant smoker mother father parent user recipient "
    "worker employee student veteran member american briton live life kid pensioner retiree "
    "pupil carer caregiver care-giver nurse doctor physician midwive volunteer donor relative "
    "traveller traveler survivor casualty casualtie victim".split()
)
"""Nouns that count people, singular (a plural ``s`` is cut before the lookup); ``lives``
claimed or saved count people too, and so do casualties and victims (the people killed or
injured, as road-casualty statistics count them)."""
ROLE_NOUNS = {
    "nurse": "nurse",
    "midwive": "midwife",
    "doctor": "doctor",
    "physician": "doctor",
    "carer": "carer",
    "caregiver": "carer",
    "care-giver": "carer",
    "volunteer": "volunteer",
    "donor": "donor",
}
"""People counted by the part they play, each to its role (a doctor is a physician): a count of
one role is no count of another ("2.2 million midwives" is no count of nurses), though both
count people."""
DEMONYM = re.compile(r"[a-z]+(?:ian|ean|can|ese)")
"""A nationality or regional noun (``Canadians``, ``Europeans``, ``Africans``, ``Chinese``)
counts people too."""


def same_counted_noun(draft_unit: str | None, source_unit: str | None) -> bool:
    """Whether both units count the same thing by name (``participants`` and
    ``participants/year``; ``new cases`` and ``cases``): the noun itself says what is
    counted, as a measure word does."""
    draft, source = _loose_unit(draft_unit), _loose_unit(source_unit)
    if draft is None or source is None:
        return False
    if not (_is_counted_noun(draft) and _is_counted_noun(source)):
        return False
    return _counted_noun_stem(draft)[0] == _counted_noun_stem(source)[0]


def _other_roles(draft_noun: str, source_noun: str) -> bool:
    """Whether both nouns count people by a part they play (:data:`ROLE_NOUNS`), not the same."""
    draft, source = ROLE_NOUNS.get(draft_noun), ROLE_NOUNS.get(source_noun)
    return draft is not None and source is not None and draft != source


def _is_person_noun(noun: str) -> bool:
    return noun in PERSON_NOUNS or bool(DEMONYM.fullmatch(noun))


AGE_GROUP_UNIT = re.compile(r"(?:under|over)-?\d{1,3}s", re.IGNORECASE)
"""People named by their age group: ``4.9 million under-5s died`` counts people."""
DEATH_NOUNS = frozenset({"death", "suicide", "fatality", "fatalitie", "homicide"})
"""Counts of deaths by what they are: a suicide, a fatality, a homicide is a death."""


DIAGNOSED_NOUNS = frozenset({"case", "diagnose", "diagnosi"})
"""A draft's count of cases or diagnoses ("20,000 new cases a year") is a count of the people
they are, as a count of people may stand for their cases (:data:`PERSON_EVENTS`): a claim
counting the people diagnosed each year is that figure's."""
PERSON_EVENTS = frozenset(
    {"death", "case", "diagnose", "diagnosi", "survivor", "stillbirth", "infection"}
    | {"hospitalization", "hospitalisation", "admission", "birth"}
    # an event most people have once a year at most: "76,000 people break a hip each year"
    # are its 76,000 hip fractures, "100,000 people have a stroke" its 100,000 strokes (not
    # falls, seizures or relapses, which one person has many times)
    | {"fracture", "stroke", "attack", "miscarriage"}
    # a visit to an emergency department ("sends 50,000 people to emergency departments"
    # against a claim in visits/year): the measure's words tell it from a death
    | {"visit", "attendance", "presentation"}
)
HEALTH_EVENTS = frozenset(
    "stroke attack fracture infection seizure fall exacerbation relapse episode admission "
    "hospitalisation hospitalization hospitalization birth pregnancie pregnancy miscarriage "
    "injury injurie overdose diagnose diagnosi event illness illnesse notification".split()
)
"""Health events counted by their own name (singular, a plural ``s`` cut)."""
CASE_NOUNS = frozenset({"case", "event", "episode", "incident"})


def _loose_unit(unit: str | None) -> str | None:
    """A unit normalised for comparison: a draft's ``HCC patients`` is still a counted noun."""
    if not unit:
        return None
    return normalise_unit(unit) or normalise_unit(unit.lower()) or unit.lower()


@lru_cache(maxsize=4096)
def is_counted_noun(unit: str) -> bool:
    """Whether a normalised unit counts things (``patients``, ``deaths/year``), rather than
    being a percentage, money, a duration or another unit of the vocabulary."""
    amount = unit.partition("/")[0]
    return (
        bool(_COUNTED_NOUN.fullmatch(amount))
        and amount not in _WORD_UNITS.values()
        and amount.lower() not in MEASUREMENT_UNITS
    )


PARTS_PER = {"ppm": "mg/L", "ppb": "µg/L"}
"""Parts per million and per billion as drinking-water limits write them: by mass in water,
whose litre weighs a kilogram, so 10 ppm is 10 mg/L and 10 ppb 10 µg/L (WHO, Guidelines for
drinking-water quality, 4th ed., which states its values in mg/L). In air a ppm is by volume
and depends on the gas; no claim in µg/m³ is ever compared with one (m³ is no unit here)."""


def _measurement_unit(unit: str) -> tuple[str, str, float] | None:
    """The (symbol, dimension, factor) of a unit of measurement, by any of its names or by
    the symbol :func:`normalise_unit` gives it: "422 metres" is read as ``m``, which no
    draft's bare "m" (a million, a minute) may be taken for, yet it converts to ``km``."""
    return MEASUREMENT_UNITS.get(unit.lower()) or MEASUREMENT_SYMBOLS.get(unit)


def measurement_factor(draft_unit: str | None, unit: str | None) -> float | None:
    """How many ``unit`` one ``draft_unit`` holds when both are units of measurement of one
    dimension (``L`` to ``mL``: 1000.0), None otherwise."""
    if not draft_unit or not unit:
        return None
    if draft_unit.lower() in PARTS_PER or unit.lower() in PARTS_PER:
        return measurement_factor(
            PARTS_PER.get(draft_unit.lower(), draft_unit), PARTS_PER.get(unit.lower(), unit)
        )
    if "/" in draft_unit and "/" in unit:
        # a concentration against another: 13 g/dL is 130 g/L, 5.5 mmol/L 5,500 µmol/L
        (draft_top, draft_bottom), (top, bottom) = draft_unit.split("/", 1), unit.split("/", 1)
        over = measurement_factor(draft_top, top)
        # … and an amount per period in another unit of amount: 0.15 mg/day is 150 µg/day
        same = normalise_unit(draft_bottom) == normalise_unit(bottom)
        under = 1.0 if same else measurement_factor(draft_bottom, bottom)
        return None if over is None or under is None else over / under
    draft = _measurement_unit(draft_unit)
    target = _measurement_unit(unit)
    if draft is None or target is None or draft[1] != target[1]:
        return None
    return draft[2] / target[2]


_is_counted_noun = is_counted_noun
