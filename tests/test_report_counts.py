"""What an editor reads in the report's counts is what lint reports, finding for finding.

The HTML report (and `lint --format markdown`) once counted every figure lint reported nothing
for (a P value, another figure's follow-up time or dose arm, a table heading, a finding the
config turns off) as "unsupported": an editor read "N figures are unbacked" when no finding
said so. Each test runs `claimcheck report` and `claimcheck lint --format json` on the same
drafts with the same config and compares what the page shows with the findings printed:
conflict = CC101, overprecise = CC103, unsupported = CC102, and the silent figures shown as
"no claim needed" or "not reported", with the reason in the panel's data.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from workflow_helpers import DISCLAIMER, make_project

from claimcheck.report import markdown
from claimcheck.report.figures import NO_CLAIM, NOT_REPORTED

REPO = Path(__file__).resolve().parent.parent
CODES = {"conflict": "CC101", "overprecise": "CC103", "unsupported": "CC102"}

# our own sentences: a conflict, two trial arms with a follow-up time and a P value, a figure
# no claim backs, and two arms told apart by a dose
TRIAL_PAGE = f"""# Notes on a new liver cancer drug

Glypican-3 (GPC3) is found in about 95% of hepatocellular carcinomas.

In the trial, 41% of patients on the new drug were still alive after two years, against 28% on
usual care (P = 0.003).

About 12% of people who phoned the clinic last winter asked about parking.

Nausea was reported by 33% and 9% of adults on tabloxin 20 mg and placebo.

{DISCLAIMER}
"""


def page_counts(page: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r'data-count="([\w-]+)">(\d+)<', page)}


def page_items(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="cc-data">(.*?)</script>', page, re.S)
    assert block
    return json.loads(block.group(1))["items"]


def report_and_lint(run_cli, tmp_path: Path, *args: str) -> tuple[str, list[dict]]:
    """The report page and the findings of `lint --format json`, same drafts, same options."""
    out = tmp_path / "report.html"
    made = run_cli("report", *args, "-o", out)
    assert made.exit_code == 0, made.stderr
    linted = run_cli("lint", *args, "--format", "json", "--no-cache")
    assert linted.exit_code in (0, 1), linted.stderr
    return out.read_text(encoding="utf-8"), json.loads(linted.stdout)["findings"]


def assert_counts_are_the_findings(page: str, findings: list[dict]) -> dict[str, int]:
    counts = page_counts(page)
    codes = Counter(f["code"] for f in findings)
    for status, code in CODES.items():
        assert counts[f"verdict-{status}"] == codes[code], status
    severities = Counter(f["severity"] for f in findings)
    for severity in ("error", "warning", "info"):
        assert counts[f"severity-{severity}"] == severities[severity]
    assert counts["findings"] == len(findings)
    statuses = [k for k in counts if k.startswith("verdict-")]
    assert sum(counts[k] for k in statuses) == counts["figures"]  # each figure counted once
    # every highlight says the same: an "unsupported" figure carries its CC102, and so on
    for item in page_items(page).values():
        if item["verdict"] in CODES:
            assert CODES[item["verdict"]] in item["codes"], item["text"]
        if item["verdict"] in (NO_CLAIM, NOT_REPORTED):
            assert item["note"], item["text"]
    return counts


@pytest.fixture
def trial_project(tmp_path, monkeypatch):
    make_project(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(TRIAL_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_p_value_a_follow_up_time_and_a_dose_arm_are_no_claim_needed(run_cli, trial_project):
    page, findings = report_and_lint(run_cli, trial_project, "drafts")
    counts = assert_counts_are_the_findings(page, findings)
    assert counts[f"verdict-{NO_CLAIM}"] == 3
    assert counts[f"verdict-{NOT_REPORTED}"] == 0
    silent = {i["text"]: i for i in page_items(page).values() if i["verdict"] == NO_CLAIM}
    assert set(silent) == {"two years", "P = 0.003", "20 mg"}
    assert silent["P = 0.003"]["note"].startswith("A P value")
    assert silent["two years"]["note"].startswith("The follow-up time of another figure")
    assert silent["20 mg"]["note"].startswith("The trial arm (dose) of another figure")
    for item in silent.values():  # no finding, no badge, and no "closest claim" lead
        assert item["findings"] == [] and item["severity"] == "none"
        assert item["near_miss"] is None
    assert "no claim needed" in page and "? unsupported" in page


@pytest.mark.parametrize(
    ("config", "args", "left_out"),
    [
        ("registry: claims\nseverity:\n  CC102: 'off'\n", (), 5),  # below what is reported
        ("registry: claims\n", ("--ignore", "CC101"), 1),
    ],
)
def test_a_finding_the_run_leaves_out_is_not_reported_not_unsupported(
    run_cli, trial_project, config, args, left_out
):
    (trial_project / ".claimcheck.yaml").write_text(config, encoding="utf-8")
    page, findings = report_and_lint(run_cli, trial_project, "drafts", *args)
    counts = assert_counts_are_the_findings(page, findings)
    assert counts[f"verdict-{NOT_REPORTED}"] == left_out
    assert counts[f"verdict-{NO_CLAIM}"] == 3
    notes = [i["note"] for i in page_items(page).values() if i["verdict"] == NOT_REPORTED]
    assert all("this run does not report" in note for note in notes)


def test_the_markdown_comment_counts_as_the_page_does(run_cli, trial_project):
    page, findings = report_and_lint(run_cli, trial_project, "drafts")
    text = run_cli("lint", "drafts", "--format", "markdown", "--no-cache").stdout
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    header, row = ([c.strip() for c in r.strip("|").split(" | ")] for r in rows)
    cells = dict(zip(header, row, strict=True))
    counts = page_counts(page)
    for status, label in markdown.VERDICT_COLUMNS:
        assert int(cells[label]) == counts[f"verdict-{status}"], label


def test_the_examples_counts_are_the_lint_findings(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    page, findings = report_and_lint(run_cli, tmp_path, "examples", "--registry", "claims")
    assert_counts_are_the_findings(page, findings)


def test_the_shared_drafts_counts_are_the_lint_findings(
    run_cli, tmp_path, monkeypatch, shared_corpus
):
    drafts = shared_corpus / "drafts"
    monkeypatch.chdir(REPO)
    page, findings = report_and_lint(run_cli, tmp_path, str(drafts), "--registry", "claims")
    counts = assert_counts_are_the_findings(page, findings)
    assert counts[f"verdict-{NO_CLAIM}"] > 0  # P values and follow-up times, none "unsupported"
