"""A check, scan or round of jabs named by the age or week it falls at: no figure.

``your 20-week scan``, ``the 12-week scan``, ``the 6 to 8 week check``, ``your baby's 1-year
jabs``, ``the 2-year review``: antenatal and child-health pages name their appointments by
when they happen, as ``a five-year plan`` is named by its horizon. The period is the
appointment's name, no length of anything and no claim a registry holds (``the 20-week scan
is done between 18 and 21 weeks`` is the claim, and its 18 and 21 are read). Each was read as
a duration and, on a page with no such claim, a CC102.

Read so when the period is in days, weeks, months or years, hyphened or spaced to the
appointment noun (up to four words may come between: ``the 20-week anomaly scan``,
``the 6-to-8-week health and development reviews``), and a determiner or a possessive
stands before it (``the``, ``your``, ``her``, ``baby's``, ``a``). Minutes and hours before
an appointment are its length and stay (``a 30-minute appointment``, ``a 10-minute
consultation``); so does a period with a comparator (``within 6 weeks``) or a course (``a
12-week course``). Two visits may share their noun (``the 8-week and 16-week jabs``,
s58x): each period is a name. A visit, an appointment or a stay is as often measured by its
period as named by it (``a three-day visit`` lasts three days): those nouns keep the figure.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

VISIT_NOUNS = (
    r"scans?|checks?|check-ups?|checkups?|reviews?|jabs|vaccinations|immunisations"
    r"|immunizations|assessments?|bloods|screening|contacts?"
)
"""What a page names by when it happens."""
_NOT_BETWEEN = r"(?!(?i:of|the|a|an|or|to|in|at|on|by|with|from|since|before|after|until)\b)"
VISIT_AFTER = re.compile(
    rf"(?:{H}+{_NOT_BETWEEN}[A-Za-z][\w’'-]*){{0,4}}{H}+(?i:{VISIT_NOUNS})(?![\w-])"
)
"""The appointment noun after a period, up to four words between (``anomaly``, ``postnatal``,
``health and development``), none a preposition or an article."""
VISIT_GATE = re.compile(rf"(?i:{VISIT_NOUNS}|visits?|appointments?|follow-ups?|clinics?)(?![\w-])")
OWNER_BEFORE = re.compile(
    rf"(?<![\w-])(?i:the|your|her|his|their|our|a|an|baby['’]s|child['’]s|(?:at|for|to)"
    rf"{H}+(?:the|your|their|her|his)){H}+\Z"
)
"""A determiner or possessive right before the period: the appointment is a thing named."""
_ADJECTIVE_PERIOD = r"\d{1,2}[-‐]?(?i:day|week|month|year)"
JOINED_PERIOD = re.compile(rf"{H}*(?:,|{H}(?i:and|or)){H}+{_ADJECTIVE_PERIOD}(?![\w-])")
"""A second period named the same way after ``and``/``or``: the visit's noun comes after it."""
JOINED_BEFORE = re.compile(rf"{_ADJECTIVE_PERIOD}{H}*(?:,|{H}(?i:and|or)){H}+\Z")
"""A first period before ``and``/``or``: the owner stands before it."""
SINGULAR_PERIOD_END = re.compile(r"(?i:day|week|month|year)\Z")
"""A period said as an adjective ends in its unit's singular (``20-week``, ``6 to 8 week``);
``the 12 weeks before the scan`` is a length."""


def visit_names(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the periods that name an appointment (see the module)."""
    return [q for q in found if not _names_a_visit(text, q)]


def _names_a_visit(text: str, quantity: Quantity) -> bool:
    if quantity.kind != "duration" or quantity.comparator:
        return False
    if not SINGULAR_PERIOD_END.search(quantity.text):
        return False
    # "the 8-week and 16-week jabs": two visits named with their noun said once (s58x)
    joined = JOINED_PERIOD.match(text, quantity.end)
    after = joined.end() if joined else quantity.end
    before = quantity.start
    if (earlier := JOINED_BEFORE.search(text, max(0, before - 24), before)) is not None:
        before = earlier.start()
    if not OWNER_BEFORE.search(text, max(0, before - 24), before):
        return False
    if VISIT_AFTER.match(text, after) is not None:
        return True
    # "at the 8-month visit", "by your 6-week appointment": a visit said as the time
    # something happens at is named by its period (s60x); "a three-day visit" keeps it
    return (
        AT_THE_BEFORE.search(text, max(0, before - 24), before) is not None
        and TIMED_VISIT_AFTER.match(text, after) is not None
    )


AT_THE_BEFORE = re.compile(
    rf"(?<![\w-])(?i:at|by|before|after|until|from|since){H}+(?i:the|your|their|her|his|each)"
    rf"{H}+\Z"
)
"""A preposition of when and a determiner before the period: the visit is a time point."""
TIMED_VISIT_AFTER = re.compile(
    rf"(?:{H}+{_NOT_BETWEEN}[A-Za-z][\w’'-]*){{0,2}}{H}+(?i:visits?|appointments?|follow-ups?"
    rf"|clinics?)(?![\w-])"
)
"""A visit or an appointment after the period, up to two words between."""
