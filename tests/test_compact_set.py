"""A claim's memoised word sets are kept in less memory and stay equal to what was worked
out: one object per word across claims, a table sized for the members, and a set someone
else holds too is not copied."""

from __future__ import annotations

import sys

from claimcheck.registry.model import EMPTY, compact_set


def _grown(words: list[str]) -> frozenset[str]:
    return frozenset(word for word in words)  # grown one member at a time


def test_equal_and_smaller_than_a_set_grown_one_member_at_a_time() -> None:
    words = [f"word{n}" for n in range(25)]
    grown = _grown(words)
    compact = compact_set(_grown(words))
    assert compact == grown
    assert sys.getsizeof(compact) < sys.getsizeof(grown)


def test_equal_words_of_two_claims_are_one_object() -> None:
    first = compact_set(frozenset("".join(["coh", "ort"]) for _ in range(1)))
    second = compact_set(frozenset("".join(["co", "hort"]) for _ in range(1)))
    (a,), (b,) = first, second
    assert a == b == "cohort"
    assert a is b


def test_an_empty_set_is_the_shared_one() -> None:
    assert compact_set(frozenset(str(n) for n in ())) is EMPTY


def test_a_set_held_elsewhere_is_not_copied() -> None:
    held = {"kept": _grown([f"term{n}" for n in range(25)])}
    assert compact_set(held["kept"]) is held["kept"]


def test_numbers_are_kept_as_they_are() -> None:
    numbers = frozenset(float(n) / 3 for n in range(25))
    assert compact_set(frozenset(float(n) / 3 for n in range(25))) == numbers


NAMES = frozenset(f"name{n}" for n in range(25))


def _a_claim():
    from claimcheck.registry.model import RegistryClaim, RegistryValue

    return RegistryClaim(
        id="c1", statement="s", subject=("a",), context=(), value=RegistryValue(1.0, 1.0),
        tolerance=None, variants=(), sources=(), status="approved", review_by=None,
        path="p", line=1,
    )  # fmt: skip


def test_per_claim_memos() -> None:
    from claimcheck.registry.model import per_claim

    words = [f"word{n}" for n in range(25)]

    @per_claim
    def fresh(claim):
        return _grown(words)

    @per_claim
    def constant(claim):
        return NAMES

    claim = _a_claim()
    assert fresh(claim) == frozenset(words)
    assert sys.getsizeof(fresh(claim)) < sys.getsizeof(_grown(words))
    assert constant(claim) is NAMES
