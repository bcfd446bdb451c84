"""Does a text state a registry claim's value? The rule ``registry check`` applies to a claim's
statement and to its sources' quotes (README, "Keeping the registry honest").

Figures are read with the figure reader drafts go through (:func:`find_quantities`), so a
statement or quote is read exactly as a draft saying the same words would be. A text
*states* a value when one of its figures, in the value's unit, is that value as written or
rounded:

- **Units.** The figure is converted to the value's unit as a draft's is (``five years`` is
  60 months, ``one in five`` is 20%); two counts agree whatever their nouns (``866,136 liver
  cancers`` states ``866136 cases/year``) unless both name a period and the periods differ.
  A percentage never states a count, nor money a duration.
- **Rounding.** Each end agrees when the two numbers are equal, or when the coarser one is
  the finer one rounded to its last significant digit (``906,000`` and ``905,677``; ``20.8%``
  and ``20.83``). A one-digit rounding (``50%`` for 45.3) counts only when either side is
  approximate (``about half``, ``approx: true``). Tolerances do not apply: they say how far a
  *draft* may stray, not how far a claim's own words may.
- **Shape.** A point states a point, a range a range with the same ends, a bound a bound on
  the same side (inclusive and strict are not told apart: "more than 70%" is how writers say
  "70% or more"). A range value is also stated by two points, one per end (``$373,000 … and
  $475,000``).
- **Sign.** A negative figure states its size (``-14.9%``, a change, states 14.9: the words
  say which way), since sources report changes signed and claims as losses or falls.
- Lancet-style decimal points (``13·6``) read as decimal points.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.model import RegistryValue
from claimcheck.registry.units import MEASUREMENT_UNITS, is_counted_noun, normalise_unit

MIN_ROUNDED_SIGNIFICANT_DIGITS = 2
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d)")


_SHARED: dict[str, tuple[Quantity, ...] | None] | None = None
"""While :func:`figures_shared` is on: the texts read more than once in the block, with their
figures once read."""


@contextmanager
def figures_shared(texts: Iterable[str]) -> Iterator[None]:
    """Within the block, each of ``texts`` that occurs more than once in it (a quote several
    claims share, a statement written twice) is read once: ``registry check`` reads every
    claim's statement and quotes, and the bounded cache of :func:`figures_in` does not
    reach back across a large registry. The figures depend on the text alone; only those of
    repeated texts are kept, and they go with the block."""
    global _SHARED
    outer = _SHARED
    seen: set[str] = set()
    repeated: dict[str, tuple[Quantity, ...] | None] = {}
    for text in texts:
        if text in seen:
            repeated[text] = None
        else:
            seen.add(text)
    seen.clear()
    _SHARED = repeated
    try:
        yield
    finally:
        _SHARED = outer


@lru_cache(maxsize=4096)
def figures_in(text: str) -> tuple[Quantity, ...]:
    """Every figure the figure reader finds in ``text`` (a statement, quote or source page)."""
    shared = _SHARED
    if shared is None or text not in shared:
        return _read_figures(text)
    found = shared[text]
    if found is None:
        found = shared[text] = _read_figures(text)
    return found


def _read_figures(text: str) -> tuple[Quantity, ...]:
    if "·" in text:  # (the look-behind's search runs at every character: only where one is)
        text = _MIDDLE_DOT_DECIMAL.sub(".", text)
    return tuple(find_quantities(text))


def _decimal(number: float) -> Decimal:
    return Decimal(repr(float(number))).normalize()


def last_digit(number: float) -> int:
    """The power of ten of the number's last significant digit (830,000 -> 4, 10.7 -> -1)."""
    exponent = _decimal(number).as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent


def round_to(number: float, digit: int) -> float:
    """``number`` rounded half up to the power of ten ``digit``."""
    return float(_decimal(number).quantize(Decimal(1).scaleb(digit), rounding=ROUND_HALF_UP))


def _significant_digits(number: float) -> int:
    return len(_decimal(number).as_tuple().digits)


def numbers_agree(first: float, second: float, approx: bool) -> bool:
    """Equal, or the coarser is the finer rounded to its last digit (see the module's rule)."""
    first, second = abs(first), abs(second)
    if first == second:
        return True
    coarse, fine = (first, second) if last_digit(first) > last_digit(second) else (second, first)
    if not approx and _significant_digits(coarse) < MIN_ROUNDED_SIGNIFICANT_DIGITS:
        return False
    return last_digit(coarse) > last_digit(fine) and round_to(fine, last_digit(coarse)) == coarse


def _period(unit: str) -> str | None:
    return unit.partition("/")[2] or None


def _counted(unit: str | None) -> str | None:
    """A figure's unit for comparing counts: normalised, else the last word of its noun and
    its period (``COVID-19 cases`` -> ``cases``), since the reader keeps a count's whole noun."""
    if not unit:
        return None
    normalised = normalise_unit(unit)
    if normalised:
        return normalised
    amount, slash, period = unit.lower().partition("/")
    words = re.findall(r"[a-z]+", amount)
    return f"{words[-1]}{slash}{period}" if words else None


def in_unit(figure: Quantity, unit: str | None) -> Quantity | None:
    """The figure expressed in ``unit``, or None when it measures something else."""
    from claimcheck.verify.convert import convert  # the draft side's conversion, reused

    converted = convert(figure, unit)
    if converted is not None:
        return converted
    figure_unit = _counted(figure.unit)
    if figure_unit and unit and is_counted_noun(figure_unit) and is_counted_noun(unit):
        periods = _period(figure_unit), _period(unit)
        if None in periods or periods[0] == periods[1]:
            return figure
    amount, _, period = (unit or "").partition("/")
    if period and figure.per is None and amount.lower() in MEASUREMENT_UNITS:
        # "the average annual effective dose … was 6.2 mSv" states 6.2 mSv/year: a quote
        # says a measurement's period once, as it says a count's
        converted = convert(figure, amount)
        if converted is not None:
            return replace(converted, unit=unit)
    return None


def _ends_agree(figure: Quantity, value: RegistryValue) -> bool:
    approx = figure.approx or value.approx
    for mine, theirs in ((figure.low, value.low), (figure.high, value.high)):
        if (mine is None) != (theirs is None):
            return False
        if mine is not None and theirs is not None and not numbers_agree(mine, theirs, approx):
            return False
    return True


def _hedged_bound_at(figure: Quantity, value: RegistryValue) -> bool:
    """Whether an approximate one-sided bound ("just under 2.8 million", "just over 18,402
    women") is at the value's point: such a source gives the figure it rounds to, so a claim
    may state that figure (approximately) as its value."""
    if not figure.approx or (figure.low is None) == (figure.high is None) or not value.is_point:
        return False
    bound = figure.low if figure.low is not None else figure.high
    assert bound is not None and value.low is not None
    return numbers_agree(bound, value.low, True)


@dataclass(frozen=True)
class Reading:
    """What a text says about a value: whether it states it, and the figures it holds."""

    states: bool
    figures: tuple[Quantity, ...]

    def described(self) -> str:
        """The text's figures as written, for a message: ``"about 82%", "2019"``."""
        if not self.figures:
            return "no figure"
        return ", ".join(f'"{figure.text}"' for figure in self.figures)


def reading(text: str, value: RegistryValue) -> Reading:
    """Whether ``text`` states ``value`` by the module's rule, with the figures it holds."""
    figures = figures_in(text)
    points: list[Quantity] = []
    for figure in figures:
        converted = in_unit(figure, value.unit)
        if converted is None:
            continue
        if _ends_agree(converted, value) or _hedged_bound_at(converted, value):
            return Reading(True, figures)
        if converted.is_point:
            points.append(converted)
    if value.low is not None and value.high is not None and not value.is_point:

        def stated(end: float) -> bool:
            return any(
                numbers_agree(point.low, end, point.approx or value.approx)  # type: ignore[arg-type]
                for point in points
            )

        if stated(value.low) and stated(value.high):
            return Reading(True, figures)
    return Reading(False, figures)
