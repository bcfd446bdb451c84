"""Inline controls in Markdown and HTML drafts: disable, enable, disable-next-line, by code,
rule id, prefix or all; claim findings too; CC403 for a control that suppresses nothing and
CC404 for one claimcheck does not know."""

from __future__ import annotations

import textwrap

from claimcheck.lint import lint
from claimcheck.registry.loader import Registry
from claimcheck.rules import load_rules

DEFAULTS = load_rules()
EMPTY = Registry.from_claims([])


def run(tmp_path, name: str, text: str) -> list[tuple[str, int]]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    from claimcheck.documents.reader import read_document

    [result] = lint([read_document(path)], EMPTY, rules=DEFAULTS).documents
    return [(f.code, f.line) for f in result.findings if f.code != "CC201"]


def test_disable_next_line_by_rule_id_in_markdown(tmp_path):
    text = """\
    <!-- claimcheck-disable-next-line cure-claims -->
    It cures cancer.

    It cures cancer.
    """
    assert run(tmp_path, "a.md", text) == [("CC301", 4)]


def test_disable_and_enable_by_code_in_html(tmp_path):
    text = """\
    <p>It cures cancer.</p>
    <!-- claimcheck-disable CC301 -->
    <p>It cures cancer.</p>
    <p>A miracle.</p>
    <!-- claimcheck-enable CC301 -->
    <p>It cures cancer.</p>
    """
    assert run(tmp_path, "a.html", text) == [("CC301", 1), ("CC303", 4), ("CC301", 6)]


def test_enable_one_code_inside_disable_all_reopens_only_that_code(tmp_path):
    text = """\
    <!-- claimcheck-disable -->
    A miracle drug, it cures cancer.
    <!-- claimcheck-enable cure-claims -->
    A miracle drug, it cures cancer.
    <!-- claimcheck-enable all -->
    A miracle drug, it cures cancer.
    """
    assert sorted(run(tmp_path, "a.md", text)) == [
        ("CC301", 4),
        ("CC301", 6),
        ("CC303", 6),
    ]


def test_enable_inside_a_disabled_prefix_in_html(tmp_path):
    text = """\
    <!-- claimcheck-disable CC3 -->
    <p>A miracle drug, it cures cancer.</p>
    <!-- claimcheck-enable CC301 -->
    <p>A miracle drug, it cures cancer.</p>
    <!-- claimcheck-disable CC301 -->
    <p>A miracle drug, it cures cancer.</p>
    """
    assert run(tmp_path, "a.html", text) == [("CC301", 4)]


def test_an_enable_with_nothing_to_end_is_reported(tmp_path):
    text = """\
    <!-- claimcheck-disable CC304 -->
    It cures cancer, a breakthrough.
    <!-- claimcheck-enable CC301 -->
    <!-- claimcheck-enable CC304 -->
    <!-- claimcheck-enable CC304 -->
    """
    path = tmp_path / "a.md"
    path.write_text(textwrap.dedent(text))
    from claimcheck.documents.reader import read_document

    [result] = lint([read_document(path)], EMPTY, rules=DEFAULTS).documents
    unused = [(f.line, f.message) for f in result.findings if f.code == "CC403"]
    assert unused == [
        (3, "'CC301' in '<!-- claimcheck-enable CC301 -->' ends no disable before it: remove it"),
        (5, "'CC304' in '<!-- claimcheck-enable CC304 -->' ends no disable before it: remove it"),
    ]
    assert ("CC301", 2) in [(f.code, f.line) for f in result.findings]


def test_disable_all_and_prefixes(tmp_path):
    text = """\
    <!-- claimcheck-disable -->
    It cures cancer, a miracle.
    """
    assert run(tmp_path, "a.md", text) == []
    text = """\
    <!-- claimcheck-disable CC3 -->
    It cures cancer, a miracle.
    """
    assert run(tmp_path, "b.md", text) == []


def test_controls_apply_to_claim_findings_too(tmp_path):
    text = """\
    <!-- claimcheck-disable-next-line unsupported -->
    About 37% of patients respond.
    """
    assert run(tmp_path, "a.md", text) == []
    assert run(tmp_path, "b.md", "About 37% of patients respond.\n") == [("CC102", 1)]


def test_a_page_wide_finding_is_disabled_by_a_disable_anywhere(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Page\n\nNo figures.\n\n<!-- claimcheck-disable not-medical-advice -->\n")
    from claimcheck.documents.reader import read_document

    [result] = lint([read_document(path)], EMPTY, rules=DEFAULTS).documents
    assert result.findings == []


def test_unused_suppression_is_reported_like_ruf100(tmp_path):
    text = """\
    <!-- claimcheck-disable-next-line cure-claims -->
    It helps some patients.
    """
    path = tmp_path / "a.md"
    path.write_text(textwrap.dedent(text))
    from claimcheck.documents.reader import read_document

    [result] = lint([read_document(path)], EMPTY, rules=DEFAULTS).documents
    [finding] = [f for f in result.findings if f.code == "CC403"]
    assert (finding.line, finding.col, finding.severity) == (1, 1, "warning")
    assert finding.message == (
        "'cure-claims' in '<!-- claimcheck-disable-next-line cure-claims -->' "
        "suppresses nothing: remove it"
    )


def test_unknown_codes_and_directives_are_reported(tmp_path):
    text = """\
    <p>Intro.</p>
    <!-- claimcheck-disable CC999 cure-claim -->
    <!-- claimcheck-ignore CC301 -->
    <!-- an ordinary comment -->
    """
    path = tmp_path / "a.html"
    path.write_text(textwrap.dedent(text))
    from claimcheck.documents.reader import read_document

    [result] = lint([read_document(path)], EMPTY, rules=DEFAULTS).documents
    unknown = [(f.line, f.message) for f in result.findings if f.code == "CC404"]
    assert unknown == [
        (
            2,
            "'CC999' in 'claimcheck-disable' is not a code or rule id claimcheck knows "
            "(`claimcheck rules list` shows them)",
        ),
        (
            2,
            "'cure-claim' in 'claimcheck-disable' is not a code or rule id claimcheck knows: "
            "did you mean 'cure-claims'? (`claimcheck rules list` shows them)",
        ),
        (
            3,
            "unknown inline control 'claimcheck-ignore': use claimcheck-disable, "
            "claimcheck-enable, claimcheck-disable-next-line",
        ),
    ]


# --- plain text: controls are lines of their own ------------------------------------------


def test_plain_text_control_lines_disable_enable_and_next_line(tmp_path):
    text = """\
    Visiting the ward

    claimcheck-disable-next-line cure-claims
    It cures cancer.
    It cures cancer.
    claimcheck-disable CC303
    A miracle drug.
    claimcheck-enable CC303
    A miracle drug.
    <!-- claimcheck-disable-next-line CC303 -->
    A miracle drug.
    """
    assert run(tmp_path, "a.txt", text) == [("CC301", 5), ("CC303", 9)]


def test_plain_text_faulty_controls_are_reported_and_prose_is_not_a_control(tmp_path):
    text = """\
    Notes

    claimcheck-disable-next-line CC305
    It cures cancer.
    claimcheck-disabel CC301
    Ask us about claimcheck-disable lines, they cure nothing.
    """
    found = run(tmp_path, "a.txt", text)
    assert ("CC403", 3) in found  # CC305 (no side effects) suppresses nothing
    assert ("CC404", 5) in found  # a typo never silently disables
    assert ("CC301", 4) in found and ("CC301", 6) in found  # a mid-line mention is prose


def test_a_plain_text_control_line_is_not_prose(tmp_path):
    from claimcheck.documents.reader import read_document

    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\r\n\r\nclaimcheck-disable CC102\r\nAbout 40% of visits are short.\r\n")
    document = read_document(path)
    assert "claimcheck" not in document.analysis
    [comment] = document.comments
    assert document.raw[comment.start : comment.end] == "claimcheck-disable CC102"
    assert comment.text == "claimcheck-disable CC102"
