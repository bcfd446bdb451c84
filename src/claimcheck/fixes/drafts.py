"""``lint --fix`` and ``--diff`` over drafts: passes of fixes and re-lints, a unified diff,
and writing a fixed draft in place.

A pass applies every wanted fix of each draft that does not overlap another (see
:mod:`claimcheck.fixes.apply`); a draft with fixes left over is linted again on its fixed
text and fixed again, up to :data:`MAX_PASSES` times, as ruff does. Only drafts in a format
claimcheck reads as text can be edited: a Word or PDF draft is refused with a one-line
reason and left alone.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.findings import Finding
from claimcheck.fixes.apply import apply_fixes, wanted

MAX_PASSES = 10

Relint = Callable[[Mapping[str, str]], Mapping[str, Sequence[Finding]]]
"""Lints drafts given as texts (path -> text) and returns each one's reported findings."""


@dataclass
class DraftFix:
    path: str
    before: str  # the text as read
    after: str  # the text with the fixes applied
    fixed: list[Finding] = field(default_factory=list)  # as reported when each was fixed

    @property
    def changed(self) -> bool:
        return self.after != self.before


def refusal(path: str) -> str | None:
    """Why --fix cannot edit the draft at ``path`` (a Word or PDF draft, see
    :func:`claimcheck.documents.document.is_editable`), or None when it can."""
    from claimcheck.documents.document import is_editable

    if is_editable(path):
        return None
    return (
        f"{path}: not fixed: --fix edits Markdown, HTML and text drafts only; a Word or PDF "
        "draft is read through its extracted text, so edit it in its own application"
    )


def fix_drafts(
    findings: Sequence[Finding],
    texts: Mapping[str, str],
    relint: Relint,
    unsafe: bool = False,
) -> dict[str, DraftFix]:
    """Every draft of ``texts`` (path -> its text, the one ``findings`` were made from)
    with its wanted fixes applied; ``relint`` gives the findings of a fixed text when fixes
    were left for another pass."""
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.path in texts:
            by_path.setdefault(finding.path, []).append(finding)
    results = {path: DraftFix(path, text, text) for path, text in texts.items()}
    todo = {path: found for path, found in by_path.items() if any(wanted(f, unsafe) for f in found)}
    for _ in range(MAX_PASSES):
        again: dict[str, str] = {}
        for path, found in todo.items():
            applied = apply_fixes(results[path].after, found, unsafe)
            results[path].after = applied.text
            results[path].fixed.extend(applied.fixed)
            if applied.left and applied.fixed:
                again[path] = applied.text
        if not again:
            break
        relinted = relint(again)
        todo = {path: list(relinted.get(path, ())) for path in again}
    return results


def unified_diff(fix: DraftFix) -> str:
    """The draft's changes as a unified diff (``--- path`` / ``+++ path``), a last line
    without a line break marked as diff marks it."""
    lines = difflib.unified_diff(
        fix.before.splitlines(keepends=True),
        fix.after.splitlines(keepends=True),
        fromfile=fix.path,
        tofile=fix.path,
    )
    out = []
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


class DraftChanged(Exception):
    """The draft on disk is no longer the text that was fixed: it is not written."""


def replace_draft(path: str, before: bytes, text: str) -> None:
    """Write ``text`` (UTF-8) over the draft at ``path`` atomically: a temporary file in the
    same folder, given the draft's permission bits, renamed over it (``os.replace``). A
    symlink is followed, so the link stays a link and its target gets the fixed text.
    DraftChanged when the file no longer holds ``before`` (edited meanwhile); OSError when
    it cannot be written."""
    from claimcheck.files import read_regular
    from claimcheck.runner import MAX_DRAFT_BYTES

    target = Path(os.path.realpath(path))
    if read_regular(target, MAX_DRAFT_BYTES) != before:
        raise DraftChanged(f"{path}: changed while it was being fixed; not written")
    mode = stat.S_IMODE(os.stat(target).st_mode)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
