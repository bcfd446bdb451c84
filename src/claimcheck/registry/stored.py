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
from collections.abc import Callable
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
    long (records laid out alike share it). :func:`_record` makes the marks with the line
    their lines count from."""
    if type(value) is not str or (value and not PACKED_MARKS.fullmatch(value)):
        raise ValueError("marks are not field,line,col;…")
    return _SHARED_TEXT.setdefault(value, value)


def _with_marks(cls: type) -> Callable[[list[Any]], None]:
    """What turns the checked field values of a ``cls`` record into its fields: its marks'
    text into :class:`PackedMarks` counted from the record's ``line``, none when empty."""
    names = [f.name for f in dataclasses.fields(cls)]
    at, line_at = names.index("marks"), names.index("line")

    def finish(items: list[Any]) -> None:
        packed = items[at]
        items[at] = PackedMarks(packed, items[line_at]) if packed else ()

    return finish


def _maker(cls: type) -> Callable[[list[Any]], Any]:
    """``cls(*values)`` for a frozen dataclass given every field, without its ``__init__``:
    that sets each field through ``object.__setattr__`` by name, a tenth of a
    100,000-claim load; each field's slot is set through its own descriptor. The values
    are already checked, and the records have no ``__post_init__``."""
    assert not hasattr(cls, "__post_init__") and "__slots__" in vars(cls)
    setters = tuple(getattr(cls, f.name).__set__ for f in dataclasses.fields(cls))
    new = object.__new__

    def make(values: list[Any]) -> Any:
        made = new(cls)
        for set_slot, value in zip(setters, values, strict=True):
            set_slot(made, value)
        return made

    return make


def _record(cls: type) -> Callable[[Any], Any]:
    """The decoder of ``cls``'s records: each field by its declared type (see DECODERS)."""
    decoders = tuple(DECODERS[f.type] for f in dataclasses.fields(cls))
    make = _maker(cls)
    finish = _with_marks(cls) if "marks" in {f.name for f in dataclasses.fields(cls)} else None

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) != len(decoders):
            raise ValueError(f"not a {cls.__name__} record")
        items = [check(item) for check, item in zip(decoders, value, strict=True)]
        if finish is not None:
            finish(items)
        return make(items)

    return decode


def _records(decode: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    def decode_all(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise ValueError("not a list")
        return tuple(decode(item) for item in value)

    return decode_all


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
DECODERS["RegistryValue"] = _record(RegistryValue)
DECODERS["Tolerance | None"] = _optional(_record(Tolerance))
DECODERS["tuple[Source, ...]"] = _records(_record(Source))
_PATH_INDEX = [f.name for f in dataclasses.fields(RegistryClaim)].index("path")
DECODERS["path"] = _integer  # a claim's path is stored as the index of its file's name


def _claim_decoder() -> Callable[[Any, list[str]], RegistryClaim]:
    fields = dataclasses.fields(RegistryClaim)
    decoders = [DECODERS["path"] if f.name == "path" else DECODERS[f.type] for f in fields]
    make = _maker(RegistryClaim)
    finish = _with_marks(RegistryClaim)

    def decode(value: Any, paths: list[str]) -> RegistryClaim:
        if type(value) is not list or len(value) != len(decoders):
            raise ValueError("not a claim record")
        items = [check(item) for check, item in zip(decoders, value, strict=True)]
        items[_PATH_INDEX] = paths[items[_PATH_INDEX]]  # IndexError: a file not listed
        finish(items)
        return make(items)

    return decode


_decode_claim = _claim_decoder()


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
    # each record is dropped once it is a claim: the JSON and the claims are not both held
    records.reverse()
    claims = []
    try:
        while records:
            claims.append(_decode_claim(records.pop(), paths))
    except (IndexError, TypeError) as error:
        raise ValueError(str(error)) from error
    finally:
        _DAYS.clear()
        _SHARED_TEXT.clear()
        _SHARED_TUPLES.clear()
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
