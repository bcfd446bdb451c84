"""A verdict does not depend on what was linted before in the same process.

The language server, ``--jobs`` workers and Dask workers lint draft after draft, against one
registry or several, in one long-lived process: whatever the process remembers (the term
finder's names, memos of sentences) must never carry one run's registry or document into
another's findings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

SURVEY = """
- id: {id}
  statement: In {country}, {value}% of adults use tobacco.
  subject: [tobacco use]
  context: [{country}]
  value: {{value: {value}, unit: percent}}
  sources:
    - citation: "National adult tobacco survey, 2024"
      quote: "In {country}, {value}% of adults use tobacco."
  status: approved
  review_by: 2028-12-31
"""


def _registry(folder: Path, *claims: tuple[str, str, float]) -> Path:
    folder.mkdir()
    text = "".join(SURVEY.format(id=i, country=c, value=v) for i, c, v in claims)
    (folder / "claims.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def countries(tmp_path):
    """Registry A names two countries; registry B names neither (another team's library)."""
    a = _registry(tmp_path / "a", ("kenya-adults", "Kenya", 11.5), ("ghana-adults", "Ghana", 3.5))
    b = _registry(tmp_path / "b", ("world-adults", "the world", 22))
    return a, b


def _figures(run_cli, draft: Path, registry: Path) -> list[dict]:
    result = run_cli("lint", draft, "--registry", registry, "--format", "json", "--no-cache")
    assert result.exit_code in (0, 1), result.stderr
    return [f for f in json.loads(result.stdout)["findings"] if f["quantity"] is not None]


def test_a_respectively_pairing_is_read_with_the_registry_linted_now(run_cli, countries, tmp_path):
    """Which country each figure is paired with comes from the registry's names; the same
    sentence linted against a registry without them first must not leave its reading behind."""
    a, b = countries
    draft = tmp_path / "swapped.md"
    draft.write_text(
        "Tobacco use among adults in Kenya and Ghana is 3.5% and 11.5%, respectively.\n",
        encoding="utf-8",
    )
    _figures(run_cli, draft, b)
    first = _figures(run_cli, draft, a)
    assert [(f["name"], f["quantity"]["text"], f["registry_id"]) for f in first] == [
        ("conflict", "3.5%", "kenya-adults"),
        ("conflict", "11.5%", "ghana-adults"),
    ]
    _figures(run_cli, draft, b)
    assert _figures(run_cli, draft, a) == first


def test_the_same_sentence_in_another_draft_is_read_afresh(run_cli, countries, tmp_path):
    """Two drafts opening with the same sentence, linted against two registries one after the
    other and back, get the findings each gets alone."""
    a, b = countries
    text = "Tobacco use among adults in Kenya and Ghana is 3.5% and 11.5%, respectively.\n"
    one, two = tmp_path / "one.md", tmp_path / "two.md"
    one.write_text(text, encoding="utf-8")
    two.write_text(text + "\nIn the world, 22% of adults use tobacco.\n", encoding="utf-8")
    _figures(run_cli, two, b)
    alone = _figures(run_cli, one, a)
    assert [(f["name"], f["registry_id"]) for f in alone] == [
        ("conflict", "kenya-adults"),
        ("conflict", "ghana-adults"),
    ]
    _figures(run_cli, two, b)
    assert _figures(run_cli, one, a) == alone
    in_two = _figures(run_cli, two, a)
    same = [{**f, "path": "one.md"} for f in in_two if f["quantity"]["text"] != "22%"]
    assert same == [{**f, "path": "one.md"} for f in alone]


def test_extract_names_no_registry_a_lint_taught_before(run_cli, extract_json, countries, tmp_path):
    """``extract`` reads no registry: the names a lint earlier in the process taught the
    pipeline must not appear in its claims' ``terms``."""
    a, _b = countries
    draft = tmp_path / "kenya.md"
    draft.write_text("In Kenya, 11.5% of adults use tobacco.\n", encoding="utf-8")
    before = extract_json(draft)
    _figures(run_cli, draft, a)
    after = extract_json(draft)
    assert after == before
    assert after["documents"][0]["claims"][0]["terms"] == []


def test_a_source_rewritten_within_one_clock_tick_is_read_again(run_cli, tmp_path):
    """``registry check`` twice in one process, the local copy corrected in between with its
    modification time unchanged (a coarse clock, a copy that keeps times): the second check
    reads the new copy, as a fresh process would."""
    (tmp_path / "sources").mkdir()
    copy = tmp_path / "sources" / "survey.txt"
    copy.write_text("In Kenya, 11.5 % of adults used tobacco.\n", encoding="utf-8")
    stamp = copy.stat().st_mtime_ns
    (tmp_path / "claims.yaml").write_text(
        SURVEY.format(id="kenya-adults", country="Kenya", value=11.5).replace(
            "  status:", "      file: sources/survey.txt\n  status:"
        ),
        encoding="utf-8",
    )
    before = run_cli("registry", "check", tmp_path)
    assert before.exit_code == 1 and "quote not found" in before.stdout
    copy.write_text("Survey: In Kenya, 11.5% of adults use tobacco.\n", encoding="utf-8")
    os.utime(copy, ns=(stamp, stamp))
    after = run_cli("registry", "check", tmp_path)
    assert after.exit_code == 0, after.stdout
