"""`registry check` prints each problem as a linter does, `file:line:col: SEVERITY: KIND: …`:
a warning says `warning:` as an error says `error:`, so a reader (or a grep) tells them apart."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LINE = re.compile(r"^claims/[\w.-]+\.yaml:\d+:\d+: (error|warning): [a-z-]+: ")


def test_every_problem_line_names_its_severity(tmp_path, monkeypatch, run_cli):
    shutil.copytree(REPO / "claims", tmp_path / "claims")
    monkeypatch.chdir(tmp_path)
    result = run_cli("registry", "check", "claims")
    problems = result.stdout.splitlines()[:-1]  # the last line is the summary
    assert problems, result.output
    assert [line for line in problems if not LINE.match(line)] == []
    severities = {LINE.match(line).group(1) for line in problems}
    assert "warning" in severities
    stale = next(line for line in problems if ": stale: " in line)
    assert re.match(r"claims/epidemiology\.yaml:\d+:3: warning: stale: 'liver-cancer", stale)
