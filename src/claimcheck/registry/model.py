"""Typed records of the registry: what a sourced claim says, how precisely, and who says it.

Records are frozen so every later stage (matching, verdicts, reports) can share them without
copying; ``path`` and ``line`` say where each claim was written so any message can point there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import wraps
from sys import getrefcount, getsizeof, intern
from typing import Any, TypeVar

APPROVED = "approved"
DRAFT = "draft"
RETIRED = "retired"
STATUSES = (APPROVED, DRAFT, RETIRED)

Marks = Sequence[tuple[str, int, int]]
"""Where each field's value was written: ``(field, line, col)``, 1-based; a tuple, or
:class:`PackedMarks` for a claim read from the registry cache."""


class PackedMarks(Sequence[tuple[str, int, int]]):
    """Marks kept as the registry cache stores them, ``"field,line,col;…"`` with each line
    counted from ``base`` (the line of the record they belong to), and read into ``(field,
    line, col)`` tuples when first asked: a claim's marks only point a message at a field,
    and a 100,000-claim registry made over a million tuples for them at every load. Lines
    counted from the record's own make claims laid out alike hold the same text, which the
    cache's loader keeps once for all of them (a text per claim was 20 MiB of 100,000).
    Equal to any sequence of the same marks."""

    __slots__ = ("packed", "base", "_items")

    def __init__(self, packed: str, base: int = 0) -> None:
        self.packed = packed
        self.base = base
        self._items: tuple[tuple[str, int, int], ...] | None = None

    @staticmethod
    def pack(marks: Iterable[tuple[str, int, int]], base: int = 0) -> str:
        """The text of ``marks``, each line counted from line ``base``."""
        return ";".join(f"{name},{line - base},{col}" for name, line, col in marks)

    def _unpacked(self) -> tuple[tuple[str, int, int], ...]:
        if self._items is None:
            items = (mark.split(",") for mark in self.packed.split(";")) if self.packed else ()
            base = self.base
            self._items = tuple(
                (intern(name), base + int(line), int(col)) for name, line, col in items
            )
        return self._items

    def find(self, name: str) -> tuple[int, int] | None:
        """``(line, col)`` of the first mark of field ``name``, else None: what
        :func:`_mark` reads, found in the packed text without unpacking every mark (a
        message points at one field, and ``registry check`` places a problem on most claims
        of a large registry). Names are letters and ``_`` (the cache's loader checks the
        text), so ``name,`` at the text's start or after a ``;`` is that field's mark."""
        if self._items is not None:
            return next(((line, col) for field, line, col in self._items if field == name), None)
        packed, key = self.packed, name + ","
        if packed.startswith(key):
            at = 0
        else:
            at = packed.find(";" + key) + 1
            if not at:
                return None
        end = packed.find(";", at)
        _field, line, col = packed[at : end if end >= 0 else len(packed)].split(",")
        return self.base + int(line), int(col)

    def __len__(self) -> int:
        return len(self._unpacked())

    def __getitem__(self, index):  # type: ignore[override]
        return self._unpacked()[index]

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        return iter(self._unpacked())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return self._unpacked() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._unpacked())

    def __repr__(self) -> str:
        return f"PackedMarks({self.packed!r}, {self.base})"


def _mark(marks: Marks, name: str, line: int, col: int) -> tuple[int, int]:
    if type(marks) is PackedMarks:
        found = marks.find(name)
        return (line, col) if found is None else found
    for field_name, field_line, field_col in marks:
        if field_name == name:
            return field_line, field_col
    return line, col


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far a draft figure may stray from the source and still count as the same figure.

    ``relative`` is a fraction of the larger of the two figures compared, ``absolute`` is in the
    claim's unit; the wider of the two applies.
    """

    relative: float = 0.0
    absolute: float = 0.0

    def allows(self, a: float, b: float) -> bool:
        """Whether ``a`` and ``b`` are within this tolerance of each other (symmetric)."""
        slack = max(max(abs(a), abs(b)) * self.relative, self.absolute)
        return abs(a - b) <= slack

    @property
    def is_zero(self) -> bool:
        return self.relative == 0 and self.absolute == 0


@dataclass(frozen=True, slots=True)
class Source:
    """Where a figure comes from; ``quote`` is the source's own figure-carrying words.

    ``file`` is a local copy of the source (PDF, HTML or text), relative to the registry file
    that names it; ``page`` the 1-based page of that file where ``quote`` should be. ``line``
    and ``col`` say where the source was written; ``marks`` where each of its fields was."""

    citation: str
    url: str | None = None
    quote: str | None = None
    file: str | None = None
    page: int | None = None
    line: int = field(default=0, compare=False)
    col: int = field(default=0, compare=False)
    marks: Marks = field(default=(), compare=False, repr=False)

    def position(self, name: str) -> tuple[int, int]:
        """``(line, col)`` of field ``name``, else of the source itself."""
        return _mark(self.marks, name, self.line, self.col)


@dataclass(frozen=True, slots=True)
class RegistryValue:
    """The interval a source supports: a point (``low == high``), a range, or one open side.

    ``None`` marks an open side: ``{low: 70}`` is "at least 70", ``{high: 20}`` "at most 20".
    ``unit`` is normalised (see :mod:`claimcheck.registry.units`); ``None`` for bare statistics.
    """

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approx: bool = False
    unit: str | None = None

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


class _Memoised:
    """The one slot a claim's memos live in (:data:`MEMOS`), beside the slots of its fields:
    a base class's, as a dataclass's ``slots=True`` makes slots for its fields only."""

    __slots__ = ("memos",)


@dataclass(frozen=True, slots=True)
class RegistryClaim(_Memoised):
    """One sourced claim (approved, draft or retired), written in ``path`` at ``line``:``col``
    (the claim's first field, 1-based). ``measure``, ``group`` and ``timepoint`` state the
    claim's frame when its statement does not say it plainly (see ``docs/registry-schema.md``).
    ``derived`` is the arithmetic that gives ``value`` from figures its quotes state
    (``410,038 / 905,677 × 100``); ``marks`` where each field's value was written."""

    id: str
    statement: str
    subject: tuple[str, ...]
    context: tuple[str, ...]
    value: RegistryValue
    tolerance: Tolerance | None
    variants: tuple[str, ...]
    sources: tuple[Source, ...]
    status: str
    review_by: date | None
    path: str
    line: int
    col: int = 1
    measure: str | None = None  # what is counted: deaths, cases, survival, response, …
    group: tuple[str, ...] = ()  # who: "aged 65 and older", "women", "placebo", "distant"
    timepoint: str | None = None  # when it is measured: "5 years", "68 weeks"
    derived: str | None = None  # "410,038 / 905,677 × 100": the value from its quotes' figures
    marks: Marks = field(default=(), compare=False, repr=False)

    @property
    def is_retired(self) -> bool:
        return self.status == RETIRED

    @property
    def is_draft(self) -> bool:
        """Proposed, not reviewed: a draft claim never supports a figure."""
        return self.status == DRAFT

    def position(self, name: str) -> tuple[int, int]:
        """``(line, col)`` of field ``name``'s value, else of the claim itself."""
        return _mark(self.marks, name, self.line, self.col)

    def __hash__(self) -> int:
        # equal claims have equal ids and statements; hashing every field (sources, marks)
        # on each lookup made the matcher's per-claim caches cost more than they saved
        return hash((self.id, self.statement))

    def is_stale(self, today: date) -> bool:
        """Past its review date: the figure may have been superseded."""
        return self.review_by is not None and self.review_by < today

    @property
    def terms(self) -> tuple[str, ...]:
        """The names a draft may use for what this claim is about, subject first."""
        return self.subject + self.context

    def __getstate__(self) -> tuple[Any, ...]:
        """The claim's fields without its memos (:func:`per_claim`), for another process:
        a memo's place in the list is this process's order of definition, which another
        process need not share (a worker works its values out again)."""
        return tuple(getattr(self, name) for name in _CLAIM_FIELDS)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_CLAIM_FIELDS, state, strict=True):
            object.__setattr__(self, name, value)


_CLAIM_FIELDS = tuple(f.name for f in fields(RegistryClaim))


T = TypeVar("T")


MEMOS = "memos"
"""The one attribute a claim's memos live in (a slot of its own): a list with a place per
:func:`per_claim` function. A name per memo, added in whatever order the matcher asked, made
each claim's attributes a dictionary of its own (over 800 bytes: 40 MiB of a lint against
100,000 claims)."""
_PER_CLAIM: list[str] = []  # the per_claim functions, by their place in a claim's memos

NOT_WORKED_OUT: Any = object()
"""What :func:`remembered` gives for a value not worked out yet (None may be a value)."""

EMPTY: frozenset[Any] = frozenset()


def _memos(claim: RegistryClaim) -> list[Any]:
    """The claim's memo list, made (or lengthened, for a function defined since) on demand."""
    memos = getattr(claim, MEMOS, None)
    if memos is None:
        memos = [NOT_WORKED_OUT] * len(_PER_CLAIM)
        object.__setattr__(claim, MEMOS, memos)  # the claim's fields stay frozen
    elif len(memos) < len(_PER_CLAIM):
        memos.extend([NOT_WORKED_OUT] * (len(_PER_CLAIM) - len(memos)))
    return memos


def per_claim(
    function: Callable[[RegistryClaim], T], compact: bool = True
) -> Callable[[RegistryClaim], T]:
    """Cache ``function(claim)`` on the claim itself: worked out once per loaded claim and
    kept as long as its registry is, however large the registry (a bounded LRU sized for a
    small registry thrashes on one of 100,000 claims, and parses statements again for every
    figure). The claim stays frozen: the memo is no field, so equality and hashing ignore it.
    A frozenset is kept as :func:`compact_set` makes it, and a value equal to one another
    claim was given is kept as that one object (:class:`EqualValues`), unless ``compact``
    is false (a value :func:`per_claim_shared` gives is one object already, compacted before
    it is shared: made again for every claim, it was 100,000 sets where there were a few)."""
    name = f"memo:{function.__module__}.{function.__qualname__}"
    place = len(_PER_CLAIM)
    _PER_CLAIM.append(name)
    equal_values = EqualValues() if compact else None

    @wraps(function)
    def cached(claim: RegistryClaim) -> T:
        try:  # the matcher asks millions of times: one lookup and one index when it is kept
            value = claim.memos[place]
        except (AttributeError, IndexError):
            value = NOT_WORKED_OUT
        if value is not NOT_WORKED_OUT:
            return value
        value = function(claim)
        if equal_values is not None:
            if type(value) is frozenset:
                value = compact_set(value)  # type: ignore[assignment]
            value = equal_values.one_of(value)
        _memos(claim)[place] = value
        cached.worked_out += 1  # type: ignore[attr-defined]
        return value

    cached.memo_name = name  # type: ignore[attr-defined]
    cached.memo_place = place  # type: ignore[attr-defined]
    cached.worked_out = 0  # type: ignore[attr-defined]  # values worked out, in all claims
    return cached


class EqualValues:
    """One :func:`per_claim` function's values so far, so that a value equal to one given
    to another claim is kept as that one object: 100,000 claims that share subjects hold
    a few hundred distinct sets of years (54,000 sets at 216 bytes each where one a year
    did) and some 14,000 distinct tuples of statement figures among 54,000 (equal where
    statements differ only in words). Only sets, tuples and texts are shared (values
    nothing may change, compared by value): a figure, which the matcher may find again
    by identity inside its claim's tuple of figures, is kept as it is, and a tuple stays
    whole, so what it holds is the same objects as before.

    A function whose values are nearly all distinct (each claim's own words, its
    statement's key) gains nothing and would pay a table entry per claim: once
    :data:`TRIAL` values are in the table, sharing stops for good if more than
    :data:`DISTINCT_AT_MOST` of the values asked were new. The table starts afresh past
    :data:`SHARED_VALUES_KEPT` values, a bound on its memory; never on an answer, as a value
    given back is equal to the one worked out."""

    TRIAL = 4096
    DISTINCT_AT_MOST = 0.5
    SHARED = (frozenset, tuple, str)

    __slots__ = ("table", "asked")

    def __init__(self) -> None:
        self.table: dict[Any, Any] | None = {}
        self.asked = 0

    def one_of(self, value: T) -> T:
        """``value``, or the equal value given before."""
        table = self.table
        if table is None or type(value) not in self.SHARED:
            return value
        try:
            kept = table.get(value)
        except TypeError:  # a tuple holding something unhashable
            return value
        self.asked += 1
        if kept is not None:
            return kept
        if len(table) >= self.TRIAL and len(table) > self.asked * self.DISTINCT_AT_MOST:
            self.table = None  # nearly all distinct: nothing to share
            return value
        if len(table) >= SHARED_VALUES_KEPT:
            table.clear()
        table[value] = value
        return value


_ONLY_HERE = 3
"""References to a set its maker alone holds, as :func:`compact_set` counts them: the
caller's name for it, the parameter, and ``getrefcount``'s own argument."""
WORDS_KEPT = 1 << 18  # distinct words :func:`compact_set` keeps one object of
_WORDS: dict[str, str] = {}


def compact_set(value: frozenset[Any]) -> frozenset[Any]:
    """An equal frozenset that holds less memory, for a value kept on a claim: the shared
    :data:`EMPTY` for an empty one (thousands of claims name no label, no arm …: each empty
    set made was 216 bytes); else one rebuilt from a set, whose table is sized for its
    members at once, where a frozenset made one member at a time keeps the table it grew to
    (2,264 bytes for 20 to 39 words against 1,240 for 20 to 30), with each text member the
    one object every claim's sets share ("cohort", "survival" … were a string per claim).
    Against 100,000 claims that share subjects, the matcher keeps two such sets for each of
    40,000 candidates. Equal to ``value``, so no answer changes (string sets iterate in a
    per-process order anyway). A set something else holds too (another claim's memo, a
    module's constant) is kept as it is: a copy would be one more set per claim."""
    if not value:
        return EMPTY
    if getrefcount(value) > _ONLY_HERE:
        return value
    items = [interned(_WORDS, item, WORDS_KEPT) if type(item) is str else item for item in value]
    at_once = frozenset(set(items))
    if len(items) < _GROWN_SMALLER_FROM:
        return at_once
    # a table sized at once is kept at most half full; one grown a member at a time grows
    # fourfold when 60% full, which for some sizes ends smaller (16 to 18 members: 728 bytes
    # against 1,240; a claim's vocabulary often has as many): the smaller of the two is kept
    grown = frozenset(items)
    return grown if getsizeof(grown) < getsizeof(at_once) else at_once


_GROWN_SMALLER_FROM = 9  # below this many members, a table sized at once is never larger


SHARED_VALUES_KEPT = 1 << 16  # distinct values a :func:`per_claim_shared` table keeps


def per_claim_shared(function: Callable[[RegistryClaim], T]) -> Callable[[RegistryClaim], T]:
    """:func:`per_claim`, with equal values kept as one object: for a value thousands of
    claims share (the subject names of every claim about one subject), each claim kept a
    set of its own (9 MiB of a lint against 100,000 claims that share eight subjects). The
    table is the function's own and starts afresh past :data:`SHARED_VALUES_KEPT` values; a
    value shared is equal to the one worked out, so nothing a claim answers changes."""
    table: dict[Any, Any] = {}

    @wraps(function)
    def sharing(claim: RegistryClaim) -> T:
        value = function(claim)
        if type(value) is frozenset:
            value = compact_set(value)  # type: ignore[assignment]
        return interned(table, value, SHARED_VALUES_KEPT)

    return per_claim(sharing, compact=False)


def interned(table: dict[Any, Any], value: T, limit: int) -> T:
    """``value``, or the equal value ``table`` already holds, so equal values share one
    object; the table starts afresh past ``limit`` values (a bound on its memory, never on
    an answer: a value given back is equal to the one asked for)."""
    kept = table.get(value)
    if kept is not None:
        return kept
    if len(table) >= limit:
        table.clear()
    table[value] = value
    return value


def remembered(function: Callable[[RegistryClaim], T], claim: RegistryClaim) -> T:
    """What the :func:`per_claim` ``function`` has worked out for ``claim`` so far, else
    :data:`NOT_WORKED_OUT` (the stored per-claim values are read and written this way)."""
    memos = getattr(claim, MEMOS, None)
    place = function.memo_place  # type: ignore[attr-defined]
    if memos is None or place >= len(memos):
        return NOT_WORKED_OUT
    return memos[place]


def remember(function: Callable[[RegistryClaim], T], claim: RegistryClaim, value: T) -> None:
    """Give the :func:`per_claim` ``function`` its ``value`` for ``claim`` without working it
    out: a value stored by an earlier run of the same code on the same registry."""
    _memos(claim)[function.memo_place] = value  # type: ignore[attr-defined]
