"""Blood tests reported in molar and in mass units: ``7.0 mmol/L`` of glucose is ``126
mg/dL``, a vitamin D level of ``25 nmol/L`` is ``10 ng/mL``.

A molar unit converts to a mass unit only through the molar mass of what is measured, so
:func:`~claimcheck.verify.convert.convert` never converts them; a UK page gives glucose in
mmol/L, a US source in mg/dL, and the claim names what is measured. These factors are the
standard SI conversion factors (AMA Manual of Style, SI conversion table; Young DS, Ann
Intern Med 1987;106:114-29): the value in the first unit times the factor is the value in
the second. A conversion is approximate (the factor is rounded), so the converted figure is
never called overprecise.
"""

from __future__ import annotations

import re

ANALYTES: tuple[tuple[str, re.Pattern[str], tuple[str, str], float], ...] = (
    (
        "glucose",
        re.compile(r"\b(?:glucose|blood\W+sugar|sugar\W+levels?|glycaemi|glycemi)", re.I),
        ("mmol/L", "mg/dL"),
        18.016,
    ),
    (
        "cholesterol",
        re.compile(r"\b(?:cholesterol|LDL|HDL|non-HDL)\b", re.I),
        ("mmol/L", "mg/dL"),
        38.67,
    ),
    ("triglycerides", re.compile(r"\btriglycerides?\b", re.I), ("mmol/L", "mg/dL"), 88.57),
    ("creatinine", re.compile(r"\bcreatinine\b", re.I), ("µmol/L", "mg/dL"), 1 / 88.42),
    (
        "vitamin D",
        re.compile(r"\b(?:vitamin\W+D|25\W*\(?OH\)?\W*D|25-hydroxy(?:vitamin)?\W*D?)", re.I),
        ("nmol/L", "ng/mL"),
        1 / 2.496,
    ),
)
"""(what is measured, how a text names it, (molar unit, mass unit), factor)."""

PAIRS = frozenset(
    pair for _name, _said, units, _factor in ANALYTES for pair in (units, units[::-1])
)
"""The unit pairs some analyte converts between, either way."""


def molar_factor(draft_unit: str | None, unit: str | None, text: str) -> float | None:
    """How many ``unit`` one ``draft_unit`` holds for the analyte ``text`` names (a claim's
    statement, subject and context), or None when the units are no such pair or ``text``
    names no analyte of theirs (or two that convert differently)."""
    if (draft_unit, unit) not in PAIRS:
        return None
    factors = {
        factor if (draft_unit, unit) == units else 1 / factor
        for _name, said, units, factor in ANALYTES
        if (draft_unit, unit) in (units, units[::-1]) and said.search(text)
    }
    return factors.pop() if len(factors) == 1 else None
