"""Numbers that belong to the name before them, never the first end of a range.

Trials report response outcomes by a score name and a threshold: ``PASI 90`` (a 90%
improvement in the Psoriasis Area and Severity Index), ``EASI 75``, ``ACR 20``, ``ASAS 40``,
``SALT 20``. Written with a space, the threshold sits right before ``to`` and a share of
patients: ``it gave PASI 90 to 1.2% of patients``. Read as numbers, that is the range
1.2–90%, a figure no page claims. The number is the outcome's, as it is in ``PASI90``
(glued, one word), so the share after ``to`` is read by itself.

The same holds for a clinical scale's value before a share (``GCS 15 to 3% of patients``: a
Glasgow score is never a percentage) and for the number of a label word that names a
grade, stage, phase, type or a visit of the schedule (``grade 3 to 4% of patients``,
``from 30% at week 12 to 45%``): a grade is no percentage, and a week is when.

What stays a range: a lab test or a measure read in percent (``HbA1c 7 to 8%``, ``FEV1 50
to 80%``), any range after a name whose far end is bare (``PASI 75 to 90`` is a band of
thresholds, ``grade 3 to 4 toxicity``), and a percent written on both ends (``EASI 50%
to 75%`` reads as the writer wrote it).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.scale_bands import SCALE_NAMES

H = r"[ \t\u00a0\u202f\u2009]"

OUTCOME_NAMES = (
    r"PASI|EASI|ACR|ASAS|BASDAI|SALT|HiSCR|SCORAD|m?NAPSI|s?PGA|IGA|DAS28(?:-(?:CRP|ESR))?"
    r"|CDAI|SDAI|UAS7|IHS4|DLQI|MADRS|HAM-?D|HAMD(?:17|-17)?|PANSS|WOMAC|ODI|BVAS|SLEDAI"
    r"|SRI|BICLA|CLASI|ACQ|MG-ADL|QMG|ALSFRS(?:-R)?|UPDRS|ADAS-Cog|CDR-SB|PSQI|NRS"
)
"""Score names whose number, written after them, is the outcome's threshold or the score's
value, never an amount in percent: response thresholds (``PASI 90``, ``EASI 75``, ``ACR
20``, ``ASAS 40``, ``SALT 20``) and disease activity or symptom scores (``DAS28``,
``CDAI``, ``MADRS``)."""

_NAMED_BEFORE = re.compile(
    rf"(?<![\w-])(?P<name>{OUTCOME_NAMES}|{SCALE_NAMES}"
    rf"|(?!COVID|SARS|HPV|HIV|CD\d|IL\d|FEV|PM)[A-Z]{{2,6}}\d{{1,2}})"
    rf"(?:{H}+(?i:score|response|class|category))?{H}+\Z"
)
"""An outcome or scale name right before the number (``PASI 90``, ``GCS 15``, ``DAS28 3``,
an acronym with its version glued, ``UAS7 16``), with a word of its own between them (``ACR
response 50``). A scale named by a word in Title Case (``Glasgow``, ``Wells``, ``Bishop``) is
no name here: the same word is a place or a surname (``in Glasgow 10 to 20% of adults``);
nor is a virus, a cell marker or a particle size with its number (``HPV16``, ``CD4``, ``PM2``)."""

LABELS = frozenset(
    "grade grades stage stages phase phases type types class step tier cycle week day visit"
    " month".split()
)
"""Label words whose number is never an amount: a grade, a stage, a phase, a type, a step, a
visit of the schedule (``week 12``, ``day 28``, ``cycle 3``). Not ``level``, ``top`` or
``year``: ``cut levels 10 to 15%``, ``the top 10 to 20% of earners`` are ranges."""

_LABEL_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>[A-Za-z]+){H}+\Z",
)
_NOT_A_LABEL = re.compile(rf"\b(?i:this|that|each|every|which|one|a|an|per|any){H}+\Z")
_NOT_A_VISIT = re.compile(
    rf"\b(?i:the|first|second|third|last|next|same|following|previous|whole|entire){H}+\Z"
)
TIME_LABELS = frozenset("week day month visit cycle".split())


def names_the_first_end(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a score's, a scale's or a label's (see the module):
    then it is no range's first end when only the far end carries a percent."""
    window_start = max(0, start - 40)
    named = _NAMED_BEFORE.search(text, window_start, start)
    if named and sum(c.isupper() for c in named.group("name")) >= 2:
        return True
    label = _LABEL_BEFORE.search(text, window_start, start)
    if label is None or label.group("word").lower() not in LABELS:
        return False
    # "each week 10 to 15% more", "a day 5 to 10%": the word says how often, not which;
    # "in the first week 10 to 20% of patients": which week, and the range is a share
    if _NOT_A_LABEL.search(text, window_start, label.start()):
        return False
    word = label.group("word").lower()
    return word not in TIME_LABELS or not _NOT_A_VISIT.search(text, window_start, label.start())
