"""The unit lexicon: currencies, percentages, time units, measures and rate denominators.

Every surface is normalised here (``per cent`` -> ``percent``, ``$`` -> ``USD``, ``weeks`` ->
``week``) so later stages compare units, never spellings.
"""

from __future__ import annotations

import re

import pycountry

from claimcheck.nlp.quantities.end_anchored import EndAnchored
from claimcheck.nlp.quantities.first_chars import first_class
from claimcheck.nlp.quantities.measure_basis import BASES
from claimcheck.nlp.quantities.numbers import DIGITS, H, parse_digits

_FUNDS = frozenset("BOV CHE CHW CLF COU MXV USN UYI UYW".split())
NOT_CURRENCY_CODES = frozenset(
    """AED ALL AMD BAM BMD BOB BZD CAD CDF COP CRC CUP CVE GEL GIP IRR LBP MAD MDL MOP MVR NAD
    PEN RUB SAR SCR SLE SOS SVC TOP TRY TTD""".split()
)
"""ISO 4217 codes that health pages and capitalised headings use as other words far more
often than as money, so they are never read as a currency: ``ALL`` (acute lymphoblastic
leukaemia), ``AMD``, ``AED`` (a defibrillator), ``BMD`` (bone mineral density), ``CAD``
(coronary artery disease; ``CAD`` before an amount and ``C$`` stay Canadian dollars), ``CRC``,
``MVR``, ``SLE``, ``LBP``, ``BZD``, ``GIP``, ``IRR`` (a rate ratio), ``TOP 10``, ``TRY 3``,
``GEL``, ``CUP``, ``SOS``, ``PEN``, ``RUB`` and such."""
ISO_CURRENCY_CODES = (
    frozenset(
        currency.alpha_3
        for currency in pycountry.currencies
        if currency.alpha_3[0] != "X" and currency.alpha_3 not in _FUNDS
    )
    - NOT_CURRENCY_CODES
)
"""The ISO 4217 currency codes read as money before or after an amount (``CZK 4 500``,
``4 500 CZK``, ``AUD1,200``): pycountry's list (Debian's iso-codes, kept current with each
amendment of the standard), less funds and metals (``X..``, ``BOV``, ``CLF`` …) and
:data:`NOT_CURRENCY_CODES`."""
ISO_CODE = "(?:" + "|".join(sorted(ISO_CURRENCY_CODES)) + ")(?![A-Za-z])"
LOCAL_SIGNS = {
    "kr": "kr", "kr.": "kr", "Kč": "CZK", "zł": "PLN", "Ft": "HUF", "lei": "RON", "TL": "TRY",
    "TRY": "TRY",
}  # fmt: skip
"""Signs written after the amount in their own countries: ``1 200 kr``, ``4 500 Kč``,
``99 zł``, ``30 000 Ft`` (forint), ``500 lei`` (Romanian lei), ``2.400 TL`` (Turkish lira, as
Turkish prices write it; ``TRY``, which :data:`NOT_CURRENCY_CODES` keeps from being read before
an amount, ``TRY 3``, is the lira after one). ``kr`` is the krona or krone
of Sweden, Norway, Denmark or Iceland, which the sign alone does not tell apart: its unit is
``kr``, not an ISO code. Each is read before the amount too (``Kč 45 000``, ``zł 1 200``,
``Ft 30 000``, ``lei 500``), as price lists and English pages often put it, and as ``kr
500`` is."""
LOCAL_SIGN_BEFORE = rf"(?<![A-Za-z])(?:kr\.?|Kč|zł|(?<!\d{H})Ft|lei)"
"""(``Ft`` right after a number is that number's: ``5 Ft 2 in`` is a height in capitals.)"""

CURRENCY_SIGNS = {
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₦": "NGN",
    "₱": "PHP", "₺": "TRY", "₽": "RUB", "₪": "ILS", "₫": "VND", "฿": "THB", "₴": "UAH",
    "₸": "KZT", "৳": "BDT", "₵": "GHS", "₡": "CRC", "₲": "PYG", "₼": "AZN", "₾": "GEL",
}  # fmt: skip
"""Currency signs of one character, each a currency of its own in CLDR's data (``₩`` won,
``₦`` naira, ``₱`` peso, ``₺`` lira, ``₽`` rouble, ``₪`` shekel …), read before or after the
amount; ``$`` alone is the US dollar, ``¥`` the yen."""
SIGN_CHARS = "".join(CURRENCY_SIGNS)
DOLLAR_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN",
}  # fmt: skip
"""Dollar signs with the country in front, before or after the amount: ``R$ 99,90`` (real),
``1 875 C$`` (Quebec's order), ``NZ$95``, ``MX$500``."""
CURRENCY_PREFIXES = {
    **CURRENCY_SIGNS, **DOLLAR_PREFIXES,
    "US $": "USD", "$A": "AUD", "HK $": "HKD", "S $": "SGD", "Rs.": "INR",
    "Rs": "INR", "RM": "MYR", "RMB": "CNY", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
    "INR": "INR", "JPY": "JPY", "CNY": "CNY", "CHF": "CHF", "AUD": "AUD", "CAD": "CAD",
    "$US": "USD", "Y=": "JPY", "Fr.": "CHF", "SFr.": "CHF", "KSh": "KES", "NIS": "ILS",
    "Rp": "IDR", "Rp.": "IDR", "Tk": "BDT", "Tk.": "BDT", "GH¢": "GHS", "GH₵": "GHS",
    "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "Dhs": "AED", "Dhs.": "AED", "AED": "AED",
    "SAR": "SAR",
}  # fmt: skip
"""Before an amount also the local abbreviations of Asia, Africa and the Gulf: ``Rp`` (rupiah,
``Rp 150.000``, points grouping thousands), ``Tk`` (taka), ``GH¢`` (the cedi, never cents),
``TSh``/``USh`` (Tanzanian and Ugandan shillings), ``Dhs`` (dirhams); and ``AED`` and
``SAR`` before an amount, as ``CAD`` is (after one, or alone, they stay a defibrillator and
an acronym)."""
WORD_LIKE_CODES = frozenset({"AED", "SAR", "CAD"})
"""Codes that are money only right before the amount: a comparator or a hedge between (``the
AED within 3 minutes``, ``CAD over 5 years``) leaves them the words they usually are."""
_PREFIX_ALTERNATION = "|".join(
    ("(?<![A-Za-z])" if prefix[0].isalpha() else "") + re.escape(prefix).replace(r"\ ", f"{H}?")
    for prefix in sorted(CURRENCY_PREFIXES, key=len, reverse=True)
)
CURRENCY_PREFIX = rf"(?:{_PREFIX_ALTERNATION}|(?<![A-Za-z]){ISO_CODE})"
"""Any currency sign or code that may stand before an amount."""
CURRENCY_BEFORE = EndAnchored(re.compile(rf"(?P<cur>{CURRENCY_PREFIX}|{LOCAL_SIGN_BEFORE}){H}*\Z"))
"""A currency sign or code right before a number (searched in the text before it): also
the local signs (``kr 500``, ``kr. 1 200``, ``Kč 45 000``, ``zł 1 200``), Swiss
``Fr.``/``SFr.``, ``KSh``, ``NIS``."""


def prefix_code(surface: str) -> str:
    """The ISO code of a :data:`CURRENCY_BEFORE` surface: ``US$`` -> ``USD``, ``CZK``."""
    written = re.sub(r"\s+", " ", surface)
    return CURRENCY_PREFIXES.get(written) or LOCAL_SIGNS.get(written) or written


CURRENCY_WORDS = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "gbp": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY",
    "cny": "CNY", "rmb": "CNY", "yen": "JPY", "jpy": "JPY", "rupee": "INR", "inr": "INR",
    "shekel": "ILS", "ringgit": "MYR", "franc": "CHF", "chf": "CHF", "won": "KRW",
    "naira": "NGN", "cedi": "GHS", "rand": "ZAR", "baht": "THB", "taka": "BDT",
    "rupiah": "IDR", "dirham": "AED", "riyal": "SAR", "kwacha": "ZMW",
    "kenyan shilling": "KES", "ugandan shilling": "UGX", "tanzanian shilling": "TZS",
    "quid": "GBP", "lira": "TRY", "turkish lira": "TRY",
}  # fmt: skip
"""Currency names after an amount. The shillings of East Africa need their country (``5,000
Kenyan shillings``): a bare ``shillings`` names no one currency, nor do ``pesos``. ``quid``
is the pound sterling as UK pages say it (``twenty quid``; session 53)."""

_POINTS = (
    rf"(?i:percentage|per(?:{H}|-)?cent(?:age)?)(?:{H}+|-)(?i:points?|pts?)|pp|ppts?|p\.p\."
    rf"|%{H}?-?{H}?(?i:points?|pts?)(?![\w])"  # one blank each side at most: linear
)
PERCENT = re.compile(
    rf"(?:{H}*|-)(?P<points>{_POINTS})(?![\w])"
    rf"|{H}*(?:(?P<sign>%)|(?:(?i:per(?:{H}+|-)?cent|percent)|(?i:pct|pc))\b|(?i:percentage)(?={H}+of\b))"
    rf"|-(?i:per-?cent)\b"
    rf"|{H}*(?P<mille>‰|(?i:per{H}?mil(?:le)?)\b)"
)
"""``%``, ``per cent``, ``percent``, ``pct``, ``pc``; percentage points as ``percentage
points``, ``percentage pts``, ``per cent points``, ``percent points``, ``pp``, ``ppt``,
``p.p.``, ``% points``, glued or not (``3pp``,
``7pct``) and hyphenated as an adjective (``a 3-percentage-point fall``); Indian English's
``50 percentage of women`` (before ``of``) is percent too; per mille, ``‰`` or
``per mille``. The words in any case, as Title Case headings write them (``Save 20
Percent``), ``pc``/``pct`` too, as a headline in capitals writes them (``UP 25PC``, ``10
PCT``): glued or one blank after a number, no other ``PC`` is a figure's unit."""
PER_MILLE = "‰"


def percent_unit(match: re.Match[str]) -> str:
    """The unit a :data:`PERCENT` match stands for: ``percent``, ``percentage points`` or
    ``‰`` (per mille, parts per thousand: ``3.5‰`` is 0.35%)."""
    if match.group("points"):
        return "percentage points"
    return PER_MILLE if match.group("mille") else "percent"


TIME_UNITS = {
    "second": "second", "sec": "second", "s": "second", "minute": "minute", "min": "minute",
    "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "week": "week", "wk": "week",
    "month": "month", "mo": "month", "mth": "month", "mnth": "month", "year": "year",
    "yr": "year", "y": "year", "decade": "decade", "fortnight": "fortnight",
}  # fmt: skip

AS_WRITTEN = ""
"""The normalised unit of a concentration or dose is its own spelling, tidied by
:func:`compound_unit` (``ng/mL``, ``mg/m2``, ``µmol/L``)."""

_MICRO = "(?:µ|μ|u|mc)"
_SQUARED = r"(?:[2²]|\^2|\*\*2)"
_CUBED = r"(?:[3³]|\^3|\*\*3)"
"""A power of a unit written after it: ``m²``, ``m2``, ``m^2``, ``m**2`` (``kg/m<sup>2</sup>``
in HTML arrives as ``kg/m²``: see the document readers)."""
_SPELLED_MASS = r"(?:[Mm]icrograms?|[Mm]illigrams?|[Nn]anograms?|[Gg]rams?|[Uu]nits?)"
"""A dose's mass spelled out, read as a compound unit only before a slash and a kilogram
(``150 micrograms/kg``, ``10 milligrams/kg``, ``0.1 units/kg``), as the BNF writes doses."""
_PER_WHAT = (
    rf"(?:(?:\d{{1,3}}(?:\.\d{{1,2}})?{H}?)?(?:mL|ml|ML|dL|dl)|(?:milli|deci)?lit(?:re|er)|L|l|{_MICRO}L|kg|g|mol|mmol|m{_SQUARED}|m{_CUBED}|mm{_CUBED}"
    rf"|1\.73{H}?m{_SQUARED}|(?:24|12){H}?(?:hours|hrs?|h)|day|d|h|hr|hour|minute|min|wk|week"
    rf"|[Kk]ilograms?"
    rf"|dose|puff|actuation|tablet|capsule"
    rf"|spray|drop|sachet|vial|patch)"
)
UNIT_END = rf"(?!\w)(?!/(?!{H}?(?:{BASES})\b(?![-'’])))"
"""The end of a unit: no letter after it, and no slash but one before a product or a part of
a course (``1.8 Gy/fraction``, ``2 Gy/fx``, ``200 mg/infusion``, ``60 mg/m²/cycle``,
``5 g/serving``): what the amount is per (:mod:`measure_basis` reads it), no part of its
unit, so the unit before it is still read (``mg/dL`` and ``mg/dose`` are units whole)."""
_NEGATIVE_ONE = "(?:⁻¹|[-–−]1(?!\\d))"
"""A power of minus one as journals write it: ``⁻¹``, ``-1``, an en dash or minus sign and
``1`` (``mmol l–1``, ``mL min−1``), never the start of a longer number."""
_PER_MINUTE_POWER = rf"(?:{H}?[·⋅]{H}?|{H})min{_NEGATIVE_ONE}"
"""``·min⁻¹``, `` min-1`` after a counted noun: per minute (``72 beats·min⁻¹``)."""
COMPOUND_UNIT = (
    rf"(?:ng|pg|{_MICRO}g|mg|(?<=\d)MC?G|g|kg|IU|mIU|{_MICRO}IU|U|mU|mmol|{_MICRO}mol|nmol|pmol|mol|mEq"
    rf"|[kMG]?Bq|[mµμ]Ci|{_SPELLED_MASS}(?={H}?/{H}?(?:kg|[Kk]ilograms?)\b)"
    rf"|[Uu]nits?(?={H}?/{H}?(?:\d{{1,3}}(?:\.\d{{1,2}})?{H}?)?(?:mL|ml|dL|dl|L|l)\b)"
    rf"|copies|cells|CFU|cfu|mL|ml|L)"
    rf"(?:(?:{H}?/{H}?{_PER_WHAT}){{1,3}}"
    rf"|(?:(?:{H}?[·⋅]{H}?|{H}(?=[A-Za-zµμ]{{1,4}}{_NEGATIVE_ONE}))"
    rf"{_PER_WHAT}{_NEGATIVE_ONE}){{1,3}}(?:(?:{H}?[·⋅]{H}?|{H})1\.73{H}?m(?:⁻²|[-–−]2))?"
    rf"|{H}+(?:in|per){H}+(?:each{H}+|every{H}+)?\d{{1,3}}(?:\.\d{{1,2}})?{H}?(?:mL|ml)\b){UNIT_END}"
)
"""A concentration, dose or flow written with slashes (or with negative powers, as journals
write it: ``mmol·L⁻¹``, ``mL·kg⁻¹·min⁻¹``, ``mL min-1``; or ``in`` or ``per`` a measured
volume, ``100 mg in 5 ml``, ``500 mg per 5 ml``): ``mg/dL``, ``mmol / L``, ``µmol/l``,
``mg/kg/day``, ``mL/min/1.73 m²`` (eGFR), ``cells/mm³``; a liquid's strength per a measured
volume too, as its label writes it: ``250 mg/5 mL`` (unit ``mg/5mL``), ``40 mg/0.4 mL``,
``1mg/1mL``. Units spelled out keep a volume after their slash as ``IU/mL`` does:
``100 units/mL`` (insulin), ``5,000 units/mL`` (heparin) are concentrations in ``units/mL``,
never a count of units."""
PRESSURE_UNITS = (
    r"mm{H}*Hg|mm{H}?\[Hg\]|mm{H}+of{H}+(?:Hg|mercury)|millimet(?:er|re)s?{H}+of{H}+mercury"
    r"|torr|Torr",
    r"cm{H}?H(?:2|₂)O|cm{H}+of{H}+water|centimet(?:er|re)s?{H}+of{H}+water",
    r"mm{H}?H(?:2|₂)O|mm{H}+of{H}+water",
)
"""Blood, airway and spinal pressures: ``mm Hg``, ``mm of Hg``, ``cm H₂O``, ``cmH2O``."""

UNIT_SIGN = "sign"
UNIT_SIGNS = {
    "℃": "°C", "℉": "°F", "㎎": "mg", "㎍": "µg", "㎏": "kg", "㎖": "mL", "ℓ": "L", "㎗": "dL",
    "㎝": "cm", "㎜": "mm", "㎞": "km",
}  # fmt: skip
"""The units one character of Unicode's letterlike and CJK compatibility blocks writes."""

SPELLED_AMOUNTS = (
    (r"mg|[Mm]illigram(?:me)?s?", "mg"),
    (r"mcg|µg|μg|[Mm]icrogram(?:me)?s?", "µg"),
    (r"ng|[Nn]anograms?", "ng"),
    (r"pg|[Pp]icograms?", "pg"),
    (r"g|[Gg]ram(?:me)?s?", "g"),
    (r"mmol|[Mm]illimol(?:e|es)?", "mmol"),
    (r"µmol|μmol|umol|[Mm]icromol(?:e|es)?", "µmol"),
    (r"nmol|[Nn]anomol(?:e|es)?", "nmol"),
    (r"pmol|[Pp]icomol(?:e|es)?", "pmol"),
    (r"mEq|[Mm]illiequivalents?", "mEq"),
    (rf"IU|[Ii]nternational{H}+units?", "IU"),
    (rf"mIU|[Mm]illi-?international{H}+units?", "mIU"),
)
"""An amount of substance or mass before a volume in words: ``7.0 millimoles per litre``,
``126 milligrams per decilitre``, ``15 micrograms per litre``, ``4 nanograms per millilitre``,
``20 international units per litre``, as patient leaflets spell a lab result out."""
SPELLED_VOLUMES = (
    (r"L|[Ll]it(?:re|er)", "L"),
    (r"dL|dl|[Dd]ecilit(?:re|er)", "dL"),
    (r"mL|ml|[Mm]illilit(?:re|er)", "mL"),
    (r"µL|μL|uL|[Mm]icrolit(?:re|er)", "µL"),
)
"""The volume of a concentration, its symbol or its word (``per litre``, ``per decilitre``)."""

MEASURE_UNITS: list[tuple[str, str]] = [
    (PRESSURE_UNITS[0].format(H=H), "mmHg"),
    (PRESSURE_UNITS[1].format(H=H), "cmH2O"),
    (PRESSURE_UNITS[2].format(H=H), "mmH2O"),
    (
        rf"(?:kg|kilograms?)(?:{H}?(?:/{H}?|{H}+per{H}+)(?:m{_SQUARED}|sq\.?{H}?m\b"
        rf"|square{H}+met(?:er|re)s?)|{H}?[·⋅{H[1:-1]}]{H}?m(?:-2|−2|⁻²))(?![\w/])",
        "kg/m2",
    ),
    *(
        (rf"(?:{amount})(?:{H}+per{H}+(?:an?{H}+)?|{H}?/{H}?)(?:{volume})\b", f"{symbol}/{per}")
        for amount, symbol in SPELLED_AMOUNTS
        for volume, per in SPELLED_VOLUMES
    ),
    (COMPOUND_UNIT, AS_WRITTEN),
    (rf"mmol{H}?/{H}?mol\b", "mmol/mol"),
    # milliseconds, as ECGs (QTc 470 ms, QRS wider than 120 ms) and heart-rate variability
    # are written; lower case only, so "Ms" and "MS" (multiple sclerosis) stay words
    (r"(?-i:ms|msec|[Mm]illi-?seconds?)\b", "ms"),
    (rf"(?:beats{H}+(?:per|a){H}+minute|beats{H}?/{H}?min|beats{_PER_MINUTE_POWER}|bpm)\b", "bpm"),
    (
        rf"breaths{H}+(?:per|a){H}+minute|breaths{H}?/{H}?min\b|breaths{_PER_MINUTE_POWER}",
        "breaths/min",
    ),
    (rf"{_MICRO}g{H}?/{H}?m[3³](?![\w/])", AS_WRITTEN),
    (r"(?:[mµμu]?Sv|(?:milli|micro)?sieverts?)\b", AS_WRITTEN),
    (r"(?:[nµμmp]M)\b", AS_WRITTEN),
    # an amount of substance by its symbol ("2.5 mol", "40 nmol", "3 mEq"); never the word
    # "moles", which as often counts moles on the skin; nor before a denominator in words
    # (a volume after "per" is a concentration, SPELLED_AMOUNTS above: "0.8 mmol per litre")
    (rf"(?:[mµμunp]?mol|mEq)\b(?!{H}*/|{H}+(?:per|a|an|in|each|every)\b)", AS_WRITTEN),
    (r"[°º˚]\s?C\b|deg\s?C\b|degrees?\s+(?:Celsius|centigrade|C\b(?![-'’]))|Celsius", "°C"),
    (r"[°º˚]\s?F\b|deg\s?F\b|degrees?\s+(?:Fahrenheit|F\b(?![-'’]))|Fahrenheit", "°F"),
    ("[℃℉㎎㎍㎏㎖ℓ㎗㎝㎜㎞]", UNIT_SIGN),
    (r"degrees?\b|°", "degree"),
    *(
        (
            rf"(?:{mass}){H}+per{H}+(?:kg|[Kk]ilograms?)(?:{H}+of{H}+body{H}+(?:weight|mass))?\b",
            unit,
        )
        for mass, unit in (
            (r"mg|[Mm]illigrams?", "mg/kg"),
            (r"mcg|µg|μg|[Mm]icrograms?", "µg/kg"),
            (r"g|[Gg]rams?", "g/kg"),
            (r"kBq", "kBq/kg"),
            (r"MBq", "MBq/kg"),
            (r"µCi|μCi", "µCi/kg"),
            (r"mCi", "mCi/kg"),
        )
    ),
    (r"(?:mg|(?<=\d)MG|[Mm]illigram(?:me)?s?)\b", "mg"),  # 500MG: a label's capitals, glued
    (r"(?:mcg|(?<=\d)MCG|µg|μg|(?<=\d)ug|(?<=\d )ug|[Mm]icrogram(?:me)?s?)\b", "µg"),
    # the older British spelling too: forty kilogrammes, 500 milligrammes, 30 grammes
    (r"(?:kg|[Kk]ilogram(?:me)?s?|[Kk]ilos?)\b", "kg"),
    (r"(?:g|[Gg]ram(?:me)?s?)\b", "g"),
    # a full blood count's red-cell indices: mean cell haemoglobin in picograms (MCH 25 pg),
    # mean cell volume in femtolitres (MCV 72 fL); a nanogram alone (a dose of 50 ng)
    (r"(?:(?-i:pg)|[Pp]icograms?)\b", "pg"),
    (r"(?:(?-i:ng)|[Nn]anograms?)\b", "ng"),
    (r"(?:(?-i:fL)|[Ff]emtolit(?:er|re)s?)\b", "fL"),
    (r"(?:mL|ml|(?<=\d)ML|cc|[Mm]illilit(?:er|re)s?)\b", "mL"),  # a cc is a mL; ML in capitals
    # an injection's or a pipette's volume: 50 µL into the eye, a 10-microlitre drop
    (r"(?:(?-i:[µμu]L|[µμ]l)|[Mm]icrolit(?:er|re)s?)\b", "µL"),
    # … but not the L of an amino acid or a drug's isomer (L-asparaginase, L-dopa, L-carnitine)
    (r"(?:L(?!-[A-Za-z])|l|[Ll]it(?:er|re)s?)\b", "L"),
    # a probiotic's or a culture's count of live microbes: 10 billion CFU, 10^5 CFU/mL
    (r"(?:CFUs?|cfu|colony[-\s]forming\s+units?)\b", "CFU"),
    # international units keep their name (the README: "units" and "IU" stay two spellings,
    # not every unit of a drug is an international unit): 1000 IU, 400 IU/day, 25 IU/L
    (r"IU\b", "IU"),
    (r"units?\b", "unit"),
    # the singular too, as a modifier before its noun: "a 2,000 calorie diet", "a 1,500-calorie
    # plan" keep kcal and never take the noun (or the verb after it) into the unit
    (r"(?:kcal|[Cc]alories?|[Kk]ilocalories?)\b", "kcal"),
    (r"(?:[Dd]ioptres?|[Dd]iopters?|dpt)\b", "dioptre"),  # a lens's or an eye's refraction
    # … and its symbol after a decimal figure, as eye care writes it ("0.46 D", "-1.00 D"),
    # never after a whole number ("3 D", "vitamin D") nor before a letter or hyphen
    (r"(?-i:D)(?:(?<=\.\d D)|(?<=\.\d\d D)|(?<=\.\dD)|(?<=\.\d\dD))(?![\w'’&-])", "dioptre"),
    (r"(?:kJ|kj|[Kk]ilojoules?)\b", "kJ"),
    # a shock's energy per body weight (defibrillation: 4 J/kg, 2 joules per kg), then the
    # joule by its symbol, read as the spelled-out word is (120-200 J, 360 J): only a capital
    # J glued or spaced after the number, and never before a capitalised word or a letter
    # after its point (a journal's "J Clin", initials "J.A.")
    (rf"(?-i:J|[Jj]oules?){H}?(?:/{H}?|{H}+per{H}+)(?:kg|[Kk]ilograms?)\b", "J/kg"),
    (rf"(?-i:J)\b(?![-'’&]|\.[A-Za-z]|{H}+[A-Z])", "joules"),
    (r"(?:Gy|grays?)\b", "Gy"),
    (r"(?:[cm]Gy|(?:centi|milli)grays?)\b", AS_WRITTEN),
    (r"(?:[kMG]?Bq|[mµμ]Ci|(?:milli|micro)curies?|(?:mega|giga)?becquerels?)\b", AS_WRITTEN),
    (r"(?:[kMG]?eV|(?:kilo|mega|giga)?electron[-\s]?volts?)\b", AS_WRITTEN),
    (r"(?:km/hr?|kph|kmh)\b", "km/h"),
    (r"(?:mph|miles\s+(?:per|an)\s+hour)\b", "mph"),
    (r"(?:mpg|miles\s+per\s+gallon)\b", "mpg"),
    (r"(?:km|[Kk]ilomet(?:er|re)s?)\b", "km"),
    (r"(?:cm|[Cc]entimet(?:er|re)s?)\b", "cm"),
    (r"(?:mm|[Mm]illimet(?:er|re)s?)\b", "mm"),
    (r"(?:μm|µm|microns?|micromet(?:er|re)s?)\b", "µm"),
    (r"(?:nm|nanomet(?:er|re)s?)\b", "nm"),
    (rf"(?:(?:[cdkm]?m|ft|in){_SQUARED}|square\s+met(?:er|re)s?)(?![\w])", "area"),
    (rf"(?:[cdm]?m|ft|in){_CUBED}(?![\w])", AS_WRITTEN),
    (r"(?:m|[Mm]et(?:er|re)s?)\b", "m"),
    (r"(?:[Mm]iles?|mi)\b", "mile"),
    (r"(?:[Yy]ards?|yd)\b", "yard"),
    (r"(?:[Ff]eet|[Ff]oot|ft)\b", "ft"),
    (r"[Ii]nch(?:es)?\b", "inch"),
    (
        r"(?:sq\.?\s?(?:ft|m)|sqm|square\s+(?:feet|met(?:er|re)s?|miles?|kilomet(?:er|re)s?))\b",
        "area",
    ),
    (r"(?:acres?|hectares?|ha)\b", "area"),
    # spaced, or glued after a number whose ordinal is no "-st" ("11st 7lb", "14st"; never
    # "1st", "21st"); a full stop may end the sentence after it ("He is 10 st.")
    (
        r"(?:[Ss]tones?\b(?![-.]|[ \t\u00a0]+[A-Z])"
        r"|(?:(?<=[ \t\u00a0])|(?<=[02-9])|(?<=11))st\b(?!-|\.\w|[ \t\u00a0]+[A-Z]))",
        "st",
    ),
    (r"(?:lbs?|[Pp]ounds?)\b(?!-)", "lb"),
    (r"(?:[Tt]ons?|[Tt]onnes?|t)\b", "t"),
    (rf"(?:(?:US|U\.S\.|imperial){H}+)?fluid{H}+ounces?|(?:fl|\ufb02)\.?{H}?oz\b", "fl oz"),
    (r"(?:[Oo]unces?|oz)\b", "oz"),
    (r"(?:lb-ft|pound-feet)\b", "lb-ft"),
    (r"(?:Nm|N·m|newton[- ]met(?:er|re)s?)\b", "N·m"),
    (r"rpm\b", "rpm"),
    (r"(?:hp|bhp|horsepower|PS)\b", "hp"),
    # each prefix its own unit: "5 kW" is five kilowatts, never 5 W (a range across two,
    # "800 W to 2 kW", is joined in one unit by unit_ranges)
    (r"(?:kW|kilowatts?)\b", "kW"),
    (r"(?:MW|megawatts?)\b", "MW"),
    (r"(?:GW|gigawatts?)\b", "GW"),
    (r"(?:W|watts?)\b", "W"),
    (r"(?:[kMGT]Wh)\b", "Wh"),
    (r"(?:mAh)\b", "mAh"),
    (r"(?:kHz|kHZ|khz|kilohertz)\b", "kHz"),
    (r"(?:MHz|MHZ|Mhz|megahertz)\b", "MHz"),
    (r"(?:GHz|GHZ|Ghz|gigahertz)\b", "GHz"),
    (r"(?:Hz|HZ|hertz)\b", "Hz"),
    (r"(?:[kMG]bps|[KMG]B/s)\b", "bit/s"),
    # (not "TB": on a health page "8,280 TB cases" are tuberculosis cases)
    (r"(?:KB|kilobytes?)\b", "KB"),
    (r"(?:MB|megabytes?)\b", "MB"),
    (r"(?:GB|gigabytes?)\b", "GB"),
    (r"terabytes?\b", "TB"),
    (r"(?:dB(?:\(A\)|A)?|decibels?)", "dB"),  # a sound level: "53 dB", "55 dB(A)"
    (rf"(?:ppm|parts{H}+per{H}+million)\b", "ppm"),
    (rf"(?:ppb|parts{H}+per{H}+billion)\b", "ppb"),
    (r"(?:GPa|MPa|kPa|hPa|ksi|psi)\b", AS_WRITTEN),
    (r"(?:cents?|c)\b", "cent"),
    (r"(?:pence|p)\b", "pence"),
]


def _guarded_units(patterns: list[str]) -> str:
    """The alternation of ``patterns`` as named groups ``u0``, ``u1`` … (in order: the first
    that matches wins), each behind a look-ahead at the characters it can start with, and
    the whole behind one at the characters any can start with. The engine skips a branch
    that opens with a plain character after one test, but a named group opens every branch
    here, so without the guards each of the seventy-odd units ran its program at every
    position a unit was looked for (and again after each blank ``{H}*`` gives back):
    the same matches and groups, some three times faster."""
    branches = []
    for i, pattern in enumerate(patterns):
        guard = first_class(pattern)
        branches.append((f"(?={guard})" if guard else "") + f"(?P<u{i}>{pattern})")
    whole = first_class("|".join(f"(?:{pattern})" for pattern in patterns))
    return (f"(?={whole})" if whole else "") + "(?:" + "|".join(branches) + ")"


MEASURE = re.compile(rf"{H}*" + _guarded_units([p for p, _ in MEASURE_UNITS]) + UNIT_END)
"""A unit of measure right after a number (``45°C``, ``10 mg``, ``30 yards``). The one-character
unit signs of Unicode's letterlike and CJK compatibility blocks are their units too (``25℃``,
``100.4℉``, ``5㎎``, ``10㎖``, ``3.2㎏``, ``94㎝``, ``2ℓ``): scraped labels and Asian pages
write them, and NFKC would spell each as two or more letters, which would move offsets."""

TIME = re.compile(
    rf"(?:{H}*-{H}*|{H}+)(?:(?:additional|extra|more|further|full|whole|consecutive"
    rf"|clear|calendar){H}+)?"
    rf"(?P<time>seconds?|secs?|minutes?|mins?|hours?|hrs?|(?-i:h)|days?"
    r"|weeks?|wks?|fortnights?|months?|mos?|mths?|mnths?|years?|yrs?"
    r"|(?-i:y)(?=[-\s.,;:)\]]|\Z)(?![-\s]*ax[ie]s)(?![ \t\u00a0]+(?:[$€£¥]|[A-Z]{3}\b|\d))"
    r"|decades?)"
    r"(?P<old>[-\s]old)?\b"
    r"(?!['’]\w|(?<!s)['’])"  # the plural possessive stays a unit: "41 weeks' gestation"
    # "four in five Year 9 pupils": a school year, no unit ("1 Year 6 Months" is one)
    rf"(?!(?-i:(?<=Year)){H}+\d{{1,2}}\b(?!{H}*(?:months?|weeks?|days?|mos?)\b))",
    re.IGNORECASE,
)
"""A unit of time after a number, in any case (``4 Weeks`` in a Title Case heading); a spaced
lower-case ``h`` is hours, as dosing tables write it (``every 4 h``, ``in 24 h``), and a spaced
lower-case ``y`` is years, as AMA style writes it (``mean age, 54 y``, ``follow-up of 5 y``,
``a 3-y survival``; never before a price or a number, where it is Spanish ``y``, and: ``$1,500
y $2,000``). A word that
adds to the time may stand between: ``4.9 additional months``, ``two more weeks``, ``three
full days``, ``5 consecutive days``. So may a word that says the days are whole or counted
on the calendar (session 53): ``7 clear days'`` notice, ``3 calendar months``, ``30 calendar
days`` are durations in the unit. ``working days``, ``business days`` and ``school days`` are
no such length of time (five working days take a week) and stay the counted unit the
registry writes (``within 7 working days``: at most 7 ``working days``; ``extract`` prints the
annotation guide's ``day`` beside it, :mod:`claimcheck.nlp.annotation_units`)."""
EVERY_N = re.compile(
    rf"(?:{H}*-{H}*|{H}+)(?P<hourly>hourly|hrly)\b|-(?P<period>weekly|monthly|yearly)\b",
    re.IGNORECASE,
)
"""British dosing and monitoring shorthand for "every N hours, weeks, months or years":
``4-6 hourly``, ``8 hrly``, ``2-hourly obs``, ``6-monthly injections``, ``3-yearly
screening``. Read as the interval, as the prescriber's ``q8h`` is (a duration of N hours).
``weekly``, ``monthly`` and ``yearly`` only hyphenated: spaced they count what follows
(``6 weekly sessions`` are six sessions held weekly)."""
EVERY_N_UNIT = {"hourly": "hour", "hrly": "hour", "weekly": "week", "monthly": "month"}


def every_n_unit(match: re.Match[str]) -> str:
    """The unit of time of an :data:`EVERY_N` match: ``hourly`` -> ``hour``."""
    word = (match.group("hourly") or match.group("period")).lower()
    return EVERY_N_UNIT.get(word, "year")


YEARS_OLD_SHORT = re.compile(rf"{H}?(?:y/o|y\.o\.|yo|yr-old|yrs-old)(?![\w/])", re.IGNORECASE)
"""An age as case notes shorten it: ``a 67 y/o man``, ``72yo``, ``a 34-yr-old``."""
AGE_GLUED = re.compile(
    r"(?P<time>y|yrs?|mo|mos|mths?|wks?)(?=[\s\u00a0]+(?:old[\s\u00a0]+)?(?:man|woman|male|female"
    r"|boy|girl|baby|infant|child|toddler|son|daughter|patient|gentleman|lady|neonate|pt)\b)"
)
"""An age as case notes glue it to the number before the person it is: ``an 18y man``, ``her
6mo son``, ``a 3wk baby``, a 18-year-old and a 6-month-old (unit ``year-old``,
``month-old``), never a duration."""
TIME_GLUED = re.compile(r"(?P<time>min|mins|h|hrs?|wks?|mos|mths?|yrs?)\b")
"""Glued time abbreviations: ``5h``, ``30min``."""

_DOLLAR_AFTER = "|".join(re.escape(p) for p in sorted(DOLLAR_PREFIXES, key=len, reverse=True))
CURRENCY_AFTER = re.compile(
    rf"(?:{H}+(?=[A-Za-z])|{H}*(?=[{SIGN_CHARS}]|{ISO_CODE}|(?:{_DOLLAR_AFTER})))"
    rf"(?P<cur>(?:(?:US|U\.S\.|Australian|Canadian|Hong{H}Kong|Singapore){H}+[Dd]ollars?"
    rf"|(?:Chinese{H}+)?yuan|(?:Japanese{H}+)?yen|(?:Indian{H}+)?[Rr]upees?"
    r"|[Dd]ollars?|[Ee]uros?|pounds{H}sterling|yuan|renminbi|yen|[Rr]upees?|shekels?|ringgit"
    r"|francs?|won|NIS|naira|cedis?|[Rr]and|baht|taka|rupiah|dirhams?|riyals?|kwacha|quid"
    rf"|(?:Kenyan|Ugandan|Tanzanian){H}+shillings?"
    rf"|{ISO_CODE}|RMB|kr(?:\.(?={H}+[a-z\d]))?|S?Fr(?:\.(?={H}+[a-z\d]))?|Kč|zł|Ft(?!{H}*\d)|lei"
    rf"|TL|TRY|(?:Turkish{H}+)?liras?)(?![\w])"
    # (``Ft`` before another number is a height's feet in capitals, ``5 Ft 2 in``)
    # a sign after the amount, the European order (``12 500 €``, ``40 C$``), unless it opens
    # the next amount (``in 2019 €5 million``)
    rf"|(?:{_DOLLAR_AFTER}|[{SIGN_CHARS}])(?![\w$]|[{SIGN_CHARS}]|{H}*[.,]?\d))"
)
"""A currency word or sign after a number: ``40 dollars``, ``12 500 €``, ``1 875 C$``,
``120.50 Fr.``, ``200 NIS``, ``2.400 TL``, ``8.900 lira``."""

PER_UNIT = {
    "year": "year", "yr": "year", "annum": "year", "annually": "year", "yearly": "year",
    "month": "month", "monthly": "month", "mo": "month", "week": "week", "weekly": "week",
    "day": "day", "daily": "day", "night": "night", "nightly": "night", "hour": "hour",
    "hr": "hour",
    "capita": "person", "person": "person", "patient": "patient", "share": "share",
    "barrel": "barrel", "gram": "gram",
}  # fmt: skip
_POPULATION_NOUN_WORDS = (
    rf"(?:{H}+(?:(?:occupied{H}+)?(?:person|patient|woman|women|child|man|men|resident|catheter"
    rf"|bed|device|ventilator|central{H}line|line|exposure)[-{H[1:-1]}]?"
    r"(?:years|months|weeks|days)|people|persons|population|inhabitants|adults|children|women"
    rf"|men|(?:total{H}+)?births|live births|patients|pregnancies|residents"
    rf"|(?:(?:hospital|emergency|patient|surgical|delivery|elective|inpatient|acute){H}+)?"
    r"(?:deliveries|admissions|discharges|procedures|operations|hospitali[sz]ations"
    r"|consultations)))"
)
_POPULATION_NOUN = rf"{_POPULATION_NOUN_WORDS}?"
PERSON_TIME = (
    rf"(?:person|patient|woman|child|man|resident|participant|subject|catheter|bed|device"
    rf"|ventilator)[-‐{H[1:-1]}](?:years?|months?|weeks?|days?)(?![\w-])"
)
"""A person-time a rate is per with no number (``per person-year``, ``3 per woman-year``,
``0.5 per patient-month``): one unit of person-time, as ``per 100 person-years`` is a hundred."""
"""What a rate's population counts: people (``per 100,000 people``), births, or person-time
(``per 1,000 person-years``, ``patient-years``, ``woman-years``), and the device- or bed-time
of infection control and hospital safety reports (``per 1,000 catheter days``, ``per 10,000
bed-days``, ``ventilator-days``, ``central line days``, ``resident-days``, ``occupied bed
days``) and the hospital events a rate is per (``per 100 admissions``, ``per 1,000
deliveries``, ``discharges``, ``procedures``, ``operations``, ``total births``)."""
POPULATION_POWER = (
    r"(?:1(?:0{0,2}[,\u202f\u00a0 ]000(?:[,\u202f\u00a0 ]000)?|0{2,6})(?!\d|[,.]\d)"
    r"|10{0,2}(?=[ \u00a0]?(?:[kK]|M)(?![\w]|[.,]\d)))"
)
"""A population a rate is per, after a slash: a power of ten from 100 (``/100,000``), or
1, 10 or 100 before a thousands or millions letter (``/10k``, ``/100K``, ``/1M``: per
10,000, 100,000, a million). ``4.5/100k`` is a rate per 100,000, never a score of 4.5 out
of 100 with a stray ``k``."""
_POPULATION_SCALE = {
    "k": 1_000, "thousand": 1_000, "million": 1_000_000, "m": 1_000_000,
    "lakh": 100_000, "lac": 100_000,  # Indian public-health pages: "188 per lakh population"
}  # fmt: skip
_MEAL = (
    rf"(?:(?:the|a|each|every|your|their|his|her|main){H}+)?"
    r"(?:food|meals?|eating|breakfast|lunch|dinner|supper|feeds?|feeding|bed(?:time)?|sleep)\b"
    rf"(?!{H}+(?:was|were|is|are|had|has)\b)"  # "a day after food was served": a day later
)
_TIME_SPAN = (
    rf"(?:(?:the|its|their|that){H}+)?(?:(?:first|initial|second|third|next|following|last"
    rf"|\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve){H}+)?"
    r"(?:years?|months?|weeks?|days?|decades?)\b"
)
"""A span of time after ``after``/``before`` (``the first year``, ``six months``): ``£200 a
month after the first year`` is a price per month from then on, never "a month after" it."""
NOT_WHEN = (
    rf"(?!{H}+(?:(?:later|ago|earlier|(?:after|before)(?!{H}+{_MEAL})(?!{H}+{_TIME_SPAN})"
    rf"|old|into|apart)\b"
    rf"|on\b(?={H}*(?:[,.;:!?)\]\n]|\Z|(?:from|since)\b))))"
)
NOT_WHEN_OF_MONEY = (
    rf"(?!{H}+(?:(?:later|ago|earlier|old|into|apart)\b"
    rf"|on\b(?={H}*(?:[,.;:!?)\]\n]|\Z|(?:from|since)\b))))"
)
""":data:`NOT_WHEN` after an amount of money: a price said ``a month after`` or ``a year
before`` something is per month or year (``costs £200 a month after surgery``, ``£30,000 a
year before tax``); the idiom of when is a time's and a share's (``80% a year after
surgery``), never a price's."""
"""After ``a year``, ``a week``, ``a day``: words that make it say when, not per what (``a
year later``, ``a month ago``, ``a week after surgery``; not ``after food``, ``before meals``
or ``before bed``, which say when in the day a dose is taken: ``three times a day after
food`` is a frequency), ``a month on, …``, ``a year on from the launch``). ``on``
says when only where its clause ends or ``from``/``since`` follows: before what is spent on
(``£40 a week on travel``, ``$3 million a year on drugs``, ``a month on average``) the
period is still the rate's. One list for the rates here and the doses per period of the
finder."""
_RATE_BEFORE_WHEN = (
    rf"(?:{H}*/{H}*(?P<slash>year|yr|month|mo|week|wk|day|d|night|hour|hr)\b"
    rf"|{H}+per{H}+(?P<person_time>{PERSON_TIME})"
    rf"|{H}+(?:once{H}+)?(?:per|a|an|each|every){H}+(?:calendar{H}+)?(?P<per>year|month|week|day|night|hour|annum|capita"
    rf"|person|patient|share|barrel|gram)\b"
)
NOT_AN_AMOUNT = (
    rf"(?!{H}?(?:ml|mls|millilitres?|milliliters?|l|litres?|liters?|cl|g|grams?|kg|mg|mcg|µg"
    rf"|oz|fl{H}?oz|lb|tablets?|capsules?|doses?|sprays?)\b)"
)
"""What a number after ``per`` must not be followed by to be a population: a pack size or
an amount of product (``£3 per 10 ml bottle``, ``£2.10 per 100 g``, ``£8 per 30 tablets``)
is what the price buys, no population a rate is per."""
RATE = re.compile(  # in any case, as Title Case writes it: "30 Minutes a Day"
    rf"{_RATE_BEFORE_WHEN}"
    rf"{NOT_WHEN}"
    rf"|{H}+(?:once{H}+)?(?P<adverb>annually|yearly|monthly|weekly|daily|nightly)\b(?![-‐]\w)"
    rf"|{H}+per{H}+(?P<population>(?:{DIGITS}(?:{H}?(?:k|K)\b|{H}+(?:thousand|million)\b)?"
    rf"|(?:a{H}+)?(?:thousand|million|lakh|lac)\b){_POPULATION_NOUN}){NOT_AN_AMOUNT}"
    rf"|{H}?/{H}?(?P<per_ten>{POPULATION_POWER}(?:{H}?(?:k|K|M)\b)?{_POPULATION_NOUN}"
    rf"|(?:lakh|lac)\b{_POPULATION_NOUN})"
    rf"|{H}+for{H}+every{H}+(?P<every>(?:{DIGITS}(?:{H}?(?:k|K)\b|{H}+(?:thousand|million)\b)?"
    rf"|(?:a{H}+)?(?:thousand|million)\b){_POPULATION_NOUN_WORDS}))",
    re.IGNORECASE,
)
"""A rate's denominator after a quantity: ``/year``, ``/hour``, ``per year``, ``a month``, a
population ``per 100,000`` (``per 100 000``, ``per 100k``, ``per million``, ``per 1,000 live
births``),
or a power of ten after a slash (``4.5/100,000``; a smaller or other denominator after a
slash, ``3/4``, is a fraction or a date, never a rate), or ``for every`` a number of people
(``2.5 doctors for every 1,000 people``; the people must be named: ``for every 5 minutes`` is
no rate); a number that an amount of product follows (:data:`NOT_AN_AMOUNT`) is none.
``a year later``, ``a week after``, ``a month ago``, ``a month on`` say when, not
per what (``£4,450 a month on average`` is per month)."""
RATE_OF_MONEY = re.compile(RATE.pattern.replace(NOT_WHEN, NOT_WHEN_OF_MONEY, 1), re.IGNORECASE)
""":data:`RATE` after an amount of money (:data:`NOT_WHEN_OF_MONEY`)."""


def measure_unit(match: re.Match[str]) -> str:
    """The normalised unit a :data:`MEASURE` match stands for."""
    unit = MEASURE_UNITS[int(match.lastgroup[1:])][1]
    if unit == UNIT_SIGN:
        return UNIT_SIGNS[match.group(match.lastgroup)]
    return unit or per_day_spelled(compound_unit(match.group(match.lastgroup)))


_PER_D = re.compile(r"/d\Z")


def per_day_spelled(unit: str) -> str:
    """A dose per day in one spelling, the README's: dietary reference values write the day as
    ``d`` (``600 IU/d`` is ``IU/day``, ``38 g/d`` ``g/day``, ``5 mg/kg/d`` ``mg/kg/day``), so
    ``/d`` and ``/day`` read alike; international units keep their name, ``IU``."""
    return _PER_D.sub("/day", unit)


def is_per_day(unit: str | None) -> bool:
    """Whether a measure's unit is an amount per day (``g/day``, ``mg/kg/day``): the figure is
    per day, as ``38 g a day`` is (its ``per`` says so)."""
    return unit is not None and unit.endswith("/day") and unit.count("/") <= 2


_PER_POWER = re.compile(r"(?:\s*[·⋅]\s*|\s+)([A-Za-zµμ][\w.]*?)(?:⁻¹|[-–−]1)")
_PER_BODY_AREA_POWER = re.compile(r"(?:\s*[·⋅]\s*|\s+)1\.73\s*m(?:⁻²|[-–−]2)")
"""``·1.73 m⁻²`` after ``mL·min⁻¹``: per body surface area, as ``/1.73 m²`` (eGFR)."""
_IN_VOLUME = re.compile(r"\s+(?:in|per)\s+(?:each\s+|every\s+)?")
_HOURS_AFTER_COUNT = re.compile(r"(/\d+)(?:hours|hrs?)\b")
_LITRE_WORD = re.compile(r"(?<=/)(milli|deci)?lit(?:re|er)\b", re.IGNORECASE)
"""The litre spelled out after a slash (``mIU/litre`` is ``mIU/L``, ``mg/decilitre`` ``mg/dL``)."""
_LITRE = re.compile(r"(?<![A-Za-z])(m|d|µ)?l(?![A-Za-z])")
_MICRO_PREFIX = re.compile(r"(?<![A-Za-z])(?:μ|u|mc)(?=g|mol|IU|L|l)")


_CAPITAL_DOSE = re.compile(r"\bMC?G\b|(?<![A-Za-z])ML\b|(?<=/)ML\b")
"""A dose or volume a label writes in capitals (``40MG/0.4ML``), read as its small letters."""


SPELLED_DOSE_UNITS = {
    "microgram": "µg", "milligram": "mg", "nanogram": "ng", "gram": "g", "kilogram": "kg",
    "unit": "units", "minute": "min",
}  # fmt: skip
_SPELLED_DOSE = re.compile(
    r"(?i:micrograms?|milligrams?|nanograms?|kilograms?|grams?|units?|minute)"
)
"""A dose's spelled units in a compound one, as its symbols: ``micrograms/kg/minute`` is
``µg/kg/min``."""


def compound_unit(written: str) -> str:
    """One spelling per unit written as letters and slashes: spaces dropped, the micro sign
    for ``μ``/``u``/``mc`` (``mcg`` -> ``µg``, ``umol`` -> ``µmol``), a capital L for the
    litre (``mg/dl`` -> ``mg/dL``, ``ml`` -> ``mL``), plain digits for powers (``m²`` ->
    ``m2``), ``h`` for the hours of a period (``mg/24 hours`` -> ``mg/24h``), capitals for
    colony-forming units (``cfu/ml`` -> ``CFU/mL``)."""
    written = _PER_BODY_AREA_POWER.sub("/1.73m2", written)  # "mL·min⁻¹·1.73 m⁻²"
    written = _PER_POWER.sub(r"/\1", written)  # "mmol·L⁻¹" -> "mmol/L"
    written = _IN_VOLUME.sub("/", written)  # "100 mg in each 5 ml" -> "mg/5 ml"
    unit = re.sub(r"\s+|\^|\*\*", "", written).replace("²", "2").replace("³", "3")
    unit = _CAPITAL_DOSE.sub(lambda m: m.group().lower(), unit)  # "MG/5ML": as "mg/5ml"
    unit = _SPELLED_DOSE.sub(lambda m: SPELLED_DOSE_UNITS[m.group().lower().rstrip("s")], unit)
    unit = _MICRO_PREFIX.sub("µ", unit)
    unit = re.sub(r"^cfu(?=/)", "CFU", unit)  # "cfu/ml" -> "CFU/mL"
    unit = _HOURS_AFTER_COUNT.sub(r"\1h", unit)  # "mg/24 hours", "g/24hrs": "mg/24h"
    unit = _LITRE_WORD.sub(
        lambda m: {"milli": "m", "deci": "d"}.get(m.group(1) or "", "") + "L", unit
    )
    return _LITRE.sub(lambda m: (m.group(1) or "") + "L", unit)


def time_unit(surface: str) -> str:
    """``weeks`` -> ``week``, ``hrs`` -> ``hour``."""
    word = surface.lower()
    if word not in TIME_UNITS and word.endswith("s"):
        word = word[:-1]
    return TIME_UNITS[word]


def currency_code(surface: str) -> str:
    """The ISO code of a currency word or sign placed after the number (``dollars`` -> ``USD``,
    ``€`` -> ``EUR``, ``Fr`` -> ``CHF``)."""
    if surface in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[surface]
    if surface in ("Fr", "SFr"):
        return "CHF"
    if surface in ISO_CURRENCY_CODES or surface in LOCAL_SIGNS:
        return LOCAL_SIGNS.get(surface, surface)
    words = surface.lower().split()
    if words[0] in ("australian",):
        return "AUD"
    if words[0] in ("canadian",):
        return "CAD"
    if words[0] == "hong":
        return "HKD"
    if words[0] == "singapore":
        return "SGD"
    two_words = surface.lower().startswith("pounds") or words[-1].startswith("shilling")
    word = " ".join(words[-2:]) if two_words else words[-1]
    if word not in CURRENCY_WORDS:
        word = word.rstrip("s")
    return CURRENCY_WORDS[word]


_NUMERAL = re.compile(DIGITS)


def rate_per(match: re.Match[str]) -> str:
    """The denominator of a :data:`RATE` match, normalised (``annually`` -> ``year``)."""
    if match.group("person_time"):  # "per person-year": one, as written, hyphen kept
        return re.sub(rf"[‐{H[1:-1]}]", "-", match.group("person_time").lower())
    for group in ("slash", "per", "adverb"):
        if match.group(group):
            word = match.group(group).lower()
            return PER_UNIT.get(word, {"d": "day", "wk": "week"}.get(word, word))
    population = match.group("population") or match.group("per_ten") or match.group("every")
    numeral = _NUMERAL.match(population)
    value, rest = (
        (parse_digits(numeral.group()), population[numeral.end() :])
        if numeral
        else (
            1.0,
            population,
        )
    )
    scale = re.match(rf"{H}*(?:a{H}+)?(k|thousand|million|m|lakh|lac)\b", rest, re.IGNORECASE)
    if scale:  # "per 100k", "per million": the population as a number
        value *= _POPULATION_SCALE[scale.group(1).lower()]
        rest = rest[scale.end() :]
    written = f"{value:,.0f}" if value == int(value) else f"{value:g}"
    # one spelling whatever the grouping: "per 100 000" and "per 100,000" are one rate
    return written + re.sub(r"\s+", " ", rest)
