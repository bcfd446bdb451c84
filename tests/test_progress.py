"""The progress bar: on stderr for long runs at a terminal, never on a pipe or in CI unless
asked, never on stdout."""

from __future__ import annotations

import io
import json

import pytest
from workflow_helpers import make_project

from claimcheck.progress import FEW_DRAFTS, in_ci, progress_factory, wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def many_drafts(tmp_path, monkeypatch):
    make_project(tmp_path)
    for number in range(FEW_DRAFTS + 3):
        (tmp_path / "drafts" / f"page{number}.md").write_text(
            f"About {number + 30}% of adults in the study responded.\n", encoding="utf-8"
        )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_terminal_gets_a_bar_for_more_than_a_few_drafts(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert wanted(None, FEW_DRAFTS + 1, Terminal())
    assert not wanted(None, FEW_DRAFTS, Terminal())  # a bar for a handful would only flash
    assert not wanted(None, 500, io.StringIO())  # a pipe or a file: no bar
    assert not wanted(None, 500, Terminal(), quiet=True)


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_ci_gets_no_bar_unless_asked(monkeypatch, value):
    monkeypatch.setenv("CI", value)
    assert in_ci()
    assert not wanted(None, 500, Terminal())
    assert wanted(True, 500, io.StringIO())  # --progress: always
    assert not wanted(False, 500, Terminal())  # --no-progress: never


def test_ci_false_is_not_ci(monkeypatch):
    monkeypatch.setenv("CI", "false")
    assert not in_ci()
    assert wanted(None, 500, Terminal())


def test_the_bar_counts_drafts_on_the_stream_and_is_cleared_at_the_end(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    terminal = Terminal()
    with progress_factory(None, stream=terminal)(20) as advance:
        assert advance is not None
        advance(8)
        advance(12)
    shown = terminal.getvalue()
    assert shown.startswith("\rlinting:   0%") and "0/20 [" in shown and "draft/s" in shown
    assert shown.endswith(" \r")  # cleared: the report and summary are all that stay


def test_progress_goes_to_stderr_and_the_report_stays_clean(many_drafts, run_cli):
    plain = run_cli("lint", "drafts", "--format", "json", "--no-cache")
    shown = run_cli("lint", "drafts", "--format", "json", "--no-cache", "--progress")
    assert plain.stdout == shown.stdout
    json.loads(shown.stdout)
    assert f"linting:   0%|          | 0/{FEW_DRAFTS + 3}" in shown.stderr
    assert "linting" not in plain.stderr  # the test's stderr is no terminal: no bar unasked


def test_jobs_show_progress_too(many_drafts, run_cli):
    shown = run_cli("lint", "drafts", "--no-cache", "--progress", "--jobs", "2", "-q")
    assert f"| 0/{FEW_DRAFTS + 3}" in shown.stderr
