"""Frequency bands as summaries of product characteristics and leaflets write them: the
CIOMS/MedDRA convention gives each band as a fraction or a percentage under a comparator,
``very common (≥1/10)``, ``common (≥1/100 to <1/10)``, ``rare (≥ 1/10 000, < 1/1000)``,
``very rare (<1/10,000)``, ``common ≥ 1 and < 10 %``.

A comparator before ``1/N`` (N a power of ten from 10) is a share, never the number one:
``≥1/100`` is at least 0.01. Two bounds written with symbols, a lower one (``≥``, ``>``) and
then an upper one (``<``, ``≤``), joined by ``to``, ``and``, a comma or a dash, are one band,
each end keeping its own inclusivity: ``≥1/100 to <1/10`` is [0.01, 0.1), ``≥ 1 and < 10 %``
is [1, 10) percent. (Said in words, ``greater than 30 and less than or equal to 40``, each
bound stays a figure of its own.)
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H, parse_digits
from claimcheck.nlp.quantity import Quantity

_POWER = r"1(?:0{0,2}[ ,\u00a0\u2009\u202f]000(?:[ ,\u00a0\u2009\u202f]000)?|0{1,6})(?!\d|[,.]\d)"
_SHARE = rf"1{H}?/{H}?(?:{_POWER})"
_NUMBER = r"\d+(?:\.\d+)?(?![\d/])"
_LOW = r"≥|>=|=>|>|⩾"
_HIGH = r"<=|=<|≤|<|⩽"
BAND = re.compile(
    rf"(?P<low_sign>{_LOW}){H}*(?P<low>{_SHARE}|{_NUMBER}(?P<low_pct>{H}?%)?)"
    rf"{H}*(?:,|to|and|[-–—]){H}*"
    rf"(?P<high_sign>{_HIGH}){H}*(?P<high>{_SHARE}|{_NUMBER})(?P<pct>{H}?%)?"
)
ONE_SIDED = re.compile(rf"(?P<sign>{_LOW}|{_HIGH}){H}*(?P<share>{_SHARE})")


def _value(written: str) -> tuple[float, bool]:
    """(value, is a share) of one end: ``1/100`` -> (0.01, True), ``0.1`` -> (0.1, False)."""
    if "/" in written:
        return 1 / parse_digits(written.split("/")[1].strip()), True
    return float(written), False


def frequency_bands(text: str) -> list[Quantity]:
    """Every band and every one-sided share under a comparator (see the module)."""
    found: list[Quantity] = []
    taken_until = -1
    for match in BAND.finditer(text):
        low, low_share = _value(match.group("low").rstrip("% \u00a0"))
        high, high_share = _value(match.group("high"))
        percent = bool(match.group("pct"))
        if low_share != high_share or low >= high or (low_share and percent):
            continue
        if not low_share and not percent:
            continue  # "> 5 and < 10" with no unit: left to the scan
        found.append(_band(match, low, high, percent))
        taken_until = match.end()
    for match in ONE_SIDED.finditer(text):
        if match.start() < taken_until and any(q.start <= match.start() < q.end for q in found):
            continue
        value, _ = _value(match.group("share"))
        lower = match.group("sign") in ("≥", ">=", "=>", ">", "⩾")
        inclusive = match.group("sign") not in (">", "<")
        found.append(
            Quantity(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                low=value if lower else None,
                high=None if lower else value,
                low_inclusive=inclusive if lower else True,
                high_inclusive=True if lower else inclusive,
                unit="proportion",
                kind="proportion",
                comparator=match.group("sign"),
            )
        )
    return sorted(found, key=lambda q: q.start)


def _band(match: re.Match[str], low: float, high: float, percent: bool) -> Quantity:
    return Quantity(
        text=match.group(),
        start=match.start(),
        end=match.end(),
        low=low,
        high=high,
        low_inclusive=match.group("low_sign") != ">",
        high_inclusive=match.group("high_sign") != "<",
        unit="percent" if percent else "proportion",
        kind="percent" if percent else "proportion",
    )
