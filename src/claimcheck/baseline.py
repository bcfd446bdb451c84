"""Baselines: record today's findings, later report only the new ones.

A finding's fingerprint is what stays the same when lines move and other text changes:
(code, registry id or rule id, the normalised figure or claim text, the draft's path relative
to the project root). Line numbers and messages are left out (a message may name a line).
Identical fingerprints are counted, so a third copy of a known problem is still new.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from claimcheck.files import MAX_INPUT_BYTES, FileProblem, read_regular
from claimcheck.findings import Finding
from claimcheck.selection import relative_path

FORMAT_VERSION = 1
_MARKUP = re.compile(r"[*_`~]+")
_DASHES = re.compile(r"[‐‑‒–—−]")


class BaselineError(Exception):
    """A baseline file that cannot be read or is not a claimcheck baseline."""


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", _MARKUP.sub("", text))
    return " ".join(text.lower().split())


def fingerprint_parts(finding: Finding, root: Path) -> tuple[str, str, str, str]:
    if finding.quantity and finding.quantity.get("text"):
        text = finding.quantity["text"]
    else:
        text = finding.claim_text or finding.message
    anchor = finding.registry_id or finding.rule or ""
    return (finding.code, anchor, normalise(text), relative_path(finding.path, root))


def fingerprint(finding: Finding, root: Path) -> str:
    """A short stable digest of the fingerprint (SARIF's partialFingerprints use it too)."""
    return _digest(fingerprint_parts(finding, root))


def _digest(parts: tuple[str, ...]) -> str:
    """The parts' digest; a path that is not UTF-8 counts by its own bytes (surrogateescape)."""
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def dump_baseline(findings: Iterable[Finding], root: Path) -> str:
    counts: Counter[tuple[str, str, str, str]] = Counter(
        fingerprint_parts(f, root) for f in findings
    )
    entries = [
        {
            "fingerprint": _digest(parts),
            "code": parts[0],
            "id": parts[1] or None,
            "text": parts[2],
            "path": parts[3],
            "count": count,
        }
        for parts, count in sorted(counts.items())
    ]
    document = {"claimcheck_baseline": FORMAT_VERSION, "findings": entries}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


MAX_COUNT = 1_000_000
"""The largest count one fingerprint may have: more copies than any site has of one finding."""


def load_baseline(path: str | Path) -> Counter[str]:
    """The fingerprints recorded in a baseline file, with their counts. Anything else is a
    BaselineError with one line naming the file: a FIFO or device (never opened to block),
    text that is not JSON (integers beyond Python's 4,300 digits, nesting that would exhaust
    the recursion limit), ``findings`` that is not a list, an entry without a text
    fingerprint, a count that is not a whole number from 0 to MAX_COUNT (``true``, null,
    ``1e400`` and -5 are not)."""
    try:
        text = read_regular(path, MAX_INPUT_BYTES).decode("utf-8")
        data = json.loads(text)
    except FileProblem as problem:
        raise BaselineError(f"{path}: cannot read baseline: {problem.reason}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"{path}: not a claimcheck baseline (invalid JSON: {error})") from None
    except (ValueError, RecursionError) as error:
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        reason = reason.split(":")[0].split(";")[0]
        raise BaselineError(f"{path}: not a claimcheck baseline (invalid JSON: {reason})") from None
    if not isinstance(data, dict) or data.get("claimcheck_baseline") != FORMAT_VERSION:
        raise BaselineError(
            f"{path}: not a claimcheck baseline (expected claimcheck_baseline: {FORMAT_VERSION};"
            " write one with --write-baseline)"
        )
    entries = data.get("findings", [])
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: not a claimcheck baseline (findings must be a list)")
    counts: Counter[str] = Counter()
    for number, entry in enumerate(entries, 1):
        count = entry.get("count", 1) if isinstance(entry, dict) else None
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("fingerprint"), str)
            and type(count) is int
            and 0 <= count <= MAX_COUNT
        ):
            raise BaselineError(f"{path}: finding {number} has no fingerprint or a bad count")
        counts[entry["fingerprint"]] += count
    return counts


def new_findings(findings: Iterable[Finding], known: Counter[str], root: Path) -> list[Finding]:
    """The findings the baseline does not account for (in order; each known copy used once)."""
    remaining = Counter(known)
    new = []
    for finding in findings:
        key = fingerprint(finding, root)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(finding)
    return new
