"""``lint --format sarif``: SARIF 2.1.0 for GitHub code scanning and other viewers.

One run; the driver lists every claimcheck code as a rule (id = the stable code, name, short
and full descriptions, help, default level); each result carries its ``ruleId`` (the code;
a rule finding also names its rule id in ``properties``), a region in 1-based lines and
columns counted in Unicode code points (``columnKind``), and ``partialFingerprints`` that
match the baseline's, so viewers track a finding across moved lines as the baseline does.

A finding in a Word or PDF draft keeps that region, counted in the text claimcheck extracted
from the file (one line per paragraph: code scanning needs a line to show a result), and
adds a logical location naming the paragraph and page a reader of the file finds it at
(``p3:¶2``), also in ``properties``. A finding with a fix carries it in ``fixes`` (see
:func:`sarif_fix`); findings in Word and PDF drafts have none.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from claimcheck import __version__
from claimcheck.baseline import fingerprint
from claimcheck.codes import CODES
from claimcheck.findings import Finding
from claimcheck.selection import relative_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def end_position(finding: Finding) -> tuple[int, int]:
    """The 1-based line and column just past the finding's text (from the figure's text when
    the finding has one, so a figure wrapped over two lines ends on the second)."""
    text = (finding.quantity or {}).get("text")
    if not isinstance(text, str) or len(text) != finding.end - finding.start:
        text = " " * max(finding.end - finding.start, 0)
    if "\n" in text:
        return finding.line + text.count("\n"), len(text) - text.rindex("\n")
    return finding.line, finding.col + len(text)


def logical_location(finding: Finding) -> dict:
    """Where a reader of a Word or PDF draft finds the finding, as a SARIF logical location
    (an element of the document): ``¶12``, or ``p3:¶2`` with its page. The region beside it
    counts lines and columns in the text claimcheck extracted, one line per paragraph."""
    name = f"¶{finding.paragraph}"
    if finding.page is not None:
        return {
            "name": name,
            "fullyQualifiedName": f"p{finding.page}:{name}",
            "kind": "element",
            "properties": {"page": finding.page, "paragraph": finding.paragraph},
        }
    return {
        "name": name,
        "fullyQualifiedName": name,
        "kind": "element",
        "properties": {"paragraph": finding.paragraph},
    }


def artifact_uri(path: str, root: Path) -> str:
    # the file name's own bytes, percent-encoded: a name that is not UTF-8 is still its file
    return quote(os.fsencode(relative_path(path, root)), safe="/:")


def sarif_fix(finding: Finding, root: Path) -> dict:
    """A finding's fix as a SARIF ``fix``: its title as the description, one artifact change
    whose replacements delete each edit's region (lines, columns and characters, as the
    result's region) and insert its text; ``properties.applicability`` is safe or unsafe."""
    assert finding.fix is not None
    replacements = [
        {
            "deletedRegion": {
                "startLine": edit.line,
                "startColumn": edit.col,
                "endLine": edit.end_line,
                "endColumn": edit.end_col,
                "charOffset": edit.start,
                "charLength": edit.end - edit.start,
            },
            "insertedContent": {"text": edit.replacement},
        }
        for edit in finding.fix.edits
    ]
    return {
        "description": {"text": finding.fix.title},
        "artifactChanges": [
            {
                "artifactLocation": {
                    "uri": artifact_uri(finding.path, root),
                    "uriBaseId": "%SRCROOT%",
                },
                "replacements": replacements,
            }
        ],
        "properties": {"applicability": finding.fix.applicability},
    }


def _rule(code: str) -> dict:
    info = CODES[code]
    return {
        "id": code,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": f"{info.summary} {info.help}"},
        "help": {"text": info.help, "markdown": f"**{info.name}** ({code}): {info.help}"},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
    }


def to_sarif(findings: Sequence[Finding], drafts_checked: int, root: Path | None = None) -> dict:
    root = (root or Path.cwd()).resolve()
    codes = sorted(CODES)
    rules = [_rule(code) for code in codes]
    index_of = {code: index for index, code in enumerate(codes)}
    results = []
    for finding in findings:
        end_line, end_col = end_position(finding)
        message = finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")
        result = {
            "ruleId": finding.code,
            "level": LEVELS.get(finding.severity, "warning"),
            "message": {"text": message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": artifact_uri(finding.path, root),
                            "uriBaseId": "%SRCROOT%",
                        },
                        "region": {
                            "startLine": finding.line,
                            "startColumn": finding.col,
                            "endLine": end_line,
                            # a finding about the whole draft (a missing disclaimer, an
                            # unreadable file) is an empty region at its position: SARIF's
                            # insertion point, endColumn = startColumn and charLength 0
                            "endColumn": end_col,
                            "charOffset": finding.start,
                            "charLength": max(finding.end - finding.start, 0),
                        },
                    }
                }
            ],
            "partialFingerprints": {"claimcheck/v1": fingerprint(finding, root)},
            "properties": {
                key: value
                for key, value in (
                    ("name", finding.name),
                    ("rule", finding.rule),
                    ("registryId", finding.registry_id),
                    ("suggestion", finding.suggestion),
                    ("score", finding.score),
                    ("paragraph", finding.paragraph),
                    ("page", finding.page),
                )
                if value is not None
            },
        }
        if finding.paragraph is not None:
            result["locations"][0]["logicalLocations"] = [logical_location(finding)]
        if finding.code in index_of:
            result["ruleIndex"] = index_of[finding.code]
        if finding.fix is not None:
            result["fixes"] = [sarif_fix(finding, root)]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {"draftsChecked": drafts_checked},
            }
        ],
    }


def format_findings(
    findings: Sequence[Finding], drafts_checked: int, root: Path | None = None
) -> str:
    return json.dumps(to_sarif(findings, drafts_checked, root), ensure_ascii=False, indent=2) + "\n"
