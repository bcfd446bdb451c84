"""``dataclasses.replace`` for the verdicts' frozen records, made as their ``__init__`` makes
them but without it: issue 17's lint speed.

The matcher refines a figure's frame (:class:`~claimcheck.verify.frames.Frame`, some thirty
fields) and its matches (:class:`~claimcheck.verify.matching.Match`) one change at a time,
and ``dataclasses.replace`` reads the class's fields, builds every argument and runs the
frozen ``__init__``, which sets each field through ``object.__setattr__``: 6.3 us a Frame,
2.9 us a Match (31 and 47 of them a round of the five shared drafts). For a frozen dataclass
with a ``__dict__``, no ``__post_init__`` and the ``__init__`` dataclasses made, setting every
field, that ``__init__`` only puts each field's value into the new object's ``__dict__`` in
field order: :func:`replace` copies the old one's and applies the changes (1.2 and 1.0 us).
Any other class, and a change naming no field (the error ``dataclasses.replace`` raises),
goes to ``dataclasses.replace`` itself.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_FIELDS: dict[type, tuple[tuple[str, ...], frozenset[str]] | None] = {}
"""Per class: its field names in order and as a set, or None when it is not such a class."""


def _plain_fields(cls: type) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The fields of ``cls`` when its ``__init__`` does nothing but set them, else None."""
    if not dataclasses.is_dataclass(cls) or not cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        return None
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        return None
    made = getattr(getattr(cls.__init__, "__code__", None), "co_qualname", "")
    if not made.startswith("__create_fn__."):
        return None  # an ``__init__`` of the class's own, or one made in a way not known here
    fields = dataclasses.fields(cls)
    if len(fields) != len(cls.__dataclass_fields__):  # type: ignore[attr-defined]
        return None  # an InitVar (or a ClassVar): not every entry is a field
    if any(not f.init for f in fields):
        return None
    names = tuple(f.name for f in fields)
    return names, frozenset(names)


def replace(instance: T, /, **changes: Any) -> T:
    """``dataclasses.replace(instance, **changes)``."""
    cls = type(instance)
    try:
        known = _FIELDS[cls]
    except KeyError:
        known = _FIELDS[cls] = _plain_fields(cls)
    if known is None or not changes.keys() <= known[1]:
        return dataclasses.replace(instance, **changes)  # type: ignore[type-var]
    own = instance.__dict__
    # its fields alone, in order, unless a cached value stands beside them
    fresh = own.copy() if len(own) == len(known[0]) else {name: own[name] for name in known[0]}
    fresh.update(changes)  # (a changed field keeps its place)
    copy = object.__new__(cls)
    copy.__dict__.update(fresh)
    return copy
