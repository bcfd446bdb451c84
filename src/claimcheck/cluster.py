"""Lint's drafts on a Dask distributed cluster (``claimcheck lint --executor dask``).

The client (the ``claimcheck lint`` process) loads the registry and rules once, as for
``--jobs``, and registers them with the cluster as a worker plugin (:class:`EnginePlugin`):
each worker process receives them once, builds the spaCy pipeline and teaches it the
registry's names once, in the plugin's ``setup``, and so does a worker that joins later. The
client then reads the drafts itself and sends them in batches (:data:`BATCH_DRAFTS` drafts,
at most :data:`BATCH_BYTES` bytes each) with their bytes, so the workers need neither the
drafts nor the registry on their disks, only claimcheck installed (``claimcheck-health[dask]``,
the same version). At most a few batches per worker thread are in flight at once, so a run of
a million pages never holds them all in memory. A draft the client cannot read is reported
by the client, as lint does in one process.

Results come back as each batch finishes, in any order; ``runner.run`` sorts the findings as
always, so they are identical to a run in one process, in the same order. The cache, the
baseline and every report are written by the client. A worker that dies mid-run (its machine
lost, killed for memory) loses its batches, and the scheduler runs them again on another
worker (up to Dask's ``distributed.scheduler.allowed-failures``, 3 by default, after which the
run stops with an error naming the batch's first draft).

Each worker process runs one batch at a time (a lock; spaCy's pipeline is not shared across
threads): start workers with ``--nthreads 1`` and as many processes as cores
(``dask worker ADDRESS --nworkers auto --nthreads 1``).
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from distributed import Client, WorkerPlugin, as_completed, get_worker

from claimcheck.findings import Finding
from claimcheck.runner import Engine, ExecutorError, read_for_lint

BATCH_DRAFTS = 16
"""Drafts per task: enough to amortise a task's scheduling (a few ms), few enough that a lost
worker costs little and the progress bar moves."""
BATCH_BYTES = 4_000_000
"""Bytes of drafts per task at most (one draft larger than this goes alone)."""
IN_FLIGHT_PER_THREAD = 2
"""Batches sent ahead per worker thread, so no worker waits for the client."""

Outcome = list[Finding] | str


class EnginePlugin(WorkerPlugin):
    """The registry, rules and settings of a run, installed on every worker of the cluster:
    ``setup`` runs once per worker process, including workers that join later."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"engine": self.engine}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.engine = state["engine"]
        self.lock = threading.Lock()

    def setup(self, worker: Any) -> None:
        from claimcheck.nlp.pipeline import build_pipeline, use_registry_terms
        from claimcheck.registry.loader import Registry

        build_pipeline()
        registry = self.engine.registry
        use_registry_terms(registry if registry is not None else Registry.from_claims(()))

    def teardown(self, worker: Any) -> None:
        self.engine = Engine()  # the registry is let go when the run ends


def lint_batch(plugin_name: str, batch: list[tuple[str, bytes]]) -> list[tuple[str, Outcome]]:
    """Run on a worker: the drafts of ``batch`` (path, bytes) linted with the run's engine."""
    plugin = get_worker().plugins[plugin_name]
    with plugin.lock:
        return plugin.engine.lint_paths([path for path, _ in batch], dict(batch))


def read_batches(
    paths: list[str], unreadable: dict[str, Outcome]
) -> Iterator[list[tuple[str, bytes]]]:
    """The drafts as (path, bytes) batches; a draft that cannot be read gets its outcome
    (CC400) in ``unreadable`` from this process, as a run in one process gives it."""
    from claimcheck.documents.document import DocumentError
    from claimcheck.documents.reader import read_draft_bytes

    batch: list[tuple[str, bytes]] = []
    size = 0
    for path in paths:
        try:
            data = read_draft_bytes(path)
        except DocumentError:
            unreadable.update(read_for_lint([path], {})[1])
            continue
        if batch and (len(batch) >= BATCH_DRAFTS or size + len(data) > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append((path, data))
        size += len(data)
    if batch:
        yield batch


def analyse_on_cluster(
    engine: Engine,
    paths: list[str],
    scheduler: str,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Outcome]:
    """Each path's outcome (findings, or an empty draft's note), linted on the cluster whose
    scheduler is at ``scheduler`` (``tcp://host:8786``). Raises ClusterError when it cannot
    be used."""
    if not scheduler:
        raise ExecutorError(
            "--executor dask needs the scheduler's address: --scheduler tcp://HOST:8786 "
            "(or the config's scheduler, or DASK_SCHEDULER_ADDRESS)"
        )
    try:
        # waits up to Dask's distributed.comm.timeouts.connect (30 s unless configured)
        client = Client(scheduler, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    name = f"claimcheck-{uuid.uuid4().hex}"
    try:
        client.register_plugin(EnginePlugin(engine.for_workers()), name=name)
        return _run_batches(client, name, paths, progress)
    finally:
        with contextlib.suppress(Exception):  # a cluster gone: nothing left to clean up there
            client.unregister_worker_plugin(name)
        client.close()


def _run_batches(
    client: Client, name: str, paths: list[str], progress: Callable[[int], None] | None
) -> dict[str, Outcome]:
    unreadable: dict[str, Outcome] = {}
    outcome: dict[str, Outcome] = {}
    batches = read_batches(paths, unreadable)
    pending = as_completed(loop=client.loop)
    first_paths: dict[str, str] = {}
    told = 0  # unreadable drafts already counted on the progress bar

    def send() -> None:
        nonlocal told
        batch = next(batches, None)
        if progress is not None and len(unreadable) > told:
            progress(len(unreadable) - told)
            told = len(unreadable)
        if batch is not None:
            future = client.submit(lint_batch, name, batch, pure=False)
            first_paths[future.key] = batch[0][0]
            pending.add(future)

    threads = sum(client.nthreads().values()) or 1
    for _ in range(threads * IN_FLIGHT_PER_THREAD):
        send()
    for future in pending:
        try:
            results = future.result()
        except Exception as error:  # KilledWorker, or an error on every try
            raise ExecutorError(
                f"the batch of drafts starting at {first_paths[future.key]} failed on the "
                f"cluster: {type(error).__name__}: {error}"
            ) from error
        outcome.update(results)
        if progress is not None:
            progress(len(results))
        send()
    for _ in batches:  # only unreadable drafts were left
        pass
    if progress is not None and len(unreadable) > told:
        progress(len(unreadable) - told)
    return {**unreadable, **outcome}
