"""``--jobs N``: the same findings as a serial run, from worker processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from workflow_helpers import REPO, make_project

from claimcheck import runner
from claimcheck.config import Config
from claimcheck.documents.reader import iter_draft_paths


def test_runner_finds_the_same_drafts_as_the_reader():
    folders = [REPO / "examples", REPO / "tests" / "fixtures"]
    expected = [str(p) for p in iter_draft_paths(folders)]
    collected = runner.collect_drafts([str(f) for f in folders], Config(root=REPO))
    assert collected.drafts == expected
    assert collected.errors == [] == collected.skipped == collected.unlisted


def test_the_runner_reads_drafts_up_to_the_readers_byte_limit():
    from claimcheck.documents.document import MAX_DRAFT_BYTES

    assert runner.MAX_DRAFT_BYTES == MAX_DRAFT_BYTES


def test_chunks_split_the_work_evenly(tmp_path):
    paths = []
    for n, size in enumerate([9000, 100, 100, 4000, 5000, 100]):
        path = tmp_path / f"{n}.md"
        path.write_text("x" * size)
        paths.append(str(path))
    chunks = runner._chunks(paths, 2)
    assert sorted(p for chunk in chunks for p in chunk) == sorted(paths)
    assert len(chunks) == 2


# Two drafts of our own beside the three examples, so the parallel run has more drafts than
# workers on any clone.
OWN_DRAFTS = {
    "notes.md": "# Clinic notes\n\nGPC3 shows up in about 95% of liver tumours.\n\n"
    "Sorafenib added roughly 3 months of survival in the SHARP trial.\n",
    "prices.txt": "Price list\n\nOne CAR-T infusion costs between $300,000 and $500,000.\n\n"
    "It is a miracle cure for everyone.\n",
}


def _same_report_serial_and_parallel(folder: Path, sources, run_cli) -> dict:
    for n, source in enumerate(sources):
        if source.is_file():
            shutil.copy(source, folder / "drafts" / f"{n:02d}-{source.name}")
    serial = run_cli("lint", "drafts", "--format", "json", "--no-cache")
    parallel = run_cli("lint", "drafts", "--format", "json", "--no-cache", "--jobs", "2")
    assert serial.exit_code == parallel.exit_code == 1
    assert json.loads(serial.stdout) == json.loads(parallel.stdout)
    return json.loads(serial.stdout)


def test_jobs_give_the_same_report_as_a_serial_run(tmp_path, monkeypatch, run_cli):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    for name, text in OWN_DRAFTS.items():
        (tmp_path / "drafts" / name).write_text(text, encoding="utf-8")
    report = _same_report_serial_and_parallel(
        tmp_path, sorted((REPO / "examples").iterdir()), run_cli
    )
    assert report["drafts_checked"] == len(list((tmp_path / "drafts").iterdir())) == 5
    assert {Path(f["path"]).name for f in report["findings"]} >= set(OWN_DRAFTS)


def test_jobs_match_a_serial_run_on_real_drafts(tmp_path, monkeypatch, run_cli, shared_corpus):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    sources = sorted((shared_corpus / "drafts").iterdir())[:3]
    report = _same_report_serial_and_parallel(tmp_path, sources, run_cli)
    assert report["drafts_checked"] == 3
