"""Check a registry that loads: each claim against its own evidence (errors, see
:mod:`claimcheck.registry.evidence`), and advice on claims that repeat each other, are stale,
retired or drafts (warnings).

Near-duplicates are pairs of live claims that share a subject name, state the same value for
the same group and time (their ``group`` fields, else the group labels of their statements;
their ``timepoint`` and the years their statements name), and whose statements score at least
:data:`NEAR_DUPLICATE_SCORE` with rapidfuzz's ``token_set_ratio`` (word order and repeated
words ignored; one statement's words all inside the other's scores 100). Two entries for one
fact drift apart when one is updated, so the owner should merge them; siblings that differ
only by age group, arm, year or figure, or that write different numbers, are not one fact.
Only claims sharing a subject are compared, and only those stating the same fact in the same
numbers; each such block's statements are scored at once (rapidfuzz ``process.cdist`` with
the score cutoff), so 100,000 claims take seconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process, utils

from claimcheck.registry.errors import RegistryWarning
from claimcheck.registry.evidence import (
    Note,
    QuoteFound,
    check_evidence,
    figure_notes,
    quotes_of,
)
from claimcheck.registry.evidence_cache import EvidenceCache
from claimcheck.registry.figures import figures_shared
from claimcheck.registry.loader import Registry, normalise_term
from claimcheck.registry.model import RegistryClaim

NEAR_DUPLICATE_SCORE = 90


def _warning(claim: RegistryClaim, kind: str, message: str) -> RegistryWarning:
    return RegistryWarning(
        path=claim.path,
        line=claim.line,
        col=claim.col,
        message=message,
        kind=kind,
        claim_id=claim.id,
    )


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _value_key(claim: RegistryClaim) -> tuple:
    value = claim.value
    return (value.low, value.high, value.unit)


def _groups(claim: RegistryClaim) -> frozenset[str]:
    """Who the claim is about: its ``group`` field, else the group labels of its statement."""
    from claimcheck.nlp.quantities.groups import find_group_labels

    written = claim.group or tuple(label.text for label in find_group_labels(claim.statement))
    return frozenset(" ".join(group.lower().split()) for group in written)


def _when(claim: RegistryClaim) -> tuple[str | None, frozenset[str]]:
    return claim.timepoint, frozenset(_YEAR.findall(claim.statement))


ROWS_PER_BLOCK = 512  # statements scored against their block at once (bounds the matrix)


def _fact_key(claim: RegistryClaim) -> tuple:
    """What two claims must share to be one fact written twice: the same value, group and
    time. Sibling claims (another age group, arm, year or figure) are distinct however alike
    their words."""
    return _value_key(claim), _groups(claim), _when(claim)


def near_duplicates(registry: Registry) -> list[RegistryWarning]:
    """Each live claim that repeats an earlier one sharing a subject name (see the module).

    Claims are blocked by subject name, then by fact (value, group, time) and by the numbers
    their statements write, so only claims that could be one fact are compared, and each
    block's statements are scored together by rapidfuzz (``process.cdist`` with the score
    cutoff): the cost follows the blocks, not the registry squared. Pairs are taken in the
    order of the block (earliest claim first), and a claim reported once is not compared
    again."""
    live = [claim for claim in registry.claims if not claim.is_retired]
    names = {claim.id: {normalise_term(subject) for subject in claim.subject} for claim in live}
    # the numbers each statement writes, read once: two statements that write different
    # numbers are two facts however alike their words, so only claims writing the same
    # numbers are scored against each other (a registry whose siblings each name their own
    # cohort, trial or dose is mostly such claims: 1.5 million pairs at 100,000 claims)
    numbers = {claim.id: _numbers_said(claim.statement) for claim in live}
    # A claim alone with its value, time and numbers under every subject name can pair with
    # no other whatever its group, so its group labels (the figure reader's group finder on
    # its statement, most of this search's cost) are read only for claims that have a partner.
    partners: dict[tuple, int] = {}
    # each claim's value and time read once (its statement's years are a regex search)
    value_times = [(_value_key(claim), _when(claim)) for claim in live]
    for claim, value_time in zip(live, value_times, strict=True):
        said = numbers[claim.id]
        for name in names[claim.id]:
            partners[name, value_time, said] = partners.get((name, value_time, said), 0) + 1
    # every name in the order it is first met, as when every claim was blocked: a claim
    # reported in one name's block is passed over in the names after it
    by_subject: dict[str, dict[tuple, list[RegistryClaim]]] = {
        name: {} for claim in live for name in names[claim.id]
    }
    for claim, value_time in zip(live, value_times, strict=True):
        value, when = value_time
        said = numbers[claim.id]
        paired = [name for name in names[claim.id] if partners[name, value_time, said] > 1]
        if not paired:
            continue
        fact = value, _groups(claim), when  # _fact_key(claim), its value and time known
        for name in paired:
            by_subject[name].setdefault(fact, []).append(claim)
    warned: set[str] = set()  # each repeat is reported once, against the earliest claim
    warnings = []
    for blocks in by_subject.values():
        for claims in blocks.values():
            # (pairs writing different numbers are left out: "lost a mean 3.1%" and "3.1%
            # lost at least 20%" are two facts)
            for first, second, score in _pairs_writing_alike(claims, numbers):
                if second.id in warned or first.id in warned:
                    continue
                if _names_its_own(first, second) and _names_its_own(second, first):
                    continue  # EINSTEIN-DVT's 2.1% and EINSTEIN-PE's: two studies, two facts
                warned.add(second.id)
                warnings.append(
                    _warning(
                        second,
                        "near-duplicate",
                        f"'{second.id}' repeats '{first.id}' ({first.path}:{first.line}; "
                        f"statements {score:.0f}% alike): merge them or make them distinct",
                    )
                )
    return warnings


NUMBER_SAID = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers_said(statement: str) -> frozenset[str]:
    """The numbers a statement writes (``3.1``, ``20``, ``72``): two statements of one value
    that write different other numbers (a threshold, a dose, a time) state two facts."""
    return frozenset(NUMBER_SAID.findall(statement))


def _names_its_own(claim: RegistryClaim, other: RegistryClaim) -> bool:
    """Whether the claim's statement says one of its subject names that the other's
    statement does not ("In EINSTEIN-PE, …" against "In EINSTEIN-DVT, …"): said both ways,
    the two statements are about different things however alike their other words."""
    said, theirs = claim.statement.lower(), other.statement.lower()
    return any(
        (name := subject.lower()) in said and name not in theirs for subject in claim.subject
    )


def _pairs_writing_alike(
    claims: list[RegistryClaim], numbers: dict[str, frozenset[str]]
) -> list[tuple[RegistryClaim, RegistryClaim, float]]:
    """The pairs of :func:`_alike_pairs` whose statements write the same ``numbers`` (by
    claim id), in the same order: each set of claims writing the same numbers is scored on
    its own, and the pairs are put back in the order of ``combinations(claims, 2)`` (the
    first claim of a repeat is the one reported against)."""
    writing: dict[frozenset[str], list[int]] = {}
    for index, claim in enumerate(claims):
        writing.setdefault(numbers[claim.id], []).append(index)
    pairs = []
    for indices in writing.values():
        if len(indices) > 1:
            statements = [claims[index].statement for index in indices]
            pairs.extend(
                (indices[row], indices[column], score)
                for row, column, score in _alike_indices(statements)
            )
    pairs.sort(key=lambda pair: (pair[0], pair[1]))
    return [(claims[row], claims[column], score) for row, column, score in pairs]


def _alike_pairs(claims: list[RegistryClaim]) -> list[tuple[RegistryClaim, RegistryClaim, float]]:
    """The pairs (earlier, later) of ``claims`` whose statements score at least
    :data:`NEAR_DUPLICATE_SCORE`, in the order of ``combinations(claims, 2)``."""
    pairs = _alike_indices([claim.statement for claim in claims])
    return [(claims[row], claims[column], score) for row, column, score in pairs]


def _alike_indices(statements: list[str]) -> list[tuple[int, int, float]]:
    """The (earlier, later) index pairs of ``statements`` scoring at least
    :data:`NEAR_DUPLICATE_SCORE`, with the score, in the order of
    ``combinations(range(len(statements)), 2)``."""
    if len(statements) < 2:
        return []
    import numpy

    pairs = []
    for top in range(0, len(statements) - 1, ROWS_PER_BLOCK):
        scores = process.cdist(
            statements[top : top + ROWS_PER_BLOCK],
            statements,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            score_cutoff=NEAR_DUPLICATE_SCORE,
            dtype=numpy.float64,
        )
        rows, columns = numpy.nonzero(scores >= NEAR_DUPLICATE_SCORE)  # row by row, in order
        for row, column in zip(rows.tolist(), columns.tolist(), strict=True):
            if column > top + row:
                pairs.append((top + row, column, float(scores[row, column])))
    return pairs


@dataclass
class RegistryCheck:
    """What ``registry check`` found: ``problems`` (errors and warnings, by position) and
    the quotes found in their sources' files."""

    problems: list[RegistryWarning]
    found: list[QuoteFound] = field(default_factory=list)

    @property
    def errors(self) -> list[RegistryWarning]:
        return [problem for problem in self.problems if problem.is_error]

    @property
    def warnings(self) -> list[RegistryWarning]:
        return [problem for problem in self.problems if not problem.is_error]


EVIDENCE_CHUNK = 2_000  # claims a worker process checks at a time

Checked = tuple[list[Note], list[RegistryWarning], list[QuoteFound]]
"""A claim's evidence checked: its figure notes, all its problems, the quotes found in its
source files."""


def _evidence_of(work: tuple[tuple[RegistryClaim, list[Note] | None], ...]) -> list[Checked]:
    """Per claim, its figure notes (read unless given: from the evidence cache), its
    evidence problems and the quotes found in its source files."""
    checked = []
    for claim, known in work:
        notes = figure_notes(claim) if known is None else known
        found: list[QuoteFound] = []
        checked.append((notes, check_evidence(claim, found, notes), found))
    return checked


def _run_evidence(
    work: tuple[tuple[RegistryClaim, list[Note] | None], ...], jobs: int
) -> Iterator[Checked]:
    """:func:`_evidence_of` of all ``work``, in order; with ``jobs`` over 1, chunks of
    claims are checked in that many worker processes (reading each statement's figures is
    most of a large registry's check, and each claim's is its own)."""
    if jobs <= 1 or len(work) <= EVIDENCE_CHUNK:
        yield from _evidence_of(work)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunks = [work[i : i + EVIDENCE_CHUNK] for i in range(0, len(work), EVIDENCE_CHUNK)]
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        for checked in pool.map(_evidence_of, chunks):
            yield from checked


def _checked_evidence(
    claims: tuple[RegistryClaim, ...], jobs: int, cache: EvidenceCache | None = None
) -> list[tuple[list[RegistryWarning], list[QuoteFound]]]:
    """Each claim's evidence problems and the quotes found in its source files, in order.
    A claim whose figure notes are in ``cache`` is not read again; only a claim whose notes
    are missing, or whose sources name a local file (looked for on every run), is checked in
    the workers, and the notes read afresh are put in the cache."""
    results: list[tuple[list[RegistryWarning], list[QuoteFound]] | None] = []
    work: list[tuple[RegistryClaim, list[Note] | None]] = []
    keys: list[str | None] = []  # per work item: its cache key when its notes were a miss
    for claim in claims:
        if claim.is_retired:
            results.append(([], []))
            continue
        key, notes = cache.get(claim) if cache is not None else (None, None)
        if notes is not None and all(source.file is None for source in claim.sources):
            results.append((check_evidence(claim, [], notes), []))
            continue
        results.append(None)
        work.append((claim, notes))
        keys.append(key if notes is None else None)
    checked = _run_evidence(tuple(work), jobs)
    filled = iter(zip(checked, keys, strict=True))
    for index, result in enumerate(results):
        if result is None:
            (notes, problems, found), key = next(filled)
            results[index] = (problems, found)
            if cache is not None and key is not None:
                cache.put(key, notes)
    if cache is not None:
        cache.save()
    return results  # type: ignore[return-value]


def check_registry(
    registry: Registry, today: date, jobs: int = 1, cache: EvidenceCache | None = None
) -> RegistryCheck:
    """Every problem of the registry: each claim's evidence (errors), near-duplicate, stale
    (``review_by`` before ``today``), retired and draft claims (warnings), by position.
    ``jobs`` worker processes check the claims' evidence (1: this process); ``cache`` keeps
    each claim's figure problems for the next check (:mod:`~claimcheck.registry.evidence_cache`)."""
    from claimcheck.nlp.quantities.groups import group_labels_remembered

    found: list[QuoteFound] = []
    read = (  # the texts whose figures the evidence check may read: a repeated one once
        text
        for claim in registry.claims
        if not claim.is_retired
        for text in (claim.statement, *quotes_of(claim))
    )
    with group_labels_remembered(), figures_shared(read):
        # a statement's labels: near-duplicates', then its figures'
        warnings = near_duplicates(registry)
        evidence = _checked_evidence(registry.claims, jobs, cache)
    for claim, (problems, quotes) in zip(registry.claims, evidence, strict=True):
        warnings.extend(problems)
        found.extend(quotes)
        if claim.is_draft:
            warnings.append(
                _warning(
                    claim,
                    "draft",
                    f"'{claim.id}' is a draft: it supports no figure until a reviewer checks "
                    "it against its source and sets status: approved",
                )
            )
        elif claim.is_retired:
            warnings.append(
                _warning(claim, "retired", f"'{claim.id}' is retired: drafts citing it get CC104")
            )
        elif claim.is_stale(today):
            warnings.append(
                _warning(
                    claim,
                    "stale",
                    f"'{claim.id}' was due for review on {claim.review_by.isoformat()}: "
                    "check the source is current, then move review_by forward",
                )
            )
    ordered = sorted(warnings, key=lambda warning: (warning.path, warning.line, warning.kind))
    return RegistryCheck(ordered, sorted(found, key=lambda quote: (quote.path, quote.line)))
