"""The results cache: unchanged drafts are not analysed again.

An entry holds one draft's findings (before selection, severity overrides and baseline, which
are cheap and applied on every run). Its key is a hash of the draft's path and bytes and of
the *context*: claimcheck's version and source files, the registry's files, the rule sources,
the engine settings (threshold, rules) and which registry claims are past their review date
today. Change any of them and every key changes. Entries live in ``.claimcheck_cache/`` (with
its own ``.gitignore``), are written atomically, and are checked on the way back in: an entry
that cannot be read, parsed or rebuilt, or whose stored key differs, is a miss, never trusted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.findings import Finding
from claimcheck.output import write_atomic

CACHE_DIR = ".claimcheck_cache"
FORMAT = 1
PACKAGE_DIR = Path(__file__).resolve().parent


def _hash_tree(digest: Any, folder: Path, suffixes: tuple[str, ...], *, content: bool) -> None:
    """Feed every file under ``folder`` with one of ``suffixes`` into ``digest``: its relative
    name and either its bytes or (for claimcheck's own sources, cheaply) its size and mtime."""
    if not folder.is_dir():
        digest.update(b"missing:" + str(folder).encode())
        return
    for root, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(suffixes):
                continue
            path = Path(root, name)
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            if content:
                digest.update(hashlib.sha256(path.read_bytes()).digest())
            else:
                stat = path.stat()
                digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())


def tree_hash(folder: str | Path, suffixes: tuple[str, ...] = (".yaml", ".yml")) -> str:
    """A hash of the names and bytes of the files under ``folder`` (a registry, a rule folder)."""
    digest = hashlib.sha256()
    _hash_tree(digest, Path(folder), suffixes, content=True)
    return digest.hexdigest()


def context_hash(
    registry_hash: str,
    rule_sources: Iterable[str],
    settings: dict[str, Any],
    expired_ids: Iterable[str],
) -> str:
    """What every cached result depends on besides the draft itself."""
    digest = hashlib.sha256(f"claimcheck {__version__} cache {FORMAT}\0".encode())
    _hash_tree(digest, PACKAGE_DIR, (".py", ".yaml", ".yml", ".json"), content=False)
    digest.update(b"registry:" + registry_hash.encode())
    for source in rule_sources:
        digest.update(b"rules:" + source.encode() + b"\0")
        if not source.startswith("claimcheck:"):
            _hash_tree(digest, Path(source), (".yaml", ".yml"), content=True)
    digest.update(json.dumps(settings, sort_keys=True).encode())
    digest.update(("expired:" + ",".join(sorted(expired_ids))).encode())
    return digest.hexdigest()


def finding_to_json(finding: Finding) -> dict[str, Any]:
    return dataclasses.asdict(finding)


def finding_from_json(data: dict[str, Any]) -> Finding:
    return Finding(**data)


class Cache:
    """Per-draft findings under ``folder``, valid for one context hash."""

    def __init__(self, folder: str | Path, context: str) -> None:
        self.folder = Path(folder)
        self.context = context
        self.hits = 0
        self.misses = 0

    def key(self, path: str, data: bytes) -> str:
        digest = hashlib.sha256(self.context.encode())
        digest.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Finding] | None:
        try:
            entry = json.loads(self._file(key).read_text(encoding="utf-8"))
            if entry["key"] != key:
                raise ValueError("key mismatch")
            findings = [finding_from_json(item) for item in entry["findings"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return findings

    def put(self, key: str, findings: Iterable[Finding]) -> None:
        entry = {"key": key, "findings": [finding_to_json(f) for f in findings]}
        try:
            self._ensure_folder()
            write_atomic(self._file(key), json.dumps(entry, ensure_ascii=False), make_folders=True)
        except OSError:
            pass  # a read-only tree still lints; it is only slower next time

    def _review_file(self, registry_hash: str) -> Path:
        return self.folder / f"v{FORMAT}" / f"registry-{registry_hash}.json"

    def review_dates(self, registry_hash: str) -> dict[str, str | None] | None:
        """Each claim's review date (ISO) for the registry with this hash, if recorded: a run
        where every draft hits the cache then need not parse the registry at all."""
        try:
            dates = json.loads(self._review_file(registry_hash).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        valid = isinstance(dates, dict) and all(isinstance(v, str | None) for v in dates.values())
        return dates if valid else None

    def put_review_dates(self, registry_hash: str, dates: dict[str, str | None]) -> None:
        try:
            self._ensure_folder()
            write_atomic(
                self._review_file(registry_hash),
                json.dumps(dates, sort_keys=True),
                make_folders=True,
            )
        except OSError:
            pass

    def _ensure_folder(self) -> None:
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore.write_text("# created by claimcheck: the results cache\n*\n", encoding="utf-8")
