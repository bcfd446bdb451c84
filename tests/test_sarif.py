"""SARIF 2.1.0: valid against the official schema, stable rule ids, regions, fingerprints.

``tests/data/sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 schema (errata 01, from
https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
kept in the repository so these tests run on any clone, offline.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from workflow_helpers import CONFLICT_PAGE, REPO, finding, make_project

from claimcheck.codes import CODES
from claimcheck.report import sarif

SCHEMA_PATH = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def schema():
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_lint_sarif_is_valid_and_complete(tmp_path, monkeypatch, run_cli, schema):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    result = run_cli("lint", "drafts", "--format", "sarif", "--output", "out.sarif")
    assert result.exit_code == 1
    assert result.stdout == ""
    document = json.loads((tmp_path / "out.sarif").read_text())
    jsonschema.validate(document, schema)
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted(CODES)
    for rule in rules:
        assert {"id", "name", "shortDescription", "fullDescription", "help"} <= set(rule)
    conflict = next(r for r in run["results"] if r["ruleId"] == "CC101")
    assert rules[conflict["ruleIndex"]]["id"] == "CC101"
    location = conflict["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/a.md"
    assert location["region"] == {
        "startLine": 3,
        "startColumn": 31,
        "endLine": 3,
        "endColumn": 40,  # "about 95%": nine characters
        "charOffset": location["region"]["charOffset"],
        "charLength": 9,
    }
    assert run["columnKind"] == "unicodeCodePoints"
    assert conflict["partialFingerprints"]["claimcheck/v1"]


def test_columns_count_characters_and_a_wrapped_figure_ends_on_its_last_line(schema):
    wrapped = finding(line=4, col=7, start=100, end=114, quantity={"text": "70–\n80 percent"})
    assert sarif.end_position(wrapped) == (5, 11)
    accented = finding(line=2, col=3, start=10, end=15, quantity={"text": "≈ 90%"})
    assert sarif.end_position(accented) == (2, 8)
    jsonschema.validate(sarif.to_sarif([wrapped, accented], 1), schema)


def test_fingerprints_ignore_the_line(tmp_path):
    a = finding(line=3, registry_id="x", quantity={"text": "95%"})
    b = finding(line=30, col=1, registry_id="x", quantity={"text": "95%"})
    fa, fb = (sarif.to_sarif([f], 1, tmp_path)["runs"][0]["results"][0] for f in (a, b))
    assert fa["partialFingerprints"] == fb["partialFingerprints"]


def test_rule_findings_keep_the_code_as_rule_id_and_name_their_rule(schema):
    rule_finding = finding("CC301", severity="info", rule="cure-claims")
    result = sarif.to_sarif([rule_finding], 1)["runs"][0]["results"][0]
    assert result["ruleId"] == "CC301"
    assert result["level"] == "note"
    assert result["properties"]["rule"] == "cure-claims"


def test_an_unreadable_draft_is_a_valid_result_at_its_first_character(schema):
    from claimcheck.documents.document import DocumentError
    from claimcheck.lint import unreadable_finding

    error = DocumentError("docs/old.md", "UTF-16 encoded; save it as UTF-8")
    unreadable = unreadable_finding(error)
    document = sarif.to_sarif([unreadable], 0)
    jsonschema.validate(document, schema)
    [result] = document["runs"][0]["results"]
    assert result["ruleId"] == "CC400" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1


def test_every_region_says_the_same_in_lines_and_columns_as_in_characters(
    tmp_path, monkeypatch, run_cli, schema
):
    """SARIF 3.30: a region's text properties and its charOffset/charLength must describe
    the same characters; a whole-draft finding is an empty region (endColumn = startColumn,
    charLength 0), a figure wrapped over two lines ends on the second."""
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    page = "# Clinic\r\n\r\nGPC3 is found in about\r\n95% of hepatocellular carcinomas.\r\n"
    (tmp_path / "drafts" / "a.md").write_bytes(page.encode("utf-8"))
    result = run_cli("lint", "drafts", "--format", "sarif", "--no-cache")
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    lines = page.splitlines(keepends=True)

    def offset(line: int, col: int) -> int:
        return sum(len(text) for text in lines[: line - 1]) + col - 1

    regions = {
        r["ruleId"]: r["locations"][0]["physicalLocation"]["region"]
        for r in document["runs"][0]["results"]
    }
    assert set(regions) == {"CC101", "CC201"}
    for region in regions.values():
        start = offset(region["startLine"], region["startColumn"])
        end = offset(region["endLine"], region["endColumn"])
        assert (region["charOffset"], region["charLength"]) == (start, end - start)
    assert regions["CC201"] == {
        "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1,
        "charOffset": 0, "charLength": 0,
    }  # fmt: skip
    assert regions["CC101"]["endLine"] == regions["CC101"]["startLine"] + 1
    assert page[regions["CC101"]["charOffset"] :].startswith("about\r\n95%")
