"""``Rs. 22/- per day``, ``£45 (per session)``, ``150 (PER HOUR)``: the period or item a price
list says after an amount is the amount's rate, across an Indian fee notice's ``/-`` and inside
brackets.

Hospital schedules of charges in India write ``/-`` ("and no paise") after each amount, and
price lists and tariff tables put the basis in brackets after it. The finder read ``Rs. 22``
and stopped at ``/-`` or at the bracket, so ``Rs. 22/- per day`` was a one-off Rs 22 and
``£3 (per hour)`` a one-off £3: a claim of a daily or hourly rate matched neither, and a
total matched wrongly. The rule: after an amount with no period of its own, ``/-`` or ``/=``
then ``per …``/``a …``, or a bracket that holds only ``per …``/``a …``/``an …`` (one or two
words: ``(per session)``, ``(PER HOUR)``, ``(a month)``, ``(per drug item)``; ``a``/``an``
only before a period or a priced item), makes it a rate
per that basis, the span reaching to the basis; a bare amount takes the period as a bare
``… per day`` does, unit-less. A bracket with a number in it (``(1/2 HOUR)``) is left alone.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities import units
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

_BASIS = rf"(?:per|a|an){H}+(?P<basis>[A-Za-z][A-Za-z-]*(?:{H}+[A-Za-z][A-Za-z-]*)?)"
_ITEMS = (
    r"session|visit|consultation|test|night|dose|item|person|head|course|treatment|scan"
    r"|appointment|hour|day|week|month|year|fortnight|quarter|term|class|lesson|procedure"
)
_A_BASIS = re.compile(rf"(?:per{H}|(?:a|an){H}+(?:{_ITEMS})s?\b)", re.IGNORECASE)
"""``a``/``an`` names a basis only before a period or a priced item (``(a month)``, ``(a
session)``): ``£20 (a decrease)`` states no rate."""
AFTER_NOTICE = re.compile(rf"{H}+(?i:{_BASIS.replace('basis', 'notice')})\b")
"""A basis after an amount whose ``/-`` the finder already took (a range's far end)."""
BASIS_AFTER = re.compile(
    rf"/[-=](?:{H}*|(?=\())(?:(?i:{_BASIS.replace('basis', 'notice')})\b"
    rf"|\({H}*(?i:{_BASIS.replace('basis', 'notice_bracket')}){H}*\))"
    rf"|{H}*\({H}*(?i:{_BASIS}){H}*\)"
)
"""The basis after an amount: ``/- per day``, ``/- (per test)``, `` (per session)``."""
_NOT_A_BASIS = frozenset({"the", "few", "lot", "little", "total", "bit", "while"})


def _per(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    written = groups.get("basis") or groups.get("notice") or groups.get("notice_bracket") or ""
    basis = written.lower()
    if basis.split()[0] in _NOT_A_BASIS:
        return None
    if basis.endswith(("s",)) and basis[:-1] in units.PER_UNIT:
        basis = basis[:-1]
    return units.PER_UNIT.get(basis, basis)


def price_periods(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each amount followed by its basis (see the module) read as a rate."""
    result = list(found)
    for index, quantity in enumerate(found):
        if quantity.per is not None or quantity.low is None or quantity.statistic:
            continue
        money = quantity.kind == "money" and quantity.unit is not None and "/" not in quantity.unit
        bare = quantity.kind == "number" and quantity.unit is None
        if not (money or bare):
            continue
        match = BASIS_AFTER.match(text, quantity.end)
        if match is None and quantity.text.endswith(("/-", "/=")):
            match = AFTER_NOTICE.match(text, quantity.end)  # "Rs.250/- to Rs.450/- per visit"
        if match is None or not _A_BASIS.search(match.group()):
            continue
        per = _per(match)
        nxt = found[index + 1].start if index + 1 < len(found) else len(text)
        if per is None or match.end() > nxt:
            continue
        end = match.end()
        if money:
            read = quantity.replaced(unit=f"{quantity.unit}/{per}", kind="rate", per=per)
        else:
            read = quantity.replaced(per=per)
        result[index] = read.replaced(text=text[quantity.start : end], end=end)
    return result
