"""The results cache: unchanged drafts are not analysed again, and the cache can never change a
verdict that this machine did not compute.

An entry holds one draft's findings (before selection, severity overrides and baseline, which
are cheap and applied on every run). Its key is a hash of the draft's path and bytes and of
the *context*: claimcheck's version and source files, the versions of Python and of every
library a finding rests on (spaCy, rapidfuzz, PyYAML, markdown-it-py, …), the registry's
files, every rule source (a folder's files or a single file's bytes), the engine settings
(threshold, rules) and which registry claims are past their review date today. Change any of
them and every key changes.

Where it lives and why it can be trusted:

- Outside the repository: the user's cache folder (``$XDG_CACHE_HOME/claimcheck``, usually
  ``~/.cache/claimcheck``; platformdirs gives the macOS and Windows equivalents), as ruff
  and pre-commit keep theirs; ``--cache-dir`` or ``CLAIMCHECK_CACHE_DIR`` names another.
  A pull request cannot add files there.
- Authenticated: every entry is written with an HMAC-SHA256 of its bytes under a random key
  kept outside the cache folder (``$XDG_STATE_HOME/claimcheck/cache.key``, mode 0600), and
  the MAC is checked before a byte of the entry is parsed. The key is derived from public
  inputs, the MAC is not: anyone who can compute an entry's name still cannot write an
  entry this machine accepts.
- Validated: an authentic entry is still checked field by field (codes, severities, types,
  sizes) and any doubt is a miss. Reading is bounded (a regular file, at most
  MAX_ENTRY_BYTES) and never raises; every failure is a miss, and the draft is analysed.
- Written atomically and never through a symlink: a folder of the cache that is a symlink is
  not written into, and files are replaced by rename (the link itself, never its target).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import math
import os
import re
import secrets
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from itertools import islice
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.files import MAX_INPUT_BYTES, FileProblem, read_regular
from claimcheck.findings import Finding
from claimcheck.fixes.model import fix_from_dict
from claimcheck.output import write_atomic, write_atomic_pieces

FORMAT = 3  # 3: findings carry their fix
PACKAGE_DIR = Path(__file__).resolve().parent
ENV_DIR = "CLAIMCHECK_CACHE_DIR"
MAX_ENTRY_BYTES = 16 * 1024 * 1024
KEY_BYTES = 32
MAC_LENGTH = 64  # hex digits of an HMAC-SHA256
SEVERITIES = frozenset({"error", "warning", "info"})


JSON_PIECE = 4096  # items of a long list or object encoded at once


class Deferred:
    """A part of a document that :func:`json_pieces` makes (``make()``) when it reaches it
    and lets go once written: a document of several large parts (the matcher's stored
    values, a table per kind of value) holds one of them at a time, not all."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def json_pieces(value: Any) -> Iterator[str]:
    """``json.dumps(value, ensure_ascii=True, separators=(",", ":"))``, the same text, in
    pieces: objects are opened key by key, and a long list or object is encoded
    :data:`JSON_PIECE` items at a time, so a document of 100,000 claims is written without
    being one 50 MB string (its bytes, the signed bytes and the text written were three
    more copies, some 200 MB at the peak of the run that stores it). A :class:`Deferred`
    part is made where it stands."""
    if type(value) is Deferred:
        yield from json_pieces(value.make())
    elif type(value) is dict and len(value) <= JSON_PIECE and all(type(k) is str for k in value):
        yield "{"
        for number, (key, item) in enumerate(value.items()):
            yield ("," if number else "") + _dumps(key) + ":"
            yield from json_pieces(item)
        yield "}"
    elif type(value) is dict and all(type(k) is str for k in value):
        items = iter(value.items())  # a chunk at a time, not a list of every item
        yield "{"
        separator = ""
        while chunk := dict(islice(items, JSON_PIECE)):
            yield separator + _dumps(chunk)[1:-1]
            separator = ","
        yield "}"
    elif type(value) is list and len(value) > JSON_PIECE:
        yield "["
        for start in range(0, len(value), JSON_PIECE):
            yield ("," if start else "") + _dumps(value[start : start + JSON_PIECE])[1:-1]
        yield "]"
    else:
        yield _dumps(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def default_folder() -> Path:
    """``CLAIMCHECK_CACHE_DIR`` when set, else the user's cache folder for claimcheck."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimcheck", appauthor=False))


def key_file() -> Path:
    """Where the MAC key lives: the user's state folder, never the cache folder itself, so a
    cache folder that others can write to (one inside a checkout) cannot carry its own key."""
    import platformdirs

    return Path(platformdirs.user_state_dir("claimcheck", appauthor=False)) / "cache.key"


def load_key(path: Path | None = None) -> bytes | None:
    """This machine's MAC key, made on first use (mode 0600, created exclusively, so two
    runs at once agree on one key); None when it can be neither read nor made, and then
    nothing is cached."""
    path = path or key_file()
    try:
        key = read_regular(path, 1024)
        if len(key) >= KEY_BYTES:
            return key
    except FileProblem:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:  # another run made it, or a short or broken key is there
        try:
            key = read_regular(path, 1024)
        except FileProblem:
            return None
        return key if len(key) >= KEY_BYTES else None
    except OSError:
        return None
    key = secrets.token_bytes(KEY_BYTES)
    try:
        os.write(fd, key)
    finally:
        os.close(fd)
    return key


def _hash_file(digest: Any, path: Path, content: bool) -> None:
    if content:
        digest.update(hashlib.sha256(read_regular(path, MAX_INPUT_BYTES)).digest())
    else:
        info = path.stat()
        digest.update(f"{info.st_size}:{info.st_mtime_ns}".encode())


def _hash_tree(digest: Any, folder: Path, suffixes: tuple[str, ...], *, content: bool) -> None:
    """Feed every file under ``folder`` (or ``folder`` itself, when it is a file) with one of
    ``suffixes`` into ``digest``: its relative name and either its bytes or (for claimcheck's
    own sources, cheaply) its size and mtime. A file that is not regular (a FIFO, a device, a
    symlink loop) raises FileProblem: the loader then reports it."""
    if folder.is_file():
        digest.update(b"file:" + folder.name.encode("utf-8", "surrogateescape") + b"\0")
        _hash_file(digest, folder, content)
        return
    if not folder.is_dir():
        digest.update(b"missing:" + str(folder).encode("utf-8", "surrogateescape"))
        return
    for root, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(suffixes):
                continue
            path = Path(root, name)
            digest.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape"))
            digest.update(b"\0")
            _hash_file(digest, path, content)


def tree_hash(folder: str | Path, suffixes: tuple[str, ...] = (".yaml", ".yml")) -> str:
    """A hash of the names and bytes of the files under ``folder`` (a registry, a rule folder
    or a rules file); FileProblem when one of them cannot be read as a regular file."""
    digest = hashlib.sha256()
    _hash_tree(digest, Path(folder), suffixes, content=True)
    return digest.hexdigest()


DISTRIBUTION = "claimcheck-health"
ANALYSIS_DISTRIBUTIONS = (
    *("spacy", "rapidfuzz", "PyYAML", "markdown-it-py", "mdit-py-plugins", "ftfy"),
    *("thinc", "numpy", "tomli"),
)
"""The libraries whose behaviour a finding rests on: tokens (spaCy, thinc, numpy), match
scores (rapidfuzz), YAML and Markdown reading, mojibake repair. With the requirements our
own distribution declares, each one's installed version is part of the cache key."""
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def runtime_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, claimcheck's distribution and every library a finding can
    depend on (``absent`` for one not installed): an upgrade of any of them changes every
    cache key, so a cached finding is never served from an older spaCy, rapidfuzz or
    claimcheck."""
    names = set(ANALYSIS_DISTRIBUTIONS)
    try:
        declared = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        declared = []
    for requirement in declared:
        found = _REQUIREMENT_NAME.match(requirement)
        if found and "extra ==" not in requirement:
            names.add(found.group(1))
    versions = [("python", f"{sys.implementation.name} {sys.version}")]
    for name in sorted({DISTRIBUTION, *names}, key=str.lower):
        try:
            versions.append((name.lower(), metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name.lower(), "absent"))
    return versions


def context_hash(
    registry_hash: str,
    rule_sources: Iterable[str],
    settings: dict[str, Any],
    expired_ids: Iterable[str],
) -> str:
    """What every cached result depends on besides the draft itself: a rules *file* counts
    by its bytes as a folder does, so editing ``--rules my/hype.yaml`` is seen at once.
    FileProblem when a rule source holds a file that is not regular."""
    digest = hashlib.sha256(f"claimcheck {__version__} cache {FORMAT}\0".encode())
    for name, version in runtime_versions():
        digest.update(f"{name}=={version}\0".encode("utf-8", "surrogateescape"))
    _hash_tree(digest, PACKAGE_DIR, (".py", ".yaml", ".yml", ".json"), content=False)
    digest.update(b"registry:" + registry_hash.encode())
    for source in rule_sources:
        digest.update(b"rules:" + source.encode("utf-8", "surrogateescape") + b"\0")
        if not source.startswith("claimcheck:"):
            _hash_tree(digest, Path(source), (".yaml", ".yml"), content=True)
    digest.update(json.dumps(settings, sort_keys=True).encode())
    digest.update(("expired:" + ",".join(sorted(expired_ids))).encode())
    return digest.hexdigest()


def finding_to_json(finding: Finding) -> dict[str, Any]:
    return dataclasses.asdict(finding)


FIELDS = {field.name: field for field in dataclasses.fields(Finding)}
TEXT_FIELDS = ("path", "code", "severity", "message")
OPTIONAL_TEXT = ("registry_id", "suggestion", "claim_text", "rule")
INT_FIELDS = ("line", "col", "start", "end")
MAX_TEXT = 100_000  # characters in any one text field of an entry


def _is_int(value: Any) -> bool:
    return type(value) is int and 0 <= value < 1 << 53


def _is_text(value: Any) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def _plain(value: Any, depth: int = 0) -> bool:
    """JSON of bounded depth made of text, numbers, booleans, null, lists and mappings."""
    if depth > 8:
        return False
    if value is None or type(value) in (bool, int, str):
        return not isinstance(value, str) or len(value) <= MAX_TEXT
    if type(value) is float:
        return math.isfinite(value)
    if type(value) is list:
        return all(_plain(item, depth + 1) for item in value)
    if type(value) is dict:
        return all(type(k) is str and _plain(v, depth + 1) for k, v in value.items())
    return False


def finding_from_json(data: Any, known_codes: frozenset[str]) -> Finding:
    """A Finding from an entry's record; ValueError unless every field is what claimcheck
    itself writes (a known code and severity, positions as integers, texts as text)."""
    if type(data) is not dict or set(data) != set(FIELDS):
        raise ValueError("not a finding record")
    if not all(_is_text(data[name]) for name in TEXT_FIELDS):
        raise ValueError("a text field is not text")
    if not all(data[name] is None or _is_text(data[name]) for name in OPTIONAL_TEXT):
        raise ValueError("an optional text field is not text")
    if not all(_is_int(data[name]) for name in INT_FIELDS):
        raise ValueError("a position is not a whole number")
    if data["line"] < 1 or data["col"] < 1 or data["end"] < data["start"]:
        raise ValueError("a position is out of range")
    if data["severity"] not in SEVERITIES or data["code"] not in known_codes:
        raise ValueError("an unknown code or severity")
    for name in ("paragraph", "page"):
        if data[name] is not None and not (_is_int(data[name]) and data[name] >= 1):
            raise ValueError("a paragraph or page that is not a number from 1")
    score = data["score"]
    if score is not None and not (type(score) in (int, float) and 0 <= score <= 100):
        raise ValueError("a score outside 0-100")
    quantity = data["quantity"]
    if quantity is not None and not (type(quantity) is dict and _plain(quantity)):
        raise ValueError("a quantity that is not a plain mapping")
    fix = data["fix"]
    if fix is not None:
        fix = fix_from_dict(fix)
    return Finding(**{**data, "fix": fix})


class Cache:
    """Per-draft findings under ``folder``, valid for one context hash and one MAC key
    (None: nothing is read or written, as with ``--no-cache``)."""

    def __init__(self, folder: str | Path, context: str, key: bytes | None = None) -> None:
        self.folder = Path(folder)
        self.context = context
        self.mac_key = key
        self.hits = 0
        self.misses = 0

    def key(self, path: str, data: bytes) -> str:
        digest = hashlib.sha256(self.context.encode())
        digest.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / key[:2] / f"{key}.json"

    # -- authenticated files ---------------------------------------------------------------

    def _mac(self, payload: bytes | memoryview) -> bytes:
        assert self.mac_key is not None
        return hmac.new(self.mac_key, payload, hashlib.sha256).hexdigest().encode()

    def _read(self, path: Path, limit: int = MAX_ENTRY_BYTES) -> Any:
        """The JSON of an authentic file at ``path``; None for anything else (absent, not a
        regular file, larger than ``limit`` bytes, a MAC that does not verify, JSON that
        cannot be parsed)."""
        if self.mac_key is None:
            return None
        try:
            data = read_regular(path, limit)
        except OSError:
            return None
        mac, newline = data[:MAC_LENGTH], data[MAC_LENGTH : MAC_LENGTH + 1]
        payload = memoryview(data)[MAC_LENGTH + 1 :]  # not a copy: a registry entry is large
        if newline != b"\n" or not hmac.compare_digest(mac, self._mac(payload)):
            return None
        try:
            text = str(payload, "utf-8")
        except ValueError:
            return None
        del payload, data  # only the text is held while the JSON is read
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            return None

    def _write(self, path: Path, document: Any) -> None:
        if self.mac_key is None:
            return
        # keys in the order the finding has them: a cached run prints what an uncached one does
        mac = hmac.new(self.mac_key, digestmod=hashlib.sha256)

        def signed(pieces: Iterable[str]) -> Iterator[bytes]:
            for piece in pieces:
                data = piece.encode("ascii")  # ensure_ascii: every character is ASCII
                mac.update(data)
                yield data

        try:
            if not self._ensure_folder(path.parent):
                return
            write_atomic_pieces(
                path,
                signed(json_pieces(document)),
                lambda: mac.hexdigest().encode() + b"\n",
                MAC_LENGTH + 1,
            )
        except OSError:
            pass  # a read-only cache still lints; it is only slower next time

    # -- entries ------------------------------------------------------------------------

    def get(self, key: str) -> list[Finding] | None:
        entry = self._read(self._file(key))
        try:
            if type(entry) is not dict or entry.get("key") != key:
                raise ValueError("not this key's entry")
            records = entry["findings"]
            if type(records) is not list:
                raise ValueError("findings is not a list")
            findings = [finding_from_json(item, _known_codes()) for item in records]
        except (ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return findings

    def put(self, key: str, findings: Iterable[Finding]) -> None:
        self._write(
            self._file(key), {"key": key, "findings": [finding_to_json(f) for f in findings]}
        )

    def _review_file(self, registry_hash: str) -> Path:
        return self.folder / f"v{FORMAT}" / f"registry-{registry_hash}.json"

    def review_dates(self, registry_hash: str) -> dict[str, str | None] | None:
        """Each claim's review date (ISO) for the registry with this hash, if recorded: a run
        where every draft hits the cache then need not parse the registry at all."""
        dates = self._read(self._review_file(registry_hash))
        valid = type(dates) is dict and all(
            _is_text(k) and (v is None or (_is_text(v) and len(v) == 10)) for k, v in dates.items()
        )
        return dates if valid else None

    def put_review_dates(self, registry_hash: str, dates: dict[str, str | None]) -> None:
        self._write(self._review_file(registry_hash), dates)

    # -- other signed documents (the validated registry) -----------------------------------

    def read_signed(self, name: str, limit: int) -> Any:
        """The JSON document stored as ``name`` (a file name inside this format's folder) if
        this machine signed it, else None; the caller still validates every field."""
        return self._read(self.folder / f"v{FORMAT}" / name, limit)

    def write_signed(self, name: str, document: Any) -> None:
        """Store ``document`` as ``name``, signed; a cache that cannot be written is skipped."""
        self._write(self.folder / f"v{FORMAT}" / name, document)

    # -- the folder -----------------------------------------------------------------------

    def _ensure_folder(self, folder: Path) -> bool:
        """Make ``folder`` (inside the cache) and say whether it may be written into: no
        folder from the cache root down may be a symlink, and the root is marked as a cache
        (CACHEDIR.TAG, and a .gitignore for a cache inside a checkout)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not _is_real_folder(self.folder):
            return False
        for name, text in (
            (".gitignore", "# created by claimcheck: the results cache\n*\n"),
            ("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"
             "# This folder is claimcheck's results cache: see https://bford.info/cachedir/\n"),
        ):  # fmt: skip
            marker = self.folder / name
            if not os.path.lexists(marker):
                write_atomic(marker, text)
        current = self.folder
        for part in folder.relative_to(self.folder).parts:
            current = current / part
            try:
                current.mkdir(exist_ok=True)
            except FileExistsError:
                return False
            if not _is_real_folder(current):
                return False
        return True


def _is_real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _known_codes() -> frozenset[str]:
    """claimcheck's codes and every code a rule may carry (CC200-CC399)."""
    from claimcheck.codes import CODES

    return frozenset(CODES) | frozenset(f"CC{n}" for n in range(200, 400))
