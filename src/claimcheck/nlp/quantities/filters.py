"""What is not a claim: numbers that name, date, cite, number or decorate rather than measure.

Two kinds of filter. :func:`blocked_spans` finds whole stretches (dates, citations, URLs, page
furniture) once per text; any candidate that overlaps one is dropped. The ``is_*`` predicates
judge one candidate by the words that touch it (``Phase 2``, ``Glypican 3 (GPC3)``).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.lexicon import INDEX_NAMES, LABEL_WORDS
from claimcheck.nlp.quantities.numbers import H

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:1[5-9]\d\d|2[01]\d\d)"
_BLOCKERS = [
    # URLs, DOIs, e-mail addresses, database identifiers
    r"(?:https?://|www\.)\S+",
    r"\b(?:doi:\s*|https?://doi\.org/)?10\.\d{4,9}/\S+",
    r"\b[\w.+-]+@[\w-]+\.[\w.]+",
    r"\b(?:PMCID|PMID|ISBN|ISSN|DOI|NCT|ID)\s*:?\s*[\w-]*\d[\w-]*",
    # dates and times of day
    rf"\b{_MONTH}{H}+\d{{1,2}}(?:st|nd|rd|th)?(?:,?{H}*{_YEAR})?",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?{H}+(?:of{H}+)?{_MONTH}(?:,?{H}*{_YEAR})?(?![\w])",
    rf"\b{_MONTH},?{H}+{_YEAR}",
    rf"\b{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b",
    r"\b\d{1,2}/\d{1,2}\b",
    r"\b\d{1,2}(?::\d{2})+(?:\s*[ap]\.?\s?m\.?)?",
    r"\b\d{1,2}(?:\.\d{2})?\s?[ap]\.?m\.?(?![\w])",
    r"(?:19|20)\d0s\b|'\d0s\b",
    # years and periods used as time stamps
    rf"\b{_YEAR}{H}*[-–—/]{H}*(?:{_YEAR}|\d\d)\b(?!{H}*(?:%|per))",
    rf"\b(?:FY|Q[1-4]|H[12]){H}?'?\d{{2,4}}\b",
    # phone numbers, before citation markers take their area code
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]\d{4}\b",
    r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{2,5}\)?){2,4}\b",  # international: +91 98765 43210
    # journal references and citation markers
    r"\d{4};\s*\d+(?:\(\d+\))?:\s*[\w]*\d+(?:[-–]\d+)?",
    r"\b(?:Vol|vol|Volume|No|Issue)\.?\s*\d+\s*(?::|,)\s*\d+(?:[-–]\d+)?",
    r"\((?:\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)(?:\s*[,;]\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*\)",
    r"\[\s*\d{1,3}(?:\s*[-–—,;]\s*\d{1,3})*\s*\]",
    # page furniture
    r"\b\d+\s*(?:min(?:ute)?s?)\s+read\b",
    r"\b24\s*/\s*7\b",
    r"(?:\b\d+\s*)?\bof\s+\d+\s+pages?\b",
    # version strings
    r"\b[vV](?:ersion\s*)?\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+(?:\.\d+)*\b",
    # section and list numbers at the start of a line or inside a sentence
    r"^[ \t]*\d{1,2}(?:\.|\))?(?=[ \t]+[A-Z(\"“‘])",
    r"^[ \t]*\d{1,2}(?:\.\d{1,2})+(?=[ \t]+(?!(?:million|billion|thousand|trillion|per|percent"
    r"|times|fold|(?:year|month|week|day|hour|minute)s?|[a-zµμ°]{1,3})\b)[A-Za-z])",
    r"^[ \t]*\d{1,2}(?:\.\d{1,2})*(?:\.(?!\d)|\))",
    r"(?:(?<=[:;] )|(?<=[:;]))\d{1,2}\)(?=\s)",
]
BLOCKERS = re.compile("|".join(f"(?:{pattern})" for pattern in _BLOCKERS), re.MULTILINE)


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) stretches of ``text`` that hold no claim."""
    return [match.span() for match in BLOCKERS.finditer(text) if match.end() > match.start()]


YEAR = re.compile(rf"{_YEAR}\Z")
_WORD_BEFORE = re.compile(rf"(?P<word>[A-Za-z][\w.&/-]*){H}*[:#]?{H}*\Z")
_ABBREVIATION_AFTER = re.compile(rf"{H}*\((?P<abbr>[^()\s]{{2,15}})\)")
_AGO = re.compile(rf"{H}+ago\b|{H}+(?:years?|months?|weeks?|days?){H}+ago\b")


def is_label_number(text: str, start: int) -> bool:
    """A number named by the word before it: ``Phase 2``, ``Table 1``, ``S&P 500``, ``STEP 1``."""
    window = text[max(0, start - 30) : start]
    match = _WORD_BEFORE.search(window)
    if match and match.group("word").lower().rstrip(".:") in LABEL_WORDS:
        return True
    return bool(INDEX_NAMES.search(window))


_NAME_BEFORE = re.compile(r"(?<![.!?:] )(?<!^)(?<![.!?:]\n)\b[A-Z][\w&'’.-]* \Z")


def is_named_number(text: str, start: int) -> bool:
    """A bare number right after a capitalised word names a thing: ``iPhone 11``, ``Note 20``."""
    return bool(_NAME_BEFORE.search(text, max(0, start - 30), start))


def is_named_by_abbreviation(text: str, end: int, digits: str) -> bool:
    """``Glypican 3 (GPC3)``, ``interleukin 7 (IL-7)``: the abbreviation repeats the number."""
    match = _ABBREVIATION_AFTER.match(text, end)
    if not match:
        return False
    abbreviation = match.group("abbr")
    return any(c.isalpha() for c in abbreviation) and digits in abbreviation


def is_time_stamp_ago(text: str, end: int) -> bool:
    """``five years ago`` dates an event; it states no amount."""
    return bool(_AGO.match(text, end))
