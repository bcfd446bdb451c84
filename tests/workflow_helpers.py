"""Helpers for the workflow tests (config, baseline, cache, jobs, reporters, pre-commit):
a small project in a temporary folder, with the shipped registry and drafts we write."""

from __future__ import annotations

import shutil
from pathlib import Path

from claimcheck.findings import Finding

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DISCLAIMER = "This page is for information only and is not medical advice."

CONFLICT_PAGE = f"""# Liver cancer notes

Glypican-3 (GPC3) is found in about 95% of hepatocellular carcinomas.

Our clinic opened a new building this spring.

{DISCLAIMER}
"""

CLEAN_PAGE = f"""# Liver cancer notes

GPC3 is detected in roughly 70–80% of hepatocellular carcinomas.

{DISCLAIMER}
"""


def make_project(folder: Path, config: str | None = "registry: claims\n") -> Path:
    """``folder`` with ``claims/`` (the shipped registry), a config, and ``drafts/``."""
    shutil.copytree(REPO / "claims", folder / "claims")
    if config is not None:
        (folder / ".claimcheck.yaml").write_text(config, encoding="utf-8")
    (folder / "drafts").mkdir()
    return folder


def finding(code="CC101", path="drafts/a.md", line=3, col=5, severity="error", **extra) -> Finding:
    base = {
        "path": path,
        "line": line,
        "col": col,
        "code": code,
        "start": 10,
        "end": 13,
        "severity": severity,
        "message": "a message",
    }
    base.update(extra)
    return Finding(**base)
