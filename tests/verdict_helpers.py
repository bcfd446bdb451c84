"""Linting one draft against a small registry written by a test, as the verdict tests do:
the findings of ``claimcheck lint --format json`` for the figure codes (CC1, CC4)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest


def registry_linter(
    tmp_path: Path, run_cli: Callable, registry: str, file_name: str = "claims.yaml"
) -> Callable[[str, str], list[dict]]:
    """A function ``(draft file name, draft text) -> findings`` (JSON mappings) that lints
    the draft against ``registry`` (YAML text), written once under ``tmp_path/claims``."""
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / file_name).write_text(registry, encoding="utf-8")

    def findings(name: str, text: str) -> list[dict]:
        draft = tmp_path / name
        draft.write_text(text, encoding="utf-8")
        result = run_cli(
            "lint", "--no-cache", "--registry", folder, "--select", "CC1,CC4",
            "--format", "json", draft,
        )  # fmt: skip
        return json.loads(result.stdout)["findings"]

    return findings


def by_figure(findings: list[dict]) -> dict[str, tuple[str, str | None]]:
    """Each finding by the figure its message quotes: (code, registry id)."""
    return {f["message"].split('"')[1]: (f["code"], f["registry_id"]) for f in findings}


def figure_verdicts_fixture(registry: str) -> Callable:
    """A pytest fixture, ``lint_text``, that lints a one-page draft against ``registry`` and
    gives :func:`by_figure` of its findings: ``lint_text = figure_verdicts_fixture(REGISTRY)``
    at a test module's top, then ``assert lint_text("…") == {"12%": ("CC101", "id")}``."""

    @pytest.fixture
    def lint_text(tmp_path: Path, run_cli: Callable) -> Callable[[str], dict]:
        findings = registry_linter(tmp_path, run_cli, registry)
        return lambda text: by_figure(findings("page.md", text + "\n"))

    return lint_text


def approved_claim(
    ident: str, statement: str, value: float, subject: str, context: str, **more: str
) -> str:
    """One approved registry claim as YAML, for a test's small registry: ``subject`` and
    ``context`` are flow-list items ("velumab, Wegovy"), ``value`` a percentage (replace the
    unit in the text for another), ``more`` further fields as written (``group="[placebo]"``,
    ``timepoint="68 weeks"``); the statement is its source's quote."""
    extra = "".join(f"\n  {key}: {val}" for key, val in more.items())
    return f"""\
- id: {ident}
  statement: "{statement}"
  subject: [{subject}]
  context: [{context}]{extra}
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


def valued_claim(
    ident: str, statement: str, value: str, subject: str, context: str, **more: str
) -> str:
    """:func:`approved_claim` with its value given as YAML (``{value: 452, unit: m}``,
    ``{low: 140, unit: mmHg}``, ``{value: 0.73}`` for a ratio), for a claim that is no
    percentage."""
    return approved_claim(ident, statement, 0, subject, context, **more).replace(
        "{value: 0, unit: percent}", value
    )


DISCLAIMER = "This page is for information only and is not medical advice."


def lint_output(tmp_path: Path, registry: str, draft: str) -> str:
    """What ``claimcheck lint --registry claims page.md`` prints for one Markdown draft (with
    the disclaimer line added, so that only figure findings differ) against ``registry``
    (YAML text) written under ``tmp_path/claims``: the lines a writer reads."""
    from click.testing import CliRunner

    from claimcheck.cli import main

    folder = tmp_path / "claims"
    folder.mkdir(exist_ok=True)
    (folder / "claims.yaml").write_text(registry, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(f"{draft}\n\n{DISCLAIMER}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--no-cache", "--registry", str(folder), str(page)])
    assert result.exit_code in (0, 1), result.output
    return result.output
