"""Lint cost against registry size: the same drafts against synthetic registries of 100 and
10,000 claims.

usage: python benchmarks/registry_scaling.py [--sizes 100 10000] [--repeat 3]

Each registry holds the shipped claims/ plus synthetic claims on made-up subjects (so the
drafts' figures find the same candidates in every registry, as they would in a real,
larger registry on other topics). Each size runs in its own process, so peak memory
(ru_maxrss) is that size's own. Loading the YAML is timed apart from linting.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DRAFTS = [REPO / "examples", REPO.parent / "shared" / "corpus" / "drafts"]

SYNTHETIC = """\
- id: synthetic-{n}
  statement: Marker SYN{n} is expressed in {low}–{high}% of tumour type T{n}.
  subject: [marker SYN{n}, SYN{n}]
  context: [tumour type T{n}]
  value: {{low: {low}, high: {high}, unit: percent}}
  sources:
    - citation: "Synthetic source {n}. Journal of Benchmarks 2026;1:{n}"
  status: approved
  review_by: 2030-01-01
"""


def write_registry(folder: Path, size: int) -> None:
    shipped = sorted((REPO / "claims").glob("*.yaml"))
    for path in shipped:
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    count = sum(len(re.findall(r"^- id:", p.read_text("utf-8"), re.MULTILINE)) for p in shipped)
    entries = [
        SYNTHETIC.format(n=n, low=10 + n % 50, high=20 + n % 50) for n in range(size - count)
    ]
    (folder / "synthetic.yaml").write_text("\n".join(entries), "utf-8")


def measure(size: int, repeat: int) -> dict:
    from claimcheck.cli import read_drafts
    from claimcheck.lint import lint
    from claimcheck.registry import load_registry

    documents, _ = read_drafts([str(p) for p in DRAFTS if p.exists()])
    with tempfile.TemporaryDirectory() as tmp:
        write_registry(Path(tmp), size)
        started = time.perf_counter()
        registry = load_registry(tmp)
        load_s = time.perf_counter() - started
    lint(documents, registry)  # warm-up: builds the pipeline and the term patterns
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = lint(documents, registry)
        times.append(time.perf_counter() - started)
    return {
        "size": len(registry.claims),
        "load_s": load_s,
        "lint_s": min(times),
        "findings": len(result.findings),
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.repeat)))
        return
    rows = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--repeat", str(args.repeat)],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(out.stdout))
    for row in rows:
        print(
            f"registry {row['size']:>6} claims: load {row['load_s']:.2f} s, "
            f"lint {row['lint_s']:.3f} s, {row['findings']} findings, "
            f"peak {row['peak_mib']:.0f} MiB"
        )
    print(
        f"lint time ratio {rows[-1]['size']} / {rows[0]['size']}: "
        f"{rows[-1]['lint_s'] / rows[0]['lint_s']:.2f}x"
    )


if __name__ == "__main__":
    main()
