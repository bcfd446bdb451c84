"""`claimcheck lint` against a small registry of our own: each verdict, its code, its
position, the JSON a CI reads, and the exit codes."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

REGISTRY = """\
- id: marker-x-expression
  statement: Marker X is expressed in 60–70% of gallbladder tumours.
  subject: [marker X]
  context: [gallbladder tumours, gallbladder cancer]
  value: {low: 60, high: 70, unit: percent}
  sources:
    - citation: "Doe J, et al. Example Journal 2024;1:1-10"
      quote: "marker X was present in 60% to 70% of tumours"
  status: approved
  review_by: 2030-01-01

- id: drug-y-median-survival
  statement: Drug Y extended median overall survival to 12.4 months.
  subject: [drug Y]
  context: [overall survival]
  value: {value: 12.4, unit: month}
  sources:
    - citation: "Roe R, et al. Trial Reports 2023;2:5"
  status: approved
  review_by: 2030-01-01

- id: drug-z-patients
  statement: The drug Z trial enrolled 412 patients.
  subject: [drug Z]
  value: {value: 412, unit: patients}
  sources:
    - citation: "Poe P. Old Trial 2015;3:7"
  status: approved
  review_by: 2020-01-01

- id: drug-w-responses
  statement: Drug W shrank tumours in 35% of patients.
  subject: [drug W]
  value: {value: 35, unit: percent}
  sources:
    - citation: "Woe W. Withdrawn 2012;4:9"
  status: retired
"""


def make_registry(tmp_path: Path) -> Path:
    """``tmp_path/claims`` holding REGISTRY (test_unreadable uses it too)."""
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    return folder


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    return make_registry(tmp_path)


def lint_json(run_cli, registry: Path, draft: Path) -> tuple[int, dict]:
    result = run_cli("lint", "--registry", registry, "--format", "json", draft)
    return result.exit_code, json.loads(result.stdout)


def write(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def claim_findings(report: dict) -> list[tuple[str, int, int, str | None]]:
    return [
        (f["code"], f["line"], f["col"], f["registry_id"])
        for f in report["findings"]
        if f["code"].startswith(("CC1", "CC4"))
    ]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Marker X is found in 60–70% of gallbladder tumours.", "60–70%", None),
        ("Marker X is found in about 65% of gallbladder tumours.", "about 65%", None),
        ("Marker X is found in more than 60% of gallbladder tumours.", "more than 60%", None),
        ("Marker X is found in 90% of gallbladder tumours.", "90%", "CC101"),
        ("Marker X is found in 64.2% of gallbladder tumours.", "64.2%", "CC103"),
        ("Drug Y extended median overall survival to 18 months.", "18 months", "CC101"),
        ("Drug Y extended median overall survival to about 12 months.", "about 12 months", None),
        ("Marker Q is found in 45% of gallbladder tumours.", "45%", "CC102"),
    ],
)
def test_each_verdict_has_its_code_at_the_figure(
    tmp_path, run_cli, registry, sentence, figure, expected
):
    draft = write(tmp_path, f"# Notes\n\n{sentence}\n")
    status, report = lint_json(run_cli, registry, draft)
    col = sentence.index(figure) + 1
    found = [(code, line, c) for code, line, c, _ in claim_findings(report)]
    if expected is None:
        assert found == []
    else:
        assert found == [(expected, 3, col)]
    assert status == (0 if expected is None else 1) or any(
        f["code"].startswith(("CC2", "CC3")) for f in report["findings"]
    )


def test_conflict_message_says_what_the_source_says(tmp_path, run_cli, registry):
    draft = write(tmp_path, "Marker X is found in over 90% of gallbladder tumours.\n")
    result = run_cli("lint", "--registry", registry, draft)
    assert result.exit_code == 1
    assert (
        f'{draft}:1:22: CC101 error: "over 90%" conflicts with marker-x-expression: 60–70% '
        "(Doe J, et al. Example Journal 2024;1:1-10)"
    ) in result.stdout
    assert "marker X was present in 60% to 70% of tumours" in result.stdout


def test_stale_and_retired_sources_are_cc104(tmp_path, run_cli, registry):
    draft = write(
        tmp_path,
        """\
        The drug Z trial enrolled 412 patients.

        Drug W shrank tumours in 35% of patients.
        """,
    )
    _, report = lint_json(run_cli, registry, draft)
    assert claim_findings(report) == [
        ("CC104", 1, 27, "drug-z-patients"),
        ("CC104", 3, 26, "drug-w-responses"),
    ]
    messages = [f["message"] for f in report["findings"] if f["code"] == "CC104"]
    assert "review date 2020-01-01 has passed" in messages[0]
    assert "retired" in messages[1]


def test_one_document_stating_two_incompatible_figures_is_cc402(tmp_path, run_cli, registry):
    draft = write(
        tmp_path,
        """\
        Marker X is found in 90% of gallbladder tumours.

        Later on: marker X is found in 20% of gallbladder tumours.
        """,
    )
    _, report = lint_json(run_cli, registry, draft)
    codes = [(code, line) for code, line, _c, _id in claim_findings(report)]
    assert ("CC402", 3) in codes
    (cc402,) = [f for f in report["findings"] if f["code"] == "CC402"]
    assert '"20%" contradicts "90%" on line 1' in cc402["message"]


@pytest.mark.parametrize("right_first", [True, False])
def test_cc402_is_on_the_figure_the_source_does_not_back(tmp_path, run_cli, registry, right_first):
    """Where the source backs one of the two figures, CC402 is on the other, naming the
    backed one, whichever comes first: the right 12.4 months never "contradicts" the wrong
    18 months."""
    right = "Drug Y extended median overall survival to 12.4 months."
    wrong = "Drug Y extended median overall survival to 18 months."
    first, second = (right, wrong) if right_first else (wrong, right)
    draft = write(tmp_path, f"{first}\n\nIn short: {second}\n")
    result = run_cli("lint", "--registry", registry, draft)
    cc402 = [line for line in result.stdout.splitlines() if " CC402 " in line]
    wrong_line, right_line = (3, 1) if right_first else (1, 3)
    column = wrong.index("18 months") + 1 + (len("In short: ") if right_first else 0)
    assert cc402 == [
        f'{draft}:{wrong_line}:{column}: CC402 error: "18 months" contradicts "12.4 months" on '
        f"line {right_line}, about the same claim (drug-y-median-survival)"
    ]


def test_cc104_and_cc402_have_a_hint_line(tmp_path, run_cli, registry):
    """Every finding about a figure says what to do, on its own `hint:` line: a stale or
    retired claim names where it is defined, two figures name the source's."""
    draft = write(
        tmp_path,
        """\
        The drug Z trial enrolled 412 patients.

        Drug W shrank tumours in 35% of patients.

        Marker X is found in 90% of gallbladder tumours.

        Later on: marker X is found in 20% of gallbladder tumours.
        """,
    )
    result = run_cli("lint", "--registry", registry, draft)
    lines = result.stdout.replace(f"{registry}/", "claims/").splitlines()
    hints = [
        lines[n + 1]
        for n in range(len(lines) - 1)
        if " CC104 " in lines[n] or " CC402 " in lines[n]
    ]
    assert hints == [
        "    hint: check the source of drug-z-patients (claims/claims.yaml:22) is still "
        "current, then move its review_by forward (`claimcheck registry check` lists every "
        "stale claim)",
        "    hint: the registry no longer stands by drug-w-responses (claims/claims.yaml:31): "
        "cite a current sourced claim for the figure, or remove it",
        "    hint: state one figure for marker-x-expression throughout the draft: its source "
        "says 60–70%",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("12.4 months", "12 months"), ("12 months", "12.4 months"), ("12.38 months", "12.4 months")],
)
def test_one_figure_written_at_two_precisions_is_no_cc402(
    tmp_path, run_cli, registry, first, second
):
    """A page may give the source's figure and the same figure rounded: no contradiction."""
    draft = write(
        tmp_path,
        f"""\
        Drug Y extended median overall survival to {first}.

        In short, drug Y extended median overall survival to {second}.
        """,
    )
    _, report = lint_json(run_cli, registry, draft)
    assert "CC402" not in [f["code"] for f in report["findings"]]


def test_json_findings_carry_the_documented_fields(tmp_path, run_cli, registry):
    draft = write(tmp_path, "Marker X is found in 90% of gallbladder tumours.\n")
    _, report = lint_json(run_cli, registry, draft)
    (finding,) = [f for f in report["findings"] if f["code"] == "CC101"]
    assert finding["path"] == str(draft)
    assert (finding["start"], finding["end"]) == (21, 24)
    assert finding["severity"] == "error"
    assert finding["registry_id"] == "marker-x-expression"
    assert finding["claim"] == "Marker X is found in 90% of gallbladder tumours."
    assert finding["quantity"]["low"] == finding["quantity"]["high"] == 90
    assert 0 <= finding["score"] <= 100
    assert report["summary"]["error"] >= 1


def test_broken_registry_exits_2_naming_file_and_line(tmp_path, run_cli):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "bad.yaml").write_text(
        REGISTRY.replace("  review_by: 2030-01-01\n", "  reviewby: 2030-01-01\n", 1)
    )
    draft = write(tmp_path, "Marker X is found in 65% of gallbladder tumours.\n")
    result = run_cli("lint", "--registry", folder, draft)
    assert result.exit_code == 2
    assert f"{folder / 'bad.yaml'}:10:3:" in result.stderr
    assert "reviewby" in result.stderr


def test_unreadable_drafts_only_exit_2(tmp_path, run_cli, registry):
    result = run_cli("lint", "--registry", registry, tmp_path / "nothing.md")
    assert result.exit_code == 2
    assert "nothing.md" in result.stderr


def test_registry_suggest_prints_stubs_for_unsupported_figures(tmp_path, run_cli, registry):
    draft = write(tmp_path, "Marker Q is found in 45% of gallbladder tumours.\n")
    result = run_cli("registry", "suggest", "--registry", registry, draft)
    assert result.exit_code == 0
    assert "statement: Marker Q is found in 45% of gallbladder tumours." in result.stdout
    assert "unit: percent" in result.stdout
    assert "subject: [Marker Q, gallbladder tumours]" in result.stdout


def test_registry_check_exits_2_on_errors_and_warns_on_stale(tmp_path, run_cli, registry):
    result = run_cli("registry", "check", registry)
    assert result.exit_code == 0
    assert "drug-z-patients" in result.stdout and "stale" in result.stdout
    (registry / "claims.yaml").write_text(
        REGISTRY.replace("low: 60, high: 70", "low: 80, high: 70")
    )
    result = run_cli("registry", "check", registry)
    assert result.exit_code == 2
    assert "claims.yaml:5:16: low (80) is greater than high (70)" in result.stderr


def test_text_output_is_plain_when_not_a_terminal_and_coloured_when_asked():
    from claimcheck.findings import Finding
    from claimcheck.report.text import format_findings

    finding = Finding("p.md", 3, 5, "CC101", 10, 14, "error", '"90%" conflicts', suggestion="fix")
    plain = format_findings([finding], 1)
    assert plain.splitlines()[0] == 'p.md:3:5: CC101 error: "90%" conflicts'
    coloured = format_findings([finding], 1, color=True)
    assert "\x1b[" in coloured and "error" in coloured and "CC101" in coloured


def test_report_reads_the_config_like_lint(tmp_path, run_cli, registry, monkeypatch):
    (tmp_path / ".claimcheck.yaml").write_text(
        f"registry: {registry.name}\nignore: [CC2, CC3]\n", encoding="utf-8"
    )
    draft = write(tmp_path, "Marker X is found in 90% of gallbladder tumours.\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli("report", draft.name, "-o", "out.html")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "out.html: 1 draft, 1 finding"
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "marker-x-expression" in page


def test_show_source_underlines_the_figure_in_its_line(tmp_path, run_cli, registry):
    lead = "Our clinic has followed these tumours for years, and as a rule " * 3
    draft = write(tmp_path, lead + "Marker X is found in 95% of gallbladder tumours.\n")
    result = run_cli("lint", "--no-cache", "--registry", registry, "--show-source", draft)
    lines = result.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if " CC101 error: " in line)
    shown, carets = lines[at + 1], lines[at + 2]
    assert shown.startswith("    1 | …") and shown.endswith("gallbladder tumours.")
    figure = shown.index("95%")
    assert carets == "      | " + " " * (figure - len("    1 | ")) + "^^^"
    assert "    1 |" not in run_cli("lint", "--no-cache", "--registry", registry, draft).stdout


def test_show_source_reads_standard_input_too(tmp_path, run_cli, registry, monkeypatch):
    from click.testing import CliRunner

    from claimcheck.cli import main

    monkeypatch.chdir(tmp_path)
    args = ["lint", "--registry", str(registry), "--show-source", "--stdin-filename", "a.md", "-"]
    result = CliRunner().invoke(main, args, input=b"Marker X is found in 95% of them.\n")
    assert "    1 | Marker X is found in 95% of them." in result.stdout
