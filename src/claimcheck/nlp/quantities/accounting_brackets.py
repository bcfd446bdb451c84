"""``(3.8)`` in a £m column, ``a deficit of (1,200)``, ``a net loss of (£2.3m)``: an amount in
round brackets is negative where accounts write it.

Annual reports and financial statements of trusts, charities and companies write a negative
amount in brackets instead of with a minus sign. Read as written, ``(3.8)`` under ``2023
£m`` was a surplus of £3.8m where the page says a deficit, and ``a deficit of (1,200)`` was
dropped as a citation. The rules:

- in a table cell whose column is money (its header states a currency, with or without a
  scale: ``£m``, ``(£000)``), an amount that fills its bracket, and the bracket its cell, is
  negative (:func:`negative_in_brackets`, applied by the pipeline after the header's scale);
  a bracket after another figure in its cell is that figure said again (``€890 (£760)``, a
  conversion), and a hedged amount is never an account's (``(about £760)``: accounts write
  no ``about``); a cell
  that holds nothing but a bracketed amount in a table that names a currency is read, never
  dropped as a citation marker (:func:`bracketed_cells`);
- in a sentence, an amount that fills its bracket (a currency and scale inside it or not)
  after a word of a negative result (``deficit``, ``shortfall``, ``overspend``, ``outflow``,
  ``net``/``operating loss``, ``net result``, ``surplus/(deficit)``, within 30 characters,
  a currency and scale such as ``£m:`` between or not) is negative, in that currency and
  scale (:func:`accounting_brackets`). ``loss`` alone names money only with a currency in
  or before the bracket: ``hearing loss (12)`` is no negative.

A bracket that holds a percentage (``an increase (12%)``), a citation or a reference is none of
these: only money and bare amounts are read so.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H, parse_digits
from claimcheck.nlp.quantity import Quantity

_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|[£$€¥₹]|USD|GBP|EUR|AUD|CAD|INR|CHF)"
_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9}
NEGATIVE_RESULT = re.compile(
    rf"\b(?:(?P<loss>(?i:loss(?:es)?))|(?i:deficits?|shortfalls?|overspends?|outflows?"
    rf"|(?:net|operating|trading|in-year|underlying|financial){H}+loss(?:es)?"
    rf"|net{H}+(?:result|position|deficit|movement|outflow)|surplus{H}*/{H}*\(deficit\)))"
    rf"(?P<between>[^.;!?\n()]{{0,30}})"
    rf"\((?P<currency>{_CURRENCY})?(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?P<scale>m|bn|k)?\)"
)
"""A word of a negative result, then an amount filling its bracket."""
BRACKETED_CELL = re.compile(
    rf"(?<=\u2029){H}*\((?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\){H}*(?=\u2029)"
)
"""A table cell (cells are parted by U+2029 in the analysis text) holding a bracketed amount."""
MONEY_IN_TABLE = re.compile(
    r"[£$€¥₹]|\b(?:USD|GBP|EUR|CHF|AUD|CAD|INR)\b|(?i:thousands|millions)\s+of\s+(?i:dollars|pounds|euros)"
)
TABLE_LOOK_BACK = 2000
_BETWEEN_SCALE = re.compile(rf"(?P<currency>{_CURRENCY}){H}?(?P<scale>m|bn|k|['’]?000)\b")


def negated(quantity: Quantity) -> Quantity:
    """``quantity`` below zero: its interval mirrored (``[3.8, 3.8]`` is ``[-3.8, -3.8]``)."""
    return quantity.replaced(
        low=None if quantity.high is None else -quantity.high,
        high=None if quantity.low is None else -quantity.low,
        low_inclusive=quantity.high_inclusive,
        high_inclusive=quantity.low_inclusive,
    )


def fills_brackets(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a round bracket holds (blanks aside)."""
    before = text[max(0, start - 4) : start].rstrip(" \t\u00a0")
    after = text[end : end + 4].lstrip(" \t\u00a0")
    return before.endswith("(") and after.startswith(")")


def negative_in_brackets(quantity: Quantity, text: str) -> Quantity:
    """A table cell's money amount in brackets as the negative it is (see the module)."""
    if quantity.kind != "money" or quantity.low is None or quantity.low < 0 or quantity.approx:
        return quantity  # "(about £760)": a hedge is no account's
    if not fills_brackets(text, quantity.start, quantity.end):
        return quantity
    if not _bracket_fills_its_cell(text, quantity.start, quantity.end):
        return quantity  # "€890 (£760)": the price before it said in another currency
    return negated(quantity)


CELL_EDGE = re.compile(r"[\u2029\u2028\n]")
"""What ends a table cell in the analysis text: a cell or row break, a line end."""


def _bracket_fills_its_cell(text: str, start: int, end: int) -> bool:
    """Whether the bracket around ``text[start:end]`` is all its table cell holds (blanks
    aside): an account writes a negative alone in its cell."""
    opened = text.rfind("(", max(0, start - 4), start)
    closed = text.find(")", end, end + 4)
    if opened < 0 or closed < 0:
        return False
    edges_before = list(CELL_EDGE.finditer(text, max(0, opened - 200), opened))
    cell_start = edges_before[-1].end() if edges_before else max(0, opened - 200)
    edge_after = CELL_EDGE.search(text, closed + 1, closed + 200)
    cell_end = edge_after.start() if edge_after else min(len(text), closed + 200)
    return not text[cell_start:opened].strip() and not text[closed + 1 : cell_end].strip()


def _table_before(text: str, start: int) -> str:
    """The rows of the table that holds ``start``, up to it: the lines before it that hold a
    cell break (a Markdown table's rule row is blanked, so a line of blanks goes on too)."""
    lines = text[max(0, start - TABLE_LOOK_BACK) : start].split("\n")
    kept = [lines[-1]]
    for line in reversed(lines[:-1]):
        if "\u2029" not in line and not (line and not line.strip()):
            break
        kept.append(line)
    return "\n".join(reversed(kept))


def bracketed_cells(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the bracketed amounts of a money table's cells (a currency in the table
    above them) put back as the bare amounts the cell holds, where another rule dropped them
    as citations: the pipeline reads them negative under their money header
    (:func:`negative_in_brackets`)."""
    added = []
    for cell in BRACKETED_CELL.finditer(text):
        start, end = cell.span("digits")
        if any(q.start < end and start < q.end for q in found):
            continue
        if not MONEY_IN_TABLE.search(_table_before(text, start)):
            continue
        value = parse_digits(cell.group("digits"))
        added.append(Quantity(text=text[start:end], start=start, end=end, low=value, high=value))
    if not added:
        return found
    return sorted([*found, *added], key=lambda q: q.start)


def accounting_brackets(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bracketed amount after a word of a negative result read negative,
    and put back where another rule dropped it as a citation (sorted by start)."""
    by_start = {q.start: q for q in found}
    changed = False
    for match in NEGATIVE_RESULT.finditer(text):
        said = _BETWEEN_SCALE.search(match.group("between"))
        if match.group("loss") and not (match.group("currency") or said):
            continue  # "hearing loss (12)": a loss of money only with its currency
        start = match.start("currency") if match.group("currency") else match.start("digits")
        end = match.end("scale") if match.group("scale") else match.end("digits")
        present = by_start.get(start)
        if present is not None:
            if present.kind in ("money", "number") and present.low is not None and present.low >= 0:
                if present.unit is None and said is not None:
                    present = _in_scale(present, said)  # "Net result £m: (2.5)"
                by_start[start] = negated(present)
                changed = True
            continue
        if any(q.start < end and start < q.end for q in by_start.values()):
            continue
        value = parse_digits(match.group("digits"))
        unit, kind = None, "number"
        if match.group("currency"):
            unit, kind = _currency_code(match.group("currency")), "money"
            value *= _SCALE.get(match.group("scale") or "", 1.0)
        elif said is not None:
            # "Net result £m: (2.5)": the currency and scale said before the bracket
            unit, kind = _currency_code(said.group("currency")), "money"
            value *= _scale_of(said)
        by_start[start] = Quantity(
            text=text[start:end], start=start, end=end, low=-value, high=-value, unit=unit,
            kind=kind,
        )  # fmt: skip
        changed = True
    if not changed:
        return found
    return sorted(by_start.values(), key=lambda q: q.start)


def _scale_of(said: re.Match[str]) -> float:
    return _SCALE.get(said.group("scale").lstrip("'’"), 1e3)


def _in_scale(quantity: Quantity, said: re.Match[str]) -> Quantity:
    """A bare amount in the currency and scale said before its bracket."""
    scale = _scale_of(said)
    return quantity.replaced(
        low=None if quantity.low is None else quantity.low * scale,
        high=None if quantity.high is None else quantity.high * scale,
        unit=_currency_code(said.group("currency")),
        kind="money",
    )


_CODES = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR",
          "A$": "AUD", "C$": "CAD", "NZ$": "NZD"}  # fmt: skip


def _currency_code(written: str) -> str:
    return _CODES.get(written, written.upper())
