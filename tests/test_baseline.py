"""Baselines: fingerprints survive moved lines and unrelated edits; new findings still show."""

from __future__ import annotations

import json

import pytest
from workflow_helpers import DISCLAIMER, make_project

from claimcheck.baseline import fingerprint, normalise

PAGE = f"""# GPC3 and liver cancer

Glypican-3 (GPC3) is found in about 95% of hepatocellular carcinomas.

CAR-T cells that target GPC3 are being tested in early trials.

{DISCLAIMER}
"""


@pytest.fixture
def project(tmp_path, monkeypatch, run_cli):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(PAGE)
    result = run_cli("lint", "drafts", "--write-baseline", "baseline.json")
    assert result.exit_code == 0, result.output  # writing a baseline is not a failure
    return tmp_path


def new_codes(run_cli) -> list[str]:
    result = run_cli("lint", "drafts", "--baseline", "baseline.json", "--format", "json")
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


def test_baseline_file_records_fingerprints(project):
    data = json.loads((project / "baseline.json").read_text())
    assert data["claimcheck_baseline"] == 1
    entry = next(e for e in data["findings"] if e["code"] == "CC101")
    assert entry["path"] == "drafts/a.md" and entry["text"] == "about 95%"
    assert entry["count"] == 1


def test_nothing_new_right_after_writing(project, run_cli):
    result = run_cli("lint", "drafts", "--baseline", "baseline.json")
    assert result.exit_code == 0
    assert new_codes(run_cli) == []


def test_moved_paragraphs_and_unrelated_edits_stay_known(project, run_cli):
    moved = f"""---
title: GPC3
---
# GPC3 and liver cancer, revised

CAR-T cells that target GPC3 are being tested in a handful of early trials in Asia.

Some more words about something else entirely.

Glypican-3 (GPC3) is found in **about 95%** of hepatocellular carcinomas.

{DISCLAIMER}
"""
    (project / "drafts" / "a.md").write_text(moved)
    assert new_codes(run_cli) == []


def test_a_new_problem_and_a_second_copy_are_new(project, run_cli):
    page = PAGE + "\nGlypican-3 (GPC3) is found in about 95% of hepatocellular carcinomas.\n"
    page += "\nGPC3 is found in 99% of hepatocellular carcinomas.\n"
    (project / "drafts" / "a.md").write_text(page)
    codes = new_codes(run_cli)
    assert codes.count("CC101") == 2  # the copy of "about 95%" and the new "99%"


def test_the_same_problem_in_another_file_is_new(project, run_cli):
    (project / "drafts" / "b.md").write_text(PAGE)
    result = run_cli("lint", "drafts", "--baseline", "baseline.json", "--format", "json")
    paths = {f["path"] for f in json.loads(result.stdout)["findings"]}
    assert paths == {"drafts/b.md"}


def test_a_bad_baseline_is_a_usage_error(project, run_cli):
    (project / "baseline.json").write_text("[1, 2]")
    result = run_cli("lint", "drafts", "--baseline", "baseline.json")
    assert result.exit_code == 2
    assert "not a claimcheck baseline" in result.stderr


def test_normalise_ignores_markup_case_dashes_and_spacing():
    assert normalise("**About  70–80%**") == normalise("about 70-80%")


def test_fingerprint_ignores_line_and_message(tmp_path):
    from workflow_helpers import finding

    a = finding(line=3, message="x on line 3", quantity={"text": "95%"}, registry_id="r")
    b = finding(line=9, message="x on line 9", quantity={"text": "95%"}, registry_id="r")
    assert fingerprint(a, tmp_path) == fingerprint(b, tmp_path)
