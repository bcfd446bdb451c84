"""Registry cost against registry size: loading, linting the same drafts, and ``registry
check``, with synthetic registries of two shapes.

usage: python benchmarks/registry_scaling.py [--sizes 100 10000 100000] [--kinds unique shared]
                                             [--check-sizes 1000 10000 100000] [--repeat 3]
                                             [--check-jobs 2] [--near-only]

- ``unique``: every synthetic claim has its own made-up subject, so the drafts' figures find
  the same candidates in every registry (a larger registry on other topics).
- ``shared``: the synthetic claims are about the subjects the drafts name (liver cancer, HCC,
  GPC3, sorafenib, CAR-T …), hundreds to tens of thousands per subject as in a real registry,
  each in its own frame: another measure, unit, stage, age group, timepoint or year
  (1950–1999, which the drafts never name). Retrieval has to tell them apart by unit and
  frame, not scan every claim that shares a name.

Every registry also holds the shipped claims/. Each (shape, size) runs in two processes of its
own, as a first run and a later one would: the first loads the YAML (``load``: parse and
validate, then the registry cache is written; its peak memory is printed beside it), the
second loads it through the registry cache (``from the cache``, wall and CPU time; see the
README's "Registry cache"), which is what every later run pays, with the process's peak
memory (ru_maxrss) once it is loaded, then lints and checks; the peak printed last is that
process's at the end. Its first lint (``first lint``, CPU) works out each candidate claim's
frame and words; a third process loads the registry again and times its first lint, which
reads what the second stored (``in a later run``: what every ``claimcheck lint`` pays once
a lint has run on that registry), with its peak memory. Lint time is
the best of ``--repeat`` runs over the drafts after a warm-up, wall-clock and CPU time (the
CPU time ratio is the steadier one on a shared machine). ``registry check`` is timed at
``--check-sizes``, in CPU time (this process's and its workers') and wall: the
near-duplicate search alone, the whole check with an empty evidence cache (which it fills),
the check again from that cache, again with one claim in a hundred changed, and the check
without the cache in ``--check-jobs`` worker processes (``registry check --jobs``); every
check's problems are asserted to be the first's. ``--near-only`` times the near-duplicate
search alone at ``--check-sizes`` (no evidence check, no lint unless ``--sizes`` asks): at
100,000 claims the whole check takes minutes, its near-duplicate search seconds. The default
sizes keep a run to a few minutes; CI and the tests pass small ones.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DRAFTS = [REPO / "examples", REPO.parent / "shared" / "corpus" / "drafts"]
KINDS = ("unique", "shared")

UNIQUE = """\
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

SHARED_SUBJECTS = (
    "liver cancer",
    "hepatocellular carcinoma, HCC",
    "GPC3, glypican-3",
    "sorafenib",
    "CAR-T, CAR T-cell therapy",
    "CIK, cytokine-induced killer cells",
    "lenvatinib",
    "hepatitis B, HBV",
)
SHARED_FRAMES = (
    # (statement after the subject, value, extra fields): every frame is one a page about
    # the drafts' subjects could name, but each carries a year the drafts never do
    ("{name} deaths numbered {x:,} in cohort {n} in {year}",
     "{{value: {x}, unit: deaths/year}}", ""),
    ("{name} incidence was {r} per 100,000 in cohort {n} in {year}",
     '{{value: {r}, unit: "cases per 100,000"}}', ""),
    ("{pct}% of cohort {n} with {name} were alive at {k} years in {year}",
     "{{value: {pct}, unit: percent}}", "  measure: survival\n  timepoint: {k} years\n"),
    ("{name} in cohort {n} cost {x:,} US dollars per patient in {year}",
     "{{value: {x}, unit: USD}}", "  measure: cost\n"),
    ("{pct}% of people aged {age}–{age9} in cohort {n} had {name} in {year}",
     "{{value: {pct}, unit: percent}}", "  group: [aged {age}–{age9}]\n"),
    ("Median survival with {name} in cohort {n} was {k}.{d} months in {year}",
     "{{value: {k}.{d}, unit: month}}", "  measure: survival\n"),
)  # fmt: skip
SHARED = """\
- id: shared-{n}
  statement: "{statement}."
  subject: [{subject}]
  context: [cohort {n}]
  value: {value}
{extra}  sources:
    - citation: "Synthetic source {n}. Journal of Benchmarks 2026;1:{n}"
  status: approved
  review_by: 2030-01-01
"""


def synthetic(kind: str, n: int) -> str:
    """The YAML of synthetic claim ``n`` of a registry of shape ``kind``."""
    if kind == "unique":
        return UNIQUE.format(n=n, low=10 + n % 50, high=20 + n % 50)
    subject = SHARED_SUBJECTS[n % len(SHARED_SUBJECTS)]
    statement, value, extra = SHARED_FRAMES[(n // len(SHARED_SUBJECTS)) % len(SHARED_FRAMES)]
    fields = {
        "n": n,
        "name": subject.split(",")[0],
        "year": 1950 + n % 50,
        "x": 1000 + n,
        "r": 1 + n % 40,
        "pct": 1 + n % 97,
        "k": 1 + n % 9,
        "d": n % 10,
        "age": 20 + 10 * (n % 5),
        "age9": 29 + 10 * (n % 5),
    }
    text = statement.format(**fields)
    return SHARED.format(
        n=n,
        statement=text[0].upper() + text[1:],
        subject=subject,
        value=value.format(**fields),
        extra=extra.format(**fields),
    )


def write_registry(folder: Path, kind: str, size: int) -> None:
    shipped = sorted((REPO / "claims").glob("*.yaml"))
    for path in shipped:
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    count = sum(len(re.findall(r"^- id:", p.read_text("utf-8"), re.MULTILINE)) for p in shipped)
    entries = [synthetic(kind, n) for n in range(max(0, size - count))]
    (folder / "synthetic.yaml").write_text("\n".join(entries), "utf-8")


def _timed(call):
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def load_yaml(kind: str, size: int, folder: Path) -> dict:
    """Write the registry to ``folder`` and load it from its YAML (which fills the registry
    cache): the first run's cost, and its peak memory."""
    from claimcheck.registry import load_registry

    write_registry(folder, kind, size)
    _, load_s = _timed(lambda: load_registry(folder))
    return {"load_s": load_s, "yaml_peak_mib": _peak_mib()}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(
    kind: str,
    size: int,
    repeat: int,
    check: bool,
    check_jobs: int,
    folder: Path,
    near_only: bool = False,
) -> dict:
    """A later run's costs, in a process of its own: the registry from the warm cache (wall
    and CPU time), linting the drafts with it, ``registry check`` (its near-duplicate search
    alone with ``near_only``); peak memory is this process's (the YAML load's is
    :func:`load_yaml`'s)."""
    from claimcheck.cli import read_drafts
    from claimcheck.lint import lint
    from claimcheck.registry import load_registry

    documents, _ = read_drafts([str(p) for p in DRAFTS if p.exists()])
    row: dict = {"kind": kind}
    started = time.process_time()
    registry, row["cached_s"] = _timed(lambda: load_registry(folder))
    row["cached_cpu_s"] = time.process_time() - started
    row["cached_peak_mib"] = _peak_mib()  # the process once the registry is loaded
    if check and near_only:
        from claimcheck.registry.check import near_duplicates

        found, row["near_s"], row["near_cpu_s"] = _timed_cpu(lambda: near_duplicates(registry))
        row["near_found"] = len(found)
    elif check:
        row.update(check_parts(registry, folder, check_jobs))
    row["size"] = len(registry.claims)
    if repeat:
        started = time.process_time()
        lint(documents, registry)  # warm-up: builds the pipeline and the term finder
        row["first_cpu_s"] = time.process_time() - started
        times, cpu = [], []
        for _ in range(repeat):
            started = time.process_time()
            result, seconds = _timed(lambda: lint(documents, registry))
            times.append(seconds)
            cpu.append(time.process_time() - started)
        row["lint_s"], row["lint_cpu_s"] = min(times), min(cpu)
        row["findings"] = len(result.findings)
    row["peak_mib"] = _peak_mib()
    return row


def _cpu() -> float:
    """CPU time of this process and of its reaped children (``--jobs`` workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed_cpu(call):
    started_cpu, started = _cpu(), time.perf_counter()
    result = call()
    return result, time.perf_counter() - started, _cpu() - started_cpu


CHANGED_SHARE = 100  # one claim in this many has its statement changed for the re-check


def check_parts(registry, folder: Path, check_jobs: int) -> dict:
    """``registry check``'s parts, CPU time (and wall) each, one after the other: the
    near-duplicate search alone; the whole check with an empty evidence cache (which it
    fills); the check again from that cache; again with one claim in :data:`CHANGED_SHARE`
    changed (those read afresh); and without the cache in ``check_jobs`` worker processes.
    Every check's problems must be the first's (the changed claims' aside)."""
    from dataclasses import replace

    from claimcheck.registry import check_registry
    from claimcheck.registry.check import near_duplicates
    from claimcheck.registry.evidence_cache import open_cache
    from claimcheck.registry.figures import figures_in
    from claimcheck.registry.loader import Registry

    today = date(2026, 1, 1)
    row: dict = {}
    with tempfile.TemporaryDirectory() as evidence:
        _, row["near_s"], row["near_cpu_s"] = _timed_cpu(lambda: near_duplicates(registry))
        cache = open_cache(folder, evidence)
        first, row["check_s"], row["check_cpu_s"] = _timed_cpu(
            lambda: check_registry(registry, today, cache=cache)
        )
        figures_in.cache_clear()  # each check reads what it reads afresh, not from memory
        cache = open_cache(folder, evidence)
        again, row["cached_check_s"], row["cached_check_cpu_s"] = _timed_cpu(
            lambda: check_registry(registry, today, cache=cache)
        )
        assert again == first, "the cached check differs"
        assert cache is not None and cache.misses == 0
        changed = Registry.from_claims(
            replace(claim, statement=f"Revised: {claim.statement}")
            if n % CHANGED_SHARE == 0
            else claim
            for n, claim in enumerate(registry.claims)
        )
        figures_in.cache_clear()
        cache = open_cache(folder, evidence)
        _, row["changed_check_s"], row["changed_check_cpu_s"] = _timed_cpu(
            lambda: check_registry(changed, today, cache=cache)
        )
        assert cache is not None
        row["changed_misses"] = cache.misses
    figures_in.cache_clear()
    shared, row["jobs_check_s"], row["jobs_check_cpu_s"] = _timed_cpu(
        lambda: check_registry(registry, today, jobs=check_jobs)
    )
    assert shared == first, "the check in worker processes differs"
    row["check_jobs"] = check_jobs
    return row


def first_lint(folder: Path) -> dict:
    """A later run's first lint, in a process of its own: the registry from the cache, with
    what an earlier lint stored of each claim (:mod:`claimcheck.verify.stored_memos`), which
    is what every ``claimcheck lint`` pays; CPU time and the process's peak memory."""
    from claimcheck.cli import read_drafts
    from claimcheck.lint import lint
    from claimcheck.registry import load_registry

    documents, _ = read_drafts([str(p) for p in DRAFTS if p.exists()])
    registry = load_registry(folder)
    started = time.process_time()
    lint(documents, registry)
    return {"stored_first_cpu_s": time.process_time() - started, "stored_peak_mib": _peak_mib()}


def _run(
    kind: str, size: int, repeat: int, check: bool, check_jobs: int = 1, near_only: bool = False
) -> dict:
    """Both processes of one (shape, size): the YAML load, then a run from the warm cache."""
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        folder = Path(tmp) / "claims"
        folder.mkdir()
        environment = {**os.environ, "CLAIMCHECK_CACHE_DIR": cache}
        command = [sys.executable, __file__, "--one", kind, str(size), "--folder", str(folder)]

        def run(*extra: str) -> dict:
            done = subprocess.run(
                [*command, *extra], capture_output=True, text=True, check=False, env=environment
            )
            if done.returncode:
                # The measuring process's own error, not a bare CalledProcessError: a run that
                # ran out of memory or hit a bug must say so, not exit 1 with nothing to read.
                sys.stderr.write(done.stderr)
                raise SystemExit(
                    f"registry_scaling: measuring {kind} at {size} claims "
                    f"({' '.join(extra)}) exited {done.returncode}"
                )
            return json.loads(done.stdout)

        first = run("--yaml")
        later = run(
            "--repeat",
            str(repeat),
            "--check-jobs",
            str(check_jobs),
            *(["--check"] if check else []),
            *(["--near-only"] if near_only else []),
        )
        stored = run("--stored") if repeat else {}
    return {**first, **later, **stored}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 10_000, 100_000])
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--check-sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check-jobs", type=int, default=2)
    parser.add_argument(
        "--near-only",
        action="store_true",
        help="at --check-sizes, time registry check's near-duplicate search alone",
    )
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--yaml", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--check", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stored", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, size = args.one[0], int(args.one[1])
        if args.yaml:
            print(json.dumps(load_yaml(kind, size, args.folder)))
        elif args.stored:
            print(json.dumps(first_lint(args.folder)))
        else:
            one = measure(
                kind, size, args.repeat, args.check, args.check_jobs, args.folder, args.near_only
            )
            print(json.dumps(one))
        return
    for kind in args.kinds:
        rows = [_run(kind, size, args.repeat, False) for size in args.sizes]
        for row in rows:
            print(
                f"{kind:>6} registry {row['size']:>6} claims: load {row['load_s']:.2f} s "
                f"(peak {row['yaml_peak_mib']:.0f} MiB); from the cache "
                f"{row['cached_s']:.2f} s ({row['cached_cpu_s']:.2f} s CPU, peak "
                f"{row['cached_peak_mib']:.0f} MiB), "
                f"lint {row['lint_s']:.3f} s ({row['lint_cpu_s']:.3f} s CPU), "
                f"{row['findings']} findings, peak {row['peak_mib']:.0f} MiB; first lint "
                f"{row['first_cpu_s']:.2f} s CPU, {row['stored_first_cpu_s']:.2f} s CPU in a "
                f"later run (peak {row['stored_peak_mib']:.0f} MiB)"
            )
        if len(rows) > 1:
            print(
                f"{kind:>6} lint time ratio {rows[-1]['size']} / {rows[0]['size']}: "
                f"{rows[-1]['lint_s'] / rows[0]['lint_s']:.2f}x "
                f"(CPU time {rows[-1]['lint_cpu_s'] / rows[0]['lint_cpu_s']:.2f}x)"
            )
        for size in args.check_sizes:
            row = _run(kind, size, 0, True, args.check_jobs, args.near_only)
            if args.near_only:
                print(
                    f"{kind:>6} registry check {row['size']:>6} claims: near-duplicates "
                    f"{row['near_cpu_s']:.2f} s CPU ({row['near_s']:.2f} s wall), "
                    f"{row['near_found']} found; registry from its cache {row['cached_s']:.2f} s"
                )
                continue
            print(
                f"{kind:>6} registry check {row['size']:>6} claims, CPU (wall): "
                f"{row['check_cpu_s']:.2f} s ({row['check_s']:.2f} s), of which near-duplicates "
                f"{row['near_cpu_s']:.2f} s ({row['near_s']:.2f} s) and the evidence check with "
                f"the rest {row['check_cpu_s'] - row['near_cpu_s']:.2f} s; again from the "
                f"evidence cache {row['cached_check_cpu_s']:.2f} s "
                f"({row['cached_check_s']:.2f} s); with {row['changed_misses']} claims changed "
                f"{row['changed_check_cpu_s']:.2f} s ({row['changed_check_s']:.2f} s); "
                f"--jobs {row['check_jobs']} without the cache {row['jobs_check_cpu_s']:.2f} s "
                f"({row['jobs_check_s']:.2f} s); registry from its cache {row['cached_s']:.2f} s, "
                f"peak {row['peak_mib']:.0f} MiB"
            )


if __name__ == "__main__":
    main()
