"""Load a registry directory into a :class:`Registry`, indexed by term for the matcher.

Files are read in sorted order (``*.yaml`` and ``*.yml``) so errors, duplicate reports and
claim order are the same on every machine. Every problem of every file is collected and raised
together as one :class:`RegistryLoadError`: a registry that is partly wrong is not used.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from claimcheck.files import MAX_INPUT_BYTES, FileProblem, read_regular
from claimcheck.registry.errors import RegistryError, RegistryLoadError
from claimcheck.registry.model import APPROVED, DRAFT, RegistryClaim
from claimcheck.registry.schema import parse_claims

REGISTRY_SUFFIXES = (".yaml", ".yml")


@lru_cache(maxsize=1 << 16)
def normalise_term(term: str) -> str:
    """The key of a name: lower case, letters and digits only, so case, hyphens and spacing
    do not matter (``Glypican-3``, ``glypican 3`` -> ``glypican3``; ``GPC-3`` -> ``gpc3``).

    Most names are words and spaces only: those take the fast path (the same key, as
    ``str.isalnum`` is the regex's word class less ``_``), the rest the pattern; a
    100,000-claim registry has some 300,000 names to key at every load."""
    lowered = term.lower()
    squeezed = lowered.replace(" ", "")
    if squeezed.isalnum():
        return squeezed
    return NOT_NAME_CHARACTERS.sub("", lowered)


NOT_NAME_CHARACTERS = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Registry:
    """The loaded claims, by id and by the (normalised) names of their subjects and contexts.

    Draft claims are in ``claims``, ``by_id`` and ``terms()`` (so ``registry check`` sees them
    and the term finder knows their names) but not in ``by_term`` or ``subject_terms``: no
    figure is ever matched to a draft."""

    claims: tuple[RegistryClaim, ...]
    by_id: dict[str, RegistryClaim] = field(repr=False)
    by_term: dict[str, tuple[str, ...]] = field(repr=False)

    @classmethod
    def from_claims(cls, claims: Iterable[RegistryClaim]) -> Registry:
        claims = tuple(claims)
        # a loop over 100,000 claims and 300,000 names at every load: no property calls, no
        # LRU (every name is new here), one list per name; a claim's id is added once per
        # name, however many of its names share the key (the ids are an ordered set: a claim
        # adds its id only while it is the last one added)
        ids_by_term: dict[str, list[str]] = {}
        # the subject names' keys, as the very strings by_term is keyed by (keyed again
        # apart, 200,000 names of a 100,000-claim registry were 11 MiB of copies)
        subject_keys: set[str] = set()
        key = normalise_term.__wrapped__
        for claim in claims:
            if claim.status == DRAFT:
                continue
            claim_id = claim.id
            for is_subject, names in ((True, claim.subject), (False, claim.context)):
                for term in names:
                    normalised = key(term)
                    ids = ids_by_term.get(normalised)
                    if ids is None:
                        ids_by_term[normalised] = [claim_id]
                    elif ids[-1] != claim_id:
                        ids.append(claim_id)
                    if is_subject and normalised not in subject_keys:
                        subject_keys.add(normalised)
        registry = cls(
            claims=claims,
            by_id={claim.id: claim for claim in claims},
            by_term={term: tuple(ids) for term, ids in ids_by_term.items()},
        )
        registry.__dict__["subject_terms"] = frozenset(subject_keys)  # the cached property
        return registry

    @cached_property
    def subject_terms(self) -> frozenset[str]:
        """Every normalised subject name: what the registry knows as things that are measured
        (set by :meth:`from_claims`, which keys them with ``by_term``'s own strings)."""
        return frozenset(normalise_term(name) for claim in self.usable for name in claim.subject)

    @cached_property
    def usable(self) -> tuple[RegistryClaim, ...]:
        """The claims a figure may be matched to: every claim but drafts."""
        return tuple(claim for claim in self.claims if not claim.is_draft)

    @cached_property
    def drafts(self) -> tuple[RegistryClaim, ...]:
        return tuple(claim for claim in self.claims if claim.is_draft)

    def terms(self) -> list[str]:
        """Every subject and context name as written, sorted: the term finder's names.
        Drafts' names are among them, so a figure only a draft matches can be told so."""
        return list(self.term_names)

    @cached_property
    def term_names(self) -> tuple[str, ...]:
        """:meth:`terms`, worked out once: every lint run hands them to the term finder."""
        return tuple(sorted({term for claim in self.claims for term in claim.terms}))

    @cached_property
    def draft_registry(self) -> Registry | None:
        """The drafts as a registry of their own (each as if approved), to tell a figure no
        approved claim supports that a draft would; None when there are no drafts."""
        if not self.drafts:
            return None
        return Registry.from_claims(replace(claim, status=APPROVED) for claim in self.drafts)

    @cached_property
    def position(self) -> dict[str, int]:
        """Each claim's place in registry order, by id."""
        return {claim.id: index for index, claim in enumerate(self.claims)}

    def term_units(self, term: str) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
        """``by_term[term]`` split by the claims' units, ``((unit, ids), …)``, ids in registry
        order within each unit; ``()`` for a name the registry lacks. A figure's unit rules out
        a whole unit's claims at once, however many claims share the name.

        Worked out for a name when a figure first asks for it, and kept: drafts name a few
        hundred of a registry's names, and a table of all of them (300,000 for 100,000 claims
        with names of their own, two tuples each) was 37 MiB of every lint."""
        kept = self._term_units.get(term)
        if kept is not None:
            return kept
        ids = self.by_term.get(term)
        if ids is None:
            return ()
        by_id = self.by_id
        # most names (contexts above all) belong to claims of one unit: their ids are kept
        # as the one group, the tuple by_term holds, not copied
        unit = by_id[ids[0]].value.unit
        if all(by_id[claim_id].value.unit == unit for claim_id in ids):
            made: tuple[tuple[str | None, tuple[str, ...]], ...] = ((unit, ids),)
        else:
            groups: dict[str | None, list[str]] = {}
            for claim_id in ids:
                groups.setdefault(by_id[claim_id].value.unit, []).append(claim_id)
            made = tuple((unit, tuple(group)) for unit, group in groups.items())
        self._term_units[term] = made
        return made

    @cached_property
    def _term_units(self) -> dict[str, tuple[tuple[str | None, tuple[str, ...]], ...]]:
        return {}  # :meth:`term_units` as asked so far

    def candidates(self, term: str) -> tuple[RegistryClaim, ...]:
        """The claims that name ``term`` as subject or context, in registry order."""
        return tuple(
            self.by_id[claim_id] for claim_id in self.by_term.get(normalise_term(term), ())
        )

    def __len__(self) -> int:
        return len(self.claims)


def registry_files(directory: Path) -> list[Path]:
    """The ``*.yaml``/``*.yml`` entries of ``directory`` that are not folders, sorted: a FIFO,
    a device or a broken symlink among them is listed, and reading it says what it is."""
    return sorted(
        path
        for path in directory.iterdir()
        if path.suffix in REGISTRY_SUFFIXES and not path.is_dir()
    )


def _read(path: Path) -> tuple[bytes | None, RegistryError | None]:
    try:
        return read_regular(path, MAX_INPUT_BYTES), None
    except FileProblem as problem:
        return None, RegistryError(str(path), 0, 0, problem.reason)


def _text(path: Path, data: bytes) -> tuple[str | None, RegistryError | None]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, RegistryError(str(path), 0, 0, f"not UTF-8 text ({exc.reason})")


def _duplicate_id_errors(
    claims: list[RegistryClaim], dropped: list[tuple[str, str, int, int]], paths: list[Path]
) -> list[RegistryError]:
    """A duplicate id error for each claim whose id an earlier claim has. The claims left
    out for their errors (``dropped``: id, path, line, col) count too: a claim with a
    mistyped unit still takes its id, and the claim repeating it is reported in the same
    run, not after the first error is fixed."""
    order = {str(path): index for index, path in enumerate(paths)}
    placed = [(claim.id, claim.path, claim.line, claim.col) for claim in claims] + dropped
    placed.sort(key=lambda item: (order.get(item[1], -1), item[2], item[3]))
    first_by_id: dict[str, tuple[str, str, int, int]] = {}
    errors = []
    for item in placed:
        claim_id, path, line, col = item
        first = first_by_id.setdefault(claim_id, item)
        if first is not item:
            errors.append(
                RegistryError(
                    path,
                    line,
                    col,
                    f"duplicate id '{claim_id}' (first defined at "
                    f"{first[1]}:{first[2]}:{first[3]})",
                )
            )
    return errors


CacheChoice = bool | str | Path | None
"""Where the registry cache is: True for the default folder (``CLAIMCHECK_CACHE_DIR``, else
the user's cache folder), a folder, or False/None for no cache."""


def _store(cache: CacheChoice):
    """The signed store of the registry cache, or None when there is none to use."""
    if cache is None or cache is False:
        return None
    from claimcheck import cache as results_cache

    folder = results_cache.default_folder() if cache is True else Path(cache)
    key = results_cache.load_key()
    return results_cache.Cache(folder, "", key) if key is not None else None


FREEZE_BYTES = 8 << 20
"""Registry files of this many bytes in all (some 20,000 claims) are kept out of the cycle
collector's reach once loaded (``gc.freeze``)."""


@contextmanager
def _collector_paused(freeze: bool) -> Iterator[None]:
    """Python's cycle collector held off while a registry's records are made: they hold no
    cycles, yet each full collection walked every record made so far (40% of a
    100,000-claim load). With ``freeze``, what is left afterwards goes to the collector's
    permanent generation (``gc.freeze``): the registry lives as long as the run, and
    every later collection walked it again. Garbage is collected first, so none is frozen
    with it. The collector is enabled afterwards as it was before."""
    was_enabled = gc.isenabled()
    freeze = freeze and was_enabled
    if freeze:
        gc.collect()
    gc.disable()
    try:
        yield
        if freeze:  # a registry was loaded (an error leaves nothing to keep)
            gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


def load_registry(directory: str | Path, *, cache: CacheChoice = True) -> Registry:
    """Read and validate every registry file in ``directory``.

    A registry read before with the same files is taken from the registry cache
    (:mod:`claimcheck.registry.stored`; ``cache`` says where it is, False for none); one
    that loads without errors is stored there. Raises :class:`RegistryLoadError` with every
    error found (syntax, schema, duplicate ids, a missing or empty directory)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise RegistryLoadError(
            [RegistryError(str(directory), 0, 0, "registry directory not found")]
        )
    paths = registry_files(directory)
    if not paths:
        raise RegistryLoadError(
            [RegistryError(str(directory), 0, 0, "no registry files (*.yaml, *.yml) found")]
        )
    read = [_read(path) for path in paths]
    large = sum(len(data or b"") for data, _ in read) >= FREEZE_BYTES
    with _collector_paused(freeze=large):
        return _load_registry(directory, paths, read, cache, collect_before_return=large)


def _load_registry(
    directory: Path,
    paths: list[Path],
    read: list[tuple[bytes | None, RegistryError | None]],
    cache: CacheChoice,
    collect_before_return: bool,
) -> Registry:
    """The registry of ``paths`` as :func:`load_registry` says, their bytes already ``read``.
    ``collect_before_return``: the YAML parser's garbage is collected before a registry read
    from YAML is returned (it is about to be frozen)."""
    store = _store(cache) if all(data is not None for data, _ in read) else None
    if store is not None:
        from claimcheck.registry import stored

        key = stored.registry_key([path.name for path in paths], [data for data, _ in read])
        read.clear()  # the files were read to hash them: the entry, if any, is what is loaded
        document = store.read_signed(stored.entry_name(key), stored.MAX_STORED_BYTES)
        if document is not None:
            try:
                registry = Registry.from_claims(stored.decode(document, directory))
            except ValueError:
                pass  # not what claimcheck writes: load the YAML, as with no cache
            else:
                stored.keep_entry(registry, store, key)
                return registry
        del document
        read.extend(_read(path) for path in paths)  # a miss: read again to parse them
    claims: list[RegistryClaim] = []
    errors: list[RegistryError] = []
    dropped: list[tuple[str, str, int, int]] = []  # claims left out for their errors
    for path, (data, read_error) in zip(paths, read, strict=True):
        if data is None:
            errors.append(read_error)  # type: ignore[arg-type]
            continue
        text, decode_error = _text(path, data)
        if text is None:
            errors.append(decode_error)  # type: ignore[arg-type]
            continue
        file_dropped: list[tuple[str, int, int]] = []
        file_claims, file_errors = parse_claims(text, str(path), file_dropped)
        claims.extend(file_claims)
        errors.extend(file_errors)
        dropped.extend((claim_id, str(path), line, col) for claim_id, line, col in file_dropped)
    duplicates = _duplicate_id_errors(claims, dropped, paths)
    if errors or duplicates:
        by_file_order = {str(path): index for index, path in enumerate(paths)}
        ordered = sorted(
            errors + duplicates,
            key=lambda error: (by_file_order.get(error.path, -1), error.line, error.col),
        )
        failure = RegistryLoadError(ordered)
        # the claims that loaded, each id once: ``registry check`` still checks them
        first_of_each: dict[str, RegistryClaim] = {}
        for claim in claims:
            first_of_each.setdefault(claim.id, claim)
        failure.loaded = tuple(first_of_each.values())
        raise failure
    registry = Registry.from_claims(claims)
    if store is not None:
        from claimcheck.registry import stored

        # keyed by the bytes parsed, not those hashed before: a file may change in between
        key = stored.registry_key([path.name for path in paths], [data for data, _ in read])
        store.write_signed(stored.entry_name(key), stored.encode(registry.claims, directory))
        stored.keep_entry(registry, store, key)
    if collect_before_return:
        read.clear()
        del claims
        gc.collect()
    return registry
