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
