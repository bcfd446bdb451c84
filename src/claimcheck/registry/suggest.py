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
- **subject**: the noun phrases of the figure's own clause (:func:`figure_subjects`), never
  a function word, pronoun, verb, unit or period, and phrases that only count people
  (``patients``) after every specific one; at most three;
- **group**: the sentence's group labels (``women aged 35–37``) the schema accepts, so sibling
  claims for other groups stay distinct;
- an **id** from the sentence's content words, made unique in the file and against the
  registry's ids.

Group labels are never figures (the extractor keeps them apart), and the CLI leaves out
figures a wording rule already flags (``100% safe``): a rule finding is no missing claim;
nor does it draft one for a figure the draft's inline controls keep lint quiet about
(``<!-- claimcheck-disable-next-line unsupported -->``, :func:`suppressed_figures`): the
writer said that figure needs no claim, and ``lint`` and ``suggest`` must agree on it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck.documents.document import Document
from claimcheck.findings import finding_at
from claimcheck.nlp.subjects import NON_SUBJECT_WORDS
from claimcheck.registry.model import DRAFT
from claimcheck.registry.units import PERSON_NOUNS, is_counted_noun, normalise_unit
from claimcheck.rules import RuleSet, apply_inline_controls

UNSUPPORTED_CODE = "CC102"

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
_DIRECTIONS = frozenset(
    "down up higher lower fewer rose fell common rare likely ago times time fold".split()
)
_ARTICLES = frozenset({"a", "an", "the"})
"""A word before an article ends no noun phrase: it is a verb (``dietitian runs a course``)."""
_COMPOUND_FIGURE = re.compile(r"\d\s*-\s*[A-Za-z]+$")
"""A figure written as a modifier (``6-week``, ``20-minute``): it measures the noun after it."""
_BE = frozenset("am is are was were be been being get gets got".split())
_MEASURE_WORDS = frozenset(
    """mg g kg mcg ml mmhg bpm decade decades person-years patient-years spring summer autumn
    fall winter morning evening night weekend january february march april may june july
    august september october november december""".split()
)
"""Units, periods and times of year or day: when a figure was measured, never what."""
_GENERIC = frozenset({*PERSON_NOUNS, *"case cases number numbers total rate rates people".split()})
"""Nouns that count people or things in general: a subject only when nothing else is named."""
_JOINS_AFTER = re.compile(
    r"\s*(?:(?:of|in|among|for)\s+)?(?:(?:the|all|those|these|every)\s+)?", re.IGNORECASE
)
"""What may stand between a figure and the phrase it is of (``11% of all IVF pregnancies``);
a phrase after another preposition (``at a private clinic``) is where, not what."""
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[–—-]\s")
_QUALIFIER = re.compile(
    r"\s+(?:with|who\s+(?:have|had|has)|living\s+with|diagnosed\s+with|taking|on)\s+",
    re.IGNORECASE,
)


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


def _is_weak(word: str) -> bool:
    """A word that names nothing a figure is about: a function word or pronoun (``you``,
    ``it``), a verb or adverb (``happens``, ``prescribed``, ``usually``), a direction
    (``down``), or a unit or period (``mg``, ``day``): none can be a registry subject."""
    lower = word.lower()
    return (
        lower in _STOPWORDS
        or lower in STOP_WORDS
        or lower in _VERBS
        or lower in _DIRECTIONS
        or lower.endswith("ly")
        or _is_measure(lower)
    )


def _is_measure(word: str) -> bool:
    unit = normalise_unit(word)
    return unit is not None and (not is_counted_noun(unit) or word in _MEASURE_WORDS)


def _is_generic(phrase: str) -> bool:
    """A phrase that only counts people or things in general (``patients``, ``adults``,
    ``cases``): who a figure is about, not what; named after a specific phrase, if any."""
    words = phrase.lower().split()
    return bool(words) and all(w.rstrip("s") in _GENERIC or w in _GENERIC for w in words)


def _runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of non-weak words in ``text`` as (start, end, phrase), each cut to its last three
    words, in order; a passive participle after a form of *be* (``are prescribed``) is weak."""
    runs: list[tuple[int, int, str]] = []
    current: list[re.Match[str]] = []
    previous = ""
    for word in _WORD.finditer(text):
        lower = word.group().lower()
        passive = previous in _BE and lower.endswith(("ed", "en"))
        gap = text[current[-1].end() : word.start()] if current else ""
        if _is_weak(lower) or passive or re.search(r"[^\s-]", gap):
            if lower in _ARTICLES and len(current) > 1 and not gap.strip():
                current.pop()  # "dietitian runs a course": a noun takes no article after it
            if current:
                runs.append(_run(current))
            current = [] if _is_weak(lower) or passive else [word]
        else:
            current.append(word)
        previous = lower
    if current:
        runs.append(_run(current))
    return runs


def _run(words: list[re.Match[str]]) -> tuple[int, int, str]:
    kept = words[-3:]
    return kept[0].start(), kept[-1].end(), " ".join(w.group() for w in kept)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the figure's clause: the sentence cut at ``,;:()`` and dashes around it."""
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    after = _CLAUSE_BREAK.search(sentence, end)
    return before, after.start() if after else len(sentence)


def _after_generic(text: str) -> str | None:
    """``patients with psoriasis`` -> ``psoriasis``: what a generic noun is qualified by."""
    found = _QUALIFIER.match(text)
    if not found:
        return None
    runs = _runs(text[found.end() :])
    return runs[0][2] if runs and runs[0][0] == 0 else None


def figure_subjects(
    sentence: str, start: int, end: int, unit: str | None, names: Sequence[str] = ()
) -> list[str]:
    """Subject names for the figure at ``sentence[start:end]``, the noun phrases of its own
    clause as the matcher looks for a subject there: a count's own noun (``3 IVF cycles``),
    the phrase just before the figure (``Twins happen in 11%`` -> ``Twins``), the one after
    it (``11% of IVF pregnancies``; ``40% of patients with psoriasis`` -> ``psoriasis``);
    when the clause names nothing (``it happens in 1 in 6``), the sentence's first phrase,
    as a pronoun takes its sentence's subject; then ``names`` (the registry's names found
    in the sentence), then any other phrase of the sentence, nearest first. Function words,
    pronouns, verbs, units and periods are never subjects; phrases that only count people
    (``patients``, ``adults``) come after every specific one. At most three."""
    lo, hi = _clause(sentence, start, end)
    specific: list[str] = []
    generic: list[str] = []

    def add(phrase: str | None) -> None:
        if phrase:
            (generic if _is_generic(phrase) else specific).append(phrase)

    normalised = normalise_unit(unit) if unit else None
    # "3 IVF cycles", "1,200 flu shots": the count's own noun phrase, when it is more than a
    # unit (a lone "deaths" or "adults" counts in general: the phrases around say what of)
    if unit and (not normalised or (is_counted_noun(normalised) and len(unit.split()) > 1)):
        counted = _runs(unit.partition("/")[0])
        add(counted[-1][2] if counted else None)
    after_text = sentence[end:hi]
    after = _runs(after_text)
    if (
        after
        and not after_text[: after[0][0]].strip()
        and _COMPOUND_FIGURE.search(sentence[start:end])
    ):  # "a 6-week course": what the figure measures is the noun it modifies
        add(after[0][2])
    for run in reversed(_runs(sentence[lo:start])):  # the nearest specific phrase before
        add(run[2])
        if not _is_generic(run[2]):
            break
    if after and _JOINS_AFTER.fullmatch(after_text[: after[0][0]]):
        phrase = after[0][2]
        add(phrase)
        if _is_generic(phrase):
            add(_after_generic(after_text[after[0][1] :]))
    if not specific:
        first = _runs(sentence[:lo])
        add(first[0][2] if first else None)
    for name in names:
        add(name)
    if not specific:
        rest = sorted(_runs(sentence), key=lambda r: min(abs(r[0] - end), abs(r[1] - start)))
        for run in rest:
            add(run[2])
            if specific:
                break
    unique: dict[str, None] = {}
    for name in [*specific, *generic]:
        if name.lower() not in {seen.lower() for seen in unique}:
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
    # (a direction, unit, verb or function word never stands in: "below 120 mmHg" names no
    # subject, and the reviewer is asked for one)
    names = list(subject) or [w for w in words if not _is_weak(w)][:MAX_SUBJECTS] or ["todo"]
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


def suppressed_figures(
    document: Document, spans: Iterable[tuple[int, int]], rules: RuleSet | None = None
) -> set[tuple[int, int]]:
    """The figure ``spans`` (start, end) whose "unsupported" finding (CC102) the draft's
    inline controls suppress: each is put through :func:`apply_inline_controls`, the very
    function lint uses, so ``suggest`` honours every selector lint does (``unsupported``,
    ``CC102``, ``CC1``, ``all``; ``disable``/``enable`` regions and ``disable-next-line``)."""
    spans = list(dict.fromkeys(spans))
    probes = []
    for start, end in spans:
        probes.append(finding_at(document, UNSUPPORTED_CODE, start, end, "unsupported figure"))
    kept = {
        (f.start, f.end)
        for f in apply_inline_controls(document, probes, rules)
        if f.code == UNSUPPORTED_CODE
    }
    return {span for span in spans if span not in kept}


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
