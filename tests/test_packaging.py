"""What a new user copies: the distribution name, the install lines, the version, and the
pre-commit snippets of the README and of ``claimcheck init`` (the real hook runs in
test_precommit.py)."""

from __future__ import annotations

import re
import sys

import yaml
from workflow_helpers import REPO

from claimcheck import __version__
from claimcheck.scaffold import REPOSITORY, pre_commit_snippet

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
README = (REPO / "README.md").read_text(encoding="utf-8")
DISTRIBUTION = PYPROJECT["project"]["name"]


def test_the_distribution_is_not_the_taken_name_but_the_command_is_claimcheck():
    assert DISTRIBUTION == "claimcheck-health"  # "claimcheck" on PyPI is another project
    assert set(PYPROJECT["project"]["scripts"]) == {"claimcheck"}
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "claimcheck.__version__"
    }


def test_readme_installs_only_this_distribution():
    installs = re.findall(r"pip install (\S+)", README)
    assert installs, "the README has install lines"
    for target in installs:
        target = target.strip("\"'")
        assert not re.fullmatch(r"claimcheck([=<>!~].*)?", target), target
    assert f"pip install {DISTRIBUTION}" in README
    assert f"pip install {DISTRIBUTION}=={__version__}" in README  # the CI snippet pins it
    assert f'"git+{REPOSITORY}@' in README  # and says how to install before a release


def test_changelog_describes_this_version():
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)}\b", changelog, re.M)


def _readme_pre_commit_block() -> dict:
    block = re.search(r"```yaml\n# \.pre-commit-config\.yaml\n(.*?)```", README, re.S)
    assert block, "README has a .pre-commit-config.yaml snippet"
    return yaml.safe_load(block.group(1))


def test_readme_and_init_pin_the_release_tag_and_say_it_must_exist(tmp_path, run_cli):
    readme = _readme_pre_commit_block()["repos"][0]
    written = yaml.safe_load(pre_commit_snippet())["repos"][0]
    assert (
        readme
        == written
        == {
            "repo": REPOSITORY,
            "rev": f"v{__version__}",
            "hooks": [{"id": "claimcheck"}, {"id": "claimcheck-registry"}],
        }
    )
    published = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in readme["hooks"]} <= {hook["id"] for hook in published}
    assert "tag or a commit SHA that exists" in pre_commit_snippet()
    assert "tag or a commit SHA that exists" in README
    assert run_cli("init", str(tmp_path)).exit_code == 0
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == pre_commit_snippet()


def test_readme_names_only_files_a_clone_has():
    """Paths into the repository and its top-level documents that the README names exist in
    a checkout (DESIGN.md and the shared corpus's rulebook live outside it)."""
    named = set(re.findall(r"`([^`\s<>*]+)`", README)) | set(re.findall(r"\b[A-Z]+\.md\b", README))
    inside = {
        path
        for path in named
        if re.match(r"(src|tests|rules|claims|examples|benchmarks|\.ci)/", path)
        or re.fullmatch(r"[A-Z][A-Z_-]*\.md|docs/[a-z-]+-[a-z-]+\.md", path)
    }
    assert "CHANGELOG.md" in inside and "src/claimcheck/presets/default.yaml" in inside
    assert [path for path in sorted(inside) if not (REPO / path).exists()] == []
    assert "DESIGN.md" not in README and "ANNOTATION.md" not in README
