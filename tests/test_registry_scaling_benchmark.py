"""The registry scaling benchmark runs at small sizes (CI never builds 100,000 claims), and its
shared-subject claims, which the drafts' figures do retrieve, never take a verdict over."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "registry_scaling.py"


def test_small_registries_of_shared_subjects_give_the_same_findings():
    command = [sys.executable, str(BENCHMARK), "--kinds", "shared", "--sizes", "100", "400"]
    out = subprocess.run(
        [*command, "--check-sizes", "400", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    rows = re.findall(r"shared registry +(\d+) claims: load .*?, (\d+) findings, peak", out)
    assert [size for size, _ in rows] == ["100", "400"]
    assert rows[0][1] == rows[1][1]  # the 300 more claims on the drafts' subjects win nothing
    assert re.search(r"lint time ratio 400 / 100: [\d.]+x", out)
    assert re.search(r"registry check +400 claims: [\d.]+ s \(near-duplicates [\d.]+ s\)", out)
