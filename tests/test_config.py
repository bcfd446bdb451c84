"""Config: discovery, the strict schema with file:line errors, paths, selection, init."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workflow_helpers import CLEAN_PAGE, CONFLICT_PAGE, finding, make_project

from claimcheck.config import Config, ConfigError, PathOverride, discover, find_config, load_config
from claimcheck.selection import Selector, glob_regex, path_matches


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return caught.value.lines()


# --- discovery ---------------------------------------------------------------------------


def test_found_by_walking_up_from_the_working_directory(tmp_path):
    (tmp_path / ".claimcheck.yaml").write_text("fail-level: error\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / ".claimcheck.yaml"
    assert discover(start=deep).fail_level == "error"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path):
    (tmp_path / ".claimcheck.yaml").write_text("fail-level: info\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path / "sub") == tmp_path / ".claimcheck.yaml"
    (tmp_path / "sub" / "pyproject.toml").write_text('[tool.claimcheck]\nfail-level = "error"\n')
    assert discover(start=tmp_path / "sub").fail_level == "error"


def test_no_config_gives_the_defaults(tmp_path):
    config = discover(start=tmp_path)
    assert config.path is None and config.rules == ("claimcheck:default",)


def test_explicit_config_wins(project, run_cli, tmp_path):
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    other = tmp_path / "other"
    other.mkdir()
    (other / "pyproject.toml").write_text('[tool.claimcheck]\nregistry = "nowhere"\n')
    result = run_cli("lint", "--config", other / "pyproject.toml", "drafts")
    assert result.exit_code == 2
    assert "nowhere" in result.stderr


# --- the schema --------------------------------------------------------------------------


def test_unknown_yaml_key_is_an_error_with_its_line(tmp_path):
    path = tmp_path / ".claimcheck.yaml"
    path.write_text("registry: claims\nfail_level: error\n")
    (line,) = problems(path)
    assert line.startswith(f"{path}:2: unknown key 'fail_level'")
    assert "did you mean 'fail-level'" in line


def test_wrong_types_are_errors_with_their_lines(tmp_path):
    path = tmp_path / ".claimcheck.yaml"
    path.write_text(
        "threshold: high\nexclude: legacy\nseverity:\n  CC101: loud\n"
        "per-path:\n  'old/**':\n    ignored: [CC102]\n"
    )
    lines = problems(path)
    assert any(line.startswith(f"{path}:1: threshold must be") for line in lines)
    assert any(line.startswith(f"{path}:2: exclude must be") for line in lines)
    assert any(line.startswith(f"{path}:4: severity of 'CC101' must be one of") for line in lines)
    assert any(line.startswith(f"{path}:7: unknown key 'ignored'") for line in lines)


def test_off_in_yaml_is_the_word_off_not_a_boolean(project, run_cli):
    # YAML 1.1 reads a bare off/no/on/yes as a boolean; the config reads YAML 1.2's only
    (project / ".claimcheck.yaml").write_text(
        "registry: claims\nseverity: {superlatives: off, conflict: off}\n"
        "per-path:\n  'drafts/old/**': {severity: {CC201: off}}\n"
    )
    config = load_config(project / ".claimcheck.yaml")
    assert config.severity == {"superlatives": "off", "conflict": "off"}
    assert config.per_path[0].severity == {"CC201": "off"}
    (project / "drafts" / "a.md").write_text(
        CONFLICT_PAGE + "\nIt is the most effective therapy we offer.\n"
    )
    result = run_cli("lint", "drafts")
    assert result.exit_code == 0, result.output
    assert "CC101" not in result.stdout and "CC309" not in result.stdout


def test_yes_and_true_are_not_severities(tmp_path):
    path = tmp_path / ".claimcheck.yaml"
    path.write_text("severity:\n  CC101: no\n  CC102: true\n")
    lines = problems(path)
    assert (
        f"{path}:2: severity of 'CC101' must be one of error, warning, info, off, got a "
        "string ('no')" in lines
    )
    assert (
        f"{path}:3: severity of 'CC102' must be one of error, warning, info, off, got a "
        "boolean (True)" in lines
    )


def test_unknown_code_is_an_error(tmp_path):
    path = tmp_path / ".claimcheck.yaml"
    path.write_text("ignore: [CC999]\n")
    assert "matches no claimcheck code" in problems(path)[0]


def test_toml_errors_name_the_line_of_the_key(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[project]\nname = "x"\n\n[tool.claimcheck]\nregistry = "claims"\n'
        'thresold = 80\n\n[tool.claimcheck.per-path."legacy/**"]\nignore = "CC102"\n'
    )
    lines = problems(path)
    assert any(line.startswith(f"{path}:6: unknown key 'thresold'") for line in lines)
    assert any(line.startswith(f"{path}:9: ignore must be") for line in lines)


def test_invalid_syntax_is_a_config_error(tmp_path):
    path = tmp_path / ".claimcheck.yaml"
    path.write_text("registry: [claims\n")
    assert "not valid YAML" in problems(path)[0]


def test_cli_exits_2_on_a_config_error(project, run_cli):
    (project / ".claimcheck.yaml").write_text("registry: claims\ncolour: yes\n")
    (project / "drafts" / "a.md").write_text(CLEAN_PAGE)
    result = run_cli("lint", "drafts")
    assert result.exit_code == 2
    assert ".claimcheck.yaml:2: unknown key 'colour'" in result.stderr


def test_a_config_error_names_the_file_as_from_here(project, run_cli, monkeypatch):
    """A config found by walking up is named relative to the working directory, as other
    errors name their files, not by its absolute path."""
    (project / ".claimcheck.yaml").write_text("registry: claims\ncolour: yes\n")
    (project / "drafts" / "a.md").write_text(CLEAN_PAGE)
    monkeypatch.chdir(project / "drafts")
    result = run_cli("lint", "a.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: error: ../.claimcheck.yaml:2: unknown key")
    assert str(project) not in result.stderr


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            ".claimcheck.yaml",
            "registry: claims\nseverity: {CC102: info\n\n",
            ".claimcheck.yaml:2: not valid YAML: '{' is never closed",
        ),
        (
            ".claimcheck.yaml",
            "rules: [claimcheck:default,\n  rules\n",
            ".claimcheck.yaml:1: not valid YAML: '[' is never closed",
        ),
        (
            "pyproject.toml",
            '[tool.claimcheck]\nrules = [\n  "claimcheck:default",\n  "rules",\n',
            "pyproject.toml:2: not valid TOML: '[' is never closed (Invalid value (at end of"
            " document))",
        ),
        (
            "pyproject.toml",
            '[tool.claimcheck]\nseverity = {CC102 = "info"',
            "pyproject.toml:2: not valid TOML: '{' is never closed (Unclosed inline table (at end"
            " of document))",
        ),
    ],
)
def test_an_unclosed_bracket_is_reported_on_its_line(project, run_cli, name, text, expected):
    """An unclosed brace was reported one line past the end of the file (YAML) or on no
    line (TOML): the line is the brace's, where the problem is."""
    (project / name).write_text(text)
    (project / "drafts" / "a.md").write_text(CLEAN_PAGE)
    given = ("--config", name) if name.endswith(".toml") else ()  # .claimcheck.yaml wins
    result = run_cli("lint", *given, "drafts/a.md")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"claimcheck: error: {expected}"]


def test_relative_paths_resolve_against_the_config_folder(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.claimcheck]\nregistry = "data/claims"\nrules = ["claimcheck:default", "r"]\n'
    )
    config = load_config(path)
    assert config.registry == tmp_path.resolve() / "data" / "claims"
    assert config.rules == ("claimcheck:default", str(tmp_path.resolve() / "r"))


def test_config_registry_is_used_from_a_subfolder(project, run_cli, monkeypatch):
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    monkeypatch.chdir(project / "drafts")
    result = run_cli("lint", "a.md", "--no-cache")
    assert result.exit_code == 1
    assert "a.md:3:31: CC101 error" in result.stdout


# --- include, exclude, fail level, threshold ---------------------------------------------


@pytest.mark.parametrize(
    ("glob", "path", "hit"),
    [
        ("*.md", "a/b/c.md", True),
        ("drafts/*.md", "drafts/a.md", True),
        ("drafts/*.md", "drafts/x/a.md", False),
        ("drafts/**/*.md", "drafts/x/y/a.md", True),
        ("drafts/**/*.md", "drafts/a.md", True),
        ("legacy", "legacy/old/a.md", True),
        ("/legacy", "x/legacy/a.md", False),
        ("legacy/", "x/legacy/a.md", True),
        ("a?.txt", "ab.txt", True),
        ("[!a]*.md", "b.md", True),
    ],
)
def test_globs(glob, path, hit):
    assert path_matches(path, [glob]) is hit, glob_regex(glob).pattern


def test_exclude_applies_even_to_named_files(project, run_cli):
    (project / ".claimcheck.yaml").write_text("registry: claims\nexclude: [drafts/old/**]\n")
    (project / "drafts" / "old").mkdir()
    (project / "drafts" / "old" / "a.md").write_text(CONFLICT_PAGE)
    (project / "drafts" / "b.md").write_text(CLEAN_PAGE)
    named = run_cli("lint", "drafts/old/a.md")
    assert named.exit_code == 0, named.output
    walked = run_cli("lint", "--format", "json")  # no PATHS: the config's folder
    assert walked.exit_code == 0
    assert json.loads(walked.stdout)["drafts_checked"] == 1


def test_include_limits_what_a_walk_finds(project, run_cli):
    (project / ".claimcheck.yaml").write_text("registry: claims\ninclude: ['*.txt']\n")
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    (project / "drafts" / "b.txt").write_text(CLEAN_PAGE)
    result = run_cli("lint", "drafts", "--format", "json")
    assert json.loads(result.stdout)["drafts_checked"] == 1


def test_fail_level_and_severity_from_config(project, run_cli):
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    (project / ".claimcheck.yaml").write_text("registry: claims\nseverity: {conflict: warning}\n")
    assert run_cli("lint", "drafts").exit_code == 1
    (project / ".claimcheck.yaml").write_text(
        "registry: claims\nfail-level: error\nseverity: {conflict: warning}\n"
    )
    result = run_cli("lint", "drafts")
    assert result.exit_code == 0
    assert "CC101 warning" in result.stdout
    assert run_cli("lint", "drafts", "--fail-level", "warning").exit_code == 1


def codes_reported(result) -> list[str]:
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


def test_select_and_ignore_on_the_command_line_replace_the_configs(project, run_cli):
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE + "\nIt reached 12 clinics.\n")
    (project / ".claimcheck.yaml").write_text("registry: claims\nselect: [CC102]\n")
    assert codes_reported(run_cli("lint", "drafts", "--format", "json")) == ["CC102"]
    both = run_cli("lint", "drafts", "--format", "json", "--select", "cc101,unsupported")
    assert sorted(codes_reported(both)) == ["CC101", "CC102"]
    repeated = run_cli("lint", "drafts", "--format", "json", "--select", "CC1", "--ignore", "CC102")
    assert codes_reported(repeated) == ["CC101"]
    # the config's select [CC102] still stands, and is more specific than --ignore CC1
    assert codes_reported(run_cli("lint", "drafts", "--format", "json", "--ignore", "CC1")) == [
        "CC102"
    ]
    assert run_cli("lint", "drafts", "--select", "CC4").exit_code == 0


def test_an_unknown_code_on_the_command_line_is_a_usage_error(project, run_cli):
    (project / "drafts" / "a.md").write_text(CLEAN_PAGE)
    result = run_cli("lint", "drafts", "--select", "CC1,CC999")
    assert result.exit_code == 2
    assert result.stderr == "claimcheck: error: --select: 'CC999' matches no claimcheck code\n"


def test_threshold_from_config_reaches_the_engine(project, run_cli, monkeypatch):
    import claimcheck.lint

    seen = []
    real = claimcheck.lint.lint

    def spy(*args, **kwargs):
        seen.append(kwargs["threshold"])
        return real(*args, **kwargs)

    monkeypatch.setattr(claimcheck.lint, "lint", spy)
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    (project / ".claimcheck.yaml").write_text("registry: claims\nthreshold: 42\n")
    run_cli("lint", "drafts")
    run_cli("lint", "drafts", "--threshold", "77")  # the option wins, and misses the cache
    assert seen == [42.0, 77.0]


# --- selection ---------------------------------------------------------------------------


def select(findings, **settings):
    return Selector(Config(root=Path.cwd().resolve(), **settings)).apply(findings)


def test_the_more_specific_prefix_wins():
    found = [finding("CC101"), finding("CC102", severity="warning"), finding("CC402")]
    assert [f.code for f in select(found, ignore=("CC1",))] == ["CC402"]
    assert [f.code for f in select(found, select=("CC1",), ignore=("CC102",))] == ["CC101"]
    assert [f.code for f in select(found, select=("CC102",), ignore=("CC1",))] == ["CC102"]
    assert select(found, select=("CC1",), ignore=("CC1",)) == []  # a tie: ignore


def test_names_and_rule_ids_select_like_codes():
    found = [finding("CC101"), finding("CC301", rule="cure-claims")]
    assert [f.code for f in select(found, ignore=("conflict",))] == ["CC301"]
    assert [f.code for f in select(found, ignore=("CC3",), select=("CC1", "cure-claims"))] == [
        "CC101",
        "CC301",
    ]


def test_severity_overrides_by_code_name_or_rule_and_off():
    found = [finding("CC101"), finding("CC102", severity="warning"), finding("CC301", rule="x")]
    result = select(found, severity={"CC1": "info", "conflict": "warning", "x": "off"})
    assert [(f.code, f.severity) for f in result] == [("CC101", "warning"), ("CC102", "info")]


def test_per_path_overrides_apply_to_matching_drafts_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    found = [finding("CC102", path="legacy/a.md"), finding("CC102", path="new/a.md")]
    config = Config(
        root=tmp_path.resolve(),
        per_path=(PathOverride("legacy/**", ignore=("CC102",)),),
    )
    assert [f.path for f in Selector(config).apply(found)] == ["new/a.md"]
    config = Config(
        root=tmp_path.resolve(),
        ignore=("CC1",),
        per_path=(PathOverride("new/*", select=("CC102",), severity={"CC102": "error"}),),
    )
    assert [(f.path, f.severity) for f in Selector(config).apply(found)] == [("new/a.md", "error")]


# --- init --------------------------------------------------------------------------------


def test_init_scaffolds_a_project_that_lints(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("init")
    assert result.exit_code == 0, result.output
    for name in ("claims/example.yaml", "rules/example.yaml", ".claimcheck.yaml"):
        assert (tmp_path / name).is_file()
    assert "id: claimcheck" in (tmp_path / ".pre-commit-config.yaml").read_text()
    checked = run_cli("registry", "check", "claims", "--no-cache")
    assert checked.exit_code == 0
    assert checked.stdout.splitlines()[-1] == "2 claims, 0 errors, 0 warnings in claims"
    # an example of every field the README documents, the frame included
    example = (tmp_path / "claims" / "example.yaml").read_text()
    for field in ("measure: survival", "group: [localized]", "timepoint: 5 years"):
        assert f"\n  {field}\n" in example
    (tmp_path / "page.md").write_text(
        "HCC makes up 95% of primary liver cancers. The infusion is painless.\n"
    )
    linted = run_cli("lint", "page.md")
    assert linted.exit_code == 1
    assert "CC101" in linted.stdout and "CC350" in linted.stdout  # the example claim and rule


def test_init_refuses_to_overwrite(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimcheck.yaml").write_text("fail-level: info\n")
    result = run_cli("init")
    assert result.exit_code == 2
    assert "not overwriting" in result.stderr
    assert not (tmp_path / "claims").exists()
    assert (tmp_path / ".claimcheck.yaml").read_text() == "fail-level: info\n"


def test_init_prints_the_snippet_when_pre_commit_config_exists(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n")
    result = run_cli("init")
    assert result.exit_code == 0
    assert "id: claimcheck" in result.stdout
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == "repos: []\n"


def test_report_and_the_registry_commands_use_the_configs_registry(tmp_path, run_cli, monkeypatch):
    make_project(tmp_path, config="registry: sources\n")
    (tmp_path / "claims").rename(tmp_path / "sources")  # no claims/ to fall back on
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    monkeypatch.chdir(tmp_path)
    report = run_cli("report", "drafts", "-o", "report.html")
    assert report.exit_code == 0, report.stderr
    assert "gpc3-expression-hcc" in (tmp_path / "report.html").read_text(encoding="utf-8")
    check = run_cli("registry", "check")
    assert check.exit_code == 0
    assert check.stdout.splitlines()[-1].endswith(" in sources")
    suggest = run_cli("registry", "suggest", "drafts")
    assert suggest.exit_code == 0, suggest.stderr


def test_report_takes_a_config_file_like_lint(tmp_path, run_cli, monkeypatch):
    make_project(tmp_path / "site", config="registry: sources\n")
    (tmp_path / "site" / "claims").rename(tmp_path / "site" / "sources")
    (tmp_path / "site" / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    monkeypatch.chdir(tmp_path)  # no config here or above
    config = tmp_path / "site" / ".claimcheck.yaml"
    result = run_cli("report", "--config", config, "site/drafts", "-o", "report.html")
    assert result.exit_code == 0, result.stderr


def test_report_without_paths_reports_the_configs_folder_as_lint_does(project, run_cli):
    (project / ".claimcheck.yaml").write_text("registry: claims\ninclude: [drafts/**]\n")
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    (project / "NOTES.md").write_text("# Notes\n\nNothing here.\n")
    result = run_cli("report", "-o", "out.html")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "out.html: 1 draft, 1 finding\n"
    page = (project / "out.html").read_text(encoding="utf-8")
    assert "drafts/a.md" in page and "NOTES.md" not in page


def test_report_without_paths_or_config_is_a_usage_error(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("report")
    assert result.exit_code == 2
    assert "no PATHS given and no config file found" in result.stderr
