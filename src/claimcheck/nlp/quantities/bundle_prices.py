"""A bundle's price: one money figure, the price, whose base is the bundle; the count it buys
is no figure of its own.

``£225 for three booked together``, ``2 for £15``, ``3 sessions for £150``, ``$57 for 50``,
``£40 for 5 sessions``: the price is what a page claims and a registry holds; how many it
buys is what the price is *of*, as ``per session`` is for a rate. Each was read as the price
and a count of sessions, strips or a bare number (two figures, the count a false CC102 and a
stub from ``registry suggest``), or with the count lost. Now the count is dropped and the
price keeps its own surface, as annotators mark a price (the bare count of ``2 for £15``
was in the price's span since session 54 and stays); the verdicts read a bundle said around
a price as a whole course's price (``priced: all``, :func:`bundle_around`), as ``£1,200 for
all three sessions`` already was.

A count is a bundle's only when what it counts is bought: a bare count, or one of
:data:`BUNDLE_NOUNS` (sessions, classes, tests, strips, packs …), up to one word before the
noun (``3 physio sessions``). A period after ``for`` is the price's term (``£99 for 12
months``), people are whom it is spent on (``£3m for 12 hospitals``, ``£50 for 2 adults``):
both stay as they were. A price for one of a bundle's nouns is its rate (``£60 for 1
session`` is GBP/session, its basis in its span as ``£60 per session``'s is). A multi-buy's
mechanics (``3 for 2``, ``buy one get one free``) are read by the finder's ``_offers``; a
pair's price is per pair (``£2,400 for the pair``, the finder's ``PAIR_BASIS``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

BUNDLE_NOUNS = (
    r"sessions?|classes|class|lessons?|treatments?|visits?|appointments?|tests?|scans?"
    r"|massages?|consultations?|injections?|jabs?|doses?|strips?|masks?|bottles?|packs?"
    r"|boxes|box|tablets?|capsules?|items?|pairs?|vouchers?|tickets?|passes|pass|checks?"
    r"|check-ups?|checkups?|fillings?|crowns?|implants?|aligners?|lenses|lens|kits?|tubes?"
    r"|sachets?|vials?|pens?|patches|patch|cycles?|courses?|rounds?|units?|pieces?"
)
"""What a bundle counts: services booked and goods bought by the piece."""
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|fifty|a{H}+dozen|a{H}+hundred"
)
_COUNT = rf"(?:(?!(?:19|20)\d\d\b)\d{{1,4}}(?:,\d{{3}})?|(?i:{_NUMBER_WORDS.replace('{H}', H)}))"
"""How many a bundle holds: digits (never a year: ``£5 for 2019``) or a number word."""
_NOUN = rf"(?:[a-z][a-z-]*{H}+)?(?i:{BUNDLE_NOUNS})"
COUNT_THEN_FOR = re.compile(
    rf"(?<![\w.,£$€-])(?P<count>{_COUNT})(?:{H}+(?P<noun>{_NOUN}))?{H}+for{H}+\Z"
)
"""A count (and what it counts) before ``for`` and a price: ``3 sessions for £150``."""
FOR_THEN_COUNT = re.compile(
    rf"{H}+for{H}+(?:(?:(?i:all|the){H}+)?(?P<count>{_COUNT})"
    rf"(?:{H}+(?P<noun>{_NOUN}))?(?![\w'’+-]|[.,]\d|{H}*(?:%|[-–—]|(?i:to|or|and){H}+\d)"
    rf"|{H}+(?!(?i:booked|bought|together|when|if|or|and|with|per|each|in|at|on|from)\b)"
    rf"[a-z]))"
)
"""``for`` and the bundle after a price: ``£225 for three``, ``$114 for 100 strips``; a
word after a bare count other than those that go on about the booking (``booked
together``, ``when``, ``if`` …) is another noun, and leaves it (``for 2 adults``)."""
ONE = re.compile(r"(?i:one|1)\Z")


def bundle_prices(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the counts bundles are priced for (see the module)."""
    result: list[Quantity] = []
    drop_until = -1
    for quantity in found:
        if quantity.end <= drop_until:
            continue  # the count of "£225 for three": the price's bundle
        if quantity.kind not in ("money", "rate") or not _is_money(quantity):
            result.append(quantity)
            continue
        before = COUNT_THEN_FOR.search(text, max(0, quantity.start - 48), quantity.start)
        if before is not None and not ONE.fullmatch(before.group("count")):
            while result and result[-1].start >= before.start():
                result.pop()  # "3 sessions" of "3 sessions for £150"
        elif (after := FOR_THEN_COUNT.match(text, quantity.end)) is not None:
            count = after.group("count")
            drop_until = after.end()
            if count and ONE.fullmatch(count):
                if not after.group("noun") or quantity.per is not None:
                    result.append(quantity)
                    continue
                # "£60 for 1 session": the price of one, as "£60 per session" is
                per = after.group("noun").split()[-1].lower()
                quantity = replace(
                    quantity,
                    text=text[quantity.start : after.end()],
                    end=after.end(),
                    unit=f"{quantity.unit}/{per}",
                    per=per,
                    kind="rate",
                )
        result.append(quantity)
    return result


def bundle_around(text: str, start: int, end: int) -> bool:
    """Whether the price at ``text[start:end]`` is a bundle's: a count of more than one said
    before its ``for`` or after it (``3 sessions for £150``, ``£225 for three``)."""
    before = COUNT_THEN_FOR.search(text, max(0, start - 48), start)
    if before is not None:
        return not ONE.fullmatch(before.group("count"))
    after = FOR_THEN_COUNT.match(text, end)
    return after is not None and not ONE.fullmatch(after.group("count"))


def _is_money(quantity: Quantity) -> bool:
    """Whether a figure is a price: a currency code heads its unit."""
    code = (quantity.unit or "").split("/")[0]
    return len(code) == 3 and code.isupper()
