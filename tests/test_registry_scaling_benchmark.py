"""The registry scaling benchmark runs at small sizes (CI never builds 100,000 claims) and
prints every measure it promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "registry_scaling.py"


def test_the_benchmark_runs_at_small_sizes():
    command = [sys.executable, str(BENCHMARK), "--kinds", "shared", "--sizes", "100", "400"]
    out = subprocess.run(
        [*command, "--check-sizes", "400", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    rows = re.findall(
        r"shared registry +(\d+) claims: load [\d.]+ s \(peak \d+ MiB\); "
        r"from the cache [\d.]+ s \([\d.]+ s CPU, peak \d+ MiB\), .*",
        out,
    )
    assert rows == ["100", "400"]
    assert "findings, peak" in out
    assert re.search(r"first lint [\d.]+ s CPU, [\d.]+ s CPU in a later run \(peak \d+ MiB\)", out)
    assert re.search(r"lint time ratio 400 / 100: [\d.]+x", out)
    assert re.search(
        r"registry check +400 claims, CPU \(wall\): [\d.]+ s \([\d.]+ s\), of which "
        r"near-duplicates [\d.]+ s \([\d.]+ s\) and the evidence check with the rest [\d.]+ s; "
        r"again from the evidence cache [\d.]+ s \([\d.]+ s\); with \d+ claims changed "
        r"[\d.]+ s \([\d.]+ s\); --jobs \d+ without the cache [\d.]+ s \([\d.]+ s\); "
        r"registry from its cache [\d.]+ s, peak \d+ MiB",
        out,
    )
