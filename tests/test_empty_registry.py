"""A registry folder whose files hold no claims (empty, or only comments) is said so: `registry
check` fails naming the folder, and lint warns why every figure is unsupported."""

from __future__ import annotations

EMPTY = "the registry holds no claims (its files are empty or only comments)"


def empty_registry(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "a.yaml").write_text("", encoding="utf-8")
    (folder / "b.yml").write_text("# claims on widgetosis go here\n", encoding="utf-8")
    return folder


def test_registry_check_of_an_empty_registry_is_an_error_naming_the_folder(tmp_path, run_cli):
    folder = empty_registry(tmp_path)
    result = run_cli("registry", "check", folder, "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"claimcheck: error: {folder}: {EMPTY}: add a sourced claim (docs/registry-schema.md; "
        "`claimcheck registry suggest PATHS` drafts them)"
    ]


def test_lint_against_an_empty_registry_warns_once_cold_or_cached(tmp_path, run_cli):
    folder = empty_registry(tmp_path)
    page = tmp_path / "page.md"
    page.write_text("About 30% of adults have widgetosis.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    for _run in ("cold", "warm"):  # the second run hits the cache and never loads the registry
        result = run_cli("lint", page, "--registry", folder, "--cache-dir", cache)
        warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
        assert warnings == [
            f"claimcheck: warning: {folder}: {EMPTY}, so every figure is unsupported (CC102): "
            "add a sourced claim (docs/registry-schema.md; `claimcheck registry suggest PATHS` "
            "drafts them)"
        ]
        assert "CC102" in result.stdout
