"""A cache that a pull request cannot plant, and baselines that cannot crash lint.

The attacker here can write anything into the checkout (a pull request) and knows every
public input, so can compute an entry's name; the cache must still never change a finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from robust_helpers import REGISTRY, assert_no_traceback, assert_one_error, lint

from claimcheck import cache as results_cache
from claimcheck.cache import FORMAT

WRONG = "Condition Q affects 15% of adults.\n\nNot medical advice; ask your doctor.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "q.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "page.md").write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def codes(*args: str) -> list[str]:
    result = lint("--format", "json", *args, "page.md")
    assert_no_traceback(result.stdout, result.stderr)
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


def entries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.json") if not p.name.startswith("registry-")]


def test_the_cache_lives_in_the_users_cache_folder_not_the_checkout(project, own_cache_and_state):
    assert codes() == ["CC101"]
    assert sorted(p.name for p in project.iterdir()) == ["claims", "page.md"]
    [entry] = entries(own_cache_and_state)
    assert entry.is_relative_to(own_cache_and_state / f"v{FORMAT}")


def test_cache_dir_and_its_environment_variable_name_another_folder(project, monkeypatch):
    codes("--cache-dir", "elsewhere")
    assert len(entries(project / "elsewhere")) == 1
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(project / "from-env"))
    codes()
    assert len(entries(project / "from-env")) == 1


def plant(folder: Path, findings: list, *, mac: bytes | None = None) -> list[Path]:
    """Overwrite every entry in ``folder`` with ``findings`` under the entry's own key, as an
    attacker who computed the key would; signed with ``mac`` (a key) when given."""
    planted = entries(folder)
    for entry in planted:
        old = json.loads(entry.read_text().split("\n", 1)[1])
        payload = json.dumps({"key": old["key"], "findings": findings}).encode()
        signature = (
            results_cache.Cache(folder, "", mac)._mac(payload) if mac else b"0" * 64
        ).decode()
        entry.write_text(signature + "\n" + payload.decode())
    return planted


def test_a_planted_entry_without_this_machines_mac_changes_nothing(project, own_cache_and_state):
    assert codes() == ["CC101"]
    assert plant(own_cache_and_state, [])  # "no findings", unsigned
    assert codes() == ["CC101"]  # refused: analysed again, the finding stays


def test_a_planted_entry_with_a_mac_under_another_key_changes_nothing(project, own_cache_and_state):
    codes()
    plant(own_cache_and_state, [], mac=b"k" * 32)
    assert codes() == ["CC101"]


def test_a_planted_cache_in_the_checkout_named_by_cache_dir_changes_nothing(project):
    codes("--cache-dir", ".claimcheck_cache")  # e.g. a workflow that caches in the tree
    # a pull request commits both entries and a key file of its own next to them
    (project / ".claimcheck_cache" / "cache.key").write_bytes(b"k" * 32)
    plant(project / ".claimcheck_cache", [], mac=b"k" * 32)
    assert codes("--cache-dir", ".claimcheck_cache") == ["CC101"]


def record(**changes) -> dict:
    base = {
        "path": "page.md", "line": 1, "col": 21, "code": "CC101", "start": 20, "end": 23,
        "severity": "error", "message": "m", "registry_id": None, "suggestion": None,
        "claim_text": None, "quantity": None, "score": None, "rule": None, "fix": None,
    }  # fmt: skip
    return {**base, **changes}


BAD_RECORDS = [
    ("an unknown severity", [record(severity="catastrophic")]),
    ("an unknown code", [record(code="CC999")]),
    ("a line of zero", [record(line=0)]),
    ("a boolean for a line", [record(line=True)]),
    ("a float for a column", [record(col=1.5)]),
    ("a missing field", [{k: v for k, v in record().items() if k != "rule"}]),
    ("an extra field", [record(extra=1)]),
    ("a message that is a list", [record(message=["m"])]),
    ("a score of 1e308", [record(score=1e308)]),
    ("100,000 nested lists", "[" * 100_000 + "]" * 100_000),
    (
        "a 5,000-digit integer",
        "[" + json.dumps(record()).replace('"line": 1', '"line": ' + "9" * 5000) + "]",
    ),
]


@pytest.mark.parametrize("name, findings", BAD_RECORDS, ids=[c[0] for c in BAD_RECORDS])
def test_an_authentic_entry_with_a_bad_field_is_a_miss_not_a_crash(
    project, own_cache_and_state, name, findings
):
    """Even signed with this machine's own key (a bug, a partial write, an older format),
    every field is checked, and any doubt means the draft is analysed again."""
    codes()
    key = results_cache.load_key()
    cache = results_cache.Cache(own_cache_and_state, "", key)
    for entry in entries(own_cache_and_state):
        old = json.loads(entry.read_text().split("\n", 1)[1])
        if isinstance(findings, str):  # JSON that json.dumps would not write
            payload = f'{{"key": "{old["key"]}", "findings": {findings}}}'.encode()
        else:
            payload = json.dumps({"key": old["key"], "findings": findings}).encode()
        entry.write_bytes(cache._mac(payload) + b"\n" + payload)
    assert codes() == ["CC101"]


def test_a_symlinked_cache_folder_is_never_written_through(project, own_cache_and_state):
    import shutil

    codes()
    elsewhere = project / "victim"
    elsewhere.mkdir()
    shutil.rmtree(own_cache_and_state / f"v{FORMAT}")
    (own_cache_and_state / f"v{FORMAT}").symlink_to(elsewhere)
    assert codes() == ["CC101"]
    assert list(elsewhere.iterdir()) == []


def test_a_planted_symlink_for_the_gitignore_marker_is_never_followed(project, own_cache_and_state):
    own_cache_and_state.mkdir(parents=True)
    target = project / "precious.txt"
    target.write_text("keep me\n")
    (own_cache_and_state / ".gitignore").symlink_to(target)
    codes()
    assert target.read_text() == "keep me\n"


def test_editing_a_rules_file_named_by_rules_changes_the_key(project):
    rules = project / "hype.yaml"
    rule = """\
- id: no-{word}
  code: CC392
  kind: avoid
  severity: warning
  message: 'avoid "{{match}}"'
  rationale: it overstates what a treatment does.
  terms: [{word}]
  examples:
    pass: ["A treatment."]
    fail: ["A {word} treatment."]
"""
    (project / "page.md").write_text(
        WRONG + "\nThis miracle cure helps some adults.\n", encoding="utf-8"
    )
    rules.write_text(rule.format(word="miracle"), encoding="utf-8")
    assert "CC392" in codes("--rules", rules)
    rules.write_text(rule.format(word="wonder"), encoding="utf-8")
    assert "CC392" not in codes("--rules", rules)  # not served from the cache


BASELINES = [
    ("a 5,000-digit count", '{"claimcheck_baseline": 1, "findings": [{"fingerprint": "f", '
     '"count": ' + "9" * 5000 + "}]}", "invalid JSON: Exceeds the limit"),
    ("a 5,000-digit version", '{"claimcheck_baseline": ' + "9" * 5000 + "}", "invalid JSON"),
    ("null findings", '{"claimcheck_baseline": 1, "findings": null}', "findings must be a list"),
    ("a null entry", '{"claimcheck_baseline": 1, "findings": [null]}', "finding 1 has no"),
    ("a boolean count", '{"claimcheck_baseline": 1, "findings": [{"fingerprint": "f", '
     '"count": true}]}', "a bad count"),
    ("a negative count", '{"claimcheck_baseline": 1, "findings": [{"fingerprint": "f", '
     '"count": -5}]}', "a bad count"),
    ("100,000 nested lists", '{"claimcheck_baseline": 1, "findings": ' + "[" * 100_000
     + "]" * 100_000 + "}", "invalid JSON: nested too deeply"),
    ("not UTF-8", b'{"claimcheck_baseline": 1, "x": "\xff"}', "invalid JSON"),
]  # fmt: skip


@pytest.mark.parametrize("name, text, words", BASELINES, ids=[c[0] for c in BASELINES])
def test_a_broken_baseline_is_one_error_naming_it(project, name, text, words):
    baseline = project / "baseline.json"
    if isinstance(text, bytes):
        baseline.write_bytes(text)
    else:
        baseline.write_text(text, encoding="utf-8")
    result = lint("--baseline", baseline, "page.md")
    assert result.exit_code == 2
    assert_one_error(result.stderr, f"{baseline}: ", words)


def test_a_baseline_that_is_a_fifo_is_an_error_not_a_hang(project):
    import os

    os.mkfifo(project / "baseline.json")
    result = lint("--baseline", "baseline.json", "page.md")
    assert result.exit_code == 2
    assert_one_error(result.stderr, "baseline.json: cannot read baseline: a named pipe (FIFO)")


FORGED_NAME = "x\n::error file=SECURITY.md,line=1::forged\n::stop-commands::hidden\ny.md"


@pytest.mark.parametrize("output_format", ["json", "sarif", "github"])
def test_a_hostile_pull_request_changes_nothing_ci_reads(project, own_cache_and_state,
                                                         output_format):  # fmt: skip
    """A pull request adds a draft with a crafted name and plants 'no findings' entries,
    both where the cache is and in the checkout's old cache folder: CI's JSON, SARIF and
    GitHub output are exactly those of a run that trusts no cache at all."""
    (project / FORGED_NAME).write_text(WRONG, encoding="utf-8")
    args = ("--format", output_format, ".")
    truth = lint("--no-cache", *args)
    assert_no_traceback(truth.stdout, truth.stderr)
    lint(*args)  # the cache is filled by an honest run
    plant(own_cache_and_state, [])
    legacy = project / ".claimcheck_cache" / "v2" / "ab"
    legacy.mkdir(parents=True)
    (legacy / ("ab" + "0" * 62 + ".json")).write_text('{"key": "x", "findings": []}')
    planted = lint(*args)
    assert planted.exit_code == truth.exit_code == 1
    assert planted.stdout == truth.stdout
    assert "SECURITY.md" in truth.stdout  # the name is in the report, as data


REVIEW_RECORDS = [
    ("100,000 nested lists", '{"claimcheck_review": 1, "findings": ' + "[" * 100_000
     + "]" * 100_000 + "}", "nested too deeply"),
    ("a 5,000-digit version", '{"claimcheck_review": ' + "9" * 5000 + "}", "Exceeds the limit"),
    ("null findings", '{"claimcheck_review": 1, "findings": null}', "no list of findings"),
]  # fmt: skip


@pytest.mark.parametrize("name, text, words", REVIEW_RECORDS, ids=[c[0] for c in REVIEW_RECORDS])
def test_a_broken_review_record_is_one_error_naming_it(project, name, text, words):
    record = project / "review.json"
    record.write_text(text, encoding="utf-8")
    result = lint("--no-cache", "--review-record", record, "page.md")
    assert result.exit_code == 2
    assert_one_error(result.stderr, f"{record}: ", words)


def test_a_review_record_that_is_a_fifo_is_an_error_not_a_hang(project):
    import os

    os.mkfifo(project / "review.json")
    result = lint("--no-cache", "--review-record", "review.json", "page.md")
    assert result.exit_code == 2
    assert_one_error(result.stderr, "review.json: cannot read the review record: a named pipe")
