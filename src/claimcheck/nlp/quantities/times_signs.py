"""A capital ``X`` used as a times sign, as prescriptions and leaflets type it.

Pharmacy labels and clinic pages type the times sign as a capital ``X`` as often as a
lower-case ``x`` (``500mg X 2 daily``, ``1 sachet X 2 per day``, ``3 X 500 mg``). The
finder reads a capital word before a number as a name (``Note 20``, ``Ward 4``), so a capital
``X`` hid the number after it: ``500mg X 2 daily`` lost its frequency that ``500mg x 2
daily`` has. A lone ``X`` right after a number, a dose's unit or a dose form is the sign,
never a name: the same reading as the lower-case one follows.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

DOSE_FORMS = (
    r"tabs?|tablets?|caps?|capsules?|puffs?|drops?|sachets?|sprays?|patch(?:es)?"
    r"|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?|doses?|units?|vials?|ampoules?"
)
"""The dose forms a times sign follows on a label (``1 tablet X 3 a day``)."""
SIGN_AFTER_DOSE = re.compile(
    rf"(?:\d(?:[.,]\d+)?{H}*(?:[a-zµμ]{{1,4}}(?:/[a-z]{{1,3}})?)?|\b(?i:{DOSE_FORMS})|\))"
    rf"{H}*X{H}+\Z"
)
"""A capital ``X`` spaced after a number (with its unit: ``500mg``, ``5 ml``), a dose form or
a closing bracket, and before the number being read: ``500mg X 2 daily``."""


def capital_times_sign_before(text: str, start: int) -> bool:
    """Whether the word before the number at ``start`` is a capital ``X`` standing for the
    times sign (:data:`SIGN_AFTER_DOSE`), so no name's number: ``Give 500mg X 2 daily``."""
    return SIGN_AFTER_DOSE.search(text, max(0, start - 24), start) is not None


def is_times_sign_word(word: str) -> bool:
    """Whether a word read after a count is a lone times sign (``1 tablet x 3 a day``,
    ``1 sachet X 2 per day``): it ends the counted noun, which is ``tablet``, not
    ``tablet x``."""
    return word in ("x", "X")
