"""`rules explain` shows each pattern whole, on a line of its own, as its rule means it: the
list was wrapped at spaces inside patterns (`wipe` / `out`), and a YAML line fold showed as a
space that means nothing (`got rid of |banish`, written `got rid of` then `|banish`)."""

from __future__ import annotations

import re

import yaml

from tests.conftest import REPO


def listed(stdout: str, label: str) -> list[str]:
    """The patterns under ``label:``, one a line, without their quotes."""
    lines = stdout.splitlines()
    start = lines.index(f"{label}:") + 1
    shown = []
    for line in lines[start:]:
        if not line.startswith('  "'):
            break
        shown.append(line.strip()[1:-1])
    return shown


def test_patterns_are_shown_whole_without_fold_spaces(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("rules", "explain", "cure-claims")
    assert result.exit_code == 0
    terms = listed(result.stdout, "Terms (whole words and their inflections)")
    rules = yaml.safe_load((REPO / "src/claimcheck/presets/default.yaml").read_text())
    written = next(rule for rule in rules if rule["id"] == "cure-claims")["terms"]
    assert len(terms) == len(written)
    verbs = next(term for term in terms if term.startswith("(eliminate"))
    assert "|wipe out|" in verbs and "|got rid of|banish|" in verbs
    assert not re.search(r" \||\| ", verbs)
    assert terms[:3] == ["cure", "curative", "cure-all"]
