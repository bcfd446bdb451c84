"""Whose dollar a bare ``$`` is, from the page: an Australian, Canadian, New Zealand or
Singapore page writes its own dollar as ``$`` (``$49`` on a page whose HTML says ``lang="en-AU"``
is 49 AUD), as a US page does.

The figure reader reads a bare ``$`` (and ``dollars``) as USD, the default that most health
pages in English mean; a page that says otherwise is believed. A page says it by

- its language tag with a region whose currency is a dollar: the HTML root's ``lang``
  (``<html lang="en-AU">``), a ``content-language`` or ``og:locale`` meta tag (``en_NZ``), or
  a Markdown front matter's ``lang:`` / ``locale:`` (``en-CA``);
- its text, in a statement of the prices' currency: ``All prices are in AUD``, ``prices
  shown in Australian dollars``, ``Fees are in NZD``, ``amounts in Canadian dollars (CAD)``.

A statement in the text wins over the tag (an en-AU site may price a page in USD), and a page
that names two dollars in such statements keeps USD. Only a bare sign or word changes:
``US$49``, ``$49 USD``, ``49 US dollars`` stay USD, and ``A$``, ``C$`` were read already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.nlp.quantity import Quantity

REGION_DOLLARS = {
    "AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "JM": "JMD",
    "TT": "TTD", "BB": "BBD", "BS": "BSD", "FJ": "FJD", "LR": "LRD", "NA": "NAD",
}  # fmt: skip
"""Regions whose currency is called a dollar and written ``$`` at home."""

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
    "usd": "USD", "us": "USD", "u.s.": "USD", "american": "USD",
}  # fmt: skip
PRICES_IN = re.compile(
    r"\b(?:prices?|costs?|fees?|charges?|amounts?|figures?|rates?|all\s+(?:prices|costs|fees))"
    r"\b[^.;\n\u2029]{0,40}?\b(?:in|are)\s+(?:(?P<code>AUD|CAD|NZD|SGD|HKD|USD)\b"
    r"|(?P<name>Australian|Canadian|New\s+Zealand|Singapore|Hong\s+Kong|US|U\.S\.|American)"
    r"\s+dollars?\b)",
    re.IGNORECASE,
)
"""A statement of the currency the page's prices are in: ``All prices are in AUD``, ``Fees
shown are in Canadian dollars``."""

OTHER_DOLLAR = re.compile(r"(?:US|U\.S\.|USD|[A-Z]{1,3})\s?\$\Z|\$\s?(?:US|USD)\b")
"""A sign that already says whose dollar it is: ``US$``, ``A$``, ``$US``."""
NAMED_DOLLAR = re.compile(r"\b(?:USD|US|U\.S\.|American)\b", re.IGNORECASE)


def page_dollar(raw: str, analysis: str) -> str | None:
    """The currency a bare ``$`` means on this page when it is not USD, else None."""
    stated = set()
    for found in PRICES_IN.finditer(analysis):
        said = re.sub(r"\s+", " ", found.group("code") or found.group("name")).lower()
        stated.add(_DOLLAR_NAMES.get(said, "USD"))
    if stated:
        only = stated.pop() if len(stated) == 1 else "USD"
        return None if only == "USD" else only
    tag = LANGUAGE_TAG.search(raw[:20_000])
    if tag is None:
        return None
    region = re.split(r"[-_]", next(group for group in tag.groups() if group))[1].upper()
    return REGION_DOLLARS.get(region)


def with_page_dollar(raw: str, quantities: Iterable[Quantity], dollar: str) -> list[Quantity]:
    """The quantities with a bare ``$``'s or ``dollars``' USD read as ``dollar``."""
    result = []
    for quantity in quantities:
        unit = quantity.unit or ""
        if unit == "USD" or unit.startswith("USD/"):
            surface = raw[quantity.start : quantity.end]
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
        result.append(quantity)
    return result
