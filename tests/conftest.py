"""Shared helpers: run the real ``claimcheck`` command in-process and read what it printed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def own_cache_and_state(tmp_path_factory, monkeypatch):
    """Each test gets a cache folder and a cache key of its own (XDG_CACHE_HOME and
    XDG_STATE_HOME, which claimcheck's cache follows): nothing is written to the real home,
    and no test is served another test's results. Returns the cache folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR", raising=False)
    return home / "cache" / "claimcheck"


@pytest.fixture
def shared_corpus() -> Path:
    """``../shared/corpus`` (the project's corpus, beside the checkout in its own CI), or a
    skip that says so: a clone has no ``../shared``. Where .ci/run sets
    CLAIMCHECK_REQUIRE_SHARED (its run beside ../shared), a missing corpus is a failure."""
    corpus = SHARED / "corpus"
    if not (corpus / "drafts").is_dir():
        missing = f"{corpus} is not beside the checkout (the project's CI has it; a clone does not)"
        if os.environ.get("CLAIMCHECK_REQUIRE_SHARED"):
            pytest.fail(missing)
        pytest.skip(missing)
    return corpus


@pytest.fixture
def run_cli():
    """Run claimcheck with args; returns the click Result (exit_code, stdout, stderr)."""

    def run(*args: str):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture
def extract_json(run_cli):
    def run(*paths):
        result = run_cli("extract", "--format", "json", *paths)
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    return run
