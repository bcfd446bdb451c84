"""A lab report's reference range in brackets after a result takes the result's unit.

Lab reports and the pages that quote them give a result with its unit and then, in brackets,
the range a healthy person's result falls in, without the unit again: "potassium 4.1 mmol/L
(ref 3.5-5.0)", "sodium 131 mmol/L (normal 135-145)", "creatinine 1.4 mg/dL (RR 0.6-1.2)".
Read alone the range is a bare number pair that matches no claim in mmol/L, so a wrong
reference range passes unseen; it is the same measure in the same unit as the result.

The rule: a range (two different ends) with no unit of its own, alone in brackets that open
with a word of reference (``ref``, ``ref.``, ``reference``, ``normal``, ``usual``, ``RR``,
``NR``, ``range``, each optionally followed by ``range``/``interval``/``values`` and a colon
or ``=``), right after a figure with a unit, takes that figure's unit, kind and period, and
the power of ten its unit is written with (``WBC 11.2 ×10⁹/L (ref 4.0–11.0)`` is 4.0–11.0
×10⁹/L). Labs
write ``RR`` for "reference range", which is also relative risk's abbreviation: after a
measurement in a unit, a range in brackets is the lab's (after a share it is a relative
risk: ``fell 12% (RR 0.6-0.9)`` stays a statistic). A bare bracket, ``4.1 mmol/L (3.5-5.0)``, stays
the interval read with the figure: without a word it may be a confidence interval.

A one-sided limit takes the unit the same way (``ALT 85 U/L (normal < 40)``, ``vitamin D 25
nmol/L (optimal above 75)``, ``[ref 60–110]`` in square brackets too), as does a lone number
after the words of an upper limit (``bilirubin 34 µmol/L (upper limit of normal 21)``: at most
21 µmol/L); the words of reference also include ``optimal``, ``ideal``, ``desirable``,
``target`` and a group (``normal for women 120–150``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities.lexicon import LAB_FLAG
from claimcheck.nlp.quantity import Quantity

_WORD = (
    r"(?:(?:age-specific\s+|healthy\s+)?(?:ref(?:erence)?\.?|normal|usual|RR|NR|optimal|ideal"
    r"|desirable|target|healthy)(?:\s+(?:range|interval|values?|level))?"
    r"(?:\s+for\s+(?:wom[ae]n|m[ae]n|adults|children|females|males|non-?smokers))?|range)"
)
UPPER_LIMIT = r"(?:upper\s+(?:limit|reference\s+limit)(?:\s+of\s+normal)?|ULN|URL)"
"""The words of a lab's upper limit, said with one number (``upper limit of normal 21``,
``ULN 40``): results above it are raised, so the limit reads as at most that number."""
REFERENCE_OPENING = re.compile(
    rf"{LAB_FLAG}\s*[(\[]\s*(?:{_WORD}|(?P<upper>{UPPER_LIMIT}))\s*[:=]?\s*\Z",
    re.IGNORECASE,
)
"""The gap between a result and its reference range: a bracket and a word of reference,
after a lab flag or none (``3.2 mmol/L L (ref 3.5-5.1)``: the flag says the result is low)."""
UNBRACKETED_OPENING = re.compile(rf"{LAB_FLAG}\s+{_WORD}\s*[:=]\s*\Z", re.IGNORECASE)
"""A portal's reference range without brackets: ``TSH 5.1 mIU/L H Ref: 0.4-4.0``; the colon
(or ``=``) is required, so ``5.1 mIU/L normal 0.4-4.0`` in prose is not read as one."""
UNBRACKETED_END = re.compile(r"\s*(?:[;,.]\s|[;,.]?\s*\Z|\n)")
"""Where an unbracketed reference range ends: its line or clause."""
BARE_OPENING = re.compile(rf"{LAB_FLAG}\s*[(\[]\s*(?P<upper>(?!))?\Z")
"""A bracket with no word after a lab result (its ``upper`` group never takes part)."""
LAB_UNIT = re.compile(
    r"/\s*(?:[munpµμd]?[lL]|mol|kg|g|min|h)\b|/[lL]\Z|/(?:[lL]|mol)\b|\A(?:fL|pg)\Z"
)
"""A unit per volume, per mole or per mass (``mmol/L``, ``ug/L``, ``/L``, ``mmol/mol``,
``mOsm/kg``, ``mL/min``) and a red cell's size and haemoglobin (``fL``, ``pg``): the units lab
results are reported in."""
RR_TEXT = re.compile(r"(?:RR|NR)\s*[:=]?\s*\d")
"""A range read as a statistic because ``RR`` opens it (``RR 0.6-1.2``)."""
CLOSING = re.compile(r"\s*[)\]]")


def with_reference_units(quantities: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """``quantities`` (one sentence's, in order, offsets into ``text``) with each unitless
    reference range in brackets given the unit of the result before it (module rule)."""
    if len(quantities) < 2:
        return quantities
    between = text[quantities[0].end : quantities[-1].start]
    if not any(mark in between for mark in "([:="):
        return quantities  # no bracket or "Ref:" between the sentence's first and last figure
    read = list(quantities)
    for index in range(1, len(read)):
        quantity, result = read[index], read[index - 1]
        if result.unit is None or result.low is None:
            continue
        if not (_unitless_range(quantity) or _unitless_bound(quantity) or _bare(quantity)):
            continue
        if result.low != result.high:
            continue
        gap = text[result.end : quantity.start]
        if quantity.statistic is not None:  # "(RR 0.6-1.2)": the bracket's word is in the text
            if result.kind != "measure":
                continue  # "fell 12% (RR 0.6-0.9)": a relative risk after a share
            gap += quantity.text[: RR_TEXT.match(quantity.text).end() - 1]
        bracketed = CLOSING.match(text, quantity.end) and (
            REFERENCE_OPENING.fullmatch(gap) or _outside_bare_bracket(result, quantity, gap)
        )
        if not bracketed and not (
            UNBRACKETED_OPENING.fullmatch(gap) and UNBRACKETED_END.match(text, quantity.end)
        ):
            continue
        if _bare(quantity) and not (bracketed and bracketed.group("upper")):
            continue  # a lone number is a limit only after the words of one ("ULN 40")
        if bracketed and bracketed.group("upper") and not _bare(quantity):
            continue
        power = _power_of(result)
        low, high = quantity.low, quantity.high
        if _bare(quantity):
            low = None  # "upper limit of normal 21": at most 21
        read[index] = replace(
            quantity,
            low=None if low is None else low * power,
            high=None if high is None else high * power,
            unit=result.unit,
            kind=result.kind,
            per=result.per,
            statistic=None,
        )
    return _units_after_bracket(read, text)


UNIT_AFTER_BRACKET = re.compile(r"\s*[)\]][ \t\u00a0]*(?=\S)")
BRACKET_BETWEEN = re.compile(rf"{LAB_FLAG}\s*[(\[]\s*\Z")


def _units_after_bracket(read: list[Quantity], text: str) -> tuple[Quantity, ...]:
    """``Sodium 131 (135–145) mmol/L``, ``Platelets 45 (150-400) x10^9/L``: a bare result,
    its reference range in brackets, then the unit once for both, as some lab reports print a
    row (value, range, unit). Both take the unit (with its power of ten) that the text right
    after the bracket reads as, when that unit is per volume, mole or mass."""
    unit_ends: list[tuple[int, int]] = []  # the unit's words: no figure of their own
    for index in range(len(read) - 1):
        result, ranged = read[index], read[index + 1]
        if not (_bare(result) or _bare_with_spread(result)) or not _unitless_range(ranged):
            continue
        if not BRACKET_BETWEEN.fullmatch(text, result.end, ranged.start):
            continue
        after = UNIT_AFTER_BRACKET.match(text, ranged.end)
        if after is None:
            continue
        unit = _unit_read_at(text, after.end())
        if unit is None:
            continue
        power = unit.low
        read[index] = _in_unit(result, unit, power)
        read[index + 1] = _in_unit(ranged, unit, power)
        unit_ends.append((after.end(), after.end() + unit.end - 2))
    return tuple(q for q in read if not any(start <= q.start < end for start, end in unit_ends))


def _bare_with_spread(quantity: Quantity) -> bool:
    """A bare number whose bracket after it was read as its interval (``140 (135–145)``)."""
    return (
        quantity.spread is not None
        and quantity.unit is None
        and quantity.kind == "number"
        and quantity.comparator is None
        and quantity.low is not None
        and quantity.low == quantity.high
    )


def _unit_read_at(text: str, start: int) -> Quantity | None:
    """The unit the words at ``start`` are read as after a number (``mmol/L``, ``x10^9/L``),
    as a quantity of one in that unit (its value is the unit's power of ten); None when they
    are no unit per volume, mole or mass."""
    from claimcheck.nlp.quantities.finder import find_quantities  # the reader reads units

    words = text[start : start + 24].split("\n")[0]
    found = find_quantities(f"1 {words}")
    if not found or found[0].start != 0 or found[0].unit is None:
        return None
    if not LAB_UNIT.search(found[0].unit) or found[0].low is None:
        return None
    return found[0]


def _in_unit(quantity: Quantity, unit: Quantity, power: float) -> Quantity:
    """``quantity`` (bare) in ``unit``'s unit, its numbers times ``power``."""
    spread = quantity.spread
    if spread is not None and power != 1:
        spread = replace(
            spread,
            low=None if spread.low is None else spread.low * power,
            high=None if spread.high is None else spread.high * power,
            value=None if spread.value is None else spread.value * power,
        )
    return replace(
        quantity,
        low=None if quantity.low is None else quantity.low * power,
        high=None if quantity.high is None else quantity.high * power,
        unit=unit.unit,
        kind=unit.kind,
        per=unit.per,
        spread=spread,
    )


POWER_IN_RESULT = re.compile(r"[x×*]\s*10\s*(?:\^|\*\*)?\s*(?P<exp>[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
"""The power of ten a cell count is written in (``90 ×10⁹/L``, ``0.8 x 10^9/L``)."""
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")


def _outside_bare_bracket(result: Quantity, quantity: Quantity, gap: str) -> re.Match | None:
    """The bare bracket (``Ferritin 8 ug/L (15-200)``, ``Free T4 9 pmol/L L (12–22)``) that
    holds a lab result's reference range: a range with no word, after a result in a unit of
    concentration or count, that the result lies outside. An interval of the result would
    hold it (README: a bare bracket around the figure stays its interval), so one that does
    not is the range the result is compared with; None otherwise."""
    if not _unitless_range(quantity) or quantity.statistic is not None:
        return None
    if result.unit is None or not LAB_UNIT.search(result.unit):
        return None
    value = result.low / _power_of(result)
    if quantity.low <= value <= quantity.high:
        return None
    return BARE_OPENING.fullmatch(gap)


def _power_of(result: Quantity) -> float:
    """The power of ten the result's unit is written with, which the bare reference range
    shares (``Platelets 90 ×10⁹/L (ref 150–400)`` is 150–400 ×10⁹/L); 1 when none."""
    found = POWER_IN_RESULT.search(result.text)
    if found is None:
        return 1.0
    return float(f"1e{int(found.group('exp').translate(_SUPERSCRIPTS))}")


def _unitless_range(quantity: Quantity) -> bool:
    """A range with two different ends and no unit: a bare number pair, or one that ``RR``
    before it made a relative risk."""
    if (
        quantity.unit is not None
        or quantity.per is not None
        or quantity.low is None
        or quantity.high is None
    ):
        return False
    if quantity.low >= quantity.high:
        return False
    if quantity.statistic is None:
        return quantity.kind == "number"
    return quantity.statistic in ("RR",) and RR_TEXT.match(quantity.text) is not None


def _unitless_bound(quantity: Quantity) -> bool:
    """A one-sided limit with no unit (``< 40``, ``>90``, ``above 75``, ``under 5``,
    ``≤4.5``): a lab's normal limit when a word of reference opens its bracket."""
    if quantity.unit is not None or quantity.per is not None or quantity.statistic:
        return False
    if quantity.kind not in ("number", "measure") or quantity.comparator is None:
        return False
    return (quantity.low is None) != (quantity.high is None)


def _bare(quantity: Quantity) -> bool:
    """A lone number with no unit, comparator or statistic."""
    return (
        quantity.unmeasured
        and quantity.comparator is None
        and quantity.low is not None
        and quantity.low == quantity.high
    )
