"""`lint --help` and `extract --help` name exactly the suffixes a folder walk picks up: the
help said .md, .markdown, .html, .htm, .txt while the walk also read .docx and .pdf."""

from __future__ import annotations

import re

import pytest

from claimcheck.documents import iter_draft_paths

CANDIDATES = (".md", ".markdown", ".html", ".htm", ".txt", ".docx", ".pdf", ".rst", ".doc")


def walked(tmp_path) -> set[str]:
    for suffix in CANDIDATES:
        (tmp_path / f"page{suffix}").write_bytes(b"x")
    return {path.suffix for path in iter_draft_paths([tmp_path])}


@pytest.mark.parametrize("command", ["lint", "extract"])
def test_help_names_the_suffixes_the_walk_reads(tmp_path, run_cli, command):
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    listed = re.search(r"\((?:searched for )?(\.md,[^)]*)\)", " ".join(result.stdout.split()))
    assert listed, result.stdout
    said = set(listed.group(1).split(", "))
    assert said == walked(tmp_path)
    assert {".docx", ".pdf"} <= said
