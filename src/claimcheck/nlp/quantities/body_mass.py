"""BMI bands that name *who* a figure is about: ``adults with a BMI of 30 or more``,
``patients with BMI ≥40``, ``people with a BMI between 18.5 and 24.9``, ``if your BMI is 40
or more, the drug …``, ``obese (BMI ≥30)``.

A body mass index band after ``with``, ``whose``, ``if``, ``where``, ``having`` or ``among``
(with at most two words between, ``with a``, ``if your``, ``whose baseline``), or alone in
brackets after a word (``obese (BMI ≥30)``), narrows the population of the claim beside it
exactly as ``women aged 38–40`` does: it is a group label, not a figure to verify. In a
sentence that says who may have a treatment or be referred (``your GP can refer you if your
BMI is 40 or more``, ``surgery is offered to adults with a BMI of 35 or more``, ``you qualify
when your BMI is above 27.5``) the band is the threshold of that decision, an eligibility
threshold stated as an amount (ANNOTATION.md), and stays a figure (session 56). A BMI
said as a value (``Her BMI was 31``, ``a healthy BMI is 18.5 to 24.9``, ``the mean BMI was
27.3``) is not read here and stays a figure.

The band is one of: ``between``/``from`` N ``and``/``to`` M; a comparator and N (``over``,
``above``, ``under``, ``less than``, ``at least``, ``≥``, ``<`` …); N–M (``25–29.9``, ``25 to
<30``); N with a trailing bound (``30 or more``, ``40+``, ``18.5 or less``); or a single N
(``with a BMI of 31``). ``kg/m2`` (``kg/m²``) may follow any number. :func:`bmi_bands`
returns each as (start, end, low, high, low_inclusive, high_inclusive) in the text's
offsets, for :mod:`claimcheck.nlp.quantities.groups` to make into a label in ``kg/m2``.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.required_words import Gated

_N = r"\d{1,2}(?:\.\d{1,2})?(?![\d.,]\d)"
_UNIT = rf"(?:{H}*kg{H}*/{H}*m(?:2|²|\^2|<sup>2</sup>))?"
_LOW_WORDS = rf"over|above|greater{H}+than|more{H}+than|higher{H}+than|exceeding|>"
_LOW_INCLUSIVE = rf"at{H}+least|of{H}+at{H}+least|≥|>=|⩾"
_HIGH_WORDS = rf"under|below|less{H}+than|lower{H}+than|<"
_HIGH_INCLUSIVE = rf"up{H}+to|at{H}+most|≤|<=|⩽"
BAND = Gated(
    re.compile(
        rf"(?P<head>\b(?:BMIs?|(?i:body{H}+mass{H}+index)(?:{H}*\(BMI\))?))"
        rf"{H}*(?::{H}*)?(?:(?:of|is|was|were|are|at){H}+)?"
        rf"(?:(?i:between|from){H}+(?P<b1>{_N}){_UNIT}{H}+(?:and|to|-|–){H}+(?P<b2>{_N}){_UNIT}"
        rf"|(?P<cmp>(?i:{_LOW_WORDS}|{_LOW_INCLUSIVE}|{_HIGH_WORDS}|{_HIGH_INCLUSIVE}))"
        rf"{H}*(?P<c>{_N}){_UNIT}"
        rf"|(?P<r1>{_N}){_UNIT}{H}*(?:[-–—‐‑‒−]|to){H}*(?P<strict><{H}*)?(?P<r2>{_N}){_UNIT}"
        rf"|(?P<t>{_N}){_UNIT}(?P<after>{H}*\+|{H}+(?:or|and){H}+(?:(?P<up>more|above|over"
        rf"|higher|greater|upwards)|less|below|under|lower)\b)?)"
        rf"(?![\d%]|{H}*(?:%|per{H}*cent|percent))"
    )
)
_OPENS_GROUP = re.compile(
    rf"\b(?i:with|whose|if|where|having|among|amongst)(?:{H}+(?i:a|an|the|your|their|his|her"
    rf"|its|baseline|starting|measured|high|higher|low|lower|raised)){{0,2}}{H}+\Z"
)
_STRICT_LOW = re.compile(rf"(?i:{_LOW_WORDS})\Z")
_INCLUSIVE_LOW = re.compile(rf"(?i:{_LOW_INCLUSIVE})\Z")
_STRICT_HIGH = re.compile(rf"(?i:{_HIGH_WORDS})\Z")

ELIGIBILITY = re.compile(
    r"\b(?i:refer(?:s|red|ral|rals)?|offered|offer|eligible|eligibility|qualif(?:y|ies|ied)"
    rf"|criteri(?:a|on)|entitled|considered{H}+for|suitable{H}+for|can{H}+(?:have|get|join"
    rf"|apply)|may{H}+(?:have|get|join|apply|be{H}+offered))\b"
)
"""A word of who may have a treatment: the BMI in its sentence is the threshold it sets (an
eligibility threshold stated as an amount, ANNOTATION.md), no group a figure is about."""
DOSING_RULE = re.compile(
    rf"\b(?i:dose|doses|dosing|dosage){H}+(?:[a-z]+{H}+){{0,3}}?(?i:calculated|adjusted|reduced"
    rf"|increased|based|capped|limited|halved|lowered)\b"
)
"""A dosing rule said in the sentence (``the dose should be calculated on ideal body weight``):
a BMI band there is the threshold the rule sets, bracketed or not, a figure (s58x)."""
SENTENCE_END = re.compile(r"[.!?](?=\s)|[\n\u2029\u2028]")


def _sets_eligibility(text: str, start: int, end: int, rule: re.Pattern[str] | None = None) -> bool:
    """Whether the sentence around a BMI band says who may have a treatment or be referred
    (:data:`ELIGIBILITY`): the band is then the threshold of that decision."""
    ends_before = list(SENTENCE_END.finditer(text, max(0, start - 200), start))
    sentence_start = ends_before[-1].end() if ends_before else max(0, start - 200)
    ends_after = SENTENCE_END.search(text, end, end + 200)
    sentence_end = ends_after.start() if ends_after else min(len(text), end + 200)
    return (rule or ELIGIBILITY).search(text, sentence_start, sentence_end) is not None


BMI_UNIT = "kg/m2"
"""The unit a BMI band's group label is in."""

Band = tuple[int, int, float | None, float | None, bool, bool]


def bmi_bands(text: str) -> list[Band]:
    """Every BMI band in ``text`` that names a group (see the module)."""
    bands: list[Band] = []
    for match in BAND.finditer(text):
        start = match.start("head")
        after = text[match.end() : match.end() + 1]
        bracketed = text[max(0, start - 1) : start] == "(" and after in (")", ";", ",")
        if not bracketed and not _OPENS_GROUP.search(text, max(0, start - 40), start):
            continue
        if not bracketed and _sets_eligibility(text, start, match.end()):
            continue  # "your GP can refer you if your BMI is 40 or more": a threshold, a figure
        if _sets_eligibility(text, start, match.end(), DOSING_RULE):
            continue  # "In obese patients (BMI ≥ 30 kg/m²) the dose should be calculated on
            # ideal body weight": the threshold of a dosing rule, a figure (s58x)
        band = _read(match)
        if band is not None:
            bands.append((start, match.end(), *band))
    return bands


def bound_said(
    match: re.Match[str],
    strict_low: re.Pattern[str],
    inclusive_low: re.Pattern[str],
    strict_high: re.Pattern[str],
) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_inclusive, high_inclusive) of a band said with a comparator (its
    ``cmp`` group) before its number (its ``c`` group): one side open, strict as its words
    say (``over 30``, ``at least 30``, ``under 18.5``; anything else is an inclusive top)."""
    value = float(match.group("c"))
    said = " ".join(match.group("cmp").lower().split())
    if strict_low.match(said):
        return value, None, False, True
    if inclusive_low.match(said):
        return value, None, True, True
    if strict_high.match(said):
        return None, value, True, False
    return None, value, True, True


def band_read(
    match: re.Match[str],
    strict_low: re.Pattern[str],
    inclusive_low: re.Pattern[str],
    strict_high: re.Pattern[str],
) -> tuple[float | None, float | None, bool, bool] | None:
    """(low, high, low_inclusive, high_inclusive) of one band of a body measure (a weight, a
    collar or waist size) said ``between b1 and b2``, ``r1–r2``, with a comparator before
    its number (:func:`bound_said`), or as ``t`` with ``or more``/``+``/``or less`` after it
    (its ``after`` and ``up`` groups; a bare ``t`` is a point); None when it runs backwards."""
    for first, second in (("b1", "b2"), ("r1", "r2")):
        if match.group(first):
            low, high = float(match.group(first)), float(match.group(second))
            return (low, high, True, True) if low < high else None
    if match.group("cmp"):
        return bound_said(match, strict_low, inclusive_low, strict_high)
    value = float(match.group("t"))
    after = match.group("after")
    if after is None:
        return value, value, True, True
    if "+" in after or match.group("up"):
        return value, None, True, True
    return None, value, True, True


def _read(match: re.Match[str]) -> tuple[float | None, float | None, bool, bool] | None:
    """(low, high, low_inclusive, high_inclusive) of one band, None when it runs backwards."""
    if match.group("b1"):
        low, high = float(match.group("b1")), float(match.group("b2"))
        return (low, high, True, True) if low <= high else None
    if match.group("r1"):
        low, high = float(match.group("r1")), float(match.group("r2"))
        return (low, high, True, not match.group("strict")) if low < high else None
    if match.group("cmp"):
        return bound_said(match, _STRICT_LOW, _INCLUSIVE_LOW, _STRICT_HIGH)
    value = float(match.group("t"))
    after = match.group("after")
    if after is None:
        return value, value, True, True
    if "+" in after or match.group("up"):
        return value, None, True, True
    return None, value, True, True
