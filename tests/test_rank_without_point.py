"""A rank written without the point (``No 1``, ``No1``) is a superlative as ``No. 1`` is
(CC309), for what a page offers; a rank of causes stays a statistic and passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLAGGED = [
    "We are the UK's No 1 hair clinic.",
    "Voted No1 for patient care.",
    "Ranked No 1 in the county for hip surgery.",
    "The city's no 1 physiotherapy team.",
]
PASSES = [
    "Heart disease is the No 1 cause of death.",
    "There is no 1 answer for everyone.",
]


def _codes(tmp_path: Path, run_cli, sentence: str) -> set[str]:
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = run_cli("lint", "--format", "json", draft)
    return {f["code"] for f in json.loads(result.stdout)["findings"]}


@pytest.mark.parametrize("sentence", FLAGGED)
def test_rank_without_point_is_a_superlative(tmp_path: Path, run_cli, sentence: str) -> None:
    assert "CC309" in _codes(tmp_path, run_cli, sentence)


@pytest.mark.parametrize("sentence", PASSES)
def test_rank_of_causes_passes(tmp_path: Path, run_cli, sentence: str) -> None:
    assert "CC309" not in _codes(tmp_path, run_cli, sentence)
