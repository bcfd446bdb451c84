"""Hostile and broken registry, rules and config files: one error line naming the file (and
the line, for YAML), exit 2, fast; never a traceback, a hang or an alias expanded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from robust_helpers import assert_no_traceback, assert_one_error, lint

CLAIM = """\
- id: condition-q-adults
  statement: Condition Q affects 8% of adults.
  subject: [condition Q]
  value: {{value: {value}, unit: percent}}
  sources:
    - citation: "Example R. Survey of Q 2024;3:14"
  status: approved
  review_by: {review}
"""
RULE = """\
- id: no-marvel
  code: CC391
  kind: avoid
  severity: warning
  message: 'avoid "{{match}}"'
  rationale: it overstates what a treatment does.
  terms: [{term}]
  examples:
    pass: ["A treatment."]
    fail: ["A marvel treatment."]
"""
DEEP = "[" * 100_000 + "]" * 100_000
BOMB = "".join(
    f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}" if n else "ha"] * 9) + "]\n" for n in range(10)
)
BOMB_IN_A_LIST = "- id: bomb\n" + "".join(
    f"  l{n}: &l{n} [" + ", ".join([f"*l{n - 1}" if n else "ha"] * 9) + "]\n" for n in range(10)
)

# (name, text of the file, line, words of the error)
REGISTRY_CASES = [
    ("a 5,000-digit integer", CLAIM.format(value="9" * 5000, review="2099-01-01"), 4,
     "is not a valid integer (more than"),
    ("an impossible date", CLAIM.format(value="8", review="2024-13-45"), 8,
     "review_by '2024-13-45' is not a valid date"),
    ("a NUL byte", CLAIM.format(value="8", review="2099-01-01").replace("Q affects", "Q\0"), 2,
     "is not allowed in YAML"),
    ("100,000 levels of flow nesting", f"- id: x\n  statement: {DEEP}\n", 2,
     "nested more than 100 levels deep"),
    ("an alias bomb", BOMB_IN_A_LIST, 7, "alias bomb"),
]  # fmt: skip


def draft(tmp_path: Path) -> Path:
    path = tmp_path / "page.md"
    path.write_text("Condition Q affects 8% of adults.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name, text, line, words", REGISTRY_CASES, ids=[c[0] for c in REGISTRY_CASES]
)
def test_a_broken_registry_file_is_one_error_at_its_line(tmp_path, name, text, line, words):
    (tmp_path / "claims").mkdir()
    claims = tmp_path / "claims" / "q.yaml"
    claims.write_text(text, encoding="utf-8")
    result = lint("--no-cache", "--registry", tmp_path / "claims", draft(tmp_path))
    assert result.exit_code == 2
    assert_one_error(result.stderr, f"{claims}:{line}:", words)


RULE_CASES = [
    ("a 5,000-digit integer", RULE.format(term="9" * 5000), 7, "must be text, not a number"),
    ("a NUL byte", RULE.format(term="mar\0vel"), 7, "is not allowed in YAML"),
    ("100,000 levels of flow nesting", RULE.format(term=DEEP), 7, "nested more than 100"),
    ("an alias bomb", BOMB_IN_A_LIST, 7, "alias bomb"),
]


@pytest.mark.parametrize("name, text, line, words", RULE_CASES, ids=[c[0] for c in RULE_CASES])
def test_a_broken_rules_file_is_one_error_at_its_line(tmp_path, name, text, line, words):
    rules = tmp_path / "mine.yaml"
    rules.write_text(text, encoding="utf-8")
    result = lint("--no-cache", "--rules", rules, draft(tmp_path))
    assert result.exit_code == 2
    assert_one_error(result.stderr, f"{rules}:{line}:", words)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


FOLDER_CASES = [
    ("a FIFO", _fifo, "a named pipe (FIFO), not a regular file: not read"),
    ("a symlink loop", _loop, "a symlink loop"),
    ("a symlink to /dev/zero", _dev_zero, "a character device, not a regular file"),
]


@pytest.mark.parametrize("name, make, words", FOLDER_CASES, ids=[c[0] for c in FOLDER_CASES])
@pytest.mark.parametrize("what", ["registry", "rules"])
@pytest.mark.parametrize("cache", [False, True], ids=["no cache", "cache"])
def test_a_folder_holding_a_file_that_is_not_regular_is_an_error_not_a_hang(
    tmp_path, monkeypatch, name, make, words, what, cache
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "inputs"
    folder.mkdir()
    good = CLAIM.format(value="8", review="2099-01-01") if what == "registry" else None
    (folder / "good.yaml").write_text(good or RULE.format(term="marvel"), encoding="utf-8")
    make(folder / "odd.yaml")
    option = "--registry" if what == "registry" else "--rules"
    result = lint(*(() if cache else ("--no-cache",)), option, folder, draft(tmp_path))
    assert result.exit_code == 2
    assert_one_error(result.stderr, f"{folder / 'odd.yaml'}: ", words)


CONFIG_CASES = [
    (".claimcheck.yaml", "threshold: 2024-13-45\n", 1, "'2024-13-45' is not a valid date"),
    (".claimcheck.yaml", "threshold: " + "9" * 5000 + "\n", 1, "is not a valid integer"),
    (".claimcheck.yaml", "rules: " + DEEP + "\n", 1, "nested more than 100 levels deep"),
    (".claimcheck.yaml", BOMB + "include: *l9\n", 6, "alias bomb"),
    (".claimcheck.yaml", "severity: CC102\n", 1, "severity must be a table"),
    (".claimcheck.yaml", "per-path: {'legacy/**': strict}\n", 1, "must be a table of settings"),
    (".claimcheck.yaml", "fail-level: error\x00\n", 1, "is not allowed in YAML"),
    ("pyproject.toml", "[tool.claimcheck]\nthreshold = 2024-01-01\n", 2,
     "threshold must be a number from 0 to 100, got a date (2024-01-01)"),
    ("pyproject.toml", "[tool.claimcheck]\nper-path = 'strict'\n", 2, "per-path must be a table"),
    ("pyproject.toml", "[tool.claimcheck]\nthreshold = " + "9" * 5000 + "\n", None,
     "not valid TOML: Exceeds the limit"),
    ("pyproject.toml", "[tool.claimcheck]\nrules = " + DEEP + "\n", None, "nested too deeply"),
]  # fmt: skip


@pytest.mark.parametrize("filename, text, line, words", CONFIG_CASES)
def test_a_broken_config_is_one_error_naming_it(tmp_path, monkeypatch, filename, text, line,
                                                words):  # fmt: skip
    config = tmp_path / filename
    config.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = lint("--no-cache", draft(tmp_path))
    assert result.exit_code == 2
    # named as from the working directory, as other errors name their files
    shown = config.name
    assert_one_error(
        result.stderr, f"error: {shown}:{line}:" if line else f"error: {shown}: ", words
    )


def test_a_pyproject_starting_with_a_byte_order_mark_is_read(tmp_path, monkeypatch):
    # Windows editors write a BOM; the settings in it apply instead of the defaults
    (tmp_path / "pyproject.toml").write_text(
        "\ufeff[tool.claimcheck]\nfail-level = 'error'\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = lint("show", command="config")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("config: pyproject.toml\n")
    assert "fail-level: error" in result.stdout


SOURCE_CLAIM = """\
- id: condition-q-adults
  statement: Condition Q affects 8% of adults.
  subject: [condition Q]
  value: {{value: 8, unit: percent}}
  sources:
    - citation: "Example R. Survey of Q 2024;3:14"
      quote: "8% of adults"
      file: sources/{name}
  status: approved
"""
BROKEN_PDFS = [
    ("a truncated PDF", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R"),
    ("a PDF of nested arrays", b"%PDF-1.7\n1 0 obj " + b"[" * 20_000 + b"\n%%EOF\n"),
    ("not a PDF at all", b"\x00\x01\x02 binary \xff\xfe"),
]


@pytest.mark.parametrize("name, data", BROKEN_PDFS, ids=[c[0] for c in BROKEN_PDFS])
def test_a_broken_local_copy_of_a_source_is_an_error_at_its_source(tmp_path, name, data):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "q.pdf").write_bytes(data)
    (tmp_path / "claims.yaml").write_text(SOURCE_CLAIM.format(name="q.pdf"), encoding="utf-8")
    result = lint("check", tmp_path, command="registry")
    assert_no_traceback(result.stdout, result.stderr)
    assert result.exit_code == 1, result.stdout  # registry check: 1 for errors in claims
    assert "claims.yaml:8:13: error: source: source file sources/q.pdf: cannot be read as PDF" in (
        result.stdout
    )


def test_a_local_copy_that_is_a_fifo_is_an_error_not_a_hang(tmp_path):
    (tmp_path / "sources").mkdir()
    os.mkfifo(tmp_path / "sources" / "q.txt")
    (tmp_path / "claims.yaml").write_text(SOURCE_CLAIM.format(name="q.txt"), encoding="utf-8")
    result = lint("check", tmp_path, command="registry")
    assert_no_traceback(result.stdout, result.stderr)
    assert result.exit_code == 1
    assert "source file sources/q.txt: a named pipe (FIFO), not a regular file" in result.stdout
