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


needs_pre_commit = pytest.mark.skipif(
    not Path(PRE_COMMIT).exists(), reason="pre-commit is not installed"
)


@pytest.fixture(scope="module")
def hook_env(tmp_path_factory):
    """The tagged hook repository, and an environment whose PRE_COMMIT_HOME is shared by the
    tests here, so pre-commit builds the hook's virtual environment once."""
    tmp_path = tmp_path_factory.mktemp("hook")
    env = {**GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    return hook_repo(tmp_path), env


def user_project(folder: Path, hook: Path, env: dict, config: str = "registry: claims\n") -> Path:
    """A git repository with the shipped registry, ``config`` and the hook installed from the
    snippet ``claimcheck init`` writes (its ``repo:`` pointed at the tagged copy)."""
    project = make_project(folder, config)
    # pinned to the copy's commit, as `init` writes it for a `pip install git+…@SHA`
    sha = git(hook, "rev-parse", "HEAD").stdout.strip()
    snippet = pre_commit_snippet(sha)
    assert f"rev: {sha}\n" in snippet
    (project / ".pre-commit-config.yaml").write_text(snippet.replace(REPOSITORY, str(hook)))
    git(project, "init", "-q")
    installed = subprocess.run(
        [PRE_COMMIT, "install"], cwd=project, capture_output=True, text=True, env=env
    )
    assert installed.returncode == 0, installed.stderr
    return project


def commit(project: Path, env: dict, message: str) -> tuple[int, str]:
    git(project, "add", ".")
    done = subprocess.run(
        ["git", "commit", "-m", message], cwd=project, capture_output=True, text=True, env=env
    )
    return done.returncode, done.stdout + done.stderr


@needs_pre_commit
def test_commit_with_a_conflicting_figure_is_refused(tmp_path, hook_env):
    hook, env = hook_env
    project = user_project(tmp_path / "project", hook, env)
    (project / "drafts" / "page.md").write_text(CONFLICT_PAGE)
    status, output = commit(project, env, "conflicting figure")
    assert status != 0, output
    assert "drafts/page.md:3:31: CC101 error" in output
    assert "Failed" in output

    (project / "drafts" / "page.md").write_text(CLEAN_PAGE)
    status, output = commit(project, env, "clean figure")
    assert status == 0, output
    assert "claimcheck" in output and "Passed" in output


@needs_pre_commit
def test_the_hook_checks_only_include_and_reports_only_what_the_baseline_lacks(tmp_path, hook_env):
    hook, env = hook_env
    config = "registry: claims\ninclude: [drafts/**]\nbaseline: known.json\n"
    project = user_project(tmp_path / "project", hook, env, config)
    (project / "drafts" / "old.md").write_text(CONFLICT_PAGE)  # an existing page's problem
    write_baseline(project, "drafts/old.md", "known.json")
    # outside include: pre-commit passes it (a Markdown file), the hook must not check it
    (project / "NOTES.md").write_text("# Notes\n\nThis treatment is a miracle cure.\n")
    status, output = commit(project, env, "existing site")
    assert status == 0, output
    assert "Passed" in output

    (project / "drafts" / "new.md").write_text(CONFLICT_PAGE.replace("95%", "99%"))
    status, output = commit(project, env, "a new problem")
    assert status != 0, output
    assert "drafts/new.md:3:31: CC101 error" in output
    assert "drafts/old.md" not in output and "NOTES.md:" not in output


def write_baseline(project: Path, draft: str, baseline: str) -> None:
    """``claimcheck lint DRAFT --write-baseline BASELINE`` in ``project``, as a user runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "lint", draft, "--write-baseline", baseline],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert (project / baseline).is_file()


@needs_pre_commit
def test_a_registry_change_that_breaks_a_page_is_refused(tmp_path, hook_env):
    """The claimcheck-registry hook: a commit that changes a claim's figure (statement, value
    and quote together, so the registry itself checks clean) is refused with the page that
    now conflicts; the commit of the page itself went through."""
    hook, env = hook_env
    project = user_project(tmp_path / "project", hook, env)
    (project / "drafts" / "hbv.md").write_text(
        "# Hepatitis B\n\nChronic hepatitis B infection accounts for 56% of liver cancer cases "
        "around the world.\n\nThis page is for information only and is not medical advice.\n"
    )
    status, output = commit(project, env, "site")
    assert status == 0, output
    registry = project / "claims" / "epidemiology.yaml"
    text = registry.read_text(encoding="utf-8")
    for old, new in (
        ("accounts for 56% of liver", "accounts for 50% of liver"),
        ("{value: 56, unit: percent}", "{value: 50, unit: percent}"),
        ('quote: "56% (95% CI: 52–60)', 'quote: "50% (95% CI: 52–60)'),
    ):
        text = text.replace(old, new)
    registry.write_text(text, encoding="utf-8")
    status, output = commit(project, env, "a new figure for HBV")
    assert status != 0, output
    conflict = 'drafts/hbv.md:3:44: CC101 error: "56%" conflicts with hbv-attributable-liver'
    assert conflict in output
    assert "claimcheck registry" in output and "Failed" in output
