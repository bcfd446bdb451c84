"""Running lint over a tree: which drafts, from the cache or analysed, serially or in processes.

The command line calls :func:`run`; it returns every draft's findings as the engine made them
(selection, severity overrides and the baseline come after, in the CLI). Nothing here imports
spaCy or the document readers until a draft actually has to be analysed, so a run where every
draft hits the cache starts and ends in a fraction of spaCy's own import time.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.cache import Cache
from claimcheck.codes import CODES, UNREADABLE
from claimcheck.config import EXECUTORS as EXECUTOR_NAMES
from claimcheck.config import Config
from claimcheck.files import read_regular, walk_files
from claimcheck.findings import Finding
from claimcheck.selection import skip_reason, wanted

# The same drafts iter_draft_paths finds (tests/test_jobs.py checks they agree); repeated here
# because documents.reader imports the Markdown and HTML parsers, which a cached run never needs.
DRAFT_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt", ".docx", ".pdf")
CHUNKS_PER_JOB = 4
DASK_INSTALL = "pip install 'claimcheck-health[dask]'"
EXECUTORS = LOCAL, DASK = EXECUTOR_NAMES
"""Where drafts are analysed: this machine (``--jobs`` processes) or a Dask cluster."""
MAX_DRAFT_BYTES = 8_000_000  # documents.document.MAX_DRAFT_BYTES (a test checks they agree)
MAX_PACKAGE_BYTES = 64 * 1024 * 1024  # documents.reader.MAX_PACKAGE_BYTES: .docx and .pdf


class ExecutorError(Exception):
    """The chosen executor cannot run (Dask not installed, the scheduler unreachable, a batch
    that failed on every worker it was given to); the message says which, in one line."""


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)  # sorted
    drafts_checked: int = 0  # read and checked: neither unreadable (CC400) nor empty
    empty: list[str] = field(default_factory=list)  # notes: "path: empty file, nothing to check"
    cache_hits: int = 0
    analysed: int = 0


@dataclass
class Engine:
    """Everything a (worker) process needs to lint a draft. The registry and rules are loaded
    on first need through ``loader`` (a run that hits the cache never parses them); a worker
    gets a copy with them loaded and without the loader, so it pickles."""

    registry: Any = None
    rules: Any = None
    threshold: float | None = None
    today: date | None = None
    loader: Callable[[], tuple[Any, Any]] | None = field(default=None, repr=False)
    contents: dict[str, bytes] = field(default_factory=dict, repr=False)  # drafts from stdin
    unlisted: list[tuple[str, str]] = field(default_factory=list)  # folders a walk could not list

    def prepare(self) -> Engine:
        if self.registry is None and self.loader is not None:
            self.registry, self.rules = self.loader()
        return self

    def for_workers(self) -> Engine:
        self.prepare()
        return Engine(self.registry, self.rules, self.threshold, self.today, contents=self.contents)

    def lint_paths(
        self, paths: Sequence[str], contents: dict[str, bytes] | None = None
    ) -> list[tuple[str, list[Finding] | str]]:
        """Each path with its findings (an unreadable draft's is CC400), or, for an empty
        draft, the one-line note that there was nothing to check. ``contents`` holds drafts
        already read (a cluster's workers get the bytes from the client)."""
        from claimcheck.lint import lint
        from claimcheck.verify.matching import DEFAULT_THRESHOLD

        documents, outcome = read_for_lint(paths, {**self.contents, **(contents or {})})
        if documents:
            threshold = DEFAULT_THRESHOLD if self.threshold is None else self.threshold
            result = lint(
                documents, self.registry, threshold=threshold, today=self.today, rules=self.rules
            )
            for document_result in result.documents:
                outcome[document_result.document.path] = list(document_result.findings)
        return [(path, outcome[path]) for path in paths]


def read_for_lint(
    paths: Sequence[str], contents: dict[str, bytes]
) -> tuple[list[Any], dict[str, list[Finding] | str]]:
    """The drafts that could be read (``contents`` holds any from standard input), and for
    each other path its CC400 finding, or the note of a draft with nothing to check."""
    from claimcheck.documents.document import DocumentError, SkippedDraft
    from claimcheck.documents.reader import read_document
    from claimcheck.lint import unreadable_finding

    documents, outcome = [], {}
    for path in paths:
        try:
            documents.append(read_document(path, contents.get(path)))
        except SkippedDraft as error:
            outcome[path] = str(error)
        except DocumentError as error:
            outcome[path] = [unreadable_finding(error)]
    return documents, outcome


_worker_engine: Engine | None = None


def _init_worker(engine: Engine) -> None:
    global _worker_engine
    _worker_engine = engine
    # the parent's SIGTERM handler (launcher) raises SystemExit, which a pool worker would
    # report as its task's result and go on: a worker ends on SIGTERM, as a process does
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    from claimcheck.nlp.pipeline import build_pipeline

    build_pipeline()  # once per worker, before the first chunk


def _die_with_parent() -> None:
    """On Linux, have the kernel end this worker when the process that started it dies,
    even by SIGKILL, which leaves no chance to end the workers (prctl PR_SET_PDEATHSIG)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1


def _lint_chunk(paths: Sequence[str]) -> list[tuple[str, list[Finding] | str]]:
    assert _worker_engine is not None
    return _worker_engine.lint_paths(paths)


def _chunks(paths: list[str], count: int) -> list[list[str]]:
    """``count`` chunks of similar total size: largest drafts first, each to the lightest chunk."""
    sized = sorted(paths, key=lambda p: -_size(p))
    chunks: list[list[str]] = [[] for _ in range(min(count, len(paths)))]
    loads = [0] * len(chunks)
    for path in sized:
        lightest = loads.index(min(loads))
        chunks[lightest].append(path)
        loads[lightest] += _size(path) + 2000  # a fixed cost per draft
    return [chunk for chunk in chunks if chunk]


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


Progress = Callable[[int], None]
"""Called with the number of drafts just finished (see claimcheck/progress.py)."""

SERIAL_BATCH = 16  # drafts per lint call in one process when progress is shown


def analyse(
    engine: Engine,
    paths: list[str],
    jobs: int,
    *,
    executor: str = LOCAL,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> dict[str, list[Finding] | str]:
    """Lint ``paths`` in this process, in ``jobs`` worker processes, or on the Dask cluster
    at ``scheduler`` (``executor`` "dask"); the same results every way. ``progress`` is told
    how many drafts each finished batch held."""
    engine.prepare()
    if executor == DASK:
        try:
            from claimcheck.cluster import analyse_on_cluster
        except ImportError as error:
            if error.name not in ("dask", "distributed"):
                raise
            raise ExecutorError(
                f"--executor dask needs Dask's distributed package: {DASK_INSTALL}"
            ) from None
        return analyse_on_cluster(engine, paths, scheduler or "", progress)
    if jobs <= 1 or len(paths) < 2:
        if progress is None:
            return dict(engine.lint_paths(paths))
        outcome: dict[str, list[Finding] | str] = {}
        for start in range(0, len(paths), SERIAL_BATCH):
            outcome.update(engine.lint_paths(paths[start : start + SERIAL_BATCH]))
            progress(len(paths[start : start + SERIAL_BATCH]))
        return outcome
    from concurrent.futures import ProcessPoolExecutor  # 20 ms of imports a one-page run skips

    jobs = min(jobs, len(paths))
    outcome = {}
    worker_engine = engine.for_workers()
    pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(worker_engine,))
    try:
        for results in pool.map(_lint_chunk, _chunks(paths, jobs * CHUNKS_PER_JOB)):
            outcome.update(results)
            if progress is not None:
                progress(len(results))
    except BaseException:  # SIGTERM, Ctrl-C, a worker's crash: no worker outlives the run
        _end_workers(pool)
        raise
    pool.shutdown()
    return outcome


def _end_workers(pool: Any) -> None:
    """Terminate the pool's worker processes and let it go without waiting: ``shutdown()``
    alone waits for every chunk already handed out, and a SIGTERM sent to this process
    alone used to leave the workers running, blocked on their pipes."""
    for process in list(getattr(pool, "_processes", {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def _byte_limit(path: str) -> int:
    """The most of a draft read to key the cache: a Word or PDF file may be far larger."""
    return MAX_PACKAGE_BYTES if path.lower().endswith((".docx", ".pdf")) else MAX_DRAFT_BYTES


def _is_draft_name(name: str) -> bool:
    return name.lower().endswith(DRAFT_SUFFIXES)


@dataclass
class Collected:
    """What :func:`collect_drafts` found: the drafts to check; a message for each PATH that
    does not exist; a note for each file named outright that the config leaves unchecked (a
    walk skips them silently); and each folder that could not be listed, with the reason
    (its drafts are never read, so the run must say so: a CC400 finding)."""

    drafts: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unlisted: list[tuple[str, str]] = field(default_factory=list)

    def __iter__(self):
        """``drafts, errors, skipped = collect_drafts(...)``, as before ``unlisted`` was added."""
        return iter((self.drafts, self.errors, self.skipped))


def collect_drafts(paths: Iterable[str], config: Config) -> Collected:
    """The drafts to check under ``paths`` (files as named, folders walked), filtered by the
    config's include and exclude (see :class:`Collected`)."""
    collected = Collected()
    drafts, errors, skipped = collected.drafts, collected.errors, collected.skipped
    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            walked, problems = walk_files(path, _is_draft_name)
            found = [(p, False) for p in walked]
            collected.unlisted.extend(
                (folder, reason) for folder, reason in problems if wanted(folder, config)
            )
        elif path.exists() or path.is_symlink():  # a dangling or looping link: CC400 says so
            found = [(path, True)]
        else:
            errors.append(f"{path}: no such file or directory")
            continue
        for draft, named in found:
            label = str(draft)
            if label in seen:
                continue
            seen.add(label)
            reason = skip_reason(draft, config)
            if reason is None:
                drafts.append(label)
            elif named:
                skipped.append(f"{label}: not checked, {reason}")
    return collected


def run(
    drafts: list[str],
    engine: Engine,
    *,
    cache: Cache | None = None,
    jobs: int = 1,
    unlisted: Sequence[tuple[str, str]] = (),
    executor: str = LOCAL,
    scheduler: str | None = None,
    progress: Callable[[int], AbstractContextManager[Progress | None]] | None = None,
) -> RunResult:
    """Lint ``drafts``: cached results where the cache has them, the rest analysed (see
    :func:`analyse`); each folder in ``unlisted`` (path, reason) is a CC400 finding of its
    own. ``progress``, given the number of drafts to analyse, opens the callback that shows
    how far the run is (None inside: nothing is shown); see claimcheck/progress.py."""
    result = RunResult()
    findings_by_path: dict[str, list[Finding]] = {}
    todo: list[str] = []
    keys: dict[str, str] = {}
    for path in drafts:
        if cache is not None:
            try:  # a FIFO or a device is never opened to block, nor read without end
                data = read_regular(path, _byte_limit(path))
            except OSError:
                todo.append(path)  # the reader reports why
                continue
            keys[path] = cache.key(path, data)
            cached = cache.get(keys[path])
            if cached is not None:
                findings_by_path[path] = cached
                result.cache_hits += 1
                continue
        todo.append(path)
    if todo:
        with progress(len(todo)) if progress is not None else nullcontext() as shown:
            analysed = analyse(
                engine, todo, jobs, executor=executor, scheduler=scheduler, progress=shown
            )
        for path, outcome in analysed.items():
            if isinstance(outcome, str):
                result.empty.append(outcome)
                continue
            findings_by_path[path] = outcome
            result.analysed += 1
            if cache is not None and path in keys:
                cache.put(keys[path], outcome)
    result.findings = sorted(f for path in drafts for f in findings_by_path.get(path, ()))
    unreadable = {f.path for f in result.findings if f.code == UNREADABLE}
    result.drafts_checked = len(findings_by_path) - len(unreadable)
    if unlisted:
        result.findings = sorted([*result.findings, *(unlisted_finding(*u) for u in unlisted)])
    return result


def unlisted_finding(folder: str, reason: str) -> Finding:
    """A folder the walk could not list, as a CC400 finding: the drafts in it are never
    checked, and a run that passed over them in silence would pass when it should not."""
    return Finding(
        path=folder,
        line=1,
        col=1,
        code=UNREADABLE,
        start=0,
        end=0,
        severity=CODES[UNREADABLE].severity,
        message=f"{reason}: the drafts in it are not checked",
    )


def default_jobs(jobs: int) -> int:
    """``--jobs 0`` means one per CPU."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)
