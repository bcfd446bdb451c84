"""The verdicts' quick ``replace`` (verify/frozen.py) makes what ``dataclasses.replace``
makes: issue 17's lint speed."""

from __future__ import annotations

import dataclasses

import pytest

from claimcheck.verify.frames import Frame, read_frame
from claimcheck.verify.frozen import replace


@dataclasses.dataclass(frozen=True)
class _Checked:
    low: int
    high: int = 0

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError("low above high")


@dataclasses.dataclass(frozen=True)
class _Plain:
    name: str
    sizes: tuple[int, ...] = ()
    extra: list[int] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class _Open:
    name: str
    sizes: tuple[int, ...] = ()


def test_the_verdicts_records_take_the_quick_way() -> None:
    from claimcheck.verify import frozen
    from claimcheck.verify.matching import Match, Surroundings

    for cls in (Frame, Match, Surroundings):
        assert frozen._plain_fields(cls) is not None, cls
    assert frozen._plain_fields(_Checked) is None  # its __post_init__ must run
    assert frozen._plain_fields(_Open) is None  # not frozen
    plain = _Plain("x", (1,), [2])  # a default factory's field is copied as it stands
    assert replace(plain, name="y") == dataclasses.replace(plain, name="y")
    assert replace(plain, name="y").extra is plain.extra


def test_a_frame_replaced_is_the_dataclass_replace() -> None:
    frame = read_frame("Among women aged 40 to 49 in England, 12% died within 5 years of surgery")
    for changes in ({}, {"control": True}, {"ages": (), "years": frozenset({"2020"})}):
        quick, plain = replace(frame, **changes), dataclasses.replace(frame, **changes)
        assert quick == plain and type(quick) is Frame
        assert quick.__dict__ == plain.__dict__  # the same fields, in the same order
        assert list(quick.__dict__) == [f.name for f in dataclasses.fields(Frame)]
        assert quick is not frame
    with pytest.raises(TypeError):
        replace(frame, no_such_slot=1)


def test_cached_values_are_not_carried_over() -> None:
    from claimcheck.verify.matching import Surroundings

    around = Surroundings(
        clause="c", clause_names=frozenset({"a"}), sentence_names=frozenset(),
        before_names=frozenset(), document_names=frozenset(), years=frozenset(), frame=Frame(),
        inner_names=frozenset({"b"}),
    )  # fmt: skip
    assert around.names_within == {"a", "b"}  # a cached property, kept in __dict__
    moved = replace(around, clause_names=frozenset({"z"}))
    assert moved.names_within == {"z", "b"}
    assert moved == dataclasses.replace(around, clause_names=frozenset({"z"}))


def test_other_classes_go_to_dataclasses_replace() -> None:
    with pytest.raises(ValueError, match="low above high"):
        replace(_Checked(1, 2), low=3)  # its __post_init__ still runs
    mutable = _Open("x", (1,))  # not frozen: dataclasses.replace's own copy
    assert replace(mutable, name="y") == _Open("y", (1,))
