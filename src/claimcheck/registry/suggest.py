"""YAML stubs of registry claims for figures no registry claim supports.

A stub is a starting point for a reviewer, not an approved claim: it is ``status: draft``
(it supports no figure until a reviewer approves it), carries the draft's sentence as the
statement and the draft's figure as the value, and its ``sources`` list is empty. It passes
``registry check`` as written (with ``draft`` and ``unquoted`` warnings), so a reviewer can
paste it into the registry, add the source and quote, and set ``status: approved``.

What a stub says, and why:

- **value** as written: a count, percentage or price as the draft has it; a fraction
  (``one in three``) as a percentage rounded to one decimal and ``approx: true`` (33.3%),
  never ``0.3333333333333333``; binary-float noise is rounded away (``0.3``, not
  ``0.30000000000000004``);
- **unit** one ``registry check`` understands: the draft's, normalised; a count's noun
  reduced to its last word when the whole is not a unit (``IVF cycles`` -> ``cycles``);
  left out when neither is understood;
- **subject**: a count's own noun (``3 IVF cycles`` -> ``IVF cycles``), the nearest noun
  phrase before the figure with verbs trimmed (``Twins happen in 11%`` -> ``Twins``), the
  figure's own (``11% of patients`` -> ``patients``), then the registry's names found in the
  sentence; at most three;
- **group**: the sentence's group labels (``women aged 35–37``) the schema accepts, so sibling
  claims for other groups stay distinct;
- an **id** from the sentence's content words, made unique in the file and against the
  registry's ids.

Group labels are never figures (the extractor keeps them apart), and the CLI leaves out
figures a wording rule already flags (``100% safe``): a rule finding is no missing claim.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import yaml

from claimcheck.nlp.subjects import NON_SUBJECT_WORDS
from claimcheck.registry.model import DRAFT
from claimcheck.registry.units import is_counted_noun, normalise_unit

ID_WORDS = 6
MAX_SUBJECTS = 3
FRACTION_DECIMALS = 1
REVIEW_COMMENT = (
    "# TODO reviewer: add a source (citation, url, quote), check value and subject, "
    "then set status: approved"
)
_STOPWORDS = frozenset(
    {
        *("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "had", "has", "have"),
        *("in", "is", "it", "its", "of", "on", "or", "than", "that", "the", "their", "this"),
        *("to", "was", "were", "which", "with", "more", "less", "over", "under", "about"),
        *("around", "nearly", "approximately", "up", "per", "who", "whom", "whose", "they"),
        *("all", "some", "most", "many", "our", "your", "these", "those", "each", "every"),
        *("before", "after", "during", "since", "until", "among", "into", "through", "across"),
        *("within", "without", "against", "between", "if", "when", "while", "not", "no"),
    }
)
# Verbs that end a noun phrase in health copy, besides the subject reader's (found, cost,
# reported…): without a tagger, "Twins happen in 11%" would otherwise give "Twins happen".
_VERBS = NON_SUBJECT_WORDS | frozenset(
    """
    happen happens happened occur occurs occurred lead leads led result results resulted
    end ends ended follow follows followed go goes went come comes came work works worked
    need needs needed get gets got see sees saw have has had use uses used cost costs
    can could may might will would should must
    """.split()
)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_OF_PHRASE = re.compile(r"\s+(?:of|in)\s+(?:the\s+|all\s+|those\s+)?((?:[A-Za-z][\w-]*\s*){1,3})")


def _content_words(sentence: str) -> list[str]:
    words = re.findall(r"[a-z][a-z0-9]*", sentence.lower())
    return [word for word in words if word not in _STOPWORDS]


def _one_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _number(value: float, decimals: int | None = None) -> int | float:
    """``value`` without binary-float noise (12 significant digits), as an int when whole."""
    value = round(value, decimals) if decimals is not None else float(f"{value:.12g}")
    return int(value) if float(value).is_integer() else value


def _unit(unit: str | None) -> str | None:
    """A unit ``registry check`` understands, or None (see the module's rule)."""
    if not unit:
        return None
    normalised = normalise_unit(unit)
    if normalised:
        return normalised
    amount, slash, period = unit.lower().partition("/")
    words = re.findall(r"[a-z]+", amount)
    if words:
        noun = normalise_unit(words[-1] + slash + period)
        if noun and is_counted_noun(noun):
            return noun
    return normalise_unit(unit.lower())


def _value(quantity: Mapping[str, Any]) -> dict[str, Any]:
    """The registry ``value`` mapping for a quantity in the ``Quantity.to_dict()`` shape."""
    low, high = quantity.get("low"), quantity.get("high")
    unit, approx = _unit(quantity.get("unit")), bool(quantity.get("approx"))
    per = quantity.get("per")
    if per and str(per)[:1].isdigit():  # "129.4 per 100,000 women": a rate per population
        unit = normalise_unit(f"{unit + ' ' if unit else ''}per {per}") or unit
    decimals = None
    if unit == "proportion":  # "one in three": a percentage as a registry writes it
        low, high = (None if v is None else v * 100 for v in (low, high))
        unit, decimals = "percent", FRACTION_DECIMALS
        approx = approx or any(
            v is not None and round(v, FRACTION_DECIMALS) != v for v in (low, high)
        )
    value: dict[str, Any] = {}
    if low is not None and low == high:
        value["value"] = _number(low, decimals)
    else:
        if low is not None:
            value["low"] = _number(low, decimals)
            if not quantity.get("low_inclusive", True):
                value["low_inclusive"] = False
        if high is not None:
            value["high"] = _number(high, decimals)
            if not quantity.get("high_inclusive", True):
                value["high_inclusive"] = False
    if approx:
        value["approx"] = True
    if unit:
        value["unit"] = unit
    return value


def _trimmed(phrase: str) -> str:
    """The phrase without leading or trailing stop words and verbs."""
    words = _WORD.findall(phrase)
    while words and (words[-1].lower() in _STOPWORDS or words[-1].lower() in _VERBS):
        words.pop()
    while words and (words[0].lower() in _STOPWORDS or words[0].lower() in _VERBS):
        words.pop(0)
    return " ".join(words)


def _noun_phrase_before(text: str) -> str:
    """The last run of words before a figure, cut at a stop word or verb (``Twins happen
    in`` -> ``Twins``; ``One IVF cycle costs about`` -> ``One IVF cycle``)."""
    words = _WORD.findall(re.split(r"[,;:()]", text)[-1])
    while words and (words[-1].lower() in _STOPWORDS or words[-1].lower() in _VERBS):
        words.pop()
    phrase: list[str] = []
    for word in reversed(words):
        if word.lower() in _STOPWORDS or word.lower() in _VERBS:
            break
        phrase.insert(0, word)
    return " ".join(phrase[-3:])


def _noun_phrase_after(text: str) -> str:
    """``of patients who transfer`` -> ``patients``, ``transfers leads to`` -> ``transfers``:
    the words after the figure (and its "of"/"in") up to a stop word or verb."""
    match = _OF_PHRASE.match(text)
    words = _WORD.findall(match.group(1) if match else re.split(r"[,;:()]", text)[0])
    phrase: list[str] = []
    for word in words[:3]:
        if word.lower() in _STOPWORDS or word.lower() in _VERBS:
            break
        phrase.append(word)
    return " ".join(phrase)


def figure_subjects(
    sentence: str, start: int, end: int, unit: str | None, names: Sequence[str] = ()
) -> list[str]:
    """Subject names for the figure at ``sentence[start:end]``: a count's own noun, the noun
    phrase before the figure (what it is about: "Marker Q is found in 45%"), the one after it
    ("of gallbladder tumours"), then ``names`` (the registry's names found in the sentence)."""
    found = []
    if unit and not normalise_unit(unit):  # "3 IVF cycles": the count's own noun phrase
        found.append(_trimmed(unit.partition("/")[0]))
    found.append(_noun_phrase_before(sentence[:start]))
    found.append(_noun_phrase_after(sentence[end:]))
    found.extend(names)
    unique: dict[str, None] = {}
    for name in found:
        if name and name.lower() not in {seen.lower() for seen in unique}:
            unique[name] = None
    return list(unique)[:MAX_SUBJECTS]


def stub_for(
    sentence: str,
    quantity: Mapping[str, Any],
    subject: Sequence[str] = (),
    today: date | None = None,
    group: Sequence[str] = (),
) -> dict[str, Any]:
    """A registry entry for ``sentence`` asserting ``quantity``, keys in the schema's order.

    ``subject`` are the names for what the figure is about (:func:`figure_subjects`); without
    them the first content words of the sentence stand in, for the reviewer to narrow.
    """
    words = _content_words(sentence)
    names = list(subject) or words[:MAX_SUBJECTS] or ["todo"]
    stub: dict[str, Any] = {
        "id": "-".join(words[:ID_WORDS]) or "unsupported-claim",
        "statement": " ".join(sentence.split()),
        "subject": names,
    }
    if group:
        stub["group"] = list(group)
    stub.update(
        {
            "value": _value(quantity),
            "sources": [],
            "status": DRAFT,
            "review_by": _one_year_after(today or date.today()),
        }
    )
    return stub


def _unique_ids(stubs: Iterable[dict[str, Any]], taken: Collection[str]) -> list[dict[str, Any]]:
    seen = set(taken)
    unique = []
    for stub in stubs:
        claim_id, count = stub["id"], 1
        while claim_id in seen:
            count += 1
            claim_id = f"{stub['id']}-{count}"
        seen.add(claim_id)
        unique.append(stub if claim_id == stub["id"] else {**stub, "id": claim_id})
    return unique


def dump_stubs(stubs: Iterable[dict[str, Any]], taken: Collection[str] = ()) -> str:
    """The stubs as one YAML registry file, each under a comment asking for sources; ids that
    repeat, in the file or among ``taken`` (the registry's), get a ``-2``, ``-3`` suffix."""
    blocks = []
    for stub in _unique_ids(stubs, taken):
        body = yaml.safe_dump(
            [stub], sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
        )
        blocks.append(f"{REVIEW_COMMENT}\n{body}")
    return "\n".join(blocks)
