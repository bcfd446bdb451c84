"""A bare number said as an age is a number of years.

Pages give an age without its unit when the sentence names the age: "The average age at
diagnosis is 73", "the median age of onset was 45", "Median age: 71", "the mean age at death
in the US is 79". Read as a bare number, the figure matches no claim in years (a right age is
left unsupported, a wrong one passes unseen) and may be judged against a count of deaths
instead. The rule: a number with no unit, rate or counted noun of its own, at most 130, after
"age" and a copula or colon (with at most eight words between, the age's event: "at
diagnosis of bladder cancer in the US"), that ends its clause or is followed only by a
preposition or "years", is that many years.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

AGE_SAID_BEFORE = re.compile(
    r"\b(?:average|mean|median|typical|usual|average\s+\w+)?\s*ages?"
    r"(?:\s+(?:at|of|when|in|for|among)\b[^.;:!?\d]{0,80}?)?"
    r"\s*(?:\bis\b|\bwas\b|\bare\b|\bwere\b|\bremains\b|\bstood\s+at\b|\bof\b|:|=)"
    r"\s*(?:(?:about|around|approximately|roughly|nearly|almost|just\s+over|just\s+under"
    r"|over|under|~)\s*)?\Z",
    re.IGNORECASE,
)
""""Age" and a copula or colon right before the number, with the age's event between."""
WORDS_BETWEEN = 8  # words the age's event may take ("at diagnosis of bladder cancer in the US")
AGE_REACH = 120  # characters before the number searched
CLAUSE_GOES_ON = re.compile(
    r"\s*(?:$|[.,;:)\]]|\s(?:in|for|among|with|and|but|while|whereas|compared|versus|vs|than"
    r"|according|at|across|on|from|by)\b)",
    re.IGNORECASE,
)
"""What may follow an age given bare: its clause ends, or a preposition or conjunction goes
on ("is 73 in men"); not a counted noun ("73 deaths")."""
OLDEST_AGE = 130


def with_bare_ages(quantities: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """``quantities`` (one sentence's, offsets into ``text``) with each bare number said as
    an age given the unit years (see the module's rule); the others unchanged."""
    if not any(_bare(q) for q in quantities) or "age" not in text.lower():
        return quantities
    return tuple(_as_age(q, text) if _bare(q) else q for q in quantities)


def _bare(quantity: Quantity) -> bool:
    return (
        quantity.unit is None
        and quantity.kind == "number"
        and quantity.per is None
        and quantity.statistic is None
        and quantity.low is not None
        and quantity.high is not None
        and 0 < quantity.low <= quantity.high <= OLDEST_AGE
    )


def _as_age(quantity: Quantity, text: str) -> Quantity:
    before = text[max(0, quantity.start - AGE_REACH) : quantity.start]
    found = AGE_SAID_BEFORE.search(before)
    if found is None or len(found.group().split()) > WORDS_BETWEEN + 3:
        return quantity
    if not CLAUSE_GOES_ON.match(text, quantity.end):
        return quantity
    return replace(quantity, unit="year", kind="duration")
