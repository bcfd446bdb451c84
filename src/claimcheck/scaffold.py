"""``claimcheck init``: the files a new project needs, written only where nothing exists yet.

It writes ``claims/`` with one example sourced claim, ``rules/`` with one example rule, the
config (``.claimcheck.yaml``) and a pre-commit snippet (``.pre-commit-config.yaml``, or
printed when that file already exists). If any of the first three exists, nothing is written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimcheck import __version__

EXAMPLE_CLAIM = """\
# Sourced claims: one YAML list per topic. Replace this example with your own.
# Fields: id, statement, subject, context, value, tolerance, variants, sources, status, review_by
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
# and checks that out. Releases are tagged v<version>; the comment says how to check.
PRE_COMMIT = """\
repos:
  - repo: {url}
    # A release tag or a commit SHA that exists there: `git ls-remote --tags {url}`
    # lists the tags (before v{version} is tagged, pin a commit); `pre-commit autoupdate` moves
    # it to the newest tag.
    rev: v{version}
    hooks:
      - id: claimcheck
      - id: claimcheck-registry  # on claims/*.yaml: registry check, and the pages a change breaks
"""
REPOSITORY = "https://github.com/claimcheck/claimcheck"


def pre_commit_snippet() -> str:
    """The ``.pre-commit-config.yaml`` that runs this version's hook (README: "pre-commit")."""
    return PRE_COMMIT.format(url=REPOSITORY, version=__version__)


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
