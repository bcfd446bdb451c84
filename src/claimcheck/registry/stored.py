"""The registry cache: a registry that loaded without errors, kept as signed JSON in the user's
cache folder so the next run reads it without parsing and validating its YAML again (100,000
claims: about a minute of YAML, a second or two of JSON).

- **Key.** A hash of claimcheck's version and source files (size and mtime, as the results
  cache keys them), and of each registry file's name and bytes, in the order the loader reads
  them. Edit, add, remove or rename a registry file, or upgrade claimcheck, and the key
  changes. The files are read in full to hash them, as loading them would.
- **Data, never code.** An entry is JSON: text, numbers, booleans, null and lists. It is
  written with the results cache's HMAC (:class:`claimcheck.cache.Cache`, key outside the
  cache folder) and the MAC is checked before a byte is parsed, so an entry another user or
  a pull request plants is never read. An authentic entry is still rebuilt field by field
  with each field's type checked; any doubt is a miss, and the YAML is loaded as if there
  were no cache. A registry with errors is never stored: its errors are reported every run.
- **Where.** ``<cache folder>/v<FORMAT>/registry-claims-<key>.json`` in the results cache's folder
  (``CLAIMCHECK_CACHE_DIR``, else the user's cache folder). Deleting the folder clears it.
- **Derived data.** What the matcher works out from a claim alone and keeps for later runs
  (:mod:`claimcheck.verify.stored_memos`) sits beside the entry under the same key: a
  loaded registry remembers its store and key (:func:`entry_of`), in this process only (a
  registry handed to another process or machine does not carry the cache's signing key).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import weakref
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.registry.model import (
    PackedMarks,
    RegistryClaim,
    RegistryValue,
    Source,
    Tolerance,
)

ENTRY_FORMAT = 3  # 2: marks packed as one text per record; 3: lines from the record's line
MAX_STORED_BYTES = 1 << 30  # a registry entry may be large: 100,000 claims are ~60 MB


def registry_key(names: list[str], contents: list[bytes]) -> str:
    """The entry's key for registry files ``names`` (in load order) holding ``contents``."""
    from claimcheck import cache

    digest = hashlib.sha256(f"claimcheck {__version__} registry {ENTRY_FORMAT}\0".encode())
    cache._hash_tree(digest, cache.PACKAGE_DIR, (".py", ".yaml", ".yml", ".json"), content=False)
    for name, data in zip(names, contents, strict=True):
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


# -- encoding: each record is a list of its dataclass's fields, in declaration order ----------


def _encode(record: Any) -> Any:
    if dataclasses.is_dataclass(record):
        return [
            PackedMarks.pack(getattr(record, f.name), record.line)
            if f.type == "Marks"
            else _encode(getattr(record, f.name))
            for f in dataclasses.fields(record)
        ]
    if isinstance(record, tuple):
        return [_encode(item) for item in record]
    if isinstance(record, date):
        return record.isoformat()
    return record


def encode(claims: tuple[RegistryClaim, ...], directory: Path) -> dict[str, Any]:
    """The JSON document of a loaded registry. A claim's ``path`` is stored as its file's
    name, so the entry serves the same folder however it is named on the command line."""
    files = sorted({Path(claim.path).name for claim in claims})
    number = {name: index for index, name in enumerate(files)}
    records = []
    for claim in claims:
        record = _encode(claim)
        record[_PATH_INDEX] = number[Path(claim.path).name]
        records.append(record)
    return {"format": ENTRY_FORMAT, "files": files, "claims": records}


# -- decoding: every field's type checked; ValueError on anything claimcheck did not write ----


SHORT_TEXT = 64  # text up to this long is shared between claims (names, units, dates)


_SHARED_TEXT: dict[str, str] = {}
"""The short texts of the entry being decoded, each kept once (forgotten after a load): a
registry repeats its names, units and statuses in thousands of claims. A dictionary of this
load's own, not ``sys.intern``: interning 800,000 texts of a 100,000-claim entry took a
sixth of its load, and kept every text in the interpreter's table for good."""


def _text(value: Any) -> str:
    if type(value) is not str:
        raise ValueError("not text")
    return _SHARED_TEXT.setdefault(value, value) if len(value) <= SHORT_TEXT else value


def _optional(decode: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else decode(value)


def _integer(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("not a whole number")
    return value


def _number(value: Any) -> float:
    if type(value) not in (int, float):
        raise ValueError("not a number")
    return value


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise ValueError("not true or false")
    return value


_ONLY_TEXT = {str}


def _shared(text: str) -> str:
    return _SHARED_TEXT.setdefault(text, text) if len(text) <= SHORT_TEXT else text


_SHARED_TUPLES: dict[tuple[str, ...], tuple[str, ...]] = {}
"""The lists of names of the entry being decoded, each kept once (forgotten after a load):
thousands of claims name the same subjects, each a tuple of its own (5 MiB of 100,000)."""


def _texts(value: Any) -> tuple[str, ...]:
    if type(value) is not list or (value and set(map(type, value)) != _ONLY_TEXT):
        raise ValueError("not a list of text")
    names = tuple(map(_shared, value))
    return _SHARED_TUPLES.setdefault(names, names)


_DAYS: dict[str, date] = {}  # review dates repeat: one date each (forgotten after a load)


def _day(value: Any) -> date:
    day = _DAYS.get(value) if type(value) is str else None
    if day is None:
        day = _DAYS[_text(value)] = date.fromisoformat(value)
    return day


PACKED_MARKS = re.compile(r"[A-Za-z_]+,-?[0-9]+,[0-9]+(?:;[A-Za-z_]+,-?[0-9]+,[0-9]+)*")


def _marks(value: Any) -> str:
    """``"field,line,col;…"`` (see :class:`PackedMarks`), checked whole here and read into
    tuples when a message first asks where a field is; each distinct text kept once, however
    long (records laid out alike share it). :func:`_record_column` makes the marks with the
    line their lines count from."""
    if type(value) is not str or (value and not PACKED_MARKS.fullmatch(value)):
        raise ValueError("marks are not field,line,col;…")
    return _SHARED_TEXT.setdefault(value, value)


DECODERS: dict[str, Callable[[Any], Any]] = {
    "str": _text,
    "str | None": _optional(_text),
    "int": _integer,
    "int | None": _optional(_integer),
    "float": _number,
    "float | None": _optional(_number),
    "bool": _flag,
    "tuple[str, ...]": _texts,
    "date | None": _optional(_day),
    "Marks": _marks,
}
"""One decoder per field type the registry's records declare (their annotations as written);
a new field of another type fails the test that rebuilds every kind of record."""
_PATH_INDEX = [f.name for f in dataclasses.fields(RegistryClaim)].index("path")


CHUNK = 2048
"""Records decoded together, a field at a time: each field's values are checked with one
pass over the column (a set of their types) and set on the chunk's objects by ``map`` over
the field's slot, in C, where a record at a time called a Python function per field (the
most of a 100,000-claim load). The JSON records of a chunk are dropped once they are claims."""

_NONE = type(None)
_TYPES = {
    "str": {str},
    "str | None": {str, _NONE},
    "int": {int},
    "int | None": {int, _NONE},
    "float": {int, float},
    "float | None": {int, float, _NONE},
    "bool": {bool},
    "path": {int},
}
"""The types a column of each field type may hold (``bool`` is no ``int`` here: a value's
type is compared, as the record-at-a-time decoders did)."""


def _checked(values: Sequence[Any], allowed: set[type]) -> None:
    if not allowed.issuperset(map(type, values)):
        raise ValueError("a field of the wrong type")


def _column(kind: str) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """The decoder of a column of ``kind`` values (a field's declared type): the values
    :data:`DECODERS`' decoder gives each, as a sequence."""
    if kind in ("str", "str | None"):
        allowed = _TYPES[kind]

        def texts(values: Sequence[Any]) -> list[Any]:
            _checked(values, allowed)
            share = _SHARED_TEXT.setdefault
            return [
                value if value is None or len(value) > SHORT_TEXT else share(value, value)
                for value in values
            ]

        return texts
    if kind in _TYPES:
        allowed = _TYPES[kind]

        def plain(values: Sequence[Any]) -> Sequence[Any]:
            _checked(values, allowed)
            return values

        return plain
    if kind == "tuple[str, ...]":
        return _name_lists
    if kind == "Marks":
        return _marks_column
    record = _RECORDS.get(kind)
    if record is not None:
        return _record_column(record)
    if kind == "Tolerance | None":
        decode = _record_column(Tolerance)

        def optional(values: Sequence[Any]) -> list[Any]:
            found: list[Any] = [None] * len(values)
            given = [n for n, value in enumerate(values) if value is not None]
            for n, made in zip(given, decode([values[n] for n in given]), strict=True):
                found[n] = made
            return found

        return optional
    if kind == "tuple[Source, ...]":
        decode = _record_column(Source)

        def records(values: Sequence[Any]) -> list[tuple[Any, ...]]:
            _checked(values, {list})
            made = decode([item for value in values for item in value])
            found, at = [], 0
            for count in map(len, values):
                found.append(tuple(made[at : at + count]))
                at += count
            return found

        return records
    decode_one = DECODERS[kind]
    return lambda values: [decode_one(value) for value in values]


_RECORDS = {"RegistryValue": RegistryValue}


def _name_lists(values: Sequence[Any]) -> list[tuple[str, ...]]:
    """:func:`_texts` of each of ``values``, their types checked in one pass."""
    _checked(values, {list})
    _checked([name for value in values for name in value], {str})
    share, share_tuple = _SHARED_TEXT.setdefault, _SHARED_TUPLES.setdefault
    found: list[tuple[str, ...]] = []
    for value in values:
        names = tuple([name if len(name) > SHORT_TEXT else share(name, name) for name in value])
        found.append(share_tuple(names, names))
    return found


_CHECKED_MARKS: dict[str, str] = {}
"""The marks texts of the entry being decoded already checked, each the one kept (forgotten
after a load): claims laid out alike hold the same text, checked once."""


def _marks_column(values: Sequence[Any]) -> list[str]:
    """:func:`_marks` of each of ``values``, each distinct text checked once."""
    _checked(values, {str})
    checked = _CHECKED_MARKS
    found = []
    for value in values:
        kept = checked.get(value)
        if kept is None:
            kept = checked[value] = _marks(value)
        found.append(kept)
    return found


def _record_column(cls: type) -> Callable[[Sequence[Any]], list[Any]]:
    """The decoder of a column of ``cls`` records (:func:`_record`'s, a chunk at a time)."""
    fields = dataclasses.fields(cls)
    kinds = ["path" if cls is RegistryClaim and f.name == "path" else f.type for f in fields]
    columns = [_column(kind) for kind in kinds]
    setters = tuple(getattr(cls, f.name).__set__ for f in fields)
    names = [f.name for f in fields]
    marks_at = names.index("marks") if "marks" in names else None
    line_at = names.index("line") if "line" in names else None
    path_at = kinds.index("path") if "path" in kinds else None
    width = len(fields)
    new = object.__new__

    def decode(values: Sequence[Any], paths: Sequence[str] = ()) -> list[Any]:
        """The records of ``values``; a claim's path is the one of ``paths`` at its index."""
        if not values:
            return []
        _checked(values, {list})
        if set(map(len, values)) != {width}:
            raise ValueError(f"not a {cls.__name__} record")
        by_field = zip(*values, strict=True)
        decoded = [column(each) for column, each in zip(columns, by_field, strict=True)]
        if path_at is not None:  # (IndexError: a file not listed)
            decoded[path_at] = [paths[index] for index in decoded[path_at]]
        if marks_at is not None:
            decoded[marks_at] = [
                PackedMarks(packed, line) if packed else ()
                for packed, line in zip(decoded[marks_at], decoded[line_at], strict=True)
            ]
        made = [new(cls) for _ in values]
        for set_slot, column in zip(setters, decoded, strict=True):
            any(map(set_slot, made, column))  # each returns None: all are set
        return made

    return decode


_decode_claims = _record_column(RegistryClaim)


def decode(document: Any, directory: Path) -> tuple[RegistryClaim, ...]:
    """The claims of an entry, their paths inside ``directory``; ValueError when any field
    is not what :func:`encode` writes."""
    if type(document) is not dict or document.get("format") != ENTRY_FORMAT:
        raise ValueError("not a registry entry of this format")
    files, records = document.get("files"), document.get("claims")
    if type(records) is not list:
        raise ValueError("claims is not a list")
    names = _texts(files)
    if any(name != Path(name).name or name in ("", ".", "..") for name in names):
        raise ValueError("a file name with a folder in it")
    paths = [str(directory / name) for name in names]
    # each chunk of records is dropped once it is claims: the JSON and the claims are not
    # both held
    records.reverse()
    claims: list[RegistryClaim] = []
    try:
        while records:
            chunk = records[-CHUNK:]
            del records[-CHUNK:]
            chunk.reverse()
            claims.extend(_decode_claims(chunk, paths))
    except (IndexError, TypeError) as error:
        raise ValueError(str(error)) from error
    finally:
        _DAYS.clear()
        _SHARED_TEXT.clear()
        _SHARED_TUPLES.clear()
        _CHECKED_MARKS.clear()
    return tuple(claims)


def entry_name(key: str) -> str:
    return f"registry-claims-{key}.json"


def derived_name(key: str) -> str:
    return f"registry-derived-{key}.json"


_ENTRIES: dict[int, tuple[weakref.ref[Any], Any, str]] = {}


def keep_entry(registry: Any, store: Any, key: str) -> None:
    """Remember that ``registry`` was loaded under ``key`` from (or into) ``store``."""
    for known in [k for k, (ref, _s, _k) in _ENTRIES.items() if ref() is None]:
        del _ENTRIES[known]  # registries let go
    _ENTRIES[id(registry)] = (weakref.ref(registry), store, key)


def entry_of(registry: Any) -> tuple[Any, str] | None:
    """(store, key) of a registry loaded through the registry cache in this process, else None
    (no cache, a registry with errors, one built in memory or received from another process)."""
    known = _ENTRIES.get(id(registry))
    if known is None or known[0]() is not registry:
        return None
    return known[1], known[2]
