"""What every robustness test checks: a wall-clock bound, and what the user sees.

``within(seconds)`` is the harness's timeout: a hang (a FIFO opened, ``/dev/zero`` read, a
quadratic loop) is interrupted by SIGALRM and fails the test with a message, instead of
hanging the suite. The bound is generous (these machines are shared): it is there to catch
"never ends", not to measure speed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

REPO = Path(__file__).resolve().parent.parent
# a one-claim registry the hostile-input tests lint against
REGISTRY = """\
- id: condition-q-adults
  statement: Condition Q affects 8% of adults.
  subject: [condition Q]
  context: [adults]
  value: {value: 8, unit: percent}
  sources:
    - citation: "Example R. Survey of Q 2024;3:14"
  status: approved
  review_by: 2099-01-01
"""

BOUND = 60  # seconds: a hang, not a slow run, is what fails


def as_in_a_terminal() -> None:
    """``preexec_fn`` for a child that is sent SIGINT: start it with SIGINT's default
    disposition, as a terminal's foreground command has. A shell without job control starts
    background commands with SIGINT ignored (so does a CI runner launched that way), and
    Python then installs no Ctrl-C handler: the test would measure how it was launched."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Hung(Exception):
    """Raised in the test by SIGALRM when the bound is reached."""


@contextlib.contextmanager
def within(seconds: float = BOUND) -> Iterator[None]:
    """Fail the test when the block runs longer than ``seconds`` (main thread, POSIX)."""

    def expire(signum, frame):
        raise Hung(f"still running after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def lint(*args: str | os.PathLike, seconds: float = BOUND, command: str = "lint"):
    """``claimcheck lint ARGS`` in-process, within the bound; the click Result."""
    with within(seconds):
        return CliRunner().invoke(main, [command, *map(str, args)], catch_exceptions=False)


def run_process(
    *args: str | os.PathLike, cwd: Path, seconds: float = BOUND, **options
) -> subprocess.CompletedProcess:
    """``python -m claimcheck ARGS`` as its own process (for signals, closed or full
    standard streams), killed and failed at the bound."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NO_COLOR": "1"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "claimcheck", *map(str, args)],
            cwd=cwd,
            env=env,
            timeout=seconds,
            capture_output="stdout" not in options,
            **options,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"claimcheck {' '.join(map(str, args))} still running after {seconds} s")


def assert_no_traceback(*streams: str | bytes) -> None:
    for stream in streams:
        text = stream.decode("utf-8", "replace") if isinstance(stream, bytes) else stream
        assert "Traceback" not in text, text
        assert "Error:" not in text.replace("claimcheck: error:", ""), text


def assert_one_error(stderr: str, *expected: str) -> str:
    """The one ``claimcheck: error:`` line of ``stderr`` (notes aside), holding every string
    of ``expected`` (the file, its line); returns it."""
    assert_no_traceback(stderr)
    errors = [line for line in stderr.splitlines() if line.startswith("claimcheck: error: ")]
    assert len(errors) == 1, stderr
    for part in expected:
        assert part in errors[0], (part, errors[0])
    return errors[0]
