"""What a commit changes in the registry: the claims added, changed or removed, against the
committed version (git's ``HEAD``), for the ``claimcheck-registry`` pre-commit hook.

A claim is *changed* when anything a verdict depends on differs: its statement, names, value,
tolerance, variants, sources, status, review date, frame or derivation (not where in the file
it is written). The registry as committed is read from ``git show HEAD:<file>`` for every
registry file of the folder, so the pages that stated a claim before the change are found
too: a retired or removed claim breaks exactly those.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimcheck.files import resolved
from claimcheck.registry.errors import RegistryLoadError
from claimcheck.registry.loader import Registry, load_registry, registry_files
from claimcheck.registry.model import RegistryClaim


def _content(claim: RegistryClaim) -> tuple:
    """What a verdict depends on, without the claim's place in its file."""
    return (
        claim.statement,
        claim.subject,
        claim.context,
        claim.value,
        claim.tolerance,
        claim.variants,
        claim.sources,
        claim.status,
        claim.review_by,
        claim.measure,
        claim.group,
        claim.timepoint,
        claim.derived,
    )


@dataclass(frozen=True)
class RegistryChanges:
    """The ids added, changed and removed, and the registry as committed (None when there is
    no committed version: not a git repository, or a registry new in this commit)."""

    added: frozenset[str]
    changed: frozenset[str]
    removed: frozenset[str]
    committed: Registry | None

    @property
    def ids(self) -> frozenset[str]:
        return self.added | self.changed | self.removed


def _git_show(path: Path) -> str | None:
    """The committed text of ``path``, or None when git has none."""
    try:
        done = subprocess.run(
            ["git", "show", f"HEAD:./{path.name}"],
            cwd=path.parent,
            capture_output=True,
            check=False,
        )
    except OSError:  # no git on this machine
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def _git_names(directory: Path) -> list[str]:
    """The registry files of ``directory`` as committed (a file removed since is among them)."""
    try:
        done = subprocess.run(
            ["git", "ls-tree", "--name-only", "HEAD", "./"],
            cwd=directory,
            capture_output=True,
            check=False,
        )
    except OSError:
        return []
    if done.returncode != 0:
        return []
    names = done.stdout.decode("utf-8", errors="replace").split()
    return [name for name in names if name.endswith((".yaml", ".yml"))]


def committed_registry(directory: Path) -> Registry | None:
    """The registry under ``directory`` as ``HEAD`` has it, or None."""
    directory = Path(directory)
    names = {Path(name).name for name in _git_names(directory)}
    names.update(path.name for path in registry_files(directory) if directory.is_dir())
    with tempfile.TemporaryDirectory(prefix="claimcheck-committed-") as folder:
        written = 0
        for name in sorted(names):
            text = _git_show(directory / name)
            if text is not None:
                (Path(folder) / name).write_text(text, encoding="utf-8")
                written += 1
        if not written:
            return None
        try:
            committed = load_registry(folder)
        except RegistryLoadError:
            return None  # the committed registry did not load: nothing to compare with
    return committed


def registry_changes(
    registry: Registry, directory: Path, files: Iterable[str | Path] = ()
) -> RegistryChanges:
    """The claims that differ between ``registry`` (as on disk) and its committed version.
    ``files`` (the staged registry files) narrow the comparison; without them, or without a
    committed version, every claim of the folder counts as changed."""
    committed = committed_registry(directory)
    in_files = {resolved(file) for file in files}

    def considered(claim: RegistryClaim) -> bool:
        return not in_files or resolved(claim.path) in in_files

    now = {claim.id: claim for claim in registry.claims if considered(claim)}
    if committed is None:
        return RegistryChanges(frozenset(now), frozenset(), frozenset(), None)
    before = {
        claim.id: claim
        for claim in committed.claims
        if not in_files or resolved(Path(directory) / Path(claim.path).name) in in_files
    }
    added = frozenset(now.keys() - before.keys())
    removed = frozenset(before.keys() - now.keys() - registry.by_id.keys())
    changed = frozenset(
        claim_id
        for claim_id in now.keys() & before.keys()
        if _content(now[claim_id]) != _content(before[claim_id])
    )
    return RegistryChanges(added, changed, removed, committed)
