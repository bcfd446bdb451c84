"""The language server's session, without a client: each buffer linted as `claimcheck lint`
would lint the file, with the project's config, and the project's files reloaded when they
change (the end-to-end tests over stdio are in test_lsp.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lsprotocol import types

from claimcheck.lsp.features import buffer_fixes, code_actions, hover_markdown
from claimcheck.lsp.positions import PositionMap
from claimcheck.lsp.session import Session

CLAIM = """\
- id: heron-cough-children
  statement: Heron cough affects 15% of children.
  subject: [heron cough]
  context: [children]
  value: {value: 15, unit: percent}
  sources:
    - citation: "Marsh P. Heron cough in schools. Reed J 2022;9:4"
  status: approved
  review_by: 2099-01-01
"""
PAGE = "Heron cough affects 40% of children, a school nurse told us.\n"


def site(tmp_path: Path, config: str = "registry: claims\n") -> Path:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "heron.yaml").write_text(CLAIM, encoding="utf-8")
    if config:
        (tmp_path / ".claimcheck.yaml").write_text(config, encoding="utf-8")
    return tmp_path


def codes(buffer) -> dict[str, str]:
    return {f.code: f.severity for f in buffer.findings}


def test_the_config_severity_and_selection_apply_as_in_lint(tmp_path):
    folder = site(tmp_path, "registry: claims\nseverity: {CC101: info}\nignore: [CC201]\n")
    buffer = Session([folder]).lint(folder / "page.md", PAGE)
    assert codes(buffer) == {"CC101": "info"}


def test_an_excluded_draft_and_the_registry_folder_get_nothing(tmp_path):
    folder = site(tmp_path, 'registry: claims\nexclude: ["archive/**"]\n')
    session = Session([folder])
    excluded = session.lint(folder / "archive" / "old.md", PAGE)
    assert excluded.findings == [] and "exclude" in excluded.note
    in_registry = session.lint(folder / "claims" / "notes.md", PAGE)
    assert in_registry.findings == [] and "registry" in in_registry.note


def test_a_word_or_pdf_buffer_is_left_to_lint(tmp_path):
    folder = site(tmp_path)
    buffer = Session([folder]).lint(folder / "guide.docx", PAGE)
    assert buffer.findings == [] and "Word or PDF" in buffer.note


def test_a_config_written_after_the_first_lint_is_used_at_the_next(tmp_path):
    folder = site(tmp_path, config="")
    session = Session([folder])
    assert "CC101" in codes(session.lint(folder / "page.md", PAGE))  # claims/ of the folder
    (folder / ".claimcheck.yaml").write_text("registry: claims\nselect: [CC2]\n")
    assert set(codes(session.lint(folder / "page.md", PAGE))) <= {"CC201"}


def test_without_a_registry_figures_are_not_judged_and_rules_run(tmp_path):
    buffer = Session([tmp_path]).lint(
        tmp_path / "page.md", "We cure heron cough in 40% of cases.\n"
    )
    assert "CC301" in codes(buffer)
    assert not any(code.startswith("CC1") for code in codes(buffer))


def test_a_registry_edit_is_seen_by_the_next_lint_and_nothing_reloads_otherwise(tmp_path):
    folder = site(tmp_path)
    session = Session([folder])
    first = session.lint(folder / "page.md", PAGE)
    project = first.project
    session.lint(folder / "page.md", PAGE)
    assert project.loads == 1
    registry = folder / "claims" / "heron.yaml"
    registry.write_text(CLAIM.replace("15", "40"), encoding="utf-8")
    os.utime(registry, ns=(1, 1))  # a different time even on a coarse-grained file system
    assert "CC101" not in codes(session.lint(folder / "page.md", PAGE))
    assert project.loads == 2


def test_a_broken_registry_keeps_the_last_good_one_and_names_the_line(tmp_path):
    folder = site(tmp_path)
    session = Session([folder])
    session.lint(folder / "page.md", PAGE)
    registry = folder / "claims" / "heron.yaml"
    registry.write_text(CLAIM.replace("value: 15", "value: fifteen"), encoding="utf-8")
    buffer = session.lint(folder / "page.md", PAGE)
    assert "CC101" in codes(buffer)
    [problem] = buffer.project.problems
    assert problem.path == str(registry) and problem.line == 5


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("markdown", "Heron cough affects **40%** of children.\n", "40%"),
        ("html", "<p>Heron cough affects &gt;40% of children.</p>\n", "&gt;40%"),
        ("plaintext", "Heron cough affects 40% of children.\n", "40%"),
    ],
)
def test_an_untitled_buffer_is_read_as_its_language(tmp_path, language, text, expected):
    folder = site(tmp_path)
    buffer = Session([folder]).lint(None, text, language)
    [conflict] = [f for f in buffer.findings if f.code == "CC101"]
    assert text[conflict.start : conflict.end] == expected


def test_hover_of_an_unsupported_figure_says_no_claim_backs_it(tmp_path):
    folder = site(tmp_path)
    text = "Our clinic saw 312 patients with a rash last winter.\n"
    buffer = Session([folder]).lint(folder / "page.md", text)
    markdown, start, end = hover_markdown(buffer, text.index("312") + 1)
    assert text[start:end].startswith("312")
    assert "unsupported" in markdown and "No sourced claim in the registry" in markdown
    assert hover_markdown(buffer, text.index("clinic")) is None


def test_quick_fixes_are_the_findings_own_and_fix_all_applies_the_safe_ones(tmp_path):
    folder = site(tmp_path)
    session = Session([folder])
    text = "Heron cough affects 40% of children.\n"
    buffer = session.lint(folder / "a.md", text)
    positions = PositionMap(text)
    cursor = types.Range(
        start=types.Position(line=0, character=21), end=types.Position(line=0, character=21)
    )
    actions = code_actions(buffer, positions, "file:///a.md", 3, cursor)
    conflict = next(f for f in buffer.findings if f.code == "CC101")
    [quick] = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
    assert quick.title.startswith(conflict.fix.title)
    assert quick.diagnostics[0].code == "CC101"
    [change] = quick.edit.document_changes
    assert change.text_document.version == 3
    assert [e.new_text for e in change.edits] == [e.replacement for e in conflict.fix.edits]
    [fix_all] = [a for a in actions if a.kind == "source.fixAll.claimcheck"]
    [whole] = fix_all.edit.document_changes[0].edits
    assert "Heron cough affects 15% of children." in whole.new_text
    assert "not medical advice" in whole.new_text  # the missing disclaimer's fix too
    # a client without documentChanges gets plain changes
    plain = code_actions(buffer, positions, "file:///a.md", None, cursor)
    assert plain[0].edit.changes["file:///a.md"]


def test_a_finding_without_a_fix_offers_no_quick_fix(tmp_path):
    folder = site(tmp_path)
    text = "<p>Heron cough affects &gt;40% of children.</p>\n"
    buffer = Session([folder]).lint(folder / "b.html", text)
    conflict = next(f for f in buffer.findings if f.code == "CC101")
    assert conflict.fix is None
    assert buffer_fixes(buffer, conflict.start, conflict.end) == []
