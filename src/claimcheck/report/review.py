"""Review records: an editor's decision on each finding, made in the report, read by lint.

The report keeps a status and a note per finding in the browser and exports them as a JSON
review record (``claimcheck_review: 1``). A finding is named there as the baseline names it
(:func:`claimcheck.baseline.fingerprint`: code, registry or rule id, the figure's normalised
text, the draft's path from the project root), so a decision survives moved lines and edits
elsewhere in the draft. Identical fingerprints are counted, as in a baseline: the n-th copy
of a finding in a draft has the key ``<fingerprint>-<n>`` (the first, the bare fingerprint),
and an accepted copy covers one finding only.

``lint --review-record FILE`` reports the findings a record *accepts* as accepted: they do not
fail the run. Every other status (open, reviewed, needs source, fixed) changes nothing: a
finding marked fixed that is still found is still a finding.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimcheck.baseline import fingerprint, fingerprint_parts
from claimcheck.files import MAX_INPUT_BYTES, FileProblem, read_regular
from claimcheck.findings import Finding

FORMAT_VERSION = 1
STATUSES = (
    ("open", "open"),
    ("reviewed", "reviewed"),
    ("accepted", "accepted"),
    ("needs-source", "needs source"),
    ("fixed", "fixed"),
)
"""Each status's value in the record and its label on the page."""
ACCEPTED = "accepted"


class ReviewRecordError(Exception):
    """A review record that cannot be read or is not one; the message names the file."""


def finding_keys(
    findings: Iterable[Finding], root: Path
) -> dict[int, tuple[str, tuple[str, str, str, str]]]:
    """Each finding's key (by ``id(finding)``) and fingerprint parts, counting copies in the
    order given (the result's order: path, line, column)."""
    seen: Counter[str] = Counter()
    keys = {}
    for finding in findings:
        parts = fingerprint_parts(finding, root)
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[
            :32
        ]
        seen[digest] += 1
        key = digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"
        keys[id(finding)] = (key, parts)
    return keys


def run_id(texts: Iterable[str], keys: Iterable[str]) -> str:
    """What names a report's run in the browser's storage: its drafts' texts and findings. A
    report made again from the same drafts finds the decisions made in the first."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(hashlib.sha256(text.encode("utf-8")).digest())
    for key in sorted(keys):
        digest.update(key.encode("ascii"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Decision:
    """One accepted finding of a record: who accepted it, when, and why."""

    fingerprint: str
    reviewer: str
    time: str
    note: str


def accepted_decisions(path: str | Path) -> list[Decision]:
    """The accepted findings of a review record, in its order."""
    try:  # a regular file, with a cap: never a FIFO that blocks
        data = json.loads(read_regular(path, MAX_INPUT_BYTES).decode("utf-8"))
    except FileProblem as problem:
        raise ReviewRecordError(
            f"{path}: cannot read the review record: {problem.reason}"
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReviewRecordError(f"{path}: not a claimcheck review record ({error})") from None
    except (ValueError, RecursionError) as error:  # 5,000-digit integers, deep nesting
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise ReviewRecordError(
            f"{path}: not a claimcheck review record ({reason.split(':')[0]})"
        ) from None
    if not isinstance(data, dict) or data.get("claimcheck_review") != FORMAT_VERSION:
        raise ReviewRecordError(
            f"{path}: not a claimcheck review record (expected claimcheck_review: "
            f"{FORMAT_VERSION}; export one from the report's findings list)"
        )
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise ReviewRecordError(f"{path}: the review record has no list of findings")
    decisions = []
    for number, entry in enumerate(entries, 1):
        if not (isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str)):
            raise ReviewRecordError(f"{path}: finding {number} has no fingerprint")
        if entry.get("status") == ACCEPTED:
            decisions.append(
                Decision(
                    entry["fingerprint"],
                    str(entry.get("reviewer") or data.get("reviewer") or ""),
                    str(entry.get("time") or ""),
                    str(entry.get("note") or ""),
                )
            )
    return decisions


def split_accepted(
    findings: Iterable[Finding], accepted: Counter[str], root: Path
) -> tuple[list[Finding], list[Finding]]:
    """The findings the record does not accept (in order) and those it does; each accepted
    copy is used once, so a new copy of an accepted problem is still reported."""
    remaining = Counter(accepted)
    kept, taken = [], []
    for finding in findings:
        key = fingerprint(finding, root)
        if remaining[key] > 0:
            remaining[key] -= 1
            taken.append(finding)
        else:
            kept.append(finding)
    return kept, taken
