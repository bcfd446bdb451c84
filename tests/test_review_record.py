"""Review records (`claimcheck.report.review`, `lint --review-record`): a finding an editor
accepted in the report is reported as accepted and does not fail the run; every other status
changes nothing; a copy of an accepted finding is still new; a broken record is exit 2."""

from __future__ import annotations

import json

from workflow_helpers import CONFLICT_PAGE, make_project

from claimcheck.baseline import fingerprint
from claimcheck.findings import Finding
from claimcheck.report import html
from claimcheck.report.review import finding_keys, split_accepted


def record(entries, reviewer="Ana Ruiz") -> str:
    return json.dumps({"claimcheck_review": 1, "reviewer": reviewer, "findings": entries})


def baseline_prints(folder) -> list[str]:
    """The fingerprints of the baseline ``lint --write-baseline base.json`` wrote."""
    return [e["fingerprint"] for e in json.loads((folder / "base.json").read_text())["findings"]]


def lint_json(run_cli, *extra):
    result = run_cli("lint", "--format", "json", "--no-cache", *extra)
    return result, json.loads(result.stdout)


def test_an_accepted_finding_does_not_fail_the_run(run_cli, tmp_path, monkeypatch):
    make_project(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before, data = lint_json(run_cli)
    assert before.exit_code == 1
    findings = data["findings"]
    assert findings
    baseline = run_cli("lint", "--no-cache", "--write-baseline", "base.json")
    assert baseline.exit_code == 0
    prints = [
        e["fingerprint"] for e in json.loads((tmp_path / "base.json").read_text())["findings"]
    ]
    entries = [
        {"fingerprint": fp, "status": "accepted", "note": "checked with the\nauthor"}
        for fp in prints
    ]
    (tmp_path / "review.json").write_text(record(entries), encoding="utf-8")
    after, data = lint_json(run_cli, "--review-record", "review.json")
    assert after.exit_code == 0, after.stderr
    assert data["findings"] == []
    notes = [line for line in after.stderr.splitlines() if "accepted in review.json" in line]
    assert len(notes) == len(findings)
    assert notes[0].endswith("by Ana Ruiz: checked with the author")
    assert (
        f"drafts/a.md:{findings[0]['line']}:{findings[0]['col']}: {findings[0]['code']}"
        in (notes[0])
    )
    for page_format in ("html", "markdown"):  # the formats that show whole drafts honour it too
        shown = run_cli("lint", "--format", page_format, "--review-record", "review.json")
        assert shown.exit_code == 0, (page_format, shown.stderr)
        assert run_cli("lint", "--format", page_format).exit_code == 1


def test_other_statuses_change_nothing_and_copies_stay_new(run_cli, tmp_path, monkeypatch):
    make_project(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, data = lint_json(run_cli)
    run_cli("lint", "--no-cache", "--write-baseline", "base.json")
    prints = [
        e["fingerprint"] for e in json.loads((tmp_path / "base.json").read_text())["findings"]
    ]
    statuses = ["fixed", "needs-source", "reviewed", "open"]
    entries = [{"fingerprint": fp, "status": statuses[n % 4]} for n, fp in enumerate(prints)]
    (tmp_path / "review.json").write_text(record(entries), encoding="utf-8")
    result, again = lint_json(run_cli, "--review-record", "review.json")
    assert result.exit_code == 1 and again["findings"] == data["findings"]

    # the same accepted problem written twice: the record accepted one copy
    page = CONFLICT_PAGE.replace("spring.", "spring. " + CONFLICT_PAGE.splitlines()[2])
    (tmp_path / "drafts" / "a.md").write_text(page, encoding="utf-8")
    accepted = [{"fingerprint": fp, "status": "accepted"} for fp in prints]
    (tmp_path / "review.json").write_text(record(accepted), encoding="utf-8")
    result, left = lint_json(run_cli, "--review-record", "review.json")
    assert result.exit_code == 1
    assert 0 < len(left["findings"]) < len(lint_json(run_cli)[1]["findings"])


def test_a_broken_record_is_a_usage_error(run_cli, tmp_path, monkeypatch):
    make_project(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for text, says in (
        ("{not json", "not a claimcheck review record"),
        ('{"claimcheck_baseline": 1, "findings": []}', "expected claimcheck_review: 1"),
        ('{"claimcheck_review": 1, "findings": [{"status": "accepted"}]}', "finding 1 has no"),
    ):
        (tmp_path / "r.json").write_text(text, encoding="utf-8")
        result = run_cli("lint", "--no-cache", "--review-record", "r.json")
        assert result.exit_code == 2
        assert result.stderr.startswith("claimcheck: error: r.json: ") and says in result.stderr
    result = run_cli("lint", "--no-cache", "--review-record", "missing.json")
    assert result.exit_code == 2 and "missing.json: cannot read the review record" in result.stderr


def test_keys_are_baseline_fingerprints_counted_per_copy(tmp_path):
    def finding(line):
        return Finding("drafts/a.md", line, 1, "CC101", 0, 3, "error", "m", registry_id="r",
                       quantity={"text": "95%"})  # fmt: skip

    findings = [finding(3), finding(9), finding(12)]
    keys = finding_keys(findings, tmp_path)
    digest = fingerprint(findings[0], tmp_path)
    assert [keys[id(f)][0] for f in findings] == [digest, f"{digest}-2", f"{digest}-3"]
    kept, taken = split_accepted(findings, {digest: 2}, tmp_path)
    assert taken == findings[:2] and kept == findings[2:]


def test_the_page_lists_one_row_per_finding_most_severe_first(run_cli, tmp_path, monkeypatch):
    from test_report_html import Page

    make_project(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli("report", "-o", "r.html").exit_code == 0
    data = Page((tmp_path / "r.html").read_text(encoding="utf-8")).data()
    rows = data["rows"]  # the list's order; the page's script writes a row for each
    findings = {f["key"]: f for item in data["items"].values() for f in item["findings"]}
    _, linted = lint_json(run_cli)
    assert len(rows) == len(set(rows)) == len(linted["findings"]) == len(findings)
    ranks = [html.codes.SEVERITY_RANK[findings[key]["severity"]] for key in rows]
    assert ranks == sorted(ranks, reverse=True)
    for item in data["items"].values():  # the panel's order: most severe first
        order = [html.codes.SEVERITY_RANK[f["severity"]] for f in item["findings"]]
        assert order == sorted(order, reverse=True)
    run_cli("lint", "--no-cache", "--write-baseline", "base.json")
    assert {key.split("-")[0] for key in rows} == set(baseline_prints(tmp_path))
