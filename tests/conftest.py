"""Shared helpers: run the real ``claimcheck`` command in-process and read what it printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


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
