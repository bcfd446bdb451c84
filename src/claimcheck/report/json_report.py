"""``lint --format json``: the findings as a stable, documented JSON document (see README)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from claimcheck import __version__
from claimcheck.findings import Finding


def format_findings(findings: Sequence[Finding], drafts_checked: int) -> str:
    counts = Counter(f.severity for f in findings)
    document = {
        "version": __version__,
        "drafts_checked": drafts_checked,
        "summary": {s: counts[s] for s in ("error", "warning", "info")},
        "findings": [f.to_dict() for f in findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
