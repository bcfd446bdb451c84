"""``every 12 minutes``: how often one event happens, said as the time between two of them.

Charities and health services give a yearly count as an interval ("Someone in the UK is
diagnosed with bowel cancer every 12 minutes", "Every 10 minutes, a woman dies of …",
"kills a child about every 90 seconds"). The duration is no figure of its own (it is no
course or timepoint): it is a rate of one event per that time, read as one person per
minute, hour or second (1/12 people a minute), which the verifier converts to a year's
count (:func:`claimcheck.verify.convert.to_a_years_count`) and compares with a claim's
yearly count: 1 every 12 minutes is 43,830 a year. An interval is rounded by nature ("every
12 minutes" for 44,100 a year is 11.9 minutes), so the rate is approximate.

Read only where the sentence names the one event's person in the singular (``someone``,
``a woman``, ``one person``, ``a child``) and what happens to them (diagnosed, dies, is
admitted, has a stroke): "take one tablet every 12 hours", "checked every 15 minutes" or
"a patient is turned every 2 hours" say how often something is done, not a count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

EVERY_GATE = re.compile(r"(?i:\bevery\s)")
"""A cheap scan before the reader: the word ``every``."""
EVERY_BEFORE = re.compile(r"\bevery\s+(?:single\s+)?\Z", re.IGNORECASE)
"""``every`` right before the interval's number (``every 12 minutes``)."""
ONE_PERSON = re.compile(
    r"\b(?:someone|somebody|one\s+person|a\s+person|a\s+(?:woman|man|child|baby|girl|boy"
    r"|patient|mother|newborn|teenager|young\s+person|new\s+case|life|death)"
    r"|one\s+(?:woman|man|child|baby|girl|boy|patient|mother|life|death|new\s+case))\b",
    re.IGNORECASE,
)
"""The one person (or one death, one case) the interval counts, said in the singular."""
EVENT_VERB = re.compile(
    r"\b(?:diagnosed|dies|die|died|dying|kills?|killed|claims?|born|admitted|infected|catch(?:es)?"
    r"|contracts?|develops?|has\s+an?|suffers?|loses?|lost|gets|is\s+told|goes\s+blind"
    r"|taken\s+to|rushed|hospitali[sz]ed|takes?\s+(?:their|his|her)\s+(?:own\s+)?life"
    r"|attempts?\s+suicide|overdoses?|injured|hurt|drowns?|starts?\s+smoking)\b",
    re.IGNORECASE,
)
"""What happens to the one person that a count counts (diagnosed, dies, is admitted, has a
stroke): "a patient is turned every 2 hours" is care given, no event counted."""
PERIODS = {"second": "second", "minute": "minute", "hour": "hour"}
SENTENCE_BOUNDS = re.compile(r"[.!?\n\u2029]")


def every_intervals(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each interval between events (module doc) read as a rate of one person
    per second, minute or hour (``every 12 minutes``: 1/12 ``people/minute``, approximate);
    every other quantity unchanged."""
    return [_as_rate(text, q) for q in found]


def _as_rate(text: str, quantity: Quantity) -> Quantity:
    period = PERIODS.get(quantity.unit or "")
    if (
        period is None
        or quantity.kind != "duration"
        or quantity.low is None
        or quantity.low != quantity.high
        or quantity.low <= 0
    ):
        return quantity
    if not EVERY_BEFORE.search(text, max(0, quantity.start - 16), quantity.start):
        return quantity
    opening = max((m.end() for m in SENTENCE_BOUNDS.finditer(text, 0, quantity.start)), default=0)
    closing = SENTENCE_BOUNDS.search(text, quantity.end)
    sentence = text[opening : closing.start() if closing else len(text)]
    if not ONE_PERSON.search(sentence) or not EVENT_VERB.search(sentence):
        return quantity
    rate = 1 / quantity.low
    return replace(
        quantity,
        low=rate,
        high=rate,
        unit=f"people/{period}",
        per=period,
        kind="rate",
        approx=True,
    )
