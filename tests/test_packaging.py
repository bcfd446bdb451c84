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
            "hooks": [{"id": "claimcheck"}],
        }
    )
    assert "tag or a commit SHA that exists" in pre_commit_snippet()
    assert "tag or a commit SHA that exists" in README
    assert run_cli("init", str(tmp_path)).exit_code == 0
    assert (tmp_path / ".pre-commit-config.yaml").read_text() == pre_commit_snippet()
