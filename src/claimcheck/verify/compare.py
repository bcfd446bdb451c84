"""Compare the interval a draft asserts with the interval its source supports.

A draft figure and a registry value are both intervals (a point has ``low == high``; ``None``
is an open side). :func:`compare` answers ``supported``, ``conflict`` or ``overprecise``, or
``None`` when the units measure different things (the matcher then drops the candidate).

Rules, in order (D = the draft's interval, S = the source's):

1. **Tolerance.** The registry claim's ``tolerance`` if it sets one; otherwise
   :data:`APPROX_TOLERANCE` (10% relative) when the draft or the source is approximate
   (``~``, ``about``, ``approx: true``) or the draft is a fraction (``a third``, ``one in
   five``: a page says 33.8% as "a third"), but not a fraction given as a bound (``more than
   half`` claims the side of a half the figure is on: 46% is not more than half), nor a
   count of a whole (``27/33 patients``, ``18 of 24``: exact, so it is the source's figure
   when it rounds to it, 81.8% to 82%, and ``44/60``, 73.3%, is no 75%), nor a
   draft written with three significant digits or more (``an estimated 604,100``: an
   estimate to the digit, :func:`_written_precisely`); otherwise none. Two figures are
   within tolerance when they differ by at most ``relative`` times the larger of the two,
   or ``absolute``.
2. **Point against point.** Equal: supported. A draft rounded to fewer digits than the source,
   with at least two significant digits, is supported when rounding the source to the draft's
   last digit gives it (``830,000`` vs 830,180; ``11 months`` vs 10.7), keeping at least the
   source's first digit (``about 10`` is no rounding of 5). A one-digit figure
   (``50%``, ``4,000``) is too coarse to count as a rounding unless it is marked approximate,
   and then only within the tolerance (``about 50%`` rounds 45.3%; ``about 10%`` is no rounding
   of 14%, a 29% error; a fraction or "1 in N" says a share coarsely by nature and keeps the
   rounding).
   A draft with digits the source does not have is overprecise when rounding it to the
   source's precision gives the source (``10.73 months`` vs 10.7; ``412,000`` vs ~410,000),
   unless it is a fraction or an approximate figure with no decimals: ``one in three``
   (33.33…%), ``about one in eleven`` (9.09…%) and ``about 34 months`` (2.83 years) are
   33.3%, 9.1% and 2.8 years said coarsely, supported; ``about 8.25%`` against 8.3% is not.
   Otherwise within tolerance: supported (``~50%`` vs 45.3%), else conflict.
3. **The draft covers the source**, ends within tolerance: supported. Every value the source
   allows, the draft allows too, so the draft says less but nothing false. This is how bounds
   work: ``more than 70%`` (70, ∞) is supported by 70–80% (the source's low end may equal the
   draft's bound even when the draft's is strict: "more than 70%" is how writers say "70% or
   more"; and against a *point* source of exactly 70, "more than 70%" and "at least 70%" are
   both supported: the source's figure is itself rounded, so "over 890 million" is how a page
   repeats a source that states 890 million).
   ``under 20 months`` is supported by 19.2 months; ``more than 90%`` is not by 70–80%.
   A closed range is no bound: one wider than a range the source states misstates both
   ends (``60–90%`` or ``40–120 bpm`` against 70–80% or 60–100 bpm: a conflict), while
   against a point source it brackets the figure (``70–80%`` against 75%: supported).
4. **The draft lies inside the source.** An approximate draft is supported (``about 75%`` vs
   70–80%); a closed range is supported (``72–78%`` vs 70–80%); an exact point or a bound is
   **overprecise**: it claims more than the source knows (``73.4%`` or ``75%`` vs 70–80%;
   ``75%`` vs at least 70%; ``more than 80%`` vs at least 70%).
5. **"Up to X" promises X.** Marketing's "up to 25%" (also "as many as", "as much as") says
   that 25% is reached, not merely that nothing exceeds it, so its X is compared, as a point,
   with the source's upper end: "up to 25%" against a mean of 14.9% is a conflict, "up to
   80%" against 70–80% is supported. Against a source with no upper end, rule 3 applies.
6. **A bound restated against a bound.** A draft that states a one-sided bound in words
   (``within``, ``up to``, ``more than``, ``at least``, ``no more than``, ``minimum`` …)
   against a source that states a bound on the same side compares the two bounds as points:
   ``within 120 hours`` against a licence "within 72 hours" is a conflict, and so is
   ``within 72 hours`` against "within 120 hours" (a wrong window either way), ``more than
   35,000 infections`` against "more than 2.8 million" and ``more than 80%`` against "at
   least 70%", though one interval holds the other: the bound is the figure the source states.
7. **A bare figure at a one-sided source's bound** is the source's figure, supported
   (``120 hours`` in a column headed "Use within"; ``70%`` against "at least 70%").
8. Anything else, disjoint or overlapping but sticking out, is a **conflict**
   (``60–75%`` vs 70–80%; ``more than 75%`` vs 70–80%).

Ends of S are widened by the tolerance; a tie at an end respects inclusivity only when there is
no tolerance and one side is a point (``70%`` is not inside "more than 70%").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from claimcheck.nlp.quantities.counted_shares import is_counted_share
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.model import RegistryValue, Tolerance
from claimcheck.registry.units import rate_denominator, units_compatible

Verdict = Literal["supported", "conflict", "overprecise"]

APPROX_TOLERANCE = Tolerance(relative=0.10)


@dataclass(frozen=True, slots=True)
class NearWholeTolerance(Tolerance):
    """:data:`APPROX_TOLERANCE` for two percentages, held near the whole to what is left of
    it: two shares said approximately may differ by 10% of the larger, but never by more
    than the larger leaves to 100% (with a point's slack at least). ``about 91%`` is no
    rounding of "more than 99%": a method that fails 9 times in 100 is not one that fails
    fewer than once, though the two shares are 8% apart; ``about 95%`` still rounds 96.3%
    (3.7 left to the whole)."""

    def allows(self, a: float, b: float) -> bool:
        slack = max(max(abs(a), abs(b)) * self.relative, self.absolute)
        left = 100.0 - max(a, b)
        if 0 <= left < slack:
            slack = max(left, NEAR_WHOLE_FLOOR)
        return abs(a - b) <= slack


NEAR_WHOLE_FLOOR = 1.0
"""The least slack near the whole, in percentage points: ``about 99%`` for 99.6%."""
SHARE_TOLERANCE = NearWholeTolerance(relative=0.10)
EXACT = Tolerance()
MIN_ROUNDED_SIGNIFICANT_DIGITS = 2
WRITTEN_DECIMAL = re.compile(r"\d[.,·]\d")
"""A figure written with a decimal part ("5.0%", "5,0 %"), whose last digit is its own."""


@dataclass(frozen=True)
class _Interval:
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


def _interval(value: Quantity | RegistryValue) -> _Interval:
    return _Interval(value.low, value.high, value.low_inclusive, value.high_inclusive)


def _end_covered(
    outer: float | None,
    outer_inclusive: bool,
    inner: float | None,
    inner_is_point: bool,
    tolerance: Tolerance,
    beyond: int,
) -> bool:
    """Whether ``inner``'s end stays within ``outer``'s on one side.

    ``beyond`` is -1 for low ends (inner must be at or above outer), +1 for high ends.
    ``None`` is open: an open outer end covers anything, an open inner end only an open outer.
    """
    if outer is None:
        return True
    if inner is None:
        return False
    if (inner - outer) * beyond < 0:
        return True
    if inner == outer:
        return outer_inclusive or not inner_is_point or not tolerance.is_zero
    return tolerance.allows(inner, outer)


def _covers(outer: _Interval, inner: _Interval, tolerance: Tolerance) -> bool:
    """Every value of ``inner`` lies in ``outer`` (its ends widened by the tolerance)."""
    point = inner.is_point or outer.is_point
    return _end_covered(
        outer.low, outer.low_inclusive, inner.low, point, tolerance, beyond=-1
    ) and _end_covered(outer.high, outer.high_inclusive, inner.high, point, tolerance, beyond=1)


def _decimal(number: float) -> Decimal:
    """The number as written (``repr`` keeps 10.7 as 10.7, not its binary expansion)."""
    return Decimal(repr(float(number))).normalize()


def _last_digit(number: float, trailing_zeros_count: bool) -> int:
    """The power of ten of the number's last significant digit (830,000 -> 4, 10.7 -> -1).

    Trailing zeros of a whole number are significant only when ``trailing_zeros_count``:
    a registry figure is exact as written unless marked approximate; a draft figure rounds.
    """
    exponent = _decimal(number).as_tuple().exponent
    assert isinstance(exponent, int)
    return min(exponent, 0) if trailing_zeros_count else exponent


def _significant_digits(number: float) -> int:
    return len(_decimal(number).as_tuple().digits)


def _round_to(number: float, last_digit: int) -> float:
    step = Decimal(1).scaleb(last_digit)
    return float(_decimal(number).quantize(step, rounding=ROUND_HALF_UP))


def _compare_points(
    draft: float,
    draft_approx: bool,
    source: float,
    source_approx: bool,
    tolerance: Tolerance,
    fraction: bool = False,
    held_to_tolerance: bool = False,
    whole: bool = False,
) -> Verdict:
    """Point against point (rule 2 of the module). ``held_to_tolerance``: a draft of one
    significant digit rounds the source only within the tolerance (a figure in digits, not a
    fraction or a "1 in N", which say a share coarsely by nature). ``whole``: a percentage,
    which a page rounds to the whole number (``5%`` for 4.7%; a ratio's 1.5 is no 2)."""
    if draft == source:
        return "supported"
    draft_digit = _last_digit(draft, trailing_zeros_count=False)
    source_digit = _last_digit(source, trailing_zeros_count=not source_approx)
    rounded_enough = (
        draft_approx or fraction or _significant_digits(draft) >= MIN_ROUNDED_SIGNIFICANT_DIGITS
    )  # "four in ten" is how a page rounds 43%
    keeps_a_digit = source == 0 or draft_digit <= math.floor(math.log10(abs(source)))
    if (
        draft_digit > source_digit
        and rounded_enough
        and keeps_a_digit  # 5 does not "round" to 10: a rounding keeps the source's first digit
        and _round_to(source, draft_digit) == draft
        # … and a figure of one digit rounds no further than the tolerance: "about 10%" is
        # no rounding of 14% (a 29% error), "about 50%" still is one of 45.3%
        and (
            not held_to_tolerance
            or _significant_digits(draft) > 1
            or tolerance.allows(draft, source)
        )
    ):
        return "supported"
    if (
        whole
        and draft_digit >= 0
        and source_digit < 0
        and _round_to(source, 0) == draft
        and APPROX_TOLERANCE.allows(draft, source)  # (1% is no rounding of 0.7%)
    ):
        # "60%" against 59.8%, "5%" against 4.7%: the source to the whole number, a round
        # figure's zeros read as written (the writer's digits as well as a rounding's)
        return "supported"
    if (
        draft_digit < source_digit
        and _round_to(draft, source_digit) == source
        and (not source_approx or tolerance.allows(draft, source))
    ):
        # a fraction ("one in three" is 33.33…%) claims no digits beyond the source's: it
        # is that figure, said more coarsely; an approximate source's rounding reaches no
        # further than its tolerance ("about 10 million" is not 14 million said precisely)
        return "supported" if fraction else "overprecise"
    if not tolerance.allows(draft, source):
        return "conflict"
    if draft_digit < source_digit and source_approx and not (draft_approx or fraction):
        # "87.3%" against "about 85%": within the source's rounding, but with digits the
        # source never had (CC103's "more precise than its source"); "about 87%" is not
        return "overprecise"
    return "supported"


def same_when_rounded(a: Quantity, b: Quantity) -> bool:
    """Whether two points are one figure written at two precisions: the finer rounds to the
    coarser at the last digit the coarser is written with (``21.37%`` and ``21%``, ``1.28
    billion`` and ``1.3 billion``); a page that says both does not contradict itself."""
    for one, other in ((a, b), (b, a)):
        # "1 in 4 (25.3%)": one in N is the share whose reciprocal rounds to N
        said = ONE_IN_N.search(one.text)
        whole = SHARE_WHOLE.get(other.unit or "")
        if said is not None and whole and other.low and other.low == other.high:
            return round(whole / other.low) == int(said.group(1).replace(",", ""))
    digit_a, digit_b = written_last_digit(a), written_last_digit(b)
    if digit_a is None or digit_b is None or digit_a == digit_b:
        return False
    fine, coarse, digit = (a, b, digit_b) if digit_a < digit_b else (b, a, digit_a)
    assert fine.low is not None and coarse.low is not None
    return _round_to(fine.low, digit) == coarse.low


ONE_IN_N = re.compile(r"\b(?:1|one)\s+in\s+(?:every\s+)?(\d[\d,]*)\b", re.IGNORECASE)
"""A share said as one in N ("1 in 4", "one in every 10")."""
SHARE_WHOLE = {"percent": 100.0, "proportion": 1.0}
"""What a share is out of, by its unit."""


ROUNDED_FROM = 1000  # a whole number's trailing zeros are its source's rounding from here up
WRITTEN_NUMERAL = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def written_last_digit(figure: Quantity) -> int | None:
    """The power of ten of the last digit a figure is *written* with: ``17.9 million`` -> 5,
    ``6.7 million`` -> 5, ``537 million`` -> 6, ``45.4%`` -> -1, ``$9,400`` -> 2 (two zeros
    or more at the end of a whole number of four digits or more are the source's rounding;
    ``£605``, ``50%``, ``100%``, ``200 mg`` keep their last digit). A registry ``value``
    typed out in full (17900000) looks exact; its statement shows how far the source rounded
    it."""
    if figure.low is None or figure.low != figure.high or figure.low == 0:
        return None
    found = WRITTEN_NUMERAL.search(figure.text)
    if found is None:
        return None
    try:
        written = float(found.group().replace(",", ""))
    except ValueError:
        return None
    if written == 0:
        return None
    scale = round(math.log10(abs(figure.low) / written))
    decimals = found.group("decimals")
    if decimals:
        return scale - len(decimals)
    # "$9,400", "3,700 deaths": a whole number of four digits or more written with two zeros
    # or more at its end was rounded by its source (HCUP, CDC round to the hundred); "100%",
    # "200 mg", "500 mL" are exact as written (a share of all, a dose, a volume)
    digits = found.group().replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    return scale + (zeros if zeros >= 2 and abs(written) >= ROUNDED_FROM else 0)


def half_a_step_off(draft: Quantity, source: RegistryValue, written_coarsely: bool = False) -> bool:
    """Whether a draft point lies exactly half a step of the source's last digit from it
    ("1.5 Gy" against a source's 2 Gy; "500 mg", 0.5 g, against 1 g), or a draft bound half
    a step from a source's bound on the same side ("at most 3.5 g" against at most 4 g,
    "47.5 mmol/mol or above" against at least 48): rounding half up would make it the
    source's figure, but a figure on the edge of the rounding is one of its own, never the
    source's said more precisely. ``written_coarsely``: the source's statement writes the
    value with trailing zeros that say no digit ("1,000 mg"), so its step is its first
    digit's."""
    pairs = []
    if draft.low is not None and draft.low == draft.high and source.low == source.high:
        pairs.append((draft.low, source.low))
    elif draft.low is None and draft.high is not None and source.low is None:
        pairs.append((draft.high, source.high))
    elif draft.high is None and draft.low is not None and source.high is None:
        pairs.append((draft.low, source.low))
    for mine, theirs in pairs:
        if mine is None or theirs is None:
            continue
        zeros_count = not source.approx and not written_coarsely
        step = 10.0 ** _last_digit(theirs, trailing_zeros_count=zeros_count)
        if math.isclose(abs(mine - theirs), step / 2, rel_tol=1e-9):
            return True
    return False


def converted_by_power_of_ten(written: Quantity, converted: Quantity) -> bool:
    """Whether the figure's conversion to the source's unit only moved its decimal point
    (``0.42 km`` is 420 m), so its digits are still the writer's; ``18.7 kPa`` is 140.26
    mmHg, digits no one wrote (then never overprecise: convert's rule)."""
    for mine, theirs in ((written.low, converted.low), (written.high, converted.high)):
        if mine and theirs:
            exponent = math.log10(abs(theirs / mine))
            return abs(exponent - round(exponent)) < 1e-9
    return True


def rounds_in_own_unit(written: Quantity, converted: Quantity, source: RegistryValue) -> bool:
    """Whether a draft point said in another unit than the source's is the source's figure
    rounded in the draft's own unit: ``39 months`` against 3.26 years (39.12 months), where
    the converted 3.25 years looks like another figure at the source's precision. The
    source's point is taken into the draft's unit by the factor the conversion used, and
    rounded to the draft's last digit, keeping :data:`MIN_ROUNDED_SIGNIFICANT_DIGITS`."""
    if written.low is None or written.low != written.high or not written.low:
        return False
    if converted.low is None or converted.low != converted.high or source.low is None:
        return False
    if source.low != source.high:
        return False
    if _significant_digits(written.low) < MIN_ROUNDED_SIGNIFICANT_DIGITS:
        return False
    in_own_unit = source.low * written.low / converted.low
    step = 10.0 ** _last_digit(written.low, trailing_zeros_count=False)
    rounded = (
        float(
            (Decimal(repr(in_own_unit)) / Decimal(repr(step))).quantize(
                Decimal(1), rounding=ROUND_HALF_UP
            )
        )
        * step
    )
    return math.isclose(rounded, written.low, rel_tol=1e-9)


def as_precise_as_written(draft: Quantity, written: Quantity) -> bool:
    """Whether a draft point is written no finer than the source's statement writes its figure
    (``24.3%`` against "24.0%", ``2.4`` against "2.0 percentage points"): its last digit is one
    the source states, so a difference there is no extra precision but another figure."""
    digit = written_last_digit(written)
    if digit is None or draft.low is None or draft.low != draft.high:
        return False
    return _last_digit(draft.low, trailing_zeros_count=False) >= digit


HEDGE_SLACK_DIGITS = 1  # units of the last written digit a hedge excuses ("about 46%" for 45%)


def hedged_past_the_written_digit(draft: Quantity, written: Quantity) -> bool:
    """Whether a hedged draft point is written to the very digit the source's statement
    writes its figure to, and differs there by more than :data:`HEDGE_SLACK_DIGITS`
    (``some 6.9 million`` against "6.7 million", ``about 4.5%`` against "4.7%"): a hedge
    excuses rounding, and a figure given to the source's own digit rounds nothing, so it is
    another figure. A figure whose last written digit is zero (``nearly 40%`` against 38%,
    ``around 250 million`` against 254 million) is rounded by its writer.
    Not a share said as "1 in N"; ``draft`` is in the written figure's unit
    (the caller converts, and leaves out a figure whose digits a conversion changed)."""
    if draft.kind == "proportion":
        return False
    numeral = WRITTEN_NUMERAL.search(written.text)
    if numeral is None or not numeral.group("decimals"):
        # "some 57 million" against "55 million": a whole figure's hedge keeps its latitude;
        # a source that writes a decimal ("6.7 million") states that digit
        return False
    digit, own = written_last_digit(written), written_last_digit(draft)
    if digit is None or own is None or own != digit:
        return False
    assert draft.low is not None and written.low is not None
    if round(abs(draft.low) / 10.0**own) % 10 == 0:
        return False  # "nearly 40%", "around 250 million": a hedged round figure, rounded
    step = 10.0**digit
    return abs(draft.low - written.low) > (HEDGE_SLACK_DIGITS + 0.5) * step


def overprecise_against_written(draft: Quantity, written: Quantity) -> bool:
    """Whether a precise draft point rounds, at the precision the source's statement writes
    its figure with, to that figure (``17.93 million`` against "17.9 million")."""
    digit = written_last_digit(written)
    if digit is None or draft.low is None or draft.low != draft.high:
        return False
    if draft.approx and not _written_precisely(draft):
        return False  # ("an estimated 1,125,400" is given to the digit: no rounding)
    if _last_digit(draft.low, trailing_zeros_count=False) >= digit:
        return False
    return _round_to(draft.low, digit) == written.low


def _strict_bound_at(draft: _Interval, figure: float | None) -> bool:
    """``over 890 million`` against a source that states 890 million: the source's figure is
    itself rounded, and writers say "over" for "890 million or more", so a strict one-sided
    bound at the source's own figure, or at one that rounds to it (``more than 1 in 7``,
    14.29%, against 14%), is supported (rule 3's edge, for a point source)."""
    if figure is None:
        return False
    if draft.low is not None and draft.high is None:
        return _rounds_to(draft.low, figure) and not draft.low_inclusive
    if draft.high is not None and draft.low is None:
        return _rounds_to(draft.high, figure) and not draft.high_inclusive
    return False


def _rounds_to(bound: float, figure: float) -> bool:
    """Whether a bound is the source's figure, or rounds to it at the source's precision
    ("more than 1 in 7", 14.29%, against a source's 14%: the source rounded it)."""
    digit = _last_digit(figure, trailing_zeros_count=False)
    return bound == figure or _round_to(bound, digit) == figure


MAXIMUM_COMPARATORS = frozenset({"up to", "as much as", "as many as", "as high as"})


def _bound_side(draft: Quantity) -> str | None:
    """``"high"`` or ``"low"`` when the draft states a one-sided bound in words (a
    comparator: ``within``, ``more than``, ``at least``, ``up to`` …)."""
    if not (draft.comparator or "").strip():
        return None
    if draft.low is None and draft.high is not None:
        return "high"
    if draft.high is None and draft.low is not None:
        return "low"
    return None


def _bound_against_bound(
    draft: Quantity, source: RegistryValue, tolerance: Tolerance
) -> Verdict | None:
    """Rule 6: a bound restated against a source that states a bound on the same side is
    compared bound to bound (``within 120 hours`` against "within 72 hours" is a conflict,
    though every value under 72 is under 120 too; ``more than 35,000`` against "more than
    2.8 million" understates the source, ``more than 2.8 million`` against "more than
    35,000" is another figure)."""
    side = _bound_side(draft)
    coarse = _said_coarsely(draft)
    if side == "high" and source.low is None and source.high is not None:
        return _compare_points(
            draft.high, draft.approx, source.high, source.approx, tolerance, coarse
        )
    if side == "low" and source.high is None and source.low is not None:
        return _compare_points(
            draft.low, draft.approx, source.low, source.approx, tolerance, coarse
        )
    return None


def _said_coarsely(draft: Quantity) -> bool:
    """A fraction, or an approximate whole number whose digits only a unit conversion made
    finer ("about 34 months" against 2.8 years; "below 60 mmHg" against "below 8 kPa"),
    writes no digit the source lacks: never overprecise."""
    return draft.kind == "proportion" or (draft.approx and "." not in draft.text)


def _point_at_bound(draft: _Interval, source: _Interval, tolerance: Tolerance) -> bool:
    """Rule 7: a bare figure at a one-sided source's bound is the source's own figure
    (``120 hours`` under a table header "Use within" against "within 120 hours")."""
    if not draft.is_point or (source.low is None) == (source.high is None):
        return False
    upper = source.low is None
    bound = source.high if upper else source.low
    inclusive = source.high_inclusive if upper else source.low_inclusive
    assert draft.low is not None and bound is not None
    if draft.low == bound:
        return inclusive  # "70%" is not the figure of "more than 70%"
    return not tolerance.is_zero and tolerance.allows(draft.low, bound)


def _claims_a_maximum(draft: Quantity) -> bool:
    comparator = " ".join((draft.comparator or "").lower().split())
    return comparator in MAXIMUM_COMPARATORS and draft.high is not None and draft.low is None


PRECISE_DIGITS = 3  # significant digits written that make an approximate figure precise


def _written_precisely(draft: Quantity) -> bool:
    """Whether a point is written with :data:`PRECISE_DIGITS` significant digits or more
    (``604,100``, ``57.4 million``, ``12.5%``; not ``600,000``, ``6.9 million``, ``45%``):
    then a word of approximation before it allows no 10% either way."""
    if draft.low is None or draft.low != draft.high:
        return False
    found = WRITTEN_NUMERAL.search(draft.text)
    if found is None:
        return False
    digits = found.group().replace(",", "")
    try:
        ratio = abs(draft.low) / float(digits)
    except (ValueError, ZeroDivisionError):
        return False
    if abs(math.log10(ratio) - round(math.log10(ratio))) > 1e-9:
        return (
            False  # converted ("about £4,450 a month" as a weekly fee): its digits are not its own
        )
    whole, _, decimals = digits.partition(".")
    significant = (whole + decimals).lstrip("0") if decimals else whole.strip("0")
    return len(significant) >= PRECISE_DIGITS


ROUND_IN_WORDS_FROM = 1000  # "half a million", "a million", "two thousand": rounded by nature


SCALE_WORD = re.compile(
    r"\b(?:hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?)\b", re.I
)
"""The word that makes a figure in words large: "half a million", "forty thousand"."""


def _round_in_words(draft: Quantity) -> bool:
    """A large figure written in words alone ("half a million Americans", "a million
    people", "two thousand patients") is a round one, as "about" would make it: never more
    precise than a source's "more than 480,000", and compared within the approximate
    tolerance. Small counts in words ("three patients") stay exact."""
    return (
        draft.low is not None
        and draft.low == draft.high
        and abs(draft.low) >= ROUND_IN_WORDS_FROM
        and not any(ch.isdigit() for ch in draft.text)
        and SCALE_WORD.search(draft.text) is not None
    )


def _closed_range(value: Quantity | RegistryValue) -> bool:
    """Both ends stated and different: ``60–100``, not a point nor a bound."""
    return value.low is not None and value.high is not None and value.low != value.high


def _one_sided_draft(draft: Quantity) -> bool:
    """Whether the draft states a one-sided bound ("more than half": (0.5, ∞))."""
    return (draft.low is None) != (draft.high is None)


def compare(draft: Quantity, source: RegistryValue, tolerance: Tolerance | None) -> Verdict | None:
    """The verdict on a draft figure against the figure its matched registry claim supports;
    ``None`` when the units are not compatible or the draft asserts no interval."""
    if not units_compatible(draft.unit, source.unit):
        return None
    if draft.low is None and draft.high is None:
        return None
    if any(end is not None and not math.isfinite(end) for end in (draft.low, draft.high)):
        return None
    if tolerance is None:
        # a fraction ("a third", "one in five") is a figure said approximately
        # … but a fraction given as a bound ("more than half", "under a third") claims
        # which side of it the figure is on: 46% is not more than half
        # … and a count of a whole ("27/33 patients", "18 of 24") is exact: it is held to the
        # source's own rounding (27/33 is 81.8%, an 82% source's figure; 44/60 is no 75%)
        fraction = (
            draft.kind == "proportion"
            and not _one_sided_draft(draft)
            and not is_counted_share(draft)
        )
        # … and "an estimated 604,100" or "some 57.4 million" is an estimate given to the
        # digit: its "estimated" says where the figure came from, not that it is rounded
        loose = (draft.approx and not _written_precisely(draft)) or _round_in_words(draft)
        approximate = loose or source.approx or fraction
        tolerance = APPROX_TOLERANCE if approximate else EXACT
        if approximate and draft.unit == "percent" and source.unit == "percent":
            tolerance = SHARE_TOLERANCE
    drafted, sourced = _interval(draft), _interval(source)
    if (limit := _bound_against_bound(draft, source, tolerance)) is not None:
        return limit
    if _point_at_bound(drafted, sourced, tolerance):
        return "supported"
    if _claims_a_maximum(draft) and source.high is not None:
        # "up to 25%" promises that 25% is reached: its top must be the source's top
        return _compare_points(draft.high, draft.approx, source.high, source.approx, tolerance)
    if drafted.is_point and sourced.is_point:
        assert draft.low is not None and source.low is not None
        base = rate_denominator(source.unit) if draft.kind == "proportion" and source.unit else None
        if base and draft.low > 0 and source.low > 0:
            # "1 in 5,000" against 24.6 per 100,000 (1 in 4,065): a share of people is
            # rounded in its "1 in N", so the N are compared, as a page would round them
            return _compare_points(
                base / draft.low, draft.approx, base / source.low, source.approx, tolerance
            )
        coarse = _said_coarsely(draft)
        return _compare_points(
            draft.low,
            draft.approx,
            source.low,
            source.approx,
            tolerance,
            coarse,
            held_to_tolerance=draft.kind != "proportion",
            # (a percentage written whole: "5.0%" gives its tenth, 4.7% is no 5.0%)
            whole=draft.unit == "percent"
            and draft.kind != "proportion"
            and not WRITTEN_DECIMAL.search(draft.text),
        )
    if sourced.is_point and _strict_bound_at(drafted, sourced.low):
        return "supported"
    if sourced.is_point and _one_sided_draft(draft) and not draft.approx:
        # "more than $500,000" against "about $482,000": a bound says which side of it the
        # figure is on, and the source's figure is on the other side; its rounding is for a
        # figure said about it, not a bound past it (only a bound at the source's own
        # figure, above, is read as the writer's rounding)
        tolerance = EXACT
    if _covers(drafted, sourced, tolerance):
        if (
            _closed_range(draft)
            and _closed_range(source)
            and not _covers(sourced, drafted, tolerance)
        ):
            # "40–120 bpm" against a normal range of 60–100: a range wider than its
            # source's misstates it (rule 3 is for bounds, which say less)
            return "conflict"
        return "supported"
    if _covers(sourced, drafted, tolerance):
        closed_range = draft.low is not None and draft.high is not None and not drafted.is_point
        loose = draft.approx or closed_range or _round_in_words(draft)
        return "supported" if loose else "overprecise"
    return "conflict"
