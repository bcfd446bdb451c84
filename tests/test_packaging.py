"""What a new user copies: the distribution name, the install lines, the version, and the
pre-commit snippets of the README and of ``claimcheck init`` (the real hook runs in
test_precommit.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import yaml
from workflow_helpers import REPO

from claimcheck import __version__, scaffold
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
    # the CI snippet installs from the repository at a commit until a release is on PyPI,
    # and says how to pin the release once it is
    assert f'- run: pip install "git+{REPOSITORY}@' in README
    assert f"pip install {DISTRIBUTION}==<version>" in README


def test_changelog_describes_this_version():
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)}\b", changelog, re.M)


def _readme_pre_commit_block() -> dict:
    block = re.search(r"```yaml\n# \.pre-commit-config\.yaml\n(.*?)```", README, re.S)
    assert block, "README has a .pre-commit-config.yaml snippet"
    return yaml.safe_load(block.group(1))


def test_readme_and_init_pin_a_revision_that_exists(tmp_path, run_cli, monkeypatch):
    """No release is tagged yet: the README pins a commit of this repository that has both
    hooks, and ``init`` pins the commit claimcheck was installed from, else the checkout's,
    else the release tag; never a tag that does not exist."""
    readme = _readme_pre_commit_block()["repos"][0]
    assert readme["repo"] == REPOSITORY
    assert [hook["id"] for hook in readme["hooks"]] == ["claimcheck", "claimcheck-registry"]
    assert re.fullmatch(r"[0-9a-f]{40}", readme["rev"]), readme["rev"]
    published = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in readme["hooks"]} <= {hook["id"] for hook in published}
    if (REPO / ".git").exists():  # a clone has the history: the commit is in it, with the hooks
        shown = subprocess.run(
            ["git", "show", f"{readme['rev']}:.pre-commit-hooks.yaml"],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        assert shown.returncode == 0, shown.stderr
        hooks = {hook["id"] for hook in yaml.safe_load(shown.stdout)}
        assert hooks >= {"claimcheck", "claimcheck-registry"}
    tags = subprocess.run(["git", "tag"], cwd=REPO, capture_output=True, text=True).stdout.split()
    assert f"v{__version__}" in tags or f"rev: v{__version__}" not in README
    assert "rev must be a commit SHA or a release tag that exists" in pre_commit_snippet()
    assert run_cli("init", str(tmp_path)).exit_code == 0
    written = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())["repos"][0]
    assert written["rev"] == scaffold.hook_revision()[0]
    assert [hook["id"] for hook in written["hooks"]] == ["claimcheck", "claimcheck-registry"]


def test_init_pins_the_commit_pip_installed_from(monkeypatch):
    """A ``pip install git+…@SHA`` records the commit in ``direct_url.json`` (PEP 610)."""
    sha = "0123456789abcdef0123456789abcdef01234567"

    class Installed:
        def read_text(self, name):
            assert name == "direct_url.json"
            return json.dumps({"url": REPOSITORY, "vcs_info": {"vcs": "git", "commit_id": sha}})

    monkeypatch.setattr(scaffold.metadata, "distribution", lambda name: Installed())
    assert scaffold.hook_revision()[0] == sha
    assert f"rev: {sha}\n" in pre_commit_snippet()


def test_init_pins_the_release_tag_for_an_index_install(monkeypatch):
    """Installed from a package index (no git commit recorded, not run from a checkout): a
    release, tagged ``v<version>`` when it was published."""

    class FromIndex:
        def read_text(self, name):
            return None

    monkeypatch.setattr(scaffold.metadata, "distribution", lambda name: FromIndex())
    monkeypatch.setattr(scaffold, "_checkout_commit", lambda folder: None)
    assert scaffold.hook_revision()[0] == f"v{__version__}"


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
