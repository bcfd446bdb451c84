"""What the matcher works out from a registry claim alone, kept for later runs beside the
registry cache.

A claim's frame (:func:`~claimcheck.verify.matching.claim_frame`: the measure, group,
timepoint, years … its statement states around its value), its content words
(:func:`~claimcheck.verify.matching.claim_words`), its vocabulary, its wordings as the text
score compares them, its arm's words (and its clause's telling words), its statistic, what its
value is a share of, where it ends, its subgroups' units and whether it is a share of another
subject depend on the claim alone
(:data:`MEMOS`), and working them out runs the quantity finder, the frame patterns and the
stemmer over its statement and quotes: one to two milliseconds a claim. Where thousands of
claims share a subject, the first lint of a process works them out for every candidate of
every figure (over a minute for a page against 100,000 claims that share its subjects), and
every ``claimcheck lint`` is a first lint.

So what a lint worked out is stored once it ends, and read before the next lint of the same
registry: one signed JSON document (``registry-derived-<key>.json``) beside the registry
cache's entry, under the entry's key (:mod:`claimcheck.registry.stored`: the key covers
claimcheck's source files and every registry file's bytes, so a value from other rules or
another claim is never read). Like the entry it is data, never code; its MAC is checked before
it is parsed and every value's type when it is rebuilt: anything else is ignored whole, and
the values are worked out as if none were stored. A registry not loaded through the cache
(``--no-cache``, errors, one sent to a cluster worker) stores and reads nothing.

The document holds each distinct value once (claims that share a subject share most of their
frames) and, by claim id, the index of its value; values read back are shared the same way
in memory.
"""

from __future__ import annotations

import dataclasses
import hashlib
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

from claimcheck.cache import Deferred
from claimcheck.registry import stored
from claimcheck.registry.loader import Registry
from claimcheck.registry.model import NOT_WORKED_OUT, remember, remembered
from claimcheck.verify.frame_pairs import shared_frame
from claimcheck.verify.frames import Frame
from claimcheck.verify.matching import (
    _arm_said,
    _share_of_another,
    _statistic_of,
    _value_end,
    _value_share_of,
    _wordings,
    claim_arm_words,
    claim_frame,
    claim_vocabulary,
    claim_words,
    subgroup_threshold_units,
)

MEMOS_FORMAT = 4  # 2: words, vocabulary and wordings beside the frames; 3: arm, statistic;
# 4: what the value is a share of, the arm's telling words, subgroup units, value's end
MAX_MEMOS_BYTES = 1 << 28  # 100,000 claims: some tens of MB


# -- values as JSON: each encoder's output is what its decoder accepts, and nothing else -------


_SHARED_TEXT: dict[str, str] = {}
"""The texts of the document being read, each kept once (forgotten once it is read): a
dictionary of the read's own, not ``sys.intern``, whose table kept every text for good."""


def _text(value: Any) -> str:
    if type(value) is not str:
        raise ValueError("not text")
    return _SHARED_TEXT.setdefault(value, value)


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _text_list(value: Any) -> list[str]:
    if type(value) is not list:
        raise ValueError("not a list of text")
    return [_text(item) for item in value]


def _texts(value: Any) -> frozenset[str]:
    # from a set: a table sized for its members at once (see registry.model.compact_set)
    return frozenset(set(_text_list(value)))


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise ValueError("not a number")
    return value


def _numbers(value: Any) -> frozenset[float]:
    if type(value) is not list:
        raise ValueError("not a list of numbers")
    return frozenset(set(map(_number, value)))


def _pairs(value: Any) -> tuple[tuple[float, float], ...]:
    if type(value) is not list or any(type(pair) is not list or len(pair) != 2 for pair in value):
        raise ValueError("not a list of intervals")
    return tuple((_number(low), _number(high)) for low, high in value)


def _optional_offset(value: Any) -> int | None:
    if value is not None and (type(value) is not int or value < 0):
        raise ValueError("not an offset")
    return value


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise ValueError("not true or false")
    return value


SLOTS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "frozenset[str]": (sorted, _texts),
    "frozenset[float]": (sorted, _numbers),
    "tuple[tuple[float, float], ...]": (lambda pairs: [list(pair) for pair in pairs], _pairs),
    "bool": (bool, _flag),
    "str": (str, _text),
}
"""(encode, decode) of each slot type :class:`Frame` declares (its annotations as written): a
slot of another type fails at import, and the test that stores every kind of frame."""
_FIELDS = tuple((f.name, *SLOTS[str(f.type)]) for f in dataclasses.fields(Frame))


def encode_frame(frame: Frame) -> list[Any]:
    """A frame as JSON data: its slots in declaration order."""
    return [encode(getattr(frame, name)) for name, encode, _decode in _FIELDS]


def decode_frame(value: Any) -> Frame:
    """The frame :func:`encode_frame` wrote; ValueError for anything else."""
    if type(value) is not list or len(value) != len(_FIELDS):
        raise ValueError("not a frame")
    frame = Frame(
        **{name: decode(item) for (name, _e, decode), item in zip(_FIELDS, value, strict=True)}
    )
    return shared_frame(frame)  # the object a claim working it out would have


def _encode_wordings(wordings: tuple[Any, ...]) -> list[Any]:
    return [[words, said, list(others)] for words, said, others in wordings]


def _decode_wordings(value: Any) -> tuple[Any, ...]:
    if type(value) is not list or any(type(item) is not list or len(item) != 3 for item in value):
        raise ValueError("not a list of wordings")
    return tuple(
        (_text(words), _optional_text(said), tuple(_text_list(others)))
        for words, said, others in value
    )


MEMOS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any], Callable[[Any], Any]]] = {
    "frame": (claim_frame, encode_frame, decode_frame),
    "words": (claim_words, sorted, _texts),
    "vocabulary": (claim_vocabulary, sorted, _texts),
    "wordings": (_wordings, _encode_wordings, _decode_wordings),
    "arm words": (claim_arm_words, sorted, _texts),
    "statistic": (_statistic_of, lambda statistic: statistic, _optional_text),
    "share of another": (_share_of_another, bool, _flag),
    # every candidate's share ("of US adults …") and a clause's arm against the candidates'
    # arms: each reads its statement's figures, over half a later run's first lint against
    # 100,000 claims (some 1,000 statements) before they were stored
    "value share of": (_value_share_of, lambda words: words, _optional_text),
    "arm said": (_arm_said, sorted, _texts),
    # every sibling's subgroup thresholds, and where a candidate's value ends
    "subgroup units": (subgroup_threshold_units, list, lambda value: tuple(_text_list(value))),
    "value end": (_value_end, lambda end: end, _optional_offset),
}
"""The per-claim values stored, by name: (the :func:`~claimcheck.registry.model.per_claim`
function, its value's encoder, its decoder). Only functions of the claim alone belong here."""


def _worked_out() -> tuple[int, ...]:
    return tuple(function.worked_out for function, _e, _d in MEMOS.values())


# -- reading and writing ------------------------------------------------------------------


class _Kept:
    """Per loaded registry: the matcher's counts of values worked out (in all registries) when
    its document was last read or written, and how many values of its claims it holds."""

    def __init__(self, registry: Registry) -> None:
        self.registry = weakref.ref(registry)
        self.worked_out = _worked_out()
        self.held = 0


_KEPT: dict[int, _Kept] = {}


def _kept(registry: Registry) -> _Kept | None:
    kept = _KEPT.get(id(registry))
    return kept if kept is not None and kept.registry() is registry else None


def read_memos(registry: Registry) -> int:
    """Give the claims of ``registry`` the values an earlier run stored for it, once per
    loaded registry; the number given (0 without a registry cache or a stored document)."""
    if _kept(registry) is not None:
        return 0
    for gone in [k for k, kept in _KEPT.items() if kept.registry() is None]:
        del _KEPT[gone]
    kept = _KEPT[id(registry)] = _Kept(registry)
    entry = stored.entry_of(registry)
    if entry is None:
        return 0
    store, key = entry
    document = store.read_signed(stored.derived_name(key), MAX_MEMOS_BYTES)
    if document is None:
        return 0
    try:
        tables = _decode(document, registry)
    except (ValueError, TypeError):
        return 0  # not what claimcheck writes: the values are worked out as without it
    finally:
        _SHARED_TEXT.clear()
    del document  # the tables hold what is read
    given = held = 0
    by_id = registry.by_id
    for function, values, claims in tables:
        for claim_id, index in claims.items():
            registry_claim = by_id[claim_id]
            held += 1
            if remembered(function, registry_claim) is NOT_WORKED_OUT:
                remember(function, registry_claim, values[index])
                given += 1
    kept.held = held
    return given


def _decode(
    document: Any, registry: Registry
) -> list[tuple[Callable[[Any], Any], list[Any], dict[str, int]]]:
    """(function, its distinct values, each claim's index among them) of every value the
    document holds, all checked before any is given (a document is read whole or not at
    all), without a tuple per claim and value (700,000 of them at 100,000 claims)."""
    if type(document) is not dict or document.get("format") != MEMOS_FORMAT:
        raise ValueError("not a document of this format")
    memos = document.get("memos")
    if type(memos) is not dict or set(memos) != set(MEMOS):
        raise ValueError("not the values stored")
    made = []
    by_id = registry.by_id
    for name, (function, _encode, decode) in MEMOS.items():
        table, claims = memos[name].get("values"), memos[name].get("claims")
        if type(table) is not list or type(claims) is not dict:
            raise ValueError("values or claims is not what is written")
        values = [decode(item) for item in table]
        count = len(values)
        for claim_id, index in claims.items():
            if claim_id not in by_id or type(index) is not int or not 0 <= index < count:
                raise ValueError("a claim the registry lacks, or no such value")
        made.append((function, values, claims))
    return made


def _digest(text: str) -> bytes:
    """128 bits of ``text``'s BLAKE2b: two texts given the same by chance (about one in
    2**64 among 2**32 texts) are beyond any registry's reach."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def write_memos(registry: Registry) -> bool:
    """Store the values the claims of ``registry`` have now, when the matcher worked out new
    ones since the document was read or written (and the registry came through the cache);
    whether a document was written. A cache that cannot be written is skipped, as the
    entry's is."""
    kept = _kept(registry)
    if kept is None or kept.worked_out == _worked_out():
        return False
    kept.worked_out = _worked_out()
    entry = stored.entry_of(registry)
    if entry is None:
        return False
    store, key = entry
    held = sum(
        remembered(function, registry_claim) is not NOT_WORKED_OUT
        for function, _encode, _decode in MEMOS.values()
        for registry_claim in registry.claims
    )
    if held <= kept.held:
        return False  # what was worked out was another registry's
    kept.held = held
    # each kind's table is made as the document is written and let go once it is: the
    # seven tables at once (eleven now) were some 30 MiB on top of a lint against 100,000 claims
    memos = {
        name: Deferred(partial(_table, registry, function, encode))
        for name, (function, encode, _decode) in MEMOS.items()
    }
    store.write_signed(stored.derived_name(key), {"format": MEMOS_FORMAT, "memos": memos})
    return True


def _table(
    registry: Registry, function: Callable[[Any], Any], encode: Callable[[Any], Any]
) -> dict[str, Any]:
    """The stored form of what ``function`` worked out for the claims of ``registry``: each
    distinct value once (``values``) and, by claim id, the index of its value (``claims``)."""
    # by a digest of the JSON's text (365 and 365.0 are equal, not the same): the texts
    # themselves were 40,000 of some hundred characters each at 100,000 claims
    index: dict[bytes, int] = {}
    table: list[Any] = []
    by_id: dict[str, int] = {}
    for registry_claim in registry.claims:
        value = remembered(function, registry_claim)
        if value is NOT_WORKED_OUT:
            continue
        encoded = encode(value)
        digest = _digest(repr(encoded))
        number = index.get(digest)
        if number is None:
            number = index[digest] = len(table)
            table.append(encoded)
        by_id[registry_claim.id] = number
    return {"values": table, "claims": by_id}
