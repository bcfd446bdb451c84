"""Writing a report file atomically: readers never see half a file, a crash leaves the old one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from claimcheck.display import clean


def write_atomic(path: str | Path, text: str, make_folders: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file in the same folder, then
    rename it into place (``os.replace`` is atomic on POSIX and Windows, and replaces a
    symlink at ``path`` rather than writing through it). A missing folder is an error (a
    mistyped ``-o`` path should not grow a tree) unless ``make_folders``. A lone surrogate
    (a file name that is not UTF-8) is written as U+FFFD."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if make_folders:
        folder.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(clean(text))
            handle.flush()
            os.fsync(handle.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # mkstemp makes 0600; reports are for sharing
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_atomic_pieces(
    path: str | Path, pieces: Iterable[bytes], head: Callable[[], bytes], head_size: int
) -> None:
    """Write ``head_size`` bytes of ``head()`` then every piece of ``pieces`` to ``path``,
    atomically as :func:`write_atomic` does, with ``head`` asked once every piece is written
    (a signature of them: the cache's MAC line). A large document (a 100,000-claim registry
    entry is 50 MB) is never one string or one bytes object in memory. ValueError when
    ``head()`` is not ``head_size`` bytes long."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(b" " * head_size)
            for piece in pieces:
                handle.write(piece)
            first = head()
            if len(first) != head_size:
                raise ValueError("the head is not as long as the space left for it")
            handle.seek(0)
            handle.write(first)
            handle.flush()
            os.fsync(handle.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
