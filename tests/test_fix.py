"""``lint --fix``, ``--diff`` and ``--unsafe-fixes``, and the fix in JSON and SARIF.

The registry is made up (zeta fever in Norland, the drug lumadex): each fix kind is applied
through the command line, the draft re-linted, and the finding it fixed must be gone.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest

from claimcheck.findings import Finding
from claimcheck.fixes.apply import apply_fixes
from claimcheck.fixes.model import SAFE, UNSAFE, Fix, make_fix

REGISTRY = """\
- id: zeta-fever-adults
  statement: Zeta fever affects 12.4% of adults in Norland.
  subject: [zeta fever]
  context: [adults, Norland]
  value: {value: 12.4, unit: percent}
  sources:
    - citation: "Okafor A. The Norland zeta survey. J Imag Med 2023;4:1-9"
  status: approved
  review_by: 2099-01-01
- id: lumadex-median-survival
  statement: In the ZT-1 trial, median survival on lumadex was 8.6 months.
  subject: [lumadex]
  context: [ZT-1]
  value: {value: 8.6, unit: month}
  sources:
    - citation: "Brandt K. ZT-1 final results. Imag Onc 2022;7:20-31"
  status: approved
  review_by: 2099-01-01
- id: zeta-cases-2023
  statement: Norland recorded 412,390 zeta fever cases in 2023.
  subject: [zeta fever]
  context: [Norland]
  value: {value: 412390, unit: cases/year}
  sources:
    - citation: "Norland Health Office. Annual report 2024"
  status: approved
  review_by: 2099-01-01
- id: lumadex-lesion-response
  statement: Lumadex shrank skin lesions in 30% to 40% of patients with zeta fever.
  subject: [lumadex]
  context: [skin lesions]
  value: {low: 30, high: 40, unit: percent}
  sources:
    - citation: "Brandt K. ZT-1 final results. Imag Onc 2022;7:20-31"
  status: approved
  review_by: 2099-01-01
- id: norland-people-at-risk
  statement: In Norland, 17.9 million people live where zeta fever spreads.
  subject: [zeta fever]
  context: [Norland]
  value: {value: 17900000, unit: people}
  sources:
    - citation: "Norland Health Office. Annual report 2024"
  status: approved
  review_by: 2099-01-01
"""
DISCLAIMER = "This page is not medical advice."
OK_END = f"\n\n{DISCLAIMER}\n"  # a page that already has its disclaimer


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "zeta.yaml").write_text(REGISTRY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint_json(run_cli, *args) -> list[dict]:
    result = run_cli("lint", "--format", "json", "--no-cache", *args)
    return json.loads(result.stdout)["findings"]


def codes_at(findings: list[dict]) -> set[tuple[str, int]]:
    return {(f["code"], f["line"]) for f in findings}


# -- each fix kind: applied, then re-linted ------------------------------------------------

FIGURE_CASES = [
    pytest.param(  # CC103, safe: the source's precision
        "In the ZT-1 trial, median survival on lumadex was 8.64 months.",
        "In the ZT-1 trial, median survival on lumadex was 8.6 months.",
        "CC103",
        (),
        id="overprecise-point",
    ),
    pytest.param(  # the scale word stays, the digits follow the source's statement
        "In Norland, 17.93 million people live where zeta fever spreads.",
        "In Norland, 17.9 million people live where zeta fever spreads.",
        "CC103",
        (),
        id="overprecise-millions",
    ),
    pytest.param(  # CC101 on a sentence that restates the claim: safe
        "Zeta fever affects 21.4% of adults in Norland.",
        "Zeta fever affects 12.4% of adults in Norland.",
        "CC101",
        (),
        id="conflict-confident",
    ),
    pytest.param(  # thousands separators kept
        "Norland recorded 512,390 zeta fever cases in 2023.",
        "Norland recorded 412,390 zeta fever cases in 2023.",
        "CC101",
        (),
        id="conflict-grouped-count",
    ),
    pytest.param(  # a range stays a range, written the draft's way
        "Lumadex shrank skin lesions in 50% to 60% of patients with zeta fever.",
        "Lumadex shrank skin lesions in 30% to 40% of patients with zeta fever.",
        "CC101",
        (),
        id="conflict-range",
    ),
    pytest.param(  # a point inside the source's range widened to it: unsafe
        "Lumadex shrank skin lesions in 35% of patients with zeta fever.",
        "Lumadex shrank skin lesions in 30–40% of patients with zeta fever.",
        "CC103",
        ("--unsafe-fixes",),
        id="overprecise-point-in-range",
    ),
    pytest.param(  # a looser sentence: the conflict's fix is unsafe
        "Median survival on lumadex in ZT-1 reached 9.5 months, the investigators reported.",
        "Median survival on lumadex in ZT-1 reached 8.6 months, the investigators reported.",
        "CC101",
        ("--unsafe-fixes",),
        id="conflict-unsafe",
    ),
]


LOOSE_MATCHES = [
    # each is matched to its claim with a high score, but says only part of the statement:
    # the figure may be another arm's, trial's or year's, so a person must see the change
    "- Median survival on lumadex: 9.5 months",
    "Lumadex: median survival 9.5 months.",
    "| Median survival on lumadex | 9.5 months |",
    "Zeta fever affects 21.4% of adults.",
    "Zeta fever cases in 2023: 512,390",
    # … or makes it a difference: "9.5 months longer" is no median survival of 9.5 months
    "In the ZT-1 trial, median survival on lumadex was 9.5 months longer.",
]


@pytest.mark.parametrize("sentence", LOOSE_MATCHES)
def test_a_conflict_on_a_sentence_that_only_shares_the_claims_words_has_no_safe_fix(
    project, run_cli, sentence
):
    draft = project / "page.md"
    header = "| Measure | Value |\n|---|---|\n" if sentence.startswith("|") else ""
    text = f"# Zeta fever in Norland\n\n{header}{sentence}{OK_END}"
    draft.write_text(text, encoding="utf-8")
    [finding] = [f for f in lint_json(run_cli, "page.md") if f["code"] == "CC101"]
    assert finding["fix"]["applicability"] == UNSAFE
    result = run_cli("lint", "--fix", "page.md")
    assert draft.read_text(encoding="utf-8") == text
    assert "Fixed 0 findings" in result.stdout


def test_a_sentence_that_denies_the_figure_has_no_finding_to_fix(project, run_cli):
    # one word from the statement, but it denies the figure: a fix would make the draft deny
    # the source, and the draft asserts nothing to accuse (README, "A figure its sentence
    # denies is no conflict")
    draft = project / "page.md"
    text = (
        "# Zeta fever in Norland\n\nIn the ZT-1 trial, median survival on lumadex was not "
        f"9.5 months.{OK_END}"
    )
    draft.write_text(text, encoding="utf-8")
    assert [f for f in lint_json(run_cli, "page.md") if f["code"] == "CC101"] == []
    run_cli("lint", "--fix", "page.md")
    assert draft.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(("sentence", "fixed", "code", "options"), FIGURE_CASES)
def test_each_figure_fix_is_applied_and_the_relinted_draft_has_no_finding_for_it(
    project, run_cli, sentence, fixed, code, options
):
    draft = project / "page.md"
    draft.write_text(f"# Zeta fever\n\n{sentence}{OK_END}", encoding="utf-8")
    assert (code, 3) in codes_at(lint_json(run_cli, "page.md"))
    result = run_cli("lint", "--fix", *options, "page.md")
    assert draft.read_text(encoding="utf-8") == f"# Zeta fever\n\n{fixed}{OK_END}"
    assert "Fixed 1 finding (0 remaining)." in result.stdout
    assert result.exit_code == 0
    assert lint_json(run_cli, "page.md") == []


def test_every_fix_of_one_draft_is_applied_in_one_run(project, run_cli):
    draft = project / "page.md"
    draft.write_text(
        "# Zeta fever\n\n" + "\n\n".join(case.values[0] for case in FIGURE_CASES) + "\n",
        encoding="utf-8",
    )
    result = run_cli("lint", "--fix", "--unsafe-fixes", "page.md")
    text = draft.read_text(encoding="utf-8")
    for case in FIGURE_CASES:
        assert case.values[1] in text
    assert lint_json(run_cli, "page.md") == []
    assert result.exit_code == 0, result.stdout


def test_a_missing_path_fixes_no_draft_and_exits_2(project, run_cli):
    draft = project / "page.md"
    text = "# Zeta fever\n\nZeta fever affects 21.4% of adults in Norland." + OK_END
    draft.write_text(text, encoding="utf-8")
    result = run_cli("lint", "--fix", "page.md", "nope.md")
    assert result.exit_code == 2
    assert draft.read_text(encoding="utf-8") == text  # nothing changed by a failed run
    assert "nope.md: no such file or directory" in result.output
    assert "no draft fixed" in result.output


def test_unsafe_fixes_are_left_alone_by_default(project, run_cli):
    draft = project / "page.md"
    text = "Median survival on lumadex in ZT-1 reached 9.5 months, the investigators reported."
    draft.write_text(text + OK_END, encoding="utf-8")
    plain = run_cli("lint", "--no-cache", "page.md")
    assert plain.stderr == "claimcheck: note: 1 finding fixable with --fix --unsafe-fixes\n"
    result = run_cli("lint", "--fix", "page.md")
    assert draft.read_text(encoding="utf-8") == text + OK_END
    assert "Fixed 0 findings (1 remaining)." in result.stdout
    assert result.exit_code == 1
    [finding] = lint_json(run_cli, "page.md")
    assert finding["fix"]["applicability"] == UNSAFE


@pytest.mark.parametrize(
    ("name", "page", "fixed"),
    [
        pytest.param(
            "page.md",
            "# Zeta fever\n\nZeta fever affects 12.4% of adults in Norland.\n",
            "# Zeta fever\n\nZeta fever affects 12.4% of adults in Norland.\n\n{d}\n",
            id="markdown",
        ),
        pytest.param(
            "page.txt",
            "Zeta fever affects 12.4% of adults in Norland.",
            "Zeta fever affects 12.4% of adults in Norland.\n\n{d}",
            id="text-without-a-last-line-break",
        ),
        pytest.param(
            "page.md",
            "# Zeta fever\r\n\r\nZeta fever affects 12.4% of adults in Norland.\r\n",
            "# Zeta fever\r\n\r\nZeta fever affects 12.4% of adults in Norland.\r\n\r\n{d}\r\n",
            id="markdown-crlf",
        ),
        pytest.param(
            "page.html",
            "<html><body><main><h1>Zeta</h1>\n<p>Zeta fever affects 12.4% of adults in"
            " Norland.</p>\n</main><footer>Norland Press</footer></body></html>\n",
            "<html><body><main><h1>Zeta</h1>\n<p>Zeta fever affects 12.4% of adults in"
            " Norland.</p>\n</main><footer>Norland Press</footer><p>{d}</p>\n</body></html>\n",
            id="html-before-body-end",
        ),
    ],
)
def test_a_missing_disclaimer_is_added_where_the_rule_places_it(
    project, run_cli, name, page, fixed
):
    draft = project / name
    draft.write_bytes(page.encode("utf-8"))
    assert ("CC201", 1) in codes_at(lint_json(run_cli, name))
    sentence = (
        "This page is for information only and is not medical advice; ask your doctor "
        "about your own care."
    )
    result = run_cli("lint", "--fix", name)
    assert draft.read_bytes().decode("utf-8") == fixed.format(d=sentence)
    assert result.exit_code == 0, result.stdout
    assert lint_json(run_cli, name) == []


RULES = """\
- id: ask-first
  code: CC260
  kind: required
  severity: warning
  message: a page must start by sending readers to their own clinic
  rationale: Our editors want it read before anything else.
  any: [information & education only, not medical advice]
  placement: start
  within: 50
  fix: Information & education only, not medical advice.
  examples:
    pass: ["Information & education only, not medical advice.\\n\\nZeta is rare."]
    fail: ["Zeta is rare."]
"""


@pytest.mark.parametrize(
    ("name", "page", "fixed"),
    [
        pytest.param(
            "page.md",
            "---\ntitle: Zeta\n---\n# Zeta fever\n\nZeta is rare.\n\nIt spreads in winter.\n",
            "---\ntitle: Zeta\n---\n# Zeta fever\n\n{d}\n\nZeta is rare.\n\n"
            "It spreads in winter.\n",
            id="markdown-under-the-title",
        ),
        pytest.param(
            "page.html",
            "<body>\n<h1>Zeta fever</h1>\n<p>Zeta is rare.</p>\n<p>It spreads in winter.</p>\n"
            "</body>\n",
            "<body>\n<h1>Zeta fever</h1>\n<p>{h}</p>\n<p>Zeta is rare.</p>\n"
            "<p>It spreads in winter.</p>\n</body>\n",
            id="html-escaped-under-the-heading",
        ),
    ],
)
def test_a_rules_own_fix_sentence_is_added_at_the_start_and_escaped_in_html(
    project, run_cli, name, page, fixed
):
    (project / "rules.yaml").write_text(RULES, encoding="utf-8")
    draft = project / name
    draft.write_text(page, encoding="utf-8")
    assert ("CC260", 1) in codes_at(lint_json(run_cli, "--rules", "rules.yaml", name))
    result = run_cli("lint", "--rules", "rules.yaml", "--fix", name)
    sentence = "Information & education only, not medical advice."
    html_form = "Information &amp; education only, not medical advice."
    assert draft.read_text(encoding="utf-8") == fixed.format(d=sentence, h=html_form)
    assert result.exit_code == 0, result.stdout
    assert lint_json(run_cli, "--rules", "rules.yaml", name) == []


def test_a_fix_sentence_the_rule_would_not_accept_is_a_rules_error(project, run_cli):
    (project / "rules.yaml").write_text(
        RULES.replace(
            "fix: Information & education only, not medical advice.", "fix: Ask your clinic."
        ),
        encoding="utf-8",
    )
    (project / "page.md").write_text("Zeta is rare.\n", encoding="utf-8")
    result = run_cli("lint", "--rules", "rules.yaml", "page.md")
    assert result.exit_code == 2
    assert "rules.yaml:10:8: rule 'ask-first': fix 'Ask your clinic.' is not" in result.stderr


# -- what is never touched -------------------------------------------------------------------


def test_front_matter_code_and_an_unclosed_fence_are_never_edited(project, run_cli):
    page = (
        "---\nnote: Zeta fever affects 21.4% of adults in Norland.\n---\n"
        "Zeta fever affects 21.4% of adults in Norland.\n\n"
        "`Zeta fever affects 21.4% of adults in Norland.`\n\n"
        "```\nZeta fever affects 21.4% of adults in Norland.\n"
    )
    draft = project / "page.md"
    draft.write_text(page, encoding="utf-8")
    result = run_cli("lint", "--fix", "page.md")
    prose = "---\nZeta fever affects 21.4%"
    expected = page.replace(prose, prose.replace("21.4", "12.4"))
    assert draft.read_text(encoding="utf-8") == expected
    # the disclaimer would land inside the open code fence: no fix, the finding stays
    assert [f["code"] for f in lint_json(run_cli, "page.md")] == ["CC201"]
    assert "Fixed 1 finding (1 remaining)." in result.stdout


def test_figures_read_through_markup_or_words_get_no_fix(project, run_cli):
    (project / "page.html").write_text(
        "<p>Zeta fever affects <b>two in five</b> adults in Norland.</p>\n", encoding="utf-8"
    )
    [conflict] = [f for f in lint_json(run_cli, "page.html") if f["code"] == "CC101"]
    assert conflict["fix"] is None  # a proportion compared as a percentage: no rewording


# -- --diff, --stdin, refusals, writing ------------------------------------------------------


def test_diff_prints_a_unified_diff_writes_nothing_and_exits_1(project, run_cli):
    draft = project / "page.md"
    page = "In the ZT-1 trial, median survival on lumadex was 8.64 months." + OK_END
    draft.write_text(page, encoding="utf-8")
    result = run_cli("lint", "--diff", "page.md")
    assert result.exit_code == 1
    assert result.stdout == (
        "--- page.md\n+++ page.md\n@@ -1,3 +1,3 @@\n"
        "-In the ZT-1 trial, median survival on lumadex was 8.64 months.\n"
        "+In the ZT-1 trial, median survival on lumadex was 8.6 months.\n"
        " \n"
        f" {DISCLAIMER}\n"
    )
    assert result.stderr == "Would fix 1 finding.\n"
    assert draft.read_text(encoding="utf-8") == page
    run_cli("lint", "--fix", "page.md")
    again = run_cli("lint", "--diff", "page.md")
    assert (again.exit_code, again.stdout) == (0, "")


def test_fix_from_standard_input_prints_the_fixed_draft_and_reports_on_stderr(project, run_cli):
    from click.testing import CliRunner

    from claimcheck.cli import main

    page = "Zeta fever affects 21.4% of adults in Norland." + OK_END
    result = CliRunner().invoke(
        main, ["lint", "--fix", "--stdin-filename", "page.md", "-"], input=page
    )
    assert result.stdout == page.replace("21.4%", "12.4%")
    assert "Fixed 1 finding (0 remaining)." in result.stderr
    assert "0 findings" in result.stderr
    assert result.exit_code == 0


def test_fix_refuses_word_and_pdf_drafts_in_one_line_and_fixes_the_others(project, run_cli):
    from office_helpers import write_docx
    from pdf_helpers import write_pdf

    sentence = "Zeta fever affects 21.4% of adults in Norland."
    word = write_docx(project / "brief.docx", [("p", sentence), ("p", DISCLAIMER)])
    pdf = write_pdf(project / "leaflet.pdf", [[sentence, DISCLAIMER]])
    before = word.read_bytes(), pdf.read_bytes()
    draft = project / "page.md"
    draft.write_text(sentence + OK_END, encoding="utf-8")
    findings = lint_json(run_cli, "brief.docx", "leaflet.pdf")
    assert {f["code"] for f in findings} == {"CC101"}
    assert all(f["fix"] is None for f in findings)  # an extracted text's offsets: no edits
    result = run_cli("lint", "--fix", "brief.docx", "leaflet.pdf", "page.md")
    refusals = [line for line in result.stderr.splitlines() if "not fixed" in line]
    assert refusals == [
        f"claimcheck: error: {name}: not fixed: --fix edits Markdown, HTML and text drafts "
        "only; a Word or PDF draft is read through its extracted text, so edit it in its own "
        "application"
        for name in ("brief.docx", "leaflet.pdf")
    ]
    assert (word.read_bytes(), pdf.read_bytes()) == before
    assert "12.4%" in draft.read_text(encoding="utf-8")


def test_a_fixed_draft_keeps_its_mode_and_a_symlink_stays_a_link(project, run_cli):
    real = project / "real.md"
    real.write_text("Zeta fever affects 21.4% of adults in Norland." + OK_END, encoding="utf-8")
    real.chmod(0o640)
    (project / "link.md").symlink_to(real)
    run_cli("lint", "--fix", "link.md")
    assert (project / "link.md").is_symlink()
    assert "12.4%" in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640
    assert sorted(p.name for p in project.iterdir()) == ["claims", "link.md", "real.md"]


def test_baselined_findings_are_not_fixed(project, run_cli):
    draft = project / "page.md"
    page = "Zeta fever affects 21.4% of adults in Norland." + OK_END
    draft.write_text(page, encoding="utf-8")
    run_cli("lint", "--write-baseline", "baseline.json", "page.md")
    result = run_cli("lint", "--baseline", "baseline.json", "--fix", "page.md")
    assert draft.read_text(encoding="utf-8") == page
    assert "Fixed 0 findings (0 remaining)." in result.stdout


def test_a_finding_a_reviewer_accepted_is_not_fixed(project, run_cli):
    draft = project / "page.md"
    page = "Zeta fever affects 21.4% of adults in Norland." + OK_END
    draft.write_text(page, encoding="utf-8")
    run_cli("lint", "--write-baseline", "base.json", "page.md")
    [entry] = json.loads((project / "base.json").read_text())["findings"]
    (project / "review.json").write_text(
        json.dumps(
            {
                "claimcheck_review": 1,
                "reviewer": "Ines Moreau",
                "findings": [{"fingerprint": entry["fingerprint"], "status": "accepted"}],
            }
        ),
        encoding="utf-8",
    )
    result = run_cli("lint", "--review-record", "review.json", "--fix", "page.md")
    assert draft.read_text(encoding="utf-8") == page
    assert "Fixed 0 findings (0 remaining)." in result.stdout


# -- the fix in JSON and SARIF -----------------------------------------------------------------


def test_json_carries_each_fix_as_edits_that_give_the_fixed_text(project, run_cli):
    page = "Norland recorded 512,390 zeta fever cases in 2023." + OK_END
    (project / "page.md").write_text(page, encoding="utf-8")
    [finding] = lint_json(run_cli, "page.md")
    fix = finding["fix"]
    assert fix["applicability"] == SAFE
    assert fix["title"] == (
        'Replace "512,390 zeta fever cases" with the source\'s "412,390 zeta fever cases"'
    )
    [edit] = fix["edits"]
    assert edit == {
        "start": 17, "end": 24, "replacement": "412,390",
        "line": 1, "col": 18, "end_line": 1, "end_col": 25,
    }  # fmt: skip
    fixed = page[: edit["start"]] + edit["replacement"] + page[edit["end"] :]
    assert fixed.startswith("Norland recorded 412,390 zeta fever cases")


def test_sarif_fixes_are_valid_and_say_what_to_replace(project, run_cli):
    schema = json.loads(
        (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
    )
    (project / "page.md").write_text(
        "Lumadex shrank skin lesions in 50% to 60% of patients with zeta fever.\n",
        encoding="utf-8",
    )
    result = run_cli("lint", "--format", "sarif", "--no-cache", "page.md")
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    by_rule = {r["ruleId"]: r for r in document["runs"][0]["results"]}
    [fix] = by_rule["CC101"]["fixes"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "page.md"
    assert [
        (r["deletedRegion"]["charOffset"], r["deletedRegion"]["charLength"], r["insertedContent"])
        for r in change["replacements"]
    ] == [(31, 2, {"text": "30"}), (38, 2, {"text": "40"})]
    assert fix["properties"]["applicability"] == SAFE
    [added] = by_rule["CC201"]["fixes"][0]["artifactChanges"][0]["replacements"]
    assert added["deletedRegion"]["charLength"] == 0  # an insertion


# -- applying: overlapping fixes wait for the next pass --------------------------------------


def _finding(start: int, fix: Fix) -> Finding:
    return Finding("p.md", 1, start + 1, "CC101", start, start, "error", "m", fix=fix)


def _fix(*spans, applicability=SAFE) -> Fix:
    return make_fix("t", applicability, list(spans), lambda offset: (1, offset + 1))


def test_overlapping_fixes_apply_the_first_and_leave_the_other():
    first = _finding(0, _fix((0, 5, "AAAAA")))
    overlapping = _finding(3, _fix((3, 8, "B")))
    later = _finding(9, _fix((9, 10, "C")))
    applied = apply_fixes("0123456789", [later, overlapping, first])
    assert applied.text == "AAAAA5678C"
    assert applied.fixed == [first, later]
    assert applied.left == [overlapping]


def test_two_insertions_at_one_place_are_not_both_applied_and_unsafe_needs_asking():
    one, two = _finding(2, _fix((2, 2, "x"))), _finding(2, _fix((2, 2, "y")))
    assert len(apply_fixes("abcd", [one, two]).fixed) == 1
    risky = _finding(0, _fix((0, 1, "Z"), applicability=UNSAFE))
    assert apply_fixes("abcd", [risky]).text == "abcd"
    assert apply_fixes("abcd", [risky], unsafe=True).text == "Zbcd"


def test_an_html_figure_is_fixed_inside_its_markup_and_entities_are_left_alone(project, run_cli):
    page = "<p>Zeta fever affects <strong>21.4&#37;</strong> of adults in Norland.</p>\n"
    draft = project / "page.html"
    draft.write_text(page + f"<p>{DISCLAIMER}</p>\n", encoding="utf-8")
    run_cli("lint", "--fix", "page.html")
    assert draft.read_text(encoding="utf-8").startswith(
        "<p>Zeta fever affects <strong>12.4&#37;</strong> of adults in Norland.</p>\n"
    )
    assert lint_json(run_cli, "page.html") == []


SECTION_RULES = """\
- id: section-source-note
  code: CC261
  kind: required
  severity: warning
  message: a section that states figures must say where they come from
  rationale: Readers check figures section by section.
  any: [figures in this section come from the Norland registry]
  placement: same-section
  fix: Figures in this section come from the Norland registry.
  examples:
    pass: ["Figures in this section come from the Norland registry. Zeta is in 12.4% of adults."]
    fail: ["Zeta is in 12.4% of adults."]
"""


@pytest.mark.parametrize(
    ("name", "page", "fixed"),
    [
        pytest.param(
            "page.md",
            "# Zeta\n\nNo figures here.\n\n## Spread\n\nZeta fever affects 12.4% of adults in"
            " Norland.\n\n## Treatment\n\nIn the ZT-1 trial, median survival on lumadex was"
            " 8.6 months.\n",
            "# Zeta\n\nNo figures here.\n\n## Spread\n\nZeta fever affects 12.4% of adults in"
            " Norland.\n\n{d}\n\n## Treatment\n\nIn the ZT-1 trial, median survival on lumadex"
            " was 8.6 months.\n\n{d}\n",
            id="markdown",
        ),
        pytest.param(
            "page.html",
            "<h1>Zeta</h1>\n<p>No figures here.</p>\n<h2>Spread</h2>\n<p>Zeta fever affects"
            " 12.4% of adults in Norland.</p>\n<h2>Treatment</h2>\n<p>In the ZT-1 trial, median"
            " survival on lumadex was 8.6 months.</p>\n",
            "<h1>Zeta</h1>\n<p>No figures here.</p>\n<h2>Spread</h2>\n<p>Zeta fever affects"
            " 12.4% of adults in Norland.</p>\n<p>{d}</p>\n<h2>Treatment</h2>\n<p>In the ZT-1"
            " trial, median survival on lumadex was 8.6 months.</p>\n<p>{d}</p>\n",
            id="html",
        ),
    ],
)
def test_a_same_section_disclaimer_is_added_at_the_end_of_each_section_with_figures(
    project, run_cli, name, page, fixed
):
    (project / "rules.yaml").write_text(SECTION_RULES, encoding="utf-8")
    draft = project / name
    draft.write_text(page, encoding="utf-8")
    result = run_cli("lint", "--rules", "rules.yaml", "--fix", name)
    assert "Fixed 2 findings (0 remaining)." in result.stdout
    sentence = "Figures in this section come from the Norland registry."
    assert draft.read_text(encoding="utf-8") == fixed.format(d=sentence)
    assert lint_json(run_cli, "--rules", "rules.yaml", name) == []


def test_no_fix_whose_numerals_join_what_stands_beside_them(project, run_cli):
    """Fixing "40015%" after a glued "10^" to the source's 12.4 would read "10^12.4%", a
    power of ten: another figure, still a conflict. The fix is not offered; the draft is
    left as written (found by the fuzz test of the whole lint)."""
    page = "Zeta fever affects 10^40015% of adults in Norland.\n"
    draft = project / "page.md"
    draft.write_text(page + f"\n{DISCLAIMER}\n", encoding="utf-8")
    run_cli("lint", "--fix", "--unsafe-fixes", "page.md")
    assert draft.read_text(encoding="utf-8").startswith(page)


def test_a_plain_text_disclaimers_shortcut_agrees_with_reading_the_draft_again() -> None:
    """A disclaimer fix on a plain-text draft skips re-reading the draft when the sentence is
    printable ASCII on a line of its own (``fixes.disclaimers._plain_line_of_text``): on
    drafts with control lines, wrapped figures, soft hyphens, mojibake, CRLF and a BOM,
    wherever the shortcut answers, the full re-read must give the sentence back too."""
    import importlib
    import random

    from claimcheck.documents.document import DocumentError
    from claimcheck.documents.reader import read_document
    from claimcheck.rules import checks  # noqa: F401  (first: the fixes' module imports it)

    shortcut = importlib.import_module("claimcheck.fixes.disclaimers")._plain_line_of_text

    pieces = (
        "Zeta fever affects 12.4% of adults.", "claimcheck-disable CC201", "<!-- claimcheck-",
        "no more than 63", "days before", "1,", "200 patients", "twenty-", "five", "twen\u00adty",
        "caf\u00c3\u00a9 au lait", "\u00e2\u20ac\u2122s", "\ufeff", "\t", "  ", "\u00a0", "7-",
    )  # fmt: skip
    sentences = (
        "This page is not medical advice.", "claimcheck-ignore this.",
        "Ask your doctor\u2019s team.", "Speak to a nurse  first.", "\u00c3\u00a9 is garbled.",
    )  # fmt: skip
    rng = random.Random(17)
    answered = 0
    for _ in range(300):
        newline = rng.choice(("\n", "\r\n"))
        lines = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(6)]
        raw = newline.join(lines)
        document = read_document("draft.txt", raw.encode("utf-8"))
        for sentence in sentences:
            starts = [0] + [i + 1 for i, c in enumerate(raw) if c == "\n"]
            offset = rng.choice([*starts, len(raw)])
            before = "" if offset in starts else newline * 2
            after = newline * 2 if offset in starts else ""
            inserted = before + sentence + after
            span = (offset + len(before), offset + len(before) + len(sentence))
            fixed_raw = raw[:offset] + inserted + raw[offset:]
            if not shortcut(document, fixed_raw, span, sentence):
                continue
            answered += 1
            try:
                fixed = read_document("draft.txt", fixed_raw.encode("utf-8"))
            except DocumentError as error:
                raise AssertionError(f"the shortcut read {fixed_raw!r}: {error}") from None
            assert fixed.as_read(*span) == " ".join(sentence.split()), (fixed_raw, span)
    assert answered > 300  # the shortcut answers for most of them
