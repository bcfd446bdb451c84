"""`lint --fix` beside Word and PDF drafts, as a user meets them: a folder of office files
names only those with something left to fix by hand, and a Word file sent on standard input
comes back byte for byte (an editor replaces its buffer with standard output)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from office_helpers import write_docx
from pdf_helpers import write_pdf

from claimcheck.cli import main

REGISTRY = """\
- id: shingles-vaccine-efficacy
  statement: Two doses of the shingles vaccine prevent 90% of shingles cases.
  subject: [shingles vaccine]
  context: [shingles]
  value: {value: 90, unit: percent}
  sources: [{citation: "Zoster trial pooled analysis", quote: "efficacy of 90%"}]
  status: approved
  review_by: 2030-01-01
"""
DISCLAIMER = "This leaflet is for information only and is not medical advice."
WRONG = "Two doses of the shingles vaccine prevent 70% of shingles cases."
RIGHT = "Two doses of the shingles vaccine prevent 90% of shingles cases."


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "vaccines.yaml").write_text(REGISTRY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def refusals(stderr: str) -> list[str]:
    return [line.split(": not fixed")[0] for line in stderr.splitlines() if "not fixed" in line]


def test_a_folder_names_only_the_office_drafts_with_findings(project, run_cli):
    drafts = project / "drafts"
    write_docx(drafts / "wrong.docx", [("p", WRONG), ("p", DISCLAIMER)])
    write_pdf(drafts / "right.pdf", [[RIGHT, "", DISCLAIMER]])
    write_pdf(drafts / "scan.pdf", [None])
    (drafts / "page.md").write_text(f"{WRONG}\n\n{DISCLAIMER}\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--fix", "drafts")
    assert refusals(result.stderr) == ["claimcheck: error: drafts/wrong.docx"]
    assert "90%" in (drafts / "page.md").read_text(encoding="utf-8")
    diff = run_cli("lint", "--no-cache", "--diff", "drafts")
    assert refusals(diff.stderr) == ["claimcheck: error: drafts/wrong.docx"]


def test_a_word_draft_on_standard_input_comes_back_byte_for_byte(project):
    data = write_docx(project / "wrong.docx", [("p", WRONG), ("p", DISCLAIMER)]).read_bytes()
    result = CliRunner().invoke(
        main, ["lint", "--no-cache", "--fix", "--stdin-filename", "wrong.docx", "-"], input=data
    )
    assert result.stdout_bytes == data
    assert "wrong.docx:¶1:" in result.stderr and "CC101" in result.stderr
    assert refusals(result.stderr) == ["claimcheck: error: wrong.docx"]


def test_diff_says_how_many_fixes_wait_for_unsafe_fixes(project, run_cli):
    """A figure inside the source's range is widened only with --unsafe-fixes: --diff says
    so instead of a bare 'Would fix 0 findings.'"""
    (project / "claims" / "smoking.yaml").write_text(
        "- id: smoking-lung-cancer-share\n"
        "  statement: Smoking causes 80% to 90% of lung cancer deaths.\n"
        "  subject: [smoking]\n  context: [lung cancer]\n"
        "  value: {low: 80, high: 90, unit: percent}\n"
        "  sources: [{citation: Cancer atlas 2022, quote: 80% to 90% of lung cancer deaths}]\n"
        "  status: approved\n  review_by: 2030-01-01\n",
        encoding="utf-8",
    )
    page = project / "lungs.md"
    page.write_text(
        f"Smoking causes 85% of lung cancer deaths.\n\n{DISCLAIMER}\n", encoding="utf-8"
    )
    safe = run_cli("lint", "--no-cache", "--diff", "lungs.md")
    assert (safe.exit_code, safe.stdout) == (0, "")
    assert safe.stderr == "Would fix 0 findings (1 more with --unsafe-fixes).\n"
    unsafe = run_cli("lint", "--no-cache", "--diff", "--unsafe-fixes", "lungs.md")
    assert "+Smoking causes 80–90% of lung cancer deaths." in unsafe.stdout
    assert unsafe.stderr == "Would fix 1 finding.\n"
