"""Reading an input file without hanging: only regular files, never more than a cap.

Every file claimcheck reads (a draft, a registry or rules file, a config, a baseline, a cache
entry) comes through :func:`read_regular`. ``open()`` on a FIFO blocks until a writer
appears, and reading a character device such as ``/dev/zero`` (or a symlink to it) never
ends; both are refused before any byte is read. The file is opened with ``O_NONBLOCK`` and
checked again on the open descriptor, so a file swapped for a FIFO in between still cannot
block, and at most ``limit`` bytes are read. Whatever goes wrong is a :class:`FileProblem`
whose ``reason`` completes "``path``: ..." on one line.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""The largest registry, rules, config or baseline file read (a 10,000-claim registry is
about 5 MB); a larger one is an error naming it, never read into memory."""

KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileProblem(OSError):
    """A file that is not read; ``reason`` says why in a few words ("a named pipe (FIFO),
    not a regular file: not read")."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(reason)
        self.path = str(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in a user's words."""
    for test, name in KINDS:
        if test(mode):
            return name
    return "not a regular file"


def _describe(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symlink loop (or too many levels of symlinks): not read"
    if error.errno == errno.ENOENT:
        return "no such file (or a dangling symlink)"
    return f"cannot read: {error.strerror or error}"


def regular_file_problem(path: str | Path) -> str | None:
    """Why ``path`` (symlinks followed) cannot be read as a regular file, or None when it can."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return _describe(error)
    except ValueError:  # a NUL in the name
        return "not a valid file name"
    if not stat.S_ISREG(mode):
        return f"{kind_of(mode)}, not a regular file: not read"
    return None


def read_regular(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed); a FileProblem when it
    is anything else (a FIFO, a device, a directory, a symlink loop), cannot be opened, or
    holds more than ``limit`` bytes."""
    problem = regular_file_problem(path)
    if problem is not None:
        raise FileProblem(path, problem)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise FileProblem(path, _describe(error)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # swapped since the check above
            raise FileProblem(path, f"{kind_of(info.st_mode)}, not a regular file: not read")
        if info.st_size > limit:
            raise FileProblem(path, too_large(info.st_size, limit))
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while read
                raise FileProblem(path, too_large(total, limit))
        return b"".join(chunks)
    except FileProblem:
        raise
    except OSError as error:
        raise FileProblem(path, _describe(error)) from None
    finally:
        os.close(fd)


def too_large(size: int, limit: int) -> str:
    return f"too large to read ({size:,} bytes; the limit is {limit:,})"


def read_text(path: str | Path, limit: int, *, encoding: str = "utf-8") -> str:
    """:func:`read_regular`, decoded; invalid text is a FileProblem naming the byte."""
    data = read_regular(path, limit)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileProblem(
            path, f"not UTF-8 text (byte 0x{data[error.start]:02X} at line {line})"
        ) from None


def walk_files(
    folder: str | Path, wanted: Callable[[str], bool]
) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files under ``folder`` whose name ``wanted`` accepts, sorted, hidden files and
    folders (``.name``) left out; and each folder that could not be listed, with the reason.
    Symlinked folders are not followed (``os.walk``'s default), so a symlink loop cannot
    trap the walk; a symlinked file is listed, and reading it says what it points to."""
    found: list[Path] = []
    problems: list[tuple[str, str]] = []

    def unreadable(error: OSError) -> None:
        name = error.filename if error.filename is not None else folder
        problems.append((str(name), f"cannot read this folder ({error.strerror or error})"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        found.extend(Path(root, n) for n in files if not n.startswith(".") and wanted(n))
    return sorted(found), sorted(problems)


def resolved(path: str | Path) -> Path:
    """``Path(path).resolve()``, or the absolute path as written when a symlink loops there
    (``resolve()`` raises RuntimeError on a loop before Python 3.13, OSError after): a loop
    among the drafts is reported when it is read, never a crash while paths are compared."""
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))
