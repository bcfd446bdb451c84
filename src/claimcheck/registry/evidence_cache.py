"""The evidence cache: ``registry check`` reads again only the claims whose figures could
have a different verdict (README, "Keeping the registry honest").

Reading each statement's and quote's figures is nearly all of a large registry's check (some
130 s of CPU at 100,000 claims), and a registry changes a few claims at a time. Each claim's
figure problems (:func:`claimcheck.registry.evidence.figure_notes`: its value against its
statement, quotes and derivation) are kept under a key that hashes everything they read:

- claimcheck's version, the evidence cache's format, the size and modification time of each
  of claimcheck's source files, and the versions of Python and of every library a finding
  rests on (as the results cache's context, :func:`claimcheck.cache.context_hash`);
- the claim's id, statement, value (both ends, inclusive or not, approximate or not, unit),
  its sources' quotes and its ``derived`` expression.

What is kept is each problem's kind, message, severity and the *name* of the field it is
shown at, not its line: a claim that only moved in its file is not read again. A source's
local file is never cached (its bytes can change under the same claim): its quote is looked
for on every run. Retired claims are not checked; a draft's problems are made warnings after
they are read, so approving a draft reads nothing again.

All keys of one registry folder live in one JSON document (never pickle) in the results
cache's folder, ``v3/evidence-<hash of the folder's absolute path>.json``, signed with the
results cache's key and checked before it is parsed, written atomically (see
:class:`claimcheck.cache.Cache`); each entry is validated field by field and any doubt is a
miss, so a planted, damaged or stale document can only cost time, never change a message.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.registry.errors import ERROR, WARNING
from claimcheck.registry.evidence import FIGURE_FIELDS, FIGURE_KINDS, Note, quotes_of
from claimcheck.registry.model import RegistryClaim

FORMAT = 1
MAX_DOCUMENT_BYTES = 1 << 30  # some 300 bytes a claim: 100,000 claims are about 30 MB
SEVERITIES = frozenset({ERROR, WARNING})
KEY_HEX = 32  # 128 bits of SHA-256 name an entry


def code_context() -> bytes:
    """What every entry depends on besides its claim: claimcheck's version and source files,
    the runtime's library versions and this cache's format."""
    from claimcheck import cache as results_cache

    digest = hashlib.sha256(f"claimcheck {__version__} evidence {FORMAT}\0".encode())
    for name, version in results_cache.runtime_versions():
        digest.update(f"{name}=={version}\0".encode("utf-8", "surrogateescape"))
    results_cache._hash_tree(
        digest, results_cache.PACKAGE_DIR, (".py", ".yaml", ".yml", ".json"), content=False
    )
    return digest.digest()


def claim_key(context: bytes, claim: RegistryClaim) -> str:
    """The key of ``claim``'s figure problems: a hash of ``context`` and of every field
    :func:`~claimcheck.registry.evidence.figure_notes` reads (``repr`` of strings, floats,
    booleans and None is exact, and the tuple's shape separates the fields)."""
    value = claim.value
    read = (
        claim.id,
        claim.statement,
        (value.low, value.high, value.low_inclusive, value.high_inclusive, value.approx),
        value.unit,
        tuple(quotes_of(claim)),
        claim.derived,
    )
    digest = hashlib.sha256(context)
    digest.update(repr(read).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:KEY_HEX]


def _notes(value: Any) -> list[Note] | None:
    """``value`` as a claim's notes when it is exactly what :meth:`EvidenceCache.put` wrote,
    else None (a miss)."""
    if type(value) is not list:
        return None
    notes: list[Note] = []
    for item in value:
        if type(item) is not list or len(item) != 4 or any(type(part) is not str for part in item):
            return None
        where, kind, message, severity = item
        if where not in FIGURE_FIELDS or kind not in FIGURE_KINDS or severity not in SEVERITIES:
            return None
        notes.append((where, kind, message, severity))
    return notes


class EvidenceCache:
    """The figure problems of one registry folder's claims, read once from the cache folder
    and written back once the check is done (see the module). ``hits`` and ``misses`` count
    the claims found and not found."""

    def __init__(self, folder: str | Path, directory: str | Path, key: bytes) -> None:
        from claimcheck import cache as results_cache

        self.store = results_cache.Cache(folder, "", key)
        where = str(Path(directory).resolve()).encode("utf-8", "surrogateescape")
        self.name = f"evidence-{hashlib.sha256(where).hexdigest()[:KEY_HEX]}.json"
        self.context = code_context()
        self.entries: dict[str, Any] | None = None
        self.kept: dict[str, list[Note]] = {}
        self.changed = False
        self.hits = 0
        self.misses = 0

    def _load(self) -> dict[str, Any]:
        if self.entries is None:
            document = self.store.read_signed(self.name, MAX_DOCUMENT_BYTES)
            valid = type(document) is dict and document.get("format") == FORMAT
            claims = document.get("claims") if valid else None
            self.entries = claims if type(claims) is dict else {}
        return self.entries

    def get(self, claim: RegistryClaim) -> tuple[str, list[Note] | None]:
        """The claim's key and its cached notes (None: a miss, to be read)."""
        key = claim_key(self.context, claim)
        notes = _notes(self._load().get(key))
        if notes is None:
            self.misses += 1
        else:
            self.hits += 1
            self.kept[key] = notes
        return key, notes

    def put(self, key: str, notes: list[Note]) -> None:
        self.kept[key] = notes
        self.changed = True

    def save(self) -> None:
        """Write the notes of this check's claims (and no others: a removed claim's entry
        goes), when any was read afresh or any entry was dropped."""
        if not self.changed and len(self.kept) == len(self._load()):
            return
        document = {
            "format": FORMAT,
            "claims": {k: [list(n) for n in v] for k, v in self.kept.items()},
        }
        self.store.write_signed(self.name, document)


def open_cache(directory: str | Path, cache: bool | str | Path | None) -> EvidenceCache | None:
    """The evidence cache of the registry in ``directory``: ``cache`` True for the default
    folder (``CLAIMCHECK_CACHE_DIR``, else the user's cache folder), a folder, or False/None
    for none; None too when this machine's cache key can be neither read nor made."""
    if cache is None or cache is False:
        return None
    from claimcheck import cache as results_cache

    key = results_cache.load_key()
    if key is None:
        return None
    folder = results_cache.default_folder() if cache is True else Path(cache)
    return EvidenceCache(folder, directory, key)
