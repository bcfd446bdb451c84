"""The results cache: hits skip the NLP (spaCy is not even imported), anything changed or
corrupt is analysed again, never trusted."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from workflow_helpers import CLEAN_PAGE, CONFLICT_PAGE, make_project

from claimcheck import runner
from claimcheck.cache import Cache, context_hash


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    (tmp_path / "drafts" / "b.md").write_text(CLEAN_PAGE)
    return tmp_path


@pytest.fixture
def analysed(monkeypatch):
    """The paths the engine analysed, run by run."""
    calls: list[list[str]] = []
    real = runner.Engine.lint_paths

    def spy(self, paths):
        calls.append(sorted(paths))
        return real(self, paths)

    monkeypatch.setattr(runner.Engine, "lint_paths", spy)
    return calls


def lint_json(run_cli, *args):
    result = run_cli("lint", "drafts", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)


def test_second_run_is_served_from_the_cache(project, run_cli, analysed, own_cache_and_state):
    first = lint_json(run_cli)
    second = lint_json(run_cli)
    assert first == second
    assert analysed == [["drafts/a.md", "drafts/b.md"]]
    assert (own_cache_and_state / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f")
    assert sorted(p.name for p in project.iterdir()) == [".claimcheck.yaml", "claims", "drafts"]


def test_a_cached_run_prints_byte_for_byte_what_an_uncached_one_does(project, run_cli):
    # the figures' fields keep their order through the cache (it once sorted them)
    uncached = run_cli("lint", "drafts", "--format", "json", "--no-cache").stdout
    run_cli("lint", "drafts", "--format", "json")
    cached = run_cli("lint", "drafts", "--format", "json").stdout
    assert '"quantity"' in cached
    assert cached == uncached


def test_a_changed_draft_alone_is_analysed_again(project, run_cli, analysed):
    lint_json(run_cli)
    (project / "drafts" / "b.md").write_text(CONFLICT_PAGE)
    code, report = lint_json(run_cli)
    assert analysed[-1] == ["drafts/b.md"]
    assert sum(f["code"] == "CC101" for f in report["findings"]) == 2


def test_a_changed_registry_or_threshold_misses(project, run_cli, analysed):
    lint_json(run_cli)
    registry_file = project / "claims" / "antigens.yaml"
    registry_file.write_text(registry_file.read_text() + "\n# a comment\n")
    lint_json(run_cli)
    lint_json(run_cli, "--threshold", "70")
    assert len(analysed) == 3


@pytest.mark.parametrize(
    "upgraded", ["spacy", "rapidfuzz", "PyYAML", "markdown-it-py", "claimcheck-health"]
)
def test_an_upgraded_dependency_or_claimcheck_misses(
    project, run_cli, analysed, monkeypatch, upgraded
):
    """An upgrade of a library a finding rests on, or of claimcheck, changes every key: the
    drafts are analysed again by the new code, never served the old code's findings."""
    from importlib import metadata

    real = metadata.version
    lint_json(run_cli)
    lint_json(run_cli)
    assert len(analysed) == 1  # unchanged: served from the cache

    def newer(name):
        return "999.0" if name.lower() == upgraded.lower() else real(name)

    monkeypatch.setattr("claimcheck.cache.metadata.version", newer)
    lint_json(run_cli)
    assert len(analysed) == 2, f"an upgrade of {upgraded} was served from the cache"


def test_another_python_misses(project, run_cli, analysed, monkeypatch):
    lint_json(run_cli)
    monkeypatch.setattr("claimcheck.cache.sys.version", "3.99.0 (another build)")
    lint_json(run_cli)
    assert len(analysed) == 2


def test_no_cache_neither_reads_nor_writes(project, run_cli, analysed, own_cache_and_state):
    lint_json(run_cli, "--no-cache")
    lint_json(run_cli, "--no-cache")
    assert len(analysed) == 2
    assert not own_cache_and_state.exists()


def edited(text: str, **changes) -> str:
    """An entry (its MAC line, then its JSON) with fields of the JSON changed after the MAC."""
    mac, payload = text.split("\n", 1)
    return mac + "\n" + json.dumps({**json.loads(payload), **changes})


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "not json",
        lambda text: edited(text, key="0" * 64),  # someone else's entry
        lambda text: edited(text, findings=[{"path": 1}]),  # bad record
    ],
)
def test_corrupt_entries_are_ignored_and_replaced(
    project, run_cli, analysed, damage, own_cache_and_state
):
    clean = lint_json(run_cli)
    entries = sorted(own_cache_and_state.rglob("*.json"))
    entries = [e for e in entries if not e.name.startswith("registry-")]
    assert len(entries) == 2
    for entry in entries:
        entry.write_text(damage(entry.read_text()))
    assert lint_json(run_cli) == clean
    assert len(analysed) == 2
    assert lint_json(run_cli) == clean  # rewritten, so hit again
    assert len(analysed) == 2


def test_the_key_changes_when_a_claim_passes_its_review_date(tmp_path):
    assert context_hash("r", [], {}, []) != context_hash("r", [], {}, ["claim-a"])
    cache = Cache(tmp_path, context_hash("r", [], {}, []))
    assert cache.key("a.md", b"x") != cache.key("b.md", b"x")  # findings carry the path


def test_a_fully_cached_run_never_imports_spacy(project):
    code = (
        "import sys\n"
        "from claimcheck.cli import main\n"
        "try:\n    main(['lint', 'drafts'])\n"
        "except SystemExit as e:\n    print('exit', e.code)\n"
        "print('spacy' in sys.modules, 'claimcheck.documents' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert first.stdout.splitlines()[-1] == "True True"
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "exit 1" in second.stdout
    assert second.stdout.splitlines()[-1] == "False False"
    assert "CC101" in second.stdout


def test_a_signed_document_is_written_in_pieces_as_one_dumps_would_write_it(tmp_path):
    """A large signed document (a registry entry of thousands of claims, by-id tables of
    thousands of values) is written piece by piece, yet the file holds exactly the MAC line
    and ``json.dumps`` text a whole-document write gives, and reads back equal."""
    import hashlib
    import hmac

    from claimcheck.cache import JSON_PIECE, MAC_LENGTH, json_pieces

    document = {
        "format": 9,
        "claims": [
            [f"claim-{n}", "Fifty-five per cent – “quoted”", [n, None, 1.5]]
            for n in range(JSON_PIECE * 2 + 3)
        ],
        "memos": {"frame": {"values": [[]], "claims": {f"c{n}": n for n in range(JSON_PIECE + 1)}}},
        "empty": {"list": [], "object": {}},
    }
    whole = json.dumps(document, ensure_ascii=True, separators=(",", ":"))
    assert "".join(json_pieces(document)) == whole
    key = b"k" * 32
    cache = Cache(tmp_path, "context", key)
    cache.write_signed("document.json", document)
    [written] = (tmp_path).glob("v*/document.json")
    data = written.read_bytes()
    mac = hmac.new(key, whole.encode(), hashlib.sha256).hexdigest().encode()
    assert data == mac + b"\n" + whole.encode()
    assert len(mac) == MAC_LENGTH
    assert cache.read_signed("document.json", len(data)) == document
