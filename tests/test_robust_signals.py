"""Signals: ``kill PID`` (SIGTERM) on ``lint --jobs 2`` ends its worker processes too, and
says so in one line with the shell's status for SIGTERM (143); Ctrl-C stays 130."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robust_helpers import REPO, as_in_a_terminal, assert_no_traceback

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc: no psutil needed)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def slow_drafts(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for n in range(16):  # enough work that the workers are busy when the signal comes
        (folder / f"{n:02}.md").write_text("About 12% of adults have condition Q. " * 2500)
    return folder


@pytest.mark.parametrize("signum, status, said", [
    (signal.SIGTERM, 143, "claimcheck: terminated"),
    (signal.SIGINT, 130, "claimcheck: interrupted"),
])  # fmt: skip
def test_a_signal_ends_lint_and_its_workers(tmp_path, slow_drafts, signum, status, said):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "lint", "--no-cache", "--jobs", "2", slow_drafts],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=as_in_a_terminal,
    )
    try:
        deadline = time.monotonic() + 60
        while len(children(process.pid)) < 2:  # the workers have started
            assert process.poll() is None, "lint ended before its workers started"
            assert time.monotonic() < deadline, "no workers after 60 s"
            time.sleep(0.1)
        workers = children(process.pid)
        time.sleep(1)  # they are analysing
        process.send_signal(signum)  # to lint alone, as `kill PID` does (not the group)
        _, stderr = process.communicate(timeout=60)
        deadline = time.monotonic() + 30
        while any(alive(worker) for worker in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)], "worker processes outlived lint"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == status
    assert_no_traceback(stderr)
    assert stderr.decode().splitlines()[-1] == said
