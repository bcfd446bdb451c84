"""``--executor dask``: the drafts linted on a Dask cluster give the report one process gives.

The cluster is a ``distributed.LocalCluster`` of two worker processes on this machine, started
once for the module (a few seconds); the tests skip where Dask's distributed package is not
installed (``pip install 'claimcheck-health[dask]'``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from office_helpers import write_docx
from pdf_helpers import write_pdf
from workflow_helpers import make_project

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402  (installed with distributed)

DRAFTS = {
    "faq.md": "# Questions\n\nAbout 45% of adults with the condition respond to the first "
    "treatment.\n\nIt is a miracle cure for everyone.\n",
    "costs.txt": "Costs\n\nOne infusion costs between $300,000 and $500,000 in the US.\n",
    "page.html": "<html><body><h1>Survival</h1><p>Five-year survival is roughly 18% when the "
    "tumour has spread, and 33% of patients relapse.</p></body></html>\n",
    "deeper/notes.md": "Sorafenib added roughly 3 months of survival in its main trial.\n\n"
    "GPC3 shows up in about 95% of liver tumours.\n",
    "deeper/more.md": "The drug halves the risk of relapse.\n",
}


@pytest.fixture(scope="module")
def scheduler():
    """The address of a local cluster of two single-threaded worker processes."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


def mixed_tree(folder) -> None:
    """Drafts in five formats (Markdown, HTML, text, Word, PDF) and two folders, several
    batches of them, an empty draft, one that is not UTF-8 (a CC400 from a worker) and a link
    to nowhere (a CC400 from the client)."""
    make_project(folder)
    drafts = folder / "drafts"
    (drafts / "deeper").mkdir()
    for name, text in DRAFTS.items():
        (drafts / name).write_text(text, encoding="utf-8")
    for copy in range(40):  # more drafts than one batch holds
        (drafts / f"copy{copy:02d}.md").write_text(
            f"Draft {copy}: about {copy + 10}% of patients respond.\n", encoding="utf-8"
        )
    write_docx(drafts / "brief.docx", [("h1", "Response"), ("p", "About 45% of adults respond.")])
    write_pdf(drafts / "leaflet.pdf", [["Five-year survival is roughly 18% when it has spread."]])
    (drafts / "empty.md").write_text("", encoding="utf-8")
    (drafts / "latin1.txt").write_bytes("Caf\xe9 prices rose by 12%.\n".encode("latin-1"))
    (drafts / "gone.md").symlink_to(folder / "nowhere.md")


def test_a_cluster_gives_the_findings_of_one_process_in_the_same_order(
    tmp_path, monkeypatch, run_cli, scheduler
):
    mixed_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    one = run_cli("lint", "drafts", "--format", "json", "--no-cache", "--jobs", "1")
    address = scheduler.scheduler_address
    dask = run_cli(
        "lint", "drafts", "--format", "json", "--no-cache", "--executor", "dask",
        "--scheduler", address,
    )  # fmt: skip
    assert one.exit_code == dask.exit_code == 1
    assert one.stdout == dask.stdout  # the same findings, in the same order, byte for byte
    assert one.stderr == dask.stderr  # the same notes (the empty draft)
    report = json.loads(dask.stdout)
    codes = {(f["path"].split("/")[-1], f["code"]) for f in report["findings"]}
    assert {("latin1.txt", "CC400"), ("gone.md", "CC400")} <= codes
    assert "drafts/empty.md: empty file, nothing to check" in dask.stderr
    batches = scheduler.scheduler.task_prefixes["lint_batch"]
    assert sum(batches.state_counts.values()) >= 3  # several batches, run on the cluster


def test_the_config_chooses_the_cluster_and_the_client_writes_the_cache(
    tmp_path, monkeypatch, run_cli, scheduler
):
    mixed_tree(tmp_path)
    for uncached in ("empty.md", "gone.md"):  # nothing to cache for these: analysed each run
        (tmp_path / "drafts" / uncached).unlink()
    config = tmp_path / ".claimcheck.yaml"
    config.write_text(
        f"registry: claims\nexecutor: dask\nscheduler: {scheduler.scheduler_address}\n"
    )
    monkeypatch.chdir(tmp_path)
    first = run_cli("lint", "drafts", "--format", "json")
    # every draft is in the cache the client wrote: the cluster is not even contacted
    config.write_text("registry: claims\nexecutor: dask\nscheduler: tcp://127.0.0.1:9\n")
    again = run_cli("lint", "drafts", "--format", "json")
    local = run_cli("lint", "drafts", "--format", "json", "--executor", "local", "--no-cache")
    assert first.exit_code == again.exit_code == local.exit_code == 1
    assert first.stdout == again.stdout == local.stdout


def test_a_scheduler_that_cannot_be_reached_is_a_usage_error(tmp_path, monkeypatch, run_cli):
    mixed_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run_cli(
            "lint", "drafts", "--no-cache", "--executor", "dask",
            "--scheduler", "tcp://127.0.0.1:9",
        )  # fmt: skip
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_without_a_scheduler_address_it_says_how_to_give_one(tmp_path, monkeypatch, run_cli):
    mixed_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)
    result = run_cli("lint", "drafts", "--no-cache", "--executor", "dask")
    assert result.exit_code == 2
    assert "--scheduler tcp://HOST:8786" in result.stderr


def test_without_dask_installed_it_says_which_extra_to_install(tmp_path, monkeypatch, run_cli):
    mixed_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed: ImportError
    monkeypatch.delitem(sys.modules, "claimcheck.cluster", raising=False)
    result = run_cli(
        "lint", "drafts", "--no-cache", "--executor", "dask", "--scheduler", "tcp://h:8786"
    )
    assert result.exit_code == 2
    assert "pip install 'claimcheck-health[dask]'" in result.stderr


@pytest.mark.slow
def test_a_worker_lost_mid_run_has_its_drafts_run_again(tmp_path, scheduler):
    """The worker running the first batch is killed (SIGKILL, as a lost machine would be);
    Dask runs its batch again on another worker and the report is the one process's. (Last
    in the module: the cluster's nanny starts a new worker in its place.)"""
    mixed_tree(tmp_path)
    for copy in range(16):  # drafts long enough that a batch is still running when killed
        words = f"Patients in group {copy} were seen at the clinic every month of the trial.\n"
        (tmp_path / "drafts" / f"long{copy:02d}.md").write_text(words * 200)
    lint = [sys.executable, "-m", "claimcheck", "lint", "drafts", "--format", "json", "--no-cache"]
    one = subprocess.run(lint, cwd=tmp_path, capture_output=True, text=True)
    run = subprocess.Popen(
        [*lint, "--executor", "dask", "--scheduler", scheduler.scheduler_address],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    killed = _kill_a_busy_worker(scheduler, run)
    stdout, stderr = run.communicate(timeout=300)
    assert killed, "no worker was busy while the run lasted"
    assert run.returncode == one.returncode == 1, stderr
    assert stdout == one.stdout


def _kill_a_busy_worker(cluster, run) -> bool:
    """Kill the process of the first worker seen running a batch; False if the run ended
    before any worker was seen busy."""
    deadline = time.monotonic() + 120
    while run.poll() is None and time.monotonic() < deadline:
        busy = [a for a, w in list(cluster.scheduler.workers.items()) if w.processing]
        for nanny in list(cluster.workers.values()):
            if busy and nanny.worker_address == busy[0] and nanny.process is not None:
                os.kill(nanny.process.process.pid, signal.SIGKILL)
                return True
        time.sleep(0.01)
    return False
