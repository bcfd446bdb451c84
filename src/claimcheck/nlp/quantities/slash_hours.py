"""A count's period written after a slash in hours, as prescriptions and leaflets write it:
``2 tablets/24 h``, ``1 sachet/8 h``, ``3 drops/6 hours``. ``per 24 hours`` already made a
count per day; the slash said the same and was dropped, leaving a bare ``2 tablets`` that a
daily limit could not be checked against. A measure's slash (``500 mg/12 h``) is read by its
compound unit instead."""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

SLASH_HOURS = re.compile(
    rf"{H}*/{H}*(?P<n>\d{{1,2}}){H}*(?:h|hrs?|hours?)(?![\w/])",
    re.IGNORECASE,
)


def slash_hours(text: str, end: int) -> tuple[str, int] | None:
    """The period a slash in hours right after ``end`` gives (``/24 h`` is a ``day``, ``/8 h``
    ``8 hours``) and where it ends, or None."""
    found = SLASH_HOURS.match(text, end)
    if found is None or int(found.group("n")) == 0:
        return None
    hours = int(found.group("n"))
    return ("day" if hours == 24 else f"{hours} hours"), found.end()
