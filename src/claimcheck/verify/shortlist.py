"""Bounded retrieval: the first, cheap stage that shortlists a figure's candidates when more
than :data:`CANDIDATE_CAP` registry claims share its names and unit.

Retrieval (:mod:`claimcheck.verify.retrieval`) finds every claim that shares a name and a
convertible unit with the figure; the matcher then weighs each one in Python (names, frame,
words, siblings), some tens of microseconds a claim. Where a registry holds thousands of
claims about one subject ("liver cancer" deaths, incidence and survival for every cohort,
region and year) that is thousands of candidates a figure, and lint time grows with the
registry. As search engines do, a figure with more candidates than the cap keeps only the
:data:`CANDIDATE_CAP` most promising ones, chosen by a cheap vectorised score, and the matcher
weighs those unchanged. Below the cap nothing changes: every candidate is weighed.

The score is the IDF-weighted overlap of words (BM25 without term frequencies or length
norm): each word (lower case, stemmed as the matcher stems,
:func:`~claimcheck.verify.matching.comparable_words`) of a
claim's statement, names, variants and frame fields (measure, group, timepoint) that the
figure's sentence or table headers say counts its inverse document frequency over the
registry, twice where the figure's own clause says it. A word every claim has weighs nearly
nothing; a cohort, a year, a stage, an arm or a figure that few claims write weighs much, so
the claims whose wording the sentence repeats rise, and siblings that differ only in words
the sentence never says share one score. The figure's value counts as one more word of its
clause, said by each claim whose value interval meets it (within 10%, in the claim's unit),
so the claims that may support it rise too. Ties keep retrieval order (the order the matcher
has always seen), and the kept candidates are handed on in that order.

What can differ past the cap: a claim left out is not weighed, so it can be neither the
match nor the near miss a CC102 message names ("closest: …"), nor the sibling whose words
make another's words its own. The matcher reads the evidence of every kept candidate as
before.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

import numpy as np

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.loader import Registry
from claimcheck.registry.model import RegistryClaim
from claimcheck.verify.convert import convert

CANDIDATE_CAP: int | None = 50
"""The most candidates a figure's matcher weighs (None: no cap). Chosen from measurements
(README, "Speed and scale"): the matcher weighs a candidate in some 25 µs, so each
kept candidate of the benchmark's 41 capped figures adds about 1 ms to a lint of 0.25 s;
at 50, lint against 100,000 claims that share the drafts' subjects stays near 1.5 times
lint against 100, and no verdict of the benchmark's drafts changes (at 50 or 100)."""

CLAUSE_WEIGHT = 2.0  # a word of the figure's own clause counts twice a word elsewhere
AGREEMENT_SLACK = 0.1  # the relative slack of the value test (the matcher's approximate one)

WORD = re.compile(r"[^\W_]+")


def _stem(word: str) -> str:
    """A word as the matcher compares it (:func:`~claimcheck.verify.matching.comparable_words`),
    uncached: its LRU is left to the matcher's own texts."""
    return _matching().comparable_words.__wrapped__(word)


def _matching() -> ModuleType:
    """The matcher's module, imported when first asked: it imports retrieval, which imports
    this module."""
    from claimcheck.verify import matching

    return matching


@dataclass(frozen=True)
class _Index:
    """Each claim's distinct word ids (a CSR layout by registry position) and each word's
    inverse document frequency."""

    starts: np.ndarray  # claim i's words are words[starts[i]:starts[i + 1]]
    words: np.ndarray
    idf: np.ndarray
    vocabulary: dict[str, int]  # a written word (lower case) -> its stem's id (-1: none)
    stems: dict[str, int]  # a stem -> its id
    lows: np.ndarray  # each claim's value interval, an open side infinite
    highs: np.ndarray
    units: np.ndarray  # each claim's unit, as an index into ``unit_names``
    unit_names: tuple[str | None, ...]
    ids: list[str]  # each claim's registry id, by position
    blocks: dict[int, tuple[tuple[str, ...], _Block]]  # see :func:`_block`
    equal_blocks: dict[tuple[str, ...], _Block]
    split_blocks: dict[tuple[int, bytes], _Block]  # see :func:`_split_block`
    unions: dict[tuple[tuple[int, int], ...], _Union]  # see :func:`_union`
    texts: dict[str, tuple[np.ndarray, np.ndarray]]  # see :func:`_text_ids`
    scratch: threading.local  # see :func:`_scratch`


Groups = list[tuple[int | None, list[tuple[str, ...]]]]
"""Per name retrieved (in the matcher's order), the offset where the sentence says it (None:
in the sentence before or a table header) and the registry's ids of it, one tuple per unit
the figure converts to (:meth:`Registry.term_units`)."""


def exceeds_cap(groups: Groups, split: Groups) -> bool:
    """Whether the ids retrieved may number more than the cap (each id counted once per
    name that retrieves it: a bound, known without a step per claim)."""
    cap = CANDIDATE_CAP
    if cap is None:
        return False
    total = 0
    for _start, tuples in (*groups, *split):
        for ids in tuples:
            total += len(ids)
    return total > cap


def shortlist(
    registry: Registry,
    claim: Claim,
    quantity: Quantity,
    groups: Groups,
    split: Groups,
    usable: Callable[[str | None], bool],
    conversions: dict[str | None, Quantity | None] | None = None,
) -> dict[str, tuple[int, ...]] | None:
    """The :data:`CANDIDATE_CAP` best candidates by the first stage's score, with the
    offsets and in the order :func:`~claimcheck.verify.retrieval.candidates` gives every
    candidate; None when no more than the cap are retrieved (then every one is weighed).

    Retrieval is done on arrays of registry positions, one kept per name and unit, so a
    name shared by thousands of claims costs a few numpy calls, not a step per claim: a
    claim's place in the order is the first name that retrieves it (a split name's head
    after every name), then registry order; its offsets are those of the sentence's names
    that retrieve it, or the head's where a head found it first."""
    index = _index(registry)
    blocks: list[tuple[int, _Block]] = [
        (key, _block(index, registry, ids))
        for key, (_start, tuples) in enumerate(groups)
        for ids in tuples
    ]
    if any(tuples for _start, tuples in split):
        allowed = np.fromiter(map(usable, index.unit_names), bool, len(index.unit_names))
        for key, (_start, tuples) in enumerate(split, len(groups)):
            for ids in tuples:  # split names' claims: any unit the figure converts to
                blocks.append((key, _split_block(index, registry, ids, allowed)))
    if not blocks:
        return None
    # synonyms ("HCC", "hepatocellular carcinoma") retrieve one block: weighed once, at
    # its first name
    distinct: dict[int, tuple[int, _Block]] = {}
    for key, block in blocks:
        distinct.setdefault(id(block), (key, block))
    union = _union(index, tuple(distinct.values()))
    if len(union.rows) <= CANDIDATE_CAP:  # the cap is not reached: retrieval as ever
        return None
    scratch = _scratch(index)
    scored, weights = scratch.scored, scratch.weights
    said = _query(index, claim, quantity, weights)
    try:
        for block in union.blocks:
            scored[block.rows] = np.add.reduceat(weights[block.words], block.starts)
    finally:
        weights[said] = 0.0  # zero throughout between calls
    scores = scored[union.rows] + _agreement(index, union, quantity, conversions)
    kept = _best(scores, CANDIDATE_CAP)
    rows, row_keys = union.rows[kept], union.keys[kept]
    # the offsets: each name said in the sentence that retrieves the claim, in name order
    offsets: list[tuple[int, ...]] = [()] * len(rows)
    for key, block in blocks:
        start = groups[key][0] if key < len(groups) else None
        if start is None:
            continue
        named = block.rows
        at = np.minimum(np.searchsorted(named, rows), len(named) - 1)
        for i in np.flatnonzero(named[at] == rows).tolist():
            offsets[i] += (start,)
    for i in np.flatnonzero(row_keys >= len(groups)).tolist():
        offsets[i] = (split[int(row_keys[i]) - len(groups)][0],)
    ids = index.ids
    return {ids[row]: offset for row, offset in zip(rows.tolist(), offsets, strict=True)}


@dataclass(frozen=True)
class _Block:
    """The claims of one name and unit: their registry positions (ascending) and their
    words laid end to end, each claim's starting at ``starts`` (for one ``reduceat``)."""

    rows: np.ndarray
    words: np.ndarray
    starts: np.ndarray
    codes: np.ndarray  # each claim's unit (an index into ``_Index.unit_names``)
    units: tuple[int, ...]  # the distinct ones


def _block(index: _Index, registry: Registry, ids: tuple[str, ...]) -> _Block:
    """The block of ``ids`` (a tuple the registry keeps: one of :meth:`Registry.term_units`
    or a split name's), made once per tuple."""
    kept = index.blocks.get(id(ids))
    if kept is not None and kept[0] is ids:
        return kept[1]
    made = index.equal_blocks.get(ids)  # synonyms' tuples hold the same claims
    if made is None:
        position = registry.position
        rows = np.fromiter((position[claim_id] for claim_id in ids), np.int64, len(ids))
        made = index.equal_blocks[ids] = _made_block(index, rows)
    index.blocks[id(ids)] = (ids, made)  # the tuple is held, so its id is never reused
    return made


def _made_block(index: _Index, rows: np.ndarray) -> _Block:
    codes = index.units[rows]
    return _Block(rows, *_words_of(index, rows), codes, tuple(np.unique(codes).tolist()))


def _split_block(
    index: _Index, registry: Registry, ids: tuple[str, ...], allowed: np.ndarray
) -> _Block:
    """The block of a split name's ``ids`` (any unit) kept to the units ``allowed`` (those
    the figure converts to), made once per tuple and set of units."""
    key = (id(_block(index, registry, ids)), allowed.tobytes())  # the tuple is held there
    made = index.split_blocks.get(key)
    if made is None:
        rows = _block(index, registry, ids).rows
        made = index.split_blocks[key] = _made_block(index, rows[allowed[index.units[rows]]])
    return made


@dataclass(frozen=True)
class _Union:
    """The claims a figure's names retrieve (the union of their blocks), in the order
    retrieval gives them: by the first name (the least key) that retrieves each, then
    registry order; with what :func:`_agreement` reads of each. Figures that retrieve
    through the same names share one (those of a sentence, often)."""

    rows: np.ndarray
    keys: np.ndarray  # each claim's first name, a key of the figure's names
    blocks: tuple[_Block, ...]  # the distinct blocks
    codes: np.ndarray  # each claim's unit
    units: tuple[int, ...]  # the distinct ones
    lows: np.ndarray  # each claim's value interval
    highs: np.ndarray


UNIONS_KEPT = 256  # unions kept per registry (a few hundred kilobytes each at most)


def _union(index: _Index, distinct: tuple[tuple[int, _Block], ...]) -> _Union:
    """The union of the ``distinct`` blocks, each with the key of its first name; made once
    per sequence of blocks and keys (the blocks are held by the index, so their ids are
    never reused)."""
    key = tuple((name, id(block)) for name, block in distinct)
    made = index.unions.get(key)
    if made is not None:
        return made
    # each claim's first name (the least key): keys written last to first, on an array as
    # long as the registry, so the union needs no sort
    first_key = _scratch(index).first_key
    for name, block in reversed(distinct):
        first_key[block.rows] = name
    rows = np.flatnonzero(first_key >= 0)  # in registry order
    row_keys = first_key[rows]
    first_key[rows] = -1
    order = np.argsort(row_keys, kind="stable")  # by first name, then registry order
    rows, row_keys = rows[order], row_keys[order]
    codes = index.units[rows]
    made = _Union(
        rows,
        row_keys,
        tuple(block for _name, block in distinct),
        codes,
        tuple(np.unique(codes).tolist()),
        index.lows[rows],
        index.highs[rows],
    )
    while len(index.unions) >= UNIONS_KEPT:
        del index.unions[next(iter(index.unions))]
    index.unions[key] = made
    return made


def _words_of(index: _Index, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The word ids of the claims at ``rows`` end to end, and where each claim's start."""
    starts = index.starts[rows]
    lengths = index.starts[rows + 1] - starts  # never 0: each claim has the empty word
    firsts = np.cumsum(lengths) - lengths
    flat = np.arange(int(lengths.sum())) + np.repeat(starts - firsts, lengths)
    return index.words[flat], firsts


def first_stage_scores(
    registry: Registry, claim: Claim, quantity: Quantity, rows: np.ndarray
) -> np.ndarray:
    """The first stage's score of each claim at registry positions ``rows`` for the figure."""
    index = _index(registry)
    block = _made_block(index, rows)
    union = _Union(
        rows, rows, (block,), block.codes, block.units, index.lows[rows], index.highs[rows]
    )
    weights = np.zeros(len(index.idf), np.float64)
    _query(index, claim, quantity, weights)
    return np.add.reduceat(weights[block.words], block.starts) + _agreement(index, union, quantity)


def _query(index: _Index, claim: Claim, quantity: Quantity, weights: np.ndarray) -> np.ndarray:
    """Sets in ``weights`` (zero throughout) the weight of each word id said around the
    figure: its IDF, times :data:`CLAUSE_WEIGHT` in the figure's clause; returns the ids
    set."""
    start, end = _matching().clause_span(claim, quantity)
    clause = claim.text[start - claim.start : end - claim.start]
    cell, _names = claim.cell_of(quantity)
    around = claim.text
    if cell is not None:
        around = " ".join((around, cell.row, cell.row_title, cell.column, cell.heading))
    said = []
    for text, weight in ((around, 1.0), (clause, CLAUSE_WEIGHT)):
        ids, idf = _text_ids(index, text)
        if len(ids):
            weights[ids] = np.maximum(weights[ids], idf * weight)
            said.append(ids)
    return np.concatenate(said) if said else np.zeros(0, np.int64)


TEXTS_KEPT = 1024  # texts whose word ids are kept (the figures of a sentence share theirs)


def _text_ids(index: _Index, text: str) -> tuple[np.ndarray, np.ndarray]:
    """The ids of the stems ``text`` says that some claim has (:func:`_word_ids`), as an
    array, and their IDFs; kept for the last :data:`TEXTS_KEPT` texts."""
    made = index.texts.get(text)
    if made is None:
        ids = _word_ids(index, text)
        array = np.fromiter(ids, np.int64, len(ids))
        made = (array, index.idf[array])
        while len(index.texts) >= TEXTS_KEPT:
            del index.texts[next(iter(index.texts))]
        index.texts[text] = made
    return made


def _agreement(
    index: _Index,
    union: _Union,
    quantity: Quantity,
    conversions: dict[str | None, Quantity | None] | None = None,
) -> np.ndarray:
    """The figure's value as one more word of its clause, said by each candidate (the
    claims of ``union``) whose value interval meets the figure's (widened by
    :data:`AGREEMENT_SLACK`, converted to the claim's unit), weighted by its IDF among the
    candidates: a candidate that may support the figure rises by as much as a word few
    candidates share, and when most agree it tells them little apart. ``conversions``: the
    figure in the units retrieval converted it to, where known."""
    lows = np.full(len(index.unit_names), np.nan)  # NaN: a unit the figure is not read in
    highs = np.full(len(index.unit_names), np.nan)
    for code in union.units:
        unit = index.unit_names[code]
        converted = (
            conversions[unit]
            if conversions is not None and unit in conversions
            else convert(quantity, unit)
        )
        bounds = _bounds(converted)
        if bounds is not None:
            lows[code], highs[code] = bounds
    agrees = (union.lows <= highs[union.codes]) & (union.highs >= lows[union.codes])
    count = int(agrees.sum())
    if count == 0:
        return np.zeros(len(union.rows))
    idf = np.log((len(union.rows) - count + 0.5) / (count + 0.5) + 1.0)
    return agrees * (idf * CLAUSE_WEIGHT)


def _bounds(converted: Quantity | None) -> tuple[float, float] | None:
    """The figure's interval in a claim's unit (``converted``), widened by
    :data:`AGREEMENT_SLACK` (an open side infinite); None where it does not convert or
    states no value."""
    if converted is None or (converted.low is None and converted.high is None):
        return None
    low = -np.inf if converted.low is None else converted.low
    high = np.inf if converted.high is None else converted.high
    return low - abs(low) * AGREEMENT_SLACK, high + abs(high) * AGREEMENT_SLACK


def _word_ids(index: _Index, text: str) -> set[int]:
    """The ids of the stems ``text`` says that some claim has; a word the registry does not
    write is stemmed once and remembered (a draft's "survived" finds a claim's "survive")."""
    vocabulary = index.vocabulary
    ids = set()
    for word in WORD.findall(text.lower()):
        word_id = vocabulary.get(word)
        if word_id is None:
            word_id = vocabulary[word] = index.stems.get(_stem(word), -1)
        if word_id > 0:  # 0: the empty word every claim has
            ids.add(word_id)
    return ids


def _best(scores: np.ndarray, cap: int) -> np.ndarray:
    """The indices of the ``cap`` highest scores, ties to the earlier index, ascending."""
    threshold = np.partition(scores, len(scores) - cap)[len(scores) - cap]
    keep = scores > threshold
    missing = cap - int(keep.sum())
    keep[np.flatnonzero(scores == threshold)[:missing]] = True
    return np.flatnonzero(keep)


_INDEXES: dict[int, tuple[weakref.ref[Registry], _Index]] = {}
_INDEXES_KEPT = 4  # lint alternates between the registry and its drafts' registry


def _index(registry: Registry) -> _Index:
    """The word index of ``registry``, built when a figure first has more candidates than
    the cap (a registry whose names are shared by fewer claims never builds one)."""
    known = _INDEXES.get(id(registry))
    if known is not None and known[0]() is registry:
        return known[1]
    made = _build(registry.claims)
    while len(_INDEXES) >= _INDEXES_KEPT:
        del _INDEXES[next(iter(_INDEXES))]
    _INDEXES[id(registry)] = (weakref.ref(registry), made)
    return made


def _claim_text(registry_claim: RegistryClaim) -> str:
    return " ".join(
        (
            registry_claim.statement,
            *registry_claim.subject,
            *registry_claim.context,
            *registry_claim.variants,
            registry_claim.measure or "",
            *registry_claim.group,
            registry_claim.timepoint or "",
        )
    )


def _build(claims: tuple[RegistryClaim, ...]) -> _Index:
    """Words are stemmed once per distinct written word (not per occurrence), and each
    claim's distinct stems are one sorted slice of ``words``."""
    stems: dict[str, int] = {"": 0}  # stem -> id; every claim has the empty one (no weight)
    vocabulary: dict[str, int] = {}  # written word -> its stem's id
    stem = _stem
    rows: list[list[int]] = []
    for registry_claim in claims:
        row = {0}
        for word in WORD.findall(_claim_text(registry_claim).lower()):
            word_id = vocabulary.get(word)
            if word_id is None:
                word_id = vocabulary[word] = stems.setdefault(stem(word), len(stems))
            row.add(word_id)
        rows.append(sorted(row))
    lengths = np.fromiter(map(len, rows), np.int64, len(rows))
    starts = np.zeros(len(rows) + 1, np.int64)
    np.cumsum(lengths, out=starts[1:])
    words = np.fromiter((w for row in rows for w in row), np.int32, int(starts[-1]))
    frequency = np.bincount(words, minlength=len(stems)).astype(np.float64)
    count = len(claims)
    idf = np.log((count - frequency + 0.5) / (frequency + 0.5) + 1.0)  # BM25's, never < 0
    values = [registry_claim.value for registry_claim in claims]
    lows = np.array([-np.inf if v.low is None else v.low for v in values], np.float64)
    highs = np.array([np.inf if v.high is None else v.high for v in values], np.float64)
    codes: dict[str | None, int] = {}
    units = np.fromiter(
        (codes.setdefault(v.unit, len(codes)) for v in values), np.int32, len(values)
    )
    return _Index(
        starts,
        words,
        idf,
        vocabulary,
        stems,
        lows,
        highs,
        units,
        tuple(codes),
        [registry_claim.id for registry_claim in claims],
        {},
        {},
        {},
        {},
        {},
        threading.local(),
    )


@dataclass(frozen=True)
class _Scratch:
    """Arrays as long as the registry (or its words), reused by each figure (made once per
    thread: a cluster worker may lint in several): each claim's first name and score, each
    word's weight."""

    first_key: np.ndarray  # -1 throughout between calls
    scored: np.ndarray
    weights: np.ndarray  # zero throughout between calls


def _scratch(index: _Index) -> _Scratch:
    made = getattr(index.scratch, "arrays", None)
    if made is None:
        count = len(index.starts) - 1
        made = index.scratch.arrays = _Scratch(
            np.full(count, -1, np.int32), np.zeros(count), np.zeros(len(index.idf))
        )
    return made
