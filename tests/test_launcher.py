"""The console entry point (``claimcheck``, ``python -m claimcheck``) in a real process.

It leaves with ``os._exit`` to skip tearing down spaCy; these tests show nothing a user sees is
lost on the way out: every byte of the report, the exit code, the error line, the output file.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

from conftest import REPO
from robust_helpers import as_in_a_terminal

from claimcheck import __version__

EXAMPLE = REPO / "examples" / "car-t-liver-cancer.md"


def claimcheck(*args: str, cwd=REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_whole_report_and_the_exit_code_survive_the_fast_exit(run_cli):
    process = claimcheck("lint", "--no-cache", "--format", "json", "examples")
    in_process = run_cli("lint", "--no-cache", "--format", "json", "examples")
    assert process.returncode == in_process.exit_code == 1  # the examples hold conflicts
    assert json.loads(process.stdout) == json.loads(in_process.stdout)
    assert process.stderr == ""


def test_bad_input_still_gives_one_error_line_and_exit_2(tmp_path):
    missing = tmp_path / "missing.md"
    process = claimcheck("lint", "--no-cache", str(missing))
    assert process.returncode == 2
    assert process.stderr.count("\n") == 1
    assert str(missing) in process.stderr


def test_the_output_file_is_complete_when_the_process_ends(tmp_path):
    report = tmp_path / "report.sarif"
    process = claimcheck("lint", "--no-cache", "--format", "sarif", "-o", str(report), str(EXAMPLE))
    assert process.returncode == 1
    sarif = json.loads(report.read_text(encoding="utf-8"))
    assert {result["ruleId"] for result in sarif["runs"][0]["results"]} >= {"CC101"}


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path):
    draft = tmp_path / "long.txt"  # far more output than a pipe buffers
    draft.write_text("In 2020, 12% of the 3,000 patients responded.\n" * 4000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "extract", str(draft)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.read(10)
    process.stdout.close()  # like `claimcheck extract ... | head -c 10`
    stderr = process.stderr.read().decode()
    assert process.wait() in (0, 1)
    assert "Traceback" not in stderr


def test_usage_errors_help_and_version_keep_clicks_output_and_codes():
    usage = claimcheck("lint", "--format", "yaml", "examples")
    assert usage.returncode == 2
    assert "Error: Invalid value for '--format'" in usage.stderr and "Usage:" in usage.stderr
    version = claimcheck("--version")
    assert (version.returncode, version.stdout) == (0, f"claimcheck, version {__version__}\n")
    assert claimcheck("lint", "--help").stdout.startswith("Usage: python -m claimcheck lint")


def test_ctrl_c_stops_with_one_line_and_status_130(tmp_path):
    draft = tmp_path / "long.txt"
    # figures that differ and name a registry subject: each is tokenised and judged afresh
    # (the same sentence repeated, with no claim to rank, takes lint a second or two)
    lines = (
        f"In {2000 + n % 20}, {n % 90 + 5}% of the {1000 + n:,} people with liver cancer "
        f"responded, and {n % 40 + 2} died.\n\n"
        for n in range(20_000)
    )
    draft.write_text("".join(lines), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "lint", "--no-cache", str(draft)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_in_a_terminal,
    )
    try:
        time.sleep(3)  # well inside the analysis, which takes over ten seconds
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:  # a failed test must not leave a lint running
            process.kill()
            process.communicate()
    assert process.returncode == 130
    assert err == "\nclaimcheck: interrupted\n"  # click's blank line ends the terminal's ^C
