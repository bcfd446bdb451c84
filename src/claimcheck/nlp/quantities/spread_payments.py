"""``over`` before a count of payments: the instalments a sum is spread across, a point.

Price lists, shop pages and benefit summaries spread a cost or a deduction across
instalments: ``spread the cost over 3 interest-free payments of £49.98``, ``premiums are
deducted before tax over 26 pay periods``, ``pay over 12 monthly instalments``. The ``over``
there says across how many, as ``over 12 months`` does after a verb of paying
(``finder.OVER_PAID_IN_CLAUSE``), never "more than 3 payments" (s57x marks both as points).
The noun is one of payments, instalments (either spelling), pay periods, pay cycles,
paychecks, pay packets and direct debits, after up to two words that describe them
(``interest-free``, ``equal monthly``); a count of anything else keeps ``over`` as its
comparator (``over 3 patients``, ``over 26 weeks`` is a period, judged elsewhere).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

INSTALMENTS_AFTER = re.compile(
    rf"{H}*(?:\d{{1,3}}|two|three|four|five|six|ten|twelve)"
    rf"{H}+(?:[a-z][\w-]*{H}+){{0,2}}?(?i:payments|instal(?:l)?ments|pay{H}+periods"
    rf"|pay{H}+cycles|pay{H}?checks|pay{H}+packets|direct{H}+debits)\b"
)
"""A count, up to two describing words and the plural noun of an instalment."""


def over_spreads_payments(text: str, over: re.Match[str]) -> bool:
    """Whether the comparator match ``over`` is a bare ``over`` before a count of instalments
    (module docstring): a point, no bound."""
    return over.group().strip().lower() == "over" and bool(
        INSTALMENTS_AFTER.match(text, over.end())
    )
