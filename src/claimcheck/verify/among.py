"""Whether a share is taken *among* the people who have a condition or *of* everyone.

"46% of people with long COVID had muscle ache" is a share among people with long COVID:
the condition names the denominator. "3.3% of the population had long COVID" is a share
of everyone: the condition is what is counted. The two are different measures however
many words they share (a prevalence is no share of patients with a symptom), so a figure
said one way is no figure of a claim stated the other. Epidemiology keeps them apart as a
prevalence and a proportion within a case group (Rothman, *Modern Epidemiology*, ch. 3);
pages blur them only in their wording, which is what this module reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

PEOPLE = (
    r"(?:people|persons|adults|patients|children|kids|women|men|girls|boys|those|individuals"
    r"|survivors|babies|infants|adolescents|teenagers|teens|residents|Americans|participants"
    r"|veterans|workers|users|pregnancies|mothers)"
)
_FILLERS = (
    r"(?:(?:a|an|the|some|any|self-reported|confirmed|diagnosed|known|chronic|severe|existing"
    r"|current|long-standing|established|clinical|active)\W+)*"
)
PLACE = r"(?:\W+(?:in|from|across)\W+(?:the\W+)?(?-i:[A-Z])[\w.]*(?:\W+(?-i:[A-Z])[\w.]*)?)"
"""A place said between the people and their condition ("people in the UK with")."""
WITH_THE_CONDITION = re.compile(
    rf"\b(?:of|among|amongst|in|for|across)\W+(?:[\w'’-]+\W+){{0,3}}?{PEOPLE}{PLACE}?"
    r"\W+(?:who\W+(?:have|had|has|are\W+living\W+with|live\W+with"
    r"|were\W+diagnosed\W+with)\W+|living\W+with\W+|diagnosed\W+with\W+|with\W+)"
    rf"{_FILLERS}\Z",
    re.IGNORECASE,
)
"""What comes right before a condition's name said as whom a share is taken among:
"of people with", "among adults living with", "in patients diagnosed with a", "of those
who have", a place between ("of people in the UK with"): the share is taken of them, as a
table header's "Patients with pain" is not (it says what is counted)."""
SHARE_OF_THOSE_WITH = re.compile(
    rf"\b(?:share|proportion|percentage|fraction|number)\W+of\W+(?:[\w'’-]+\W+){{0,3}}?{PEOPLE}"
    rf"{PLACE}?\W+(?:who\W+(?:have|had|has)\W+|living\W+with\W+|with\W+){_FILLERS}\Z",
    re.IGNORECASE,
)
"""A share named by its people and their condition before its figure ("the share of adults
with hearing loss rose from 16% …", "the proportion of children living with asthma is"):
what it counts is who has the condition, a prevalence, not a share taken among them."""
COUNTED_BEFORE = re.compile(
    r"\b(?:have|has|had|having|develop(?:s|ed|ing)?|report(?:s|ed|ing)?|get|got"
    r"|(?:are|were|is|was)\W+living\W+with|(?:are|were|is|was)\W+diagnosed\W+with"
    r"|lives?\W+with"
    r"|prevalence\W+of|cases\W+of)\W+"
    rf"(?:(?:ever|currently|now|still|also)\W+(?:had\W+|have\W+)?)?{_FILLERS}\Z",
    re.IGNORECASE,
)
"""What comes right before a condition's name said as what a share counts: "19% of adults
have a food allergy", "had self-reported long COVID", "the prevalence of NAFLD"."""
COUNTED_AFTER = re.compile(r"\W+(?:affects?|affected|prevalence)\b", re.IGNORECASE)
"""… or right after it: "diabetes affects 9% of adults", "NAFLD prevalence"."""
REACH = 60  # characters before a name searched for what it is said as

ANOTHER_BASIS = ("it counts who has", "it is a share of people with")
"""How the reasons of :func:`another_basis` begin."""
AMONG = "among"
OF_ALL = "of all"


def _occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    return (m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))


def _said_as(text: str, start: int, end: int) -> str | None:
    before = text[max(0, start - REACH) : start]
    if SHARE_OF_THOSE_WITH.search(before):
        return OF_ALL
    if WITH_THE_CONDITION.search(before):
        return AMONG
    if COUNTED_BEFORE.search(before) or COUNTED_AFTER.match(text, end):
        return OF_ALL
    return None


@lru_cache(maxsize=4096)
def share_basis(text: str, names: tuple[str, ...]) -> str | None:
    """How ``text`` says the condition ``names`` name in a share: :data:`AMONG` when every
    mention is the people the share is taken among ("46% of adults with diabetes"),
    :data:`OF_ALL` when every mention is what the share counts ("9% of adults have
    diabetes", "the prevalence of NAFLD"), None when the text names none of them, says it
    both ways, or some other way ("mortality after a diabetic foot ulcer")."""
    said = {
        _said_as(text, start, end)
        for name in names
        if name
        for start, end in _occurrences(text, name)
    }
    return said.pop() if len(said) == 1 else None


OPENING_AMONG = re.compile(
    r"\A\W*(?:Of|Among|Amongst|In|For|Across)\W[^,;:\d]{3,80}?,", re.IGNORECASE
)
"""A sentence's opening phrase that says whom its figures are taken among ("Of people with
psoriasis, 3.0% have uveitis", "In patients diagnosed with gout, …"): no figure in it."""


def opening_basis(sentence: str, names: tuple[str, ...]) -> str | None:
    """:data:`AMONG` when ``sentence`` opens with a phrase taking its figures among people
    with the condition ``names`` name (:data:`OPENING_AMONG`), else None."""
    opening = OPENING_AMONG.match(sentence)
    if opening is None:
        return None
    return AMONG if share_basis(opening.group(), names) == AMONG else None


def name_said(text: str, names: tuple[str, ...]) -> str:
    """The first of ``names`` that ``text`` says, for a reason to name (else the first)."""
    return next((name for name in names if any(_occurrences(text, name))), names[0])


def another_basis(figure_basis: str | None, claim_basis: str | None, name: str) -> str | None:
    """Why a claim whose share has another basis is not the figure's, or None."""
    if figure_basis is None or claim_basis is None or figure_basis == claim_basis:
        return None
    if claim_basis == AMONG:
        return f"it is a share of people with {name}, the figure counts who has {name}"
    return f"it counts who has {name}, the figure is a share of people with {name}"
