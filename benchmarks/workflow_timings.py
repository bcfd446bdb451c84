"""Timings for the writers' and CI's workflow (issue 5), each the best of N runs:

1. one page through the pre-commit path (the ``claimcheck`` console script in a fresh process,
   cache cold and warm) against ``python -c "import spacy"``;
2. ``claimcheck lint`` on the shared drafts plus the examples, uncached against cached;
3. ``--jobs 2`` against ``--jobs 1`` on a tree of at least 200 pages (copies of the same).

    python benchmarks/workflow_timings.py [--repeat 3] [--pages 200] [--pre-commit]

``--pre-commit`` also times the page through ``pre-commit run`` itself, with the hook installed
from this checkout's HEAD (the first run builds pre-commit's environment, which takes a while),
and pre-commit's own start-up on a hook that does nothing.

The package is byte-compiled first, as ``pip install`` (and so pre-commit) does: an editable
install under ``PYTHONDONTWRITEBYTECODE`` would otherwise recompile every module on each run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SCRIPT = Path(sys.executable).with_name("claimcheck")
CLAIMCHECK = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "claimcheck"]


def timings(command: list[str], cwd: Path, repeat: int, before=None) -> list[float]:
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def best(command: list[str], cwd: Path, repeat: int, before=None) -> float:
    return min(timings(command, cwd, repeat, before))


def sources() -> list[Path]:
    found = sorted((REPO / "examples").glob("*.*"))
    drafts = SHARED / "corpus" / "drafts"
    if drafts.is_dir():
        found += sorted(drafts.glob("*.*"))
    return [p for p in found if p.suffix in (".md", ".html", ".txt")]


def project(folder: Path, copies: int) -> Path:
    shutil.copytree(REPO / "claims", folder / "claims")
    (folder / ".claimcheck.yaml").write_text("registry: claims\n")
    drafts = folder / "drafts"
    drafts.mkdir()
    for n in range(copies):
        for source in sources():
            shutil.copy(source, drafts / f"{n:03d}-{source.name}")
    return folder


def through_pre_commit(root: Path, page: str, repeat: int) -> tuple[list[float], list[float]]:
    """Times of ``pre-commit run`` on one page: the claimcheck hook, and a hook doing nothing."""
    folder = project(root / "hooked", 1)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    (folder / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {REPO}\n    rev: {head}\n    hooks:\n      - id: claimcheck\n"
        "  - repo: local\n    hooks:\n      - id: nothing\n        name: nothing\n"
        "        entry: 'true'\n        language: system\n"
    )
    git = ["git", "-c", "user.name=benchmark", "-c", "user.email=benchmark@example.org"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "drafts", "--no-verify"]):
        subprocess.run([*git, *command], cwd=folder, check=True)
    pre_commit = [sys.executable, "-m", "pre_commit"]
    subprocess.run([*pre_commit, "install-hooks"], cwd=folder, capture_output=True, check=True)
    clear = lambda: shutil.rmtree(os.environ[CACHE_ENV], ignore_errors=True)  # noqa: E731
    hook, nothing = [], []
    for _ in range(repeat):
        hook += timings([*pre_commit, "run", "claimcheck", "--files", page], folder, 1, clear)
        nothing += timings([*pre_commit, "run", "nothing", "--files", page], folder, 1)
    return hook, nothing


CACHE_ENV = "CLAIMCHECK_CACHE_DIR"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--pre-commit", action="store_true", help="also time pre-commit run")
    args = parser.parse_args()
    compileall.compile_dir(REPO / "src" / "claimcheck", quiet=1)
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        os.environ[CACHE_ENV] = str(root / "cache")  # the runs' results cache, cleared here
        one = project(root / "one", 1)
        page = "drafts/000-car-t-liver-cancer.md"
        clear = lambda: shutil.rmtree(root / "cache", ignore_errors=True)  # noqa: E731
        spacy_times, cold_times = [], []
        for _ in range(args.repeat):  # interleaved, so load from elsewhere hits both alike
            spacy_times += timings([sys.executable, "-c", "import spacy"], root, 1)
            cold_times += timings([*CLAIMCHECK, "lint", page], one, 1, before=clear)
        spacy, cold = min(spacy_times), min(cold_times)
        middle = statistics.median(cold_times) / statistics.median(spacy_times)
        warm = best([*CLAIMCHECK, "lint", page], one, args.repeat)
        print(f"python -c 'import spacy'                 {spacy:6.2f} s")
        print(
            f"one page, cache cold (changed draft)     {cold:6.2f} s  {cold / spacy:4.2f}x spaCy"
            f"  (medians: {middle:4.2f}x)"
        )
        print(f"one page, cache warm (unchanged draft)   {warm:6.2f} s  {warm / spacy:4.2f}x spaCy")
        if args.pre_commit:
            hook, nothing = through_pre_commit(root, page, args.repeat)
            print(
                f"one page through `pre-commit run`        {min(hook):6.2f} s  "
                f"{min(hook) / spacy:4.2f}x spaCy  (medians: "
                f"{statistics.median(hook) / statistics.median(spacy_times):4.2f}x)"
            )
            print(f"`pre-commit run` of a hook doing nothing {min(nothing):6.2f} s")

        count = len(list((one / "drafts").iterdir()))
        uncached = best([*CLAIMCHECK, "lint", "drafts", "--no-cache"], one, args.repeat)
        best([*CLAIMCHECK, "lint", "drafts"], one, 1)  # fill the cache
        cached = best([*CLAIMCHECK, "lint", "drafts"], one, args.repeat)
        print(f"{count} drafts + examples, uncached         {uncached:6.2f} s")
        print(
            f"{count} drafts + examples, cached           {cached:6.2f} s  "
            f"{uncached / cached:4.1f}x faster"
        )

        copies = -(-args.pages // len(sources()))
        big = project(root / "big", copies)
        pages = len(list((big / "drafts").iterdir()))
        serial = best([*CLAIMCHECK, "lint", "drafts", "--no-cache"], big, 1)
        parallel = best([*CLAIMCHECK, "lint", "drafts", "--no-cache", "--jobs", "2"], big, 1)
        print(f"{pages} pages, --jobs 1                    {serial:6.2f} s")
        print(
            f"{pages} pages, --jobs 2                    {parallel:6.2f} s  "
            f"{serial / parallel:4.2f}x speed-up"
        )


if __name__ == "__main__":
    main()
