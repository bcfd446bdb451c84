"""The edits a finding offers an editor, as quick fixes.

A finding that carries its own ``fix`` (``lint --fix`` computes them: ``applicability``, a
``title`` and ``edits`` of file offsets and replacement text, or one flat ``start``/``end``/
``replacement``) offers exactly that fix. Until every finding kind carries one, a figure
finding without it offers the registry's figure in place of the draft's, read from the
verdict the finding came from:

- an overprecise figure (CC103) rewritten as precisely as its source: ``safe``;
- a conflicting figure (CC101) replaced by the source's figure: ``unsafe``, since the match
  itself may be wrong (a figure about another group or year), so a writer decides.

No fix is offered where the figure's text is not plain text in the file (Markdown emphasis
or an HTML entity inside it): replacing that span would drop the markup. In an HTML draft
the replacement is escaped (``<5%`` is written ``&lt;5%``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claimcheck.findings import Finding

SAFE, UNSAFE = "safe", "unsafe"


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` (character offsets into the linted text) by ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    title: str
    applicability: str  # SAFE or UNSAFE
    edits: tuple[Edit, ...]


def _field(data: Any, name: str, default: Any = None) -> Any:
    if isinstance(data, Mapping):
        return data.get(name, default)
    return getattr(data, name, default)


def engine_fix(fix: Any, finding: Finding) -> Fix | None:
    """The fix a finding carries (an object or its JSON mapping), as a :class:`Fix`."""
    raw_edits = _field(fix, "edits")
    if raw_edits is None and _field(fix, "replacement") is not None:
        raw_edits = [fix]  # the flat JSON shape: {start, end, replacement, applicability}
    edits = tuple(
        Edit(int(_field(e, "start")), int(_field(e, "end")), str(_field(e, "replacement")))
        for e in raw_edits or ()
    )
    if not edits:
        return None
    title = _field(fix, "title") or _default_title(edits, finding)
    return Fix(str(title), str(_field(fix, "applicability", UNSAFE)), edits)


def _default_title(edits: tuple[Edit, ...], finding: Finding) -> str:
    if len(edits) == 1 and edits[0].replacement and edits[0].start == edits[0].end:
        return f"Insert {edits[0].replacement.strip()!r}"
    if len(edits) == 1:
        return f"Write {edits[0].replacement!r} ({finding.code})"
    return f"Fix {finding.code}"


FIGURE_FIXES = {"CC101": UNSAFE, "CC103": SAFE}


def verdict_fix(
    finding: Finding, text: str, analysis: str, document_format: str, registry
) -> Fix | None:
    """The registry's figure in place of a conflicting or overprecise one (see the module
    docstring); None for other findings, or where the figure's text has markup in it."""
    from claimcheck.lint import registry_figure

    applicability = FIGURE_FIXES.get(finding.code)
    if applicability is None or registry is None or finding.registry_id is None:
        return None
    claim = registry.by_id.get(finding.registry_id)
    start, end = finding.start, finding.end
    if claim is None or not 0 <= start < end <= len(text):
        return None
    if text[start:end] != analysis[start:end]:
        return None  # markup or an entity inside the figure
    figure = registry_figure(claim)
    if figure == text[start:end]:
        return None
    replacement = html.escape(figure, quote=False) if document_format == "html" else figure
    title = f'Replace "{text[start:end]}" with "{figure}" ({claim.id})'
    return Fix(title, applicability, (Edit(start, end, replacement),))


def finding_fixes(
    finding: Finding, text: str, analysis: str, document_format: str, registry
) -> list[Fix]:
    """The fixes a finding offers: its own when findings carry fixes (``None`` then means
    the engine decided there is no safe edit to make: none is made up here), else the one
    its verdict gives (if any)."""
    if hasattr(finding, "fix"):
        fix = engine_fix(finding.fix, finding) if finding.fix is not None else None
        return [fix] if fix is not None else []
    fix = verdict_fix(finding, text, analysis, document_format, registry)
    return [fix] if fix is not None else []
