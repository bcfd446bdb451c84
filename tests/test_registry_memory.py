"""What a large registry holds in memory, kept smaller without changing an answer: claims
with slots rather than an attribute dictionary each, marks texts shared by claims laid out
alike, equal memoised values kept as one object, the smaller of two tables for a word set,
and the stored values' tables made one at a time as they are written."""

from __future__ import annotations

import json
import pickle
import sys

from claimcheck.cache import Deferred, json_pieces
from claimcheck.registry import load_registry
from claimcheck.registry.model import (
    EqualValues,
    PackedMarks,
    RegistryClaim,
    RegistryValue,
    compact_set,
    per_claim,
)

CLAIM = """\
- id: heron-sightings-{n}
  statement: Herons were seen on {n} of 40 mornings at the marsh in spring {year}.
  subject: [grey herons, herons]
  context: [marsh {n}]
  value: {{value: {n}, unit: mornings}}
  sources:
    - citation: "Marsh diary {n}"
      quote: "herons on {n} mornings"
  status: approved
  review_by: 2031-01-31
"""


def _registry_folder(tmp_path, count: int = 6):
    folder = tmp_path / "claims"
    folder.mkdir()
    text = "".join(CLAIM.format(n=n + 1, year=2000 + n) for n in range(count))
    (folder / "herons.yaml").write_text(text, encoding="utf-8")
    return folder


def test_claims_from_the_cache_have_slots_and_their_marks_point_where_the_yaml_did(
    tmp_path, own_cache_and_state
) -> None:
    folder = _registry_folder(tmp_path)
    from_yaml = load_registry(folder)
    from_cache = load_registry(folder)
    assert from_cache.claims == from_yaml.claims
    for cached, parsed in zip(from_cache.claims, from_yaml.claims, strict=True):
        assert not hasattr(cached, "__dict__")
        assert not hasattr(cached.value, "__dict__") and not hasattr(cached.sources[0], "__dict__")
        assert list(cached.marks) == list(parsed.marks)
        assert cached.position("context") == parsed.position("context")
        assert cached.sources[0].position("quote") == parsed.sources[0].position("quote")
    # claims written alike keep one text of their marks, each counted from its own line
    first, second = from_cache.claims[:2]
    assert isinstance(first.marks, PackedMarks) and isinstance(second.marks, PackedMarks)
    assert first.marks.packed is second.marks.packed
    assert first.position("value")[0] + CLAIM.count("\n") == second.position("value")[0]


def test_a_packed_mark_is_found_as_the_unpacked_marks_give_it() -> None:
    """``_mark`` finds a field in the packed text without unpacking: the same (line, col) as
    the first unpacked mark of that name, or the fallback, for names that are prefixes and
    suffixes of others and marks named twice."""
    import random

    from claimcheck.registry.model import _mark

    rng = random.Random(11)
    names = ["id", "value", "ue", "value_x", "sources", "quote", "page", "s"]
    for _ in range(2_000):
        marks = [(rng.choice(names), rng.randint(1, 500), rng.randint(1, 80)) for _ in range(6)]
        marks = marks[: rng.randint(1, 6)]
        base = rng.randint(0, 100)
        packed = PackedMarks(PackedMarks.pack(marks, base), base)
        for name in [*names, "alue", "x"]:
            expected = _mark(tuple(marks), name, 7, 9)
            assert _mark(packed, name, 7, 9) == expected
            packed._unpacked()  # and once unpacked
            assert _mark(packed, name, 7, 9) == expected


def test_a_claim_pickles_without_its_memos() -> None:
    claim = RegistryClaim(
        id="c1", statement="Herons nest in 12 trees.", subject=("herons",), context=(),
        value=RegistryValue(12.0, 12.0),
        tolerance=None, variants=(), sources=(), status="approved", review_by=None,
        path="p", line=3,
    )  # fmt: skip

    @per_claim
    def statement_length(registry_claim):
        return len(registry_claim.statement)

    assert statement_length(claim) == 24
    copy = pickle.loads(pickle.dumps(claim))
    assert copy == claim and copy.line == 3
    assert not hasattr(copy, "memos")


def test_equal_values_of_two_claims_are_one_object() -> None:
    sharing = EqualValues()
    first = sharing.one_of(frozenset(["19" + "87"]))
    second = sharing.one_of(frozenset(["198" + "7"]))
    assert first == second and first is second
    figures = sharing.one_of(("a", "b"))
    assert sharing.one_of(tuple("ab")) is figures
    number = 1987.5
    assert sharing.one_of(number) is number  # only sets, tuples and texts are shared
    unhashable = ([1],)
    assert sharing.one_of(unhashable) is unhashable


def test_sharing_stops_where_nearly_every_value_is_new() -> None:
    sharing = EqualValues()
    for n in range(EqualValues.TRIAL + 1):
        sharing.one_of(f"statement key {n}")
    assert sharing.table is None  # no table entry per claim for values nobody shares
    again = "".join(["statement key ", "1"])
    assert sharing.one_of(again) is again


def test_the_smaller_table_is_kept_for_every_size() -> None:
    for size in range(1, 80):
        words = [f"w{size}-{n}" for n in range(size)]
        compact = compact_set(frozenset(word for word in words))
        assert compact == frozenset(words)
        best = min(sys.getsizeof(frozenset(set(words))), sys.getsizeof(frozenset(list(words))))
        assert sys.getsizeof(compact) == best, size


def test_a_deferred_part_is_written_as_the_value_it_makes() -> None:
    made = []

    def table():
        made.append(True)
        return {"values": list(range(10_000)), "claims": {f"c{n}": n for n in range(9_000)}}

    document = {"format": 3, "memos": {"words": Deferred(table), "frame": Deferred(table)}}
    pieces = json_pieces(document)
    assert not made  # nothing is made before it is written
    text = "".join(pieces)
    whole = {"format": 3, "memos": {"words": table(), "frame": table()}}
    assert text == json.dumps(whole, ensure_ascii=True, separators=(",", ":"))
