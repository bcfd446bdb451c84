"""The pre-commit hook, installed by the real ``pre-commit`` from (a copy of) this checkout's
working tree, committed and tagged ``v<version>`` as a release is, with the
``.pre-commit-config.yaml`` that ``claimcheck init`` writes (only the ``repo:`` URL points at the
copy; ``rev:`` is as users write it): a commit with a conflicting figure is refused with the
finding printed, a clean one goes through. Slow (pre-commit builds its own virtual environment
with spaCy): deselect with ``-m "not slow"``; CI runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from workflow_helpers import CLEAN_PAGE, CONFLICT_PAGE, REPO, make_project

from claimcheck import __version__
from claimcheck.scaffold import REPOSITORY, pre_commit_snippet

pytestmark = pytest.mark.slow
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, env=GIT_ENV, check=False
    )


GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
}


def hook_repo(tmp_path: Path) -> Path:
    """A git repo holding this checkout's working tree (so uncommitted changes to the hook are
    what is tested), its commit tagged ``v<version>`` as the release will be."""
    repo = tmp_path / "hook"
    repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(REPO / name, repo / name)
    shutil.copytree(
        REPO / "src", repo / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    git(repo, "init", "-q")
    git(repo, "add", ".")
    assert git(repo, "commit", "-q", "-m", "hook").returncode == 0
    assert git(repo, "tag", f"v{__version__}").returncode == 0
    return repo


@pytest.mark.skipif(not Path(PRE_COMMIT).exists(), reason="pre-commit is not installed")
def test_commit_with_a_conflicting_figure_is_refused(tmp_path):
    hook = hook_repo(tmp_path)
    project = make_project(tmp_path / "project")
    (project / "drafts" / "page.md").write_text(CONFLICT_PAGE)
    snippet = pre_commit_snippet()
    assert f"rev: v{__version__}\n" in snippet
    (project / ".pre-commit-config.yaml").write_text(snippet.replace(REPOSITORY, str(hook)))
    env = {**GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    git(project, "init", "-q")
    installed = subprocess.run(
        [PRE_COMMIT, "install"], cwd=project, capture_output=True, text=True, env=env
    )
    assert installed.returncode == 0, installed.stderr
    git(project, "add", ".")

    refused = subprocess.run(
        ["git", "commit", "-m", "conflicting figure"],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
    )
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "drafts/page.md:3:31: CC101 error" in output
    assert "Failed" in output

    (project / "drafts" / "page.md").write_text(CLEAN_PAGE)
    git(project, "add", ".")
    accepted = subprocess.run(
        ["git", "commit", "-m", "clean figure"],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
    )
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "claimcheck" in accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout + accepted.stderr
