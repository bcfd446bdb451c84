"""Whose dollar a bare ``$`` is, from the page: an Australian, Canadian, New Zealand or
Singapore page writes its own dollar as ``$`` (``$49`` on a page whose HTML says ``lang="en-AU"``
is 49 AUD), as a US page does; so does a Mexican, Colombian, Argentine or Chilean page its peso
(``$1,500`` on a ``lang="es-MX"`` page is 1,500 MXN, and so is ``850 pesos``).

The figure reader reads a bare ``$`` (and ``dollars``) as USD, the default that most health
pages in English mean; a page that says otherwise is believed. A page says it by

- its language tag with a region whose currency is a dollar: the HTML root's ``lang``
  (``<html lang="en-AU">``), a ``content-language`` or ``og:locale`` meta tag (``en_NZ``), or
  a Markdown front matter's ``lang:`` / ``locale:`` (``en-CA``);
- its text, in a statement of the prices' currency: ``All prices are in AUD``, ``prices
  shown in Australian dollars``, ``Fees are in NZD``, ``amounts in Canadian dollars (CAD)``,
  ``Precios en pesos mexicanos``, ``Todos los precios están en MXN``;
- its own amounts: a page whose ``$`` amounts name one code only after them, and that code
  no US dollar (``$1,500 MXN`` … ``$850``), writes its ``$`` in that currency throughout.

A statement in the text wins over the tag (an en-AU site may price a page in USD), and a page
that names two dollars in such statements keeps USD. Only a bare sign or word changes:
``US$49``, ``$49 USD``, ``49 US dollars`` stay USD, and ``A$``, ``C$`` were read already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.nlp.quantities.dot_thousands import DECIMAL_COMMA_CURRENCIES
from claimcheck.nlp.quantities.sign_words import BARE_PESO, WORD_AFTER_SIGN, currency_word_after
from claimcheck.nlp.quantity import Quantity

REGION_DOLLARS = {
    "AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "JM": "JMD",
    "TT": "TTD", "BB": "BBD", "BS": "BSD", "FJ": "FJD", "LR": "LRD", "NA": "NAD",
}  # fmt: skip
REGION_DOLLARS |= {"MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "UY": "UYU", "DO": "DOP"}
"""Regions whose currency is called a dollar or a peso and written ``$`` at home."""
PESOS = frozenset({"MXN", "COP", "ARS", "CLP", "UYU", "DOP"})
"""The pesos written ``$``: on such a page a bare ``pesos`` is the page's peso too."""

LANGUAGE_TAG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?(?P<html>[A-Za-z]{2,3}[-_][A-Za-z]{2})\b"
    r"|<meta\b[^>]*?(?:content-language|og:locale)[\"'][^>]*?\bcontent\s*=\s*[\"']?"
    r"(?P<meta>[A-Za-z]{2,3}[-_][A-Za-z]{2})\b"
    r"|<meta\b[^>]*?\bcontent\s*=\s*[\"']?(?P<meta2>[A-Za-z]{2,3}[-_][A-Za-z]{2})[\"']?[^>]*?"
    r"(?:content-language|og:locale)"
    r"|\A(?:\ufeff)?---[ \t]*\r?\n(?:[^\n]*\n){0,40}?[ \t]*(?:lang|locale|language)[ \t]*:[ \t]*"
    r"[\"']?(?P<front>[A-Za-z]{2,3}[-_][A-Za-z]{2})\b",
    re.IGNORECASE,
)
"""A page's language tag with a region (``en-AU``, ``en_NZ``): the HTML root's ``lang``, a
``content-language`` or ``og:locale`` meta tag, or a front matter's ``lang:``."""

_DOLLAR_NAMES = {
    "aud": "AUD", "australian": "AUD", "cad": "CAD", "canadian": "CAD", "nzd": "NZD",
    "new zealand": "NZD", "sgd": "SGD", "singapore": "SGD", "hkd": "HKD", "hong kong": "HKD",
    "usd": "USD", "us": "USD", "u.s.": "USD", "american": "USD", "mxn": "MXN",
    "mexican pesos": "MXN", "pesos mexicanos": "MXN", "cop": "COP", "colombian pesos": "COP",
    "pesos colombianos": "COP", "ars": "ARS", "argentine pesos": "ARS",
    "pesos argentinos": "ARS", "clp": "CLP", "chilean pesos": "CLP", "pesos chilenos": "CLP",
}  # fmt: skip
PRICES_IN = re.compile(
    r"\b(?:prices?|costs?|fees?|charges?|amounts?|figures?|rates?|all\s+(?:prices|costs|fees))"
    r"\b[^.;\n\u2029]{0,40}?\b(?:in|are)\s+(?:(?P<code>AUD|CAD|NZD|SGD|HKD|USD|MXN|COP|ARS|CLP)\b"
    r"|(?P<name>Australian|Canadian|New\s+Zealand|Singapore|Hong\s+Kong|US|U\.S\.|American)"
    r"\s+dollars?\b|(?P<peso>(?:Mexican|Colombian|Argentine|Chilean)\s+pesos))"
    r"|\b(?:precios?|costos?|tarifas?|todos\s+los\s+precios)\b[^.;\n\u2029]{0,40}?\ben\s+"
    r"(?:(?P<code_es>MXN|COP|ARS|CLP|USD)\b|(?P<peso_es>pesos\s+(?:mexicanos|colombianos"
    r"|argentinos|chilenos))|(?P<usd_es>d[óo]lares\s+(?:estadounidenses|americanos)))",
    re.IGNORECASE,
)
"""A statement of the currency the page's prices are in: ``All prices are in AUD``, ``Fees
shown are in Canadian dollars``."""

CODE_AFTER_DOLLAR = re.compile(
    r"(?<![A-Za-z])\$\s?\d[\d.,]*(?:\s?(?:million|mil|k|m|bn))?"
    r"(?:\s?(?P<code>[A-Z]{3})\b|(?=\s+(?:[A-Z][a-z]+\s+)?pesos\b))"
)
"""A ``$`` amount with the ISO code of its currency after it: ``$1,500 MXN``, ``$120 CAD``."""
DOLLAR_CODES = frozenset({*REGION_DOLLARS.values(), "USD"})

OTHER_DOLLAR = re.compile(r"(?:US|U\.S\.|USD|[A-Z]{1,3})\s?\$\Z|\$\s?(?:US|USD)\b")
"""A sign that already says whose dollar it is: ``US$``, ``A$``, ``$US``."""
NAMED_DOLLAR = re.compile(r"\b(?:USD|US|U\.S\.|American)\b", re.IGNORECASE)


def page_dollar(raw: str, analysis: str) -> str | None:
    """The currency a bare ``$`` means on this page when it is not USD, else None."""
    stated = set()
    for found in PRICES_IN.finditer(analysis):
        if found.group("usd_es"):
            stated.add("USD")
            continue
        said = next(group for group in found.groups() if group)
        stated.add(_DOLLAR_NAMES.get(re.sub(r"\s+", " ", said).lower(), "USD"))
    if stated:
        only = stated.pop() if len(stated) == 1 else "USD"
        return None if only == "USD" else only
    tag = LANGUAGE_TAG.search(raw[:20_000])
    if tag is None:
        codes = {_code_after(analysis, found) for found in CODE_AFTER_DOLLAR.finditer(analysis)}
        codes &= DOLLAR_CODES
        only = codes.pop() if len(codes) == 1 else "USD"
        return None if only == "USD" else only
    region = re.split(r"[-_]", next(group for group in tag.groups() if group))[1].upper()
    return REGION_DOLLARS.get(region)


def _code_after(analysis: str, found: re.Match[str]) -> str | None:
    """The currency a ``$`` amount names after it: its code (``$1,500 MXN``) or its peso in
    words (``$800 pesos``, ``$1,200 pesos mexicanos``: :mod:`sign_words`)."""
    if found.group("code"):
        return found.group("code")
    named = currency_word_after(analysis, found.end(), "USD")
    return named[0] if named is not None else None


NUMERAL = re.compile(r"\d[\d.,]*\d|\d")
POINT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")


def _points_group_thousands(surface: str, quantity: Quantity) -> Quantity:
    """``$45.000`` on a Colombian or Chilean page is 45,000 pesos, never 45 to a thousandth:
    where each numeral of the surface is one to three digits, a point and three more, and the
    finder read the point as a decimal one (before it knew whose ``$`` it was), the values
    are a thousand times larger."""
    numerals = NUMERAL.findall(surface)
    if not numerals or not all(POINT_GROUPED.fullmatch(numeral) for numeral in numerals):
        return quantity
    values = [v for v in (quantity.low, quantity.high) if v is not None]
    if not values or any(v >= 1000 for v in values):
        return quantity
    return quantity.replaced(
        low=None if quantity.low is None else round(quantity.low * 1000, 6),
        high=None if quantity.high is None else round(quantity.high * 1000, 6),
    )


def with_page_dollar(raw: str, quantities: Iterable[Quantity], dollar: str) -> list[Quantity]:
    """The quantities with a bare ``$``'s or ``dollars``' USD read as ``dollar``, and a bare
    ``pesos`` (``500 pesos``, ``$800 pesos``) as the page's peso; on a page whose ``$`` is a
    peso, ``dollars`` said in words stays the US dollar (``$45 dollars``)."""
    result = []
    for quantity in quantities:
        unit = quantity.unit or ""
        if dollar in PESOS and (unit == "pesos" or unit.startswith("pesos/")):
            kind = "money" if quantity.kind == "count" else quantity.kind  # "300 pesos"
            result.append(quantity.replaced(unit=dollar + unit[5:], kind=kind))
            continue
        surface = raw[quantity.start : quantity.end]
        named = WORD_AFTER_SIGN.search(surface)
        if named is not None and not named.group("country") and not named.group("country_after"):
            word = named.group("word").lower()
            if dollar in PESOS and word.startswith("peso") and unit.startswith(BARE_PESO):
                # "$800 pesos" on a Colombian page: the page's peso
                result.append(quantity.replaced(unit=dollar + unit[3:]))
                continue
            if dollar in PESOS and word.startswith("dollar"):
                result.append(quantity)  # "$45 dollars" on a peso page: the US dollar
                continue
        if unit == "USD" or unit.startswith("USD/"):
            sign = surface.find("$")
            said = (
                OTHER_DOLLAR.search(
                    raw, max(0, quantity.start + sign - 4), quantity.start + sign + 1
                )
                if sign >= 0
                else None
            )
            if (
                said is None
                and not NAMED_DOLLAR.search(surface)
                and not OTHER_DOLLAR.match(raw, quantity.start + max(sign, 0))
            ):
                quantity = quantity.replaced(unit=dollar + unit[3:])
                if dollar in DECIMAL_COMMA_CURRENCIES:
                    quantity = _points_group_thousands(surface, quantity)
        result.append(quantity)
    return result
