"""``claimcheck init``: the files a new project needs, written only where nothing exists yet.

It writes ``claims/`` with two example sourced claims (the second with a frame), ``rules/``
with one example rule, the config (``.claimcheck.yaml``) and a pre-commit snippet
(``.pre-commit-config.yaml``, or printed when that file already exists). If any of the first
three exists, nothing is written.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from importlib import metadata
from pathlib import Path

from claimcheck import __version__

EXAMPLE_CLAIM = """\
# Sourced claims: one YAML list per topic. Replace these examples with your own.
# Fields: id, statement, subject, context, value, tolerance, variants, sources, status,
# review_by, and the frame (measure, group, timepoint): docs/registry-schema.md
- id: example-hcc-share-of-liver-cancer
  statement: Hepatocellular carcinoma accounts for 75–85% of primary liver cancers.
  subject: [hepatocellular carcinoma, HCC]
  context: [primary liver cancer, liver cancer]
  value: {{low: 75, high: 85, unit: percent}}
  sources:
    - citation: >-
        Sung H, Ferlay J, Siegel RL, et al. Global cancer statistics 2020.
        CA Cancer J Clin 2021;71(3):209-249
      url: https://doi.org/10.3322/caac.21660
      quote: "hepatocellular carcinoma (HCC) (comprising 75%-85% of cases)"
  status: approved
  review_by: {review_by}

# The frame says what the figure counts (measure), of whom (group: an age, sex, stage, arm,
# place) and when (timepoint: a duration such as 5 years, or a visit such as week 24):
# a page's figure for another stage or time is never judged against this claim.
- id: example-liver-cancer-five-year-survival-localized
  statement: Five-year survival is 36.1% for liver cancer found while still localized.
  subject: [5-year survival, five-year survival]
  context: [liver cancer]
  measure: survival
  group: [localized]
  timepoint: 5 years
  value: {{value: 36.1, unit: percent}}
  sources:
    - citation: >-
        Roswell Park Comprehensive Cancer Center. Liver cancer survival rates
        (NCI SEER data, patients diagnosed 2015-2019)
      url: https://www.roswellpark.org/cancer/liver/survival-rates
      quote: "5-year survival is 36.1%"
  status: approved
  review_by: {review_by}
"""

EXAMPLE_RULE = """\
# Your project's own rules (the shipped ones come from claimcheck:default).
# Project codes: CC250-CC299 for required wording, CC350-CC399 for wording to avoid.
- id: no-painless
  code: CC350
  kind: avoid
  severity: warning
  message: '"{match}" promises an experience no treatment can guarantee'
  suggestion: describe the common side effects and how the care team manages them
  rationale: Every cell therapy has side effects; "painless" sets a false expectation.
  terms: [painless, pain-free]
  examples:
    pass:
      - "Most side effects are mild and are managed by the care team."
    fail:
      - "The infusion is painless."
"""

CONFIG = """\
# claimcheck configuration (README: "Configuration"). Paths are relative to this file.
registry: claims
rules: ["claimcheck:default", rules]
# include: ["content/**"]          # the drafts to check (the pre-commit hook skips the rest)
# exclude: ["content/archive/**"]  # never checked, even when named on the command line
fail-level: warning                # exit 1 on findings at or above: error | warning | info
# Existing pages (README: "Adopting claimcheck on an existing site"): figures no registry
# claim supports yet (CC102) show as info and do not fail; drop this once the registry
# covers your pages. Per code, name or rule id: error | warning | info | off.
severity: {CC102: info}
# Then record today's findings once (`claimcheck lint --write-baseline
# .claimcheck-baseline.json`), commit the file, and uncomment: only new findings fail.
# baseline: .claimcheck-baseline.json
# ignore: [CC104]                  # code prefixes, names or rule ids; the more specific wins
# per-path:
#   "drafts/legacy/**": {ignore: [CC102]}
"""

# `rev:` must name a tag or commit that exists in the hook's repository: pre-commit clones it
# and checks that out. No release is tagged yet, so `init` pins the commit claimcheck was
# installed from (see :func:`hook_revision`); a release from a package index pins its tag.
PRE_COMMIT = """\
repos:
  - repo: {url}
    # {why}: rev must be a commit SHA or a release tag that exists in
    # the repository (`git ls-remote` lists them); `pre-commit autoupdate` moves it to the
    # newest release tag.
    rev: {rev}
    hooks:
      - id: claimcheck
      - id: claimcheck-registry  # on claims/*.yaml: registry check, and the pages a change breaks
"""
REPOSITORY = "https://github.com/claimcheck/claimcheck"
DISTRIBUTION = "claimcheck-health"
_SHA = re.compile(r"[0-9a-f]{40}")


def hook_revision() -> tuple[str, str]:
    """The ``rev:`` for the pre-commit snippet and why it is that one, so that it names a
    commit or tag that exists: the commit claimcheck was installed from (pip records it in
    ``direct_url.json`` for a ``git+…@SHA`` install, the README's way before a release), else
    the commit of the git checkout it runs from, else the release tag ``v<version>`` (an
    install from a package index is a release, tagged when it is published)."""
    try:
        recorded = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        recorded = None
    try:
        commit = json.loads(recorded or "{}").get("vcs_info", {}).get("commit_id", "")
    except (ValueError, AttributeError):
        commit = ""
    if _SHA.fullmatch(commit or ""):
        return commit, "The commit claimcheck was installed from"
    checkout = _checkout_commit(Path(__file__).resolve().parent)
    if checkout:
        return checkout, "The commit of the checkout claimcheck runs from"
    return f"v{__version__}", f"The release tag of claimcheck {__version__}"


def _checkout_commit(folder: Path) -> str | None:
    """HEAD of the git checkout holding ``folder``, or None (not a checkout, no git)."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    head = done.stdout.strip()
    return head if done.returncode == 0 and _SHA.fullmatch(head) else None


def pre_commit_snippet(rev: str | None = None) -> str:
    """The ``.pre-commit-config.yaml`` that runs this version's hook (README: "pre-commit"),
    pinned to ``rev`` or, by default, to :func:`hook_revision`."""
    why = "Pinned"
    if rev is None:
        rev, why = hook_revision()
    return PRE_COMMIT.format(url=REPOSITORY, rev=rev, why=why)


def scaffold(folder: Path, today: date | None = None) -> tuple[list[Path], str | None]:
    """Write the files; returns what was written and the pre-commit snippet when it could not
    be written (the file exists). Raises FileExistsError naming the files in the way."""
    today = today or date.today()
    review_by = today.replace(year=today.year + 1, day=min(today.day, 28))
    files = {
        folder / "claims" / "example.yaml": EXAMPLE_CLAIM.format(review_by=review_by.isoformat()),
        folder / "rules" / "example.yaml": EXAMPLE_RULE,
        folder / ".claimcheck.yaml": CONFIG,
    }
    targets = (folder / "claims", folder / "rules", folder / ".claimcheck.yaml")
    in_the_way = [path for path in targets if path.exists()]
    if in_the_way:
        raise FileExistsError(", ".join(str(p) for p in in_the_way))
    snippet = pre_commit_snippet()
    pre_commit = folder / ".pre-commit-config.yaml"
    written = []
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
        written.append(path)
    if pre_commit.exists():
        return written, snippet
    pre_commit.write_text(snippet, encoding="utf-8")
    written.append(pre_commit)
    return written, None
