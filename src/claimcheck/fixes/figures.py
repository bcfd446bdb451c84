"""Fixes for figure findings: an overprecise figure (CC103) and a conflicting one (CC101).

A fix rewrites only the numerals of the figure as the draft wrote it, in the draft's own
style, and keeps every other character: the comparator ("more than", "about"), the unit and
its spelling ("%", "per cent", "months"), a scale word ("17.9 million"), the separator of a
range ("70–80", "between 70 and 80"), thousands separators (``830,180`` stays grouped,
``1300`` stays bare). The new numerals are the source's figure divided by the scale the draft
used. There is no fix when any of this cannot carry over, so a fix never rewords:

- the draft's figure is converted to the claim's unit before comparison (``two in five``
  against a percentage, ``2 years`` against months, a rate per another population);
- the draft states a spread (``± 3.1``, ``95% CI``), words for numbers (``five percent``), or
  numerals that cannot be told apart from the figure's (``1 in 5``);
- the shape differs: a point and a range, or a bound and a point (``up to 25%`` against a
  mean), or bounds with another side or inclusivity; the one exception is an overprecise point
  inside the source's range, written as that range (``75%`` -> ``70–80%``, unsafe);
- the edited figure would not be supported by the claim it was judged against (checked with
  the same comparison lint uses, so a fixed draft re-linted has no finding for it).

Applicability (ruff's rule: a safe fix keeps the meaning the author meant):

- **overprecise, point to point: safe.** Rounding ``10.73 months`` to the source's ``10.7``
  states the same value at the precision the source has; nothing the draft asserts changes
  but digits the source never had.
- **overprecise, anything else: unsafe.** A point widened to the source's range, or a
  bound moved to the source's bound, says less than the author wrote.
- **conflict: unsafe, unless confident.** Replacing a figure changes what the draft says, and
  the match that calls it a conflict may be the wrong claim (another year, another group).
  It is *safe* only when the sentence restates the registry claim's statement or a variant
  nearly word for word (:func:`claimcheck.fixes.restatement.restates`: the words alone, not
  the match score, which forgives words a short sentence leaves out), the shape and unit
  carry over, and the source's figure is not approximate where the draft's is exact: then the
  sentence is the claim, and the author meant the source's figure (a typo, an outdated
  number).
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from claimcheck.documents.document import Document
from claimcheck.fixes.hedges import hedge_spans
from claimcheck.fixes.model import SAFE, UNSAFE, Fix, make_fix
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.model import RegistryValue
from claimcheck.registry.units import units_compatible
from claimcheck.verify.compare import compare

NUMERAL = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
SCALES = tuple(Decimal(10) ** power for power in (0, 3, 6, 9, 12))
RANGE_DASH = "–"


class _Numeral:
    """One numeral of the figure as written: its span, value and the scale word's factor."""

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.value = Decimal(text.replace(",", ""))

    def scale_for(self, value: float) -> Decimal | None:
        """The power of ten (1, thousand, million...) that makes this numeral ``value``."""
        target = _decimal(value)
        if target is None:
            return None
        if self.value == 0:
            return SCALES[0] if target == 0 else None
        for scale in SCALES:
            written = self.value * scale
            if written == target or abs(written - target) <= abs(target) * Decimal("1e-9"):
                return scale
        return None

    def write(self, value: float, scale: Decimal) -> str | None:
        """``value`` in this numeral's style: the same scale, grouped with commas as the
        draft groups (a bare numeral of up to three digits gets commas when it grows)."""
        number = _decimal(value)
        if number is None:
            return None
        text = format((number / scale).normalize(), "f")
        whole, dot, decimals = text.partition(".")
        bare_long = "," not in self.text and len(self.text.split(".")[0]) > 3
        if not bare_long and len(whole.lstrip("-")) > 3:
            whole = f"{int(whole):,}"
        return whole + dot + decimals


def _decimal(value: float | None) -> Decimal | None:
    if value is None or not math.isfinite(value):
        return None
    try:
        return Decimal(repr(float(value))).normalize()
    except InvalidOperation:
        return None


def _numerals(document: Document, quantity: Quantity) -> list[_Numeral] | None:
    """The numerals written in the figure's text, leaving out those in markup the reader
    blanked (the ``37`` of ``&#37;``); None when one is partly markup or is not a plain
    number (``1.2.3``)."""
    raw, analysis = document.raw, document.analysis
    found = []
    for hit in NUMERAL.finditer(raw, quantity.start, quantity.end):
        text = hit.group().rstrip(",")
        start, end = hit.start(), hit.start() + len(text)
        if not analysis[start:end].strip():
            continue  # markup the reader blanked: the 37 of "&#37;", an attribute
        if analysis[start:end] != raw[start:end] or not GROUPED.fullmatch(text):
            return None
        found.append(_Numeral(start, end, text))
    return found


def _ends(quantity: Quantity | RegistryValue) -> str:
    """The shape of an interval: point, range, low (a lower bound) or high."""
    low, high = quantity.low, quantity.high
    if low is not None and high is not None:
        return "point" if low == high else "range"
    if low is not None:
        return "low"
    return "high" if high is not None else "none"


def _same_shape(draft: Quantity, source: RegistryValue) -> bool:
    shape = _ends(draft)
    if shape != _ends(source):
        return False
    if shape == "low":
        return draft.low_inclusive == source.low_inclusive
    if shape == "high":
        return draft.high_inclusive == source.high_inclusive
    return shape in ("point", "range")


def _numerals_for_ends(numerals: list[_Numeral], quantity: Quantity):
    """The numerals that write the figure's ends, each with its scale: one for a point or a
    bound, two (low, high, in order) for a range; None when the text does not show them so."""
    shape = _ends(quantity)
    wanted = [quantity.low, quantity.high] if shape == "range" else []
    if shape in ("point", "low"):
        wanted = [quantity.low]
    elif shape == "high":
        wanted = [quantity.high]
    found = []
    for value in wanted:
        fits = [(n, n.scale_for(value)) for n in numerals]
        fits = [(n, scale) for n, scale in fits if scale is not None]
        fits = [(n, s) for n, s in fits if not found or n.start >= found[-1][0].end]
        if not fits:
            return None
        if len(fits) > 1 and shape != "range":
            return None  # two numerals could be the figure: leave it to the writer
        found.append(fits[0])
    if shape == "range" and len(numerals) != 2:
        return None
    return found


def _carries_unit(quantity: Quantity, compared: Quantity, source: RegistryValue) -> bool:
    """Whether the draft's figure was compared as written: no conversion, same unit family."""
    return (
        units_compatible(quantity.unit, source.unit)
        and (compared.low, compared.high) == (quantity.low, quantity.high)
        and quantity.spread is None
    )


def figure_fix(
    document: Document,
    quantity: Quantity,
    compared: Quantity,
    source: RegistryValue,
    tolerance,
    status: str,
    restated: bool,
    wordings: tuple[str, ...] = (),
) -> Fix | None:
    """The fix of an overprecise (``status`` "overprecise") or conflicting ("conflict")
    figure ``quantity`` of ``document``, judged as ``compared`` (the figure in the claim's
    unit) against ``source`` with ``tolerance``; ``restated``: the figure's sentence restates
    the claim nearly word for word (a conflict's fix is then safe). None when no fix can be
    written without rewording (see the module docstring). ``wordings`` (the claim's statement
    and variants) say which hedges the source's figure carries: a directional one it does not
    (``nearly``) is replaced with a neutral one or dropped (:mod:`claimcheck.fixes.hedges`)."""
    if not _carries_unit(quantity, compared, source):
        return None
    numerals = _numerals(document, quantity)
    if not numerals:
        return None
    shape = _ends(quantity)
    widened = status == "overprecise" and shape == "point" and _ends(source) == "range"
    if not widened and not _same_shape(quantity, source):
        return None
    ends = _numerals_for_ends(numerals, quantity)
    if ends is None:
        return None
    if widened:
        numeral, scale = ends[0]
        low, high = numeral.write(source.low, scale), numeral.write(source.high, scale)
        spans = [(numeral.start, numeral.end, f"{low}{RANGE_DASH}{high}")] if low and high else []
        edited = replace(quantity, low=source.low, high=source.high)
    else:
        targets = {"point": [source.low], "range": [source.low, source.high]}
        targets.update(low=[source.low], high=[source.high])
        spans = []
        for (numeral, scale), value in zip(ends, targets[shape], strict=True):
            written = numeral.write(value, scale)
            if written is None:
                return None
            if written != numeral.text:
                spans.append((numeral.start, numeral.end, written))
        low = source.low if shape in ("point", "range", "low") else quantity.low
        high = source.high if shape in ("point", "range", "high") else quantity.high
        edited = replace(quantity, low=low, high=high)
    if not spans or compare(edited, source, tolerance) != "supported":
        return None
    hedged = hedge_spans(document, quantity, numerals[0].start, source, wordings)
    if hedged is None:
        return None
    spans = sorted(hedged + spans)
    if not _reads_as(document, quantity, spans, edited):
        return None  # the new numerals would join what stands beside them ("10^" + "8%")
    if document.format == "html":
        spans = [(start, end, html.escape(text, quote=False)) for start, end, text in spans]
    applicability = _applicability(quantity, source, status, shape, widened, restated)
    before = document.as_read(quantity.start, quantity.end)
    after = _after(document, quantity, spans)
    if status == "overprecise":
        title = f'Write "{after}" for "{before}", as precisely as the source'
    else:
        title = f'Replace "{before}" with the source\'s "{after}"'
    return make_fix(title, applicability, spans, document.line_col)


READ_REACH = 40  # characters either side of the figure re-read after the edit
GLUE = frozenset("0123456789^.,×*/")  # a character that glues a figure to another number


def _reads_as(document: Document, quantity: Quantity, spans, edited: Quantity) -> bool:
    """Whether the draft, with ``spans`` applied, still reads one figure where ``quantity``
    stood, with ``edited``'s ends: new numerals may join what stands beside them into
    another figure (``10^40015%`` fixed to ``10^8%`` reads as a power of ten), and a fix
    must leave no finding on the figure it fixed."""
    before = document.analysis[max(0, quantity.start - 1) : quantity.start]
    after = document.analysis[quantity.end : quantity.end + 1]
    if (before and before in GLUE) or (after and after in GLUE.difference(".,")):
        return False  # "10^40015%": the figure is glued to another number
    start = max(0, quantity.start - READ_REACH)
    end = min(len(document.analysis), quantity.end + READ_REACH)
    text, cursor, shift = [], start, 0
    for span_start, span_end, replacement in spans:
        text += [document.analysis[cursor:span_start], replacement]
        shift += len(replacement) - (span_end - span_start)
        cursor = span_end
    text.append(document.analysis[cursor:end])
    window = "".join(text)
    at, to = quantity.start - start, quantity.end - start + shift
    for found in find_quantities(window):
        if found.start < to and at < found.end:
            return _same(found.low, edited.low) and _same(found.high, edited.high)
    return False


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _applicability(quantity, source, status: str, shape: str, widened: bool, restated: bool) -> str:
    if status == "overprecise":
        return SAFE if shape == "point" and not widened else UNSAFE
    return SAFE if restated and (quantity.approx or not source.approx) else UNSAFE


def _after(document: Document, quantity: Quantity, spans) -> str:
    """The figure's text as it reads with ``spans`` applied, for the fix's title: markup
    left out, entities decoded, whitespace runs one space (as :meth:`Document.as_read`)."""
    out, cursor = [], quantity.start
    for start, end, replacement in spans:
        out += [document.seen(cursor, start), html.unescape(replacement)]
        cursor = end
    out.append(document.seen(cursor, quantity.end))
    return " ".join("".join(out).split())
