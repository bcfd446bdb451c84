"""A currency sign and a currency word around one amount: one money figure in the word's
currency.

``$800 pesos`` is 800 pesos, written with the ``$`` that Mexico, Colombia, Argentina and
Chile price in; it was read as 800 US dollars with the word left over. ``$1,000 Canadian
dollars`` is CAD, ``$15 US dollars`` USD, ``€20 euros``, ``£40 pounds`` and ``₹500 rupees``
the sign's own currency said twice. The word is part of the figure's surface, as a code after
a ``$`` is (``$350 MXN``), so what follows it (``per session``, ``al mes``) is read as the
price's basis.

*Decided*: a bare ``pesos`` after a ``$`` is the page's peso where the page says which
(:mod:`claimcheck.nlp.page_currency`: ``lang="es-CO"``, ``Precios en pesos colombianos``),
else MXN, the peso English health pages price in most (dental and surgical travel to Mexico);
a country after or before it names its own (``pesos colombianos``, ``Chilean pesos``). Three
digits after each point in a peso amount group thousands (``$45.000 pesos`` is 45,000: no peso
is priced to a thousandth). A bare ``dollars`` after a ``$`` is whatever dollar the page's
``$`` is, except on a page whose ``$`` is a peso, where the word says the US dollar.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

PESO_COUNTRIES = {
    "mexicanos": "MXN", "mexican": "MXN", "colombianos": "COP", "colombian": "COP",
    "argentinos": "ARS", "argentine": "ARS", "argentinian": "ARS", "chilenos": "CLP",
    "chilean": "CLP", "uruguayos": "UYU", "uruguayan": "UYU", "dominicanos": "DOP",
    "dominican": "DOP",
}  # fmt: skip
"""The peso a country's name says, before the word in English or after it in Spanish."""
DOLLAR_COUNTRIES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
    "new zealand": "NZD", "singapore": "SGD", "hong kong": "HKD",
}  # fmt: skip
"""The dollar a country's name before ``dollars`` says."""
SIGN_CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "rupee": "INR",
    "rupees": "INR", "yen": "JPY", "franc": "CHF", "francs": "CHF",
}  # fmt: skip
"""Other currencies' names, said after their own sign (``€20 euros``, ``₹500 rupees``)."""
PESO_CODES = frozenset(PESO_COUNTRIES.values())
"""The pesos written ``$``."""
BARE_PESO = "MXN"
"""The peso a bare ``pesos`` after ``$`` is where nothing on the page says which (decided)."""

_COUNTRY_BEFORE = (
    "|".join(sorted((*PESO_COUNTRIES, *DOLLAR_COUNTRIES), key=len, reverse=True))
    .replace(" ", f"{H}+")
    .replace(".", r"\.")
)
_COUNTRY_AFTER = "mexicanos|colombianos|argentinos|chilenos|uruguayos|dominicanos"
WORD_AFTER_SIGN = re.compile(
    rf"{H}+(?:(?P<country>(?i:{_COUNTRY_BEFORE})){H}+)?"
    rf"(?P<word>(?i:pesos?|dollars?|euros?|pounds?|rupees?|yen|francs?))"
    rf"(?:{H}+(?P<country_after>(?i:{_COUNTRY_AFTER})))?(?![\w'’-])"
)
"""A currency word right after an amount, with the country of its peso or dollar."""
POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def currency_word_after(text: str, end: int, currency: str) -> tuple[str, int] | None:
    """(the currency, where the word ends) when a currency word said right after an amount
    read with the sign of ``currency`` names its currency; None when none follows or it
    names another than the sign could be (``£40 dollars`` keeps the pound and its word)."""
    found = WORD_AFTER_SIGN.match(text, end)
    if found is None:
        return None
    word = found.group("word").lower()
    country = (found.group("country") or found.group("country_after") or "").lower()
    country = re.sub(rf"{H}+", " ", country)
    if word.startswith("peso"):
        if currency != "USD" or country in DOLLAR_COUNTRIES:
            return None  # only a "$" prices in pesos
        return PESO_COUNTRIES.get(country, BARE_PESO), found.end()
    if word.startswith("dollar"):
        if currency != "USD" or country in PESO_COUNTRIES or found.group("country_after"):
            return None
        return DOLLAR_COUNTRIES.get(country, "USD"), found.end()
    if country or SIGN_CURRENCY_WORDS[word] != currency:
        return None
    return currency, found.end()


def peso_thousands(surface: str, low: float | None, high: float | None) -> tuple:
    """(low, high) of a peso amount whose every numeral groups thousands with points
    (``$45.000 pesos`` is 45,000), else as they were."""
    numerals = re.findall(r"\d[\d.,]*\d|\d", surface)
    if not numerals or not all(POINT_THOUSANDS.fullmatch(numeral) for numeral in numerals):
        return low, high
    if any(v is not None and v >= 1000 for v in (low, high)):
        return low, high  # read as thousands already
    return tuple(None if v is None else round(v * 1000, 6) for v in (low, high))
