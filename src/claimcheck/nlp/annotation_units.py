"""The unit ``claimcheck extract`` prints: the annotation guide's, beside the one claimcheck reads.

claimcheck reads a price per a period or an item as a rate in its own unit (``£45 a month``
is ``GBP/month``, ``₹4,500 a day`` ``INR/day``, ``£3.20 per tablet`` ``GBP/tablet``), and a
count of working days in working days (five working days take a week): the verdicts compare
those, so a price a month never backs a claim of a price a year, nor 7 working days a claim of
7 days. The annotation guide (``../shared/corpus/ANNOTATION.md``) writes a currency code and
a time unit instead, and every held-out set since session 54 marks money per a period or an
item in its base currency (``£45 a month``: ``GBP``) and working days as ``day``; a tool that
reads the extraction contract compares ``unit`` with those.

So ``extract`` prints the guide's unit in ``unit``, and, only where it differs, claimcheck's
own in ``unit_as_read`` (``"unit": "GBP", "per": "month", "unit_as_read": "GBP/month"``). What a
price is per stays in ``per``, as it always was. Lint's findings, ``registry suggest`` and the
verdicts keep claimcheck's unit: nothing they decide changes. Counts per a period keep theirs
(``deaths/year``, ``tablets/day``), as the guide writes them.
"""

from __future__ import annotations

import re

COUNTED_DAYS = frozenset(
    {"working days", "business days", "school days", "operating days", "clinic days",
     "trading days", "working day", "business day"}
)  # fmt: skip
"""Days counted on a calendar of their own: the guide's ``day``."""
_MONEY_RATE = re.compile(r"(?P<currency>[A-Z]{3}|kr)/.+")


def annotation_unit(unit: str | None) -> str | None:
    """The annotation guide's unit for claimcheck's ``unit``: the currency of a price per a
    period or an item (``GBP/month`` → ``GBP``), ``day`` for working days, else ``unit``."""
    if unit is None:
        return None
    if unit in COUNTED_DAYS:
        return "day"
    found = _MONEY_RATE.fullmatch(unit)
    if found is not None and _is_currency(found.group("currency")):
        return found.group("currency")
    return unit


def _is_currency(code: str) -> bool:
    from claimcheck.nlp.quantities.units import ISO_CURRENCY_CODES, LOCAL_SIGNS

    return code in ISO_CURRENCY_CODES or code in LOCAL_SIGNS.values()
