"""Which drafts are checked and which findings are reported, at what severity (from Config).

Selection follows flake8's DecisionEngine: a finding is identified by its code, its readable
name and (for rule findings) its rule id. ``select`` and ``ignore`` hold code prefixes
(``CC1``, ``CC102``) or exact names / rule ids; the most specific match wins (a longer prefix
beats a shorter one, a name or rule id beats any prefix) and a tie goes to ``ignore``.
Severity overrides are looked up the same way; ``off`` drops the finding. ``per-path``
entries whose glob matches the draft apply after the top-level settings, later ones last.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from claimcheck.config import Config
from claimcheck.files import resolved
from claimcheck.findings import Finding

EXACT = 10_000  # the specificity of a name or rule id: more than any code prefix


@lru_cache(maxsize=512)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob as a regex over ``/``-separated relative paths: ``*`` and ``?`` stay inside one
    folder, ``**`` crosses folders, a pattern without ``/`` matches at any depth."""
    pattern = pattern.strip()
    while pattern.startswith("./"):
        pattern = pattern[2:]
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.strip("/")
    out = [] if anchored else ["(?:.*/)?"]
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end].replace("\\", "\\\\")
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + "$")


def relative_path(path: str | Path, root: Path) -> str:
    """``path`` relative to ``root`` in ``/`` form, or as given when it lies outside. Symlinks
    are resolved where they can be; a symlink loop is left as named (reading it says why)."""
    absolute = resolved(path)
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def path_matches(relative: str, globs: Iterable[str]) -> bool:
    """True when the path, or a folder above it, matches one of the globs."""
    parts = relative.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    return any(glob_regex(g).match(c) for g in globs for c in candidates)


def _in_registry(path: str | Path, config: Config) -> bool:
    """Whether ``path`` lies in the registry's folder (the config's, else ``claims/``), where
    the sources' local copies (``claims/sources/*.pdf|html|txt``) live: never drafts."""
    registry = Path(config.registry) if config.registry else config.root / "claims"
    try:
        resolved(path).relative_to(resolved(registry))
    except ValueError:
        return False
    return True


def skip_reason(path: str | Path, config: Config) -> str | None:
    """Why the config leaves a draft unchecked (None: it is checked). ``exclude`` and
    ``include`` apply to every draft however it is named: found in a folder, named on the
    command line (as pre-commit names each staged file) or given for standard input, so the
    hook checks exactly what ``claimcheck lint`` with no PATHS checks. Files in the registry's
    folder are never drafts."""
    relative = relative_path(path, config.root)
    if _in_registry(path, config):
        return "it is in the registry's folder (copies of sources are not drafts)"
    if config.exclude and path_matches(relative, config.exclude):
        return "the config's exclude matches it"
    if config.include and not path_matches(relative, config.include):
        return "outside the config's include"
    return None


def wanted(path: str | Path, config: Config) -> bool:
    """Whether a draft is checked: inside ``include`` (when set) and not in ``exclude``."""
    return skip_reason(path, config) is None


def configured_severity(
    config: Config, code: str, default: str, rule: str | None = None, path: str | None = None
) -> str:
    """The severity the findings of ``code`` (a rule's, when ``rule`` names it) get under
    ``config``: for a draft at ``path`` when given (its per-path entries apply), else under
    the top-level settings; ``off`` when select/ignore leave them out or a severity says so."""
    probe = Finding(
        path=path or "", line=1, col=1, code=code, start=0, end=0, severity=default,
        message="", rule=rule,
    )  # fmt: skip
    selector = Selector(config)
    layers = selector.layers_for(path) if path else selector.layers[:1]
    chosen = selector.apply_one(probe, layers)
    return "off" if chosen is None else chosen.severity


def _specificity(selector: str, identities: Sequence[str]) -> int:
    code, *names = identities
    if selector in names:
        return EXACT
    return len(selector) if code.startswith(selector) else -1


def _best(selectors: Iterable[str], identities: Sequence[str]) -> int:
    return max((_specificity(s, identities) for s in selectors), default=-1)


def _identities(finding: Finding) -> tuple[str, ...]:
    return (finding.code, finding.name, *((finding.rule,) if finding.rule else ()))


class Selector:
    """Applies a Config's select, ignore, severity and per-path settings to findings."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.layers = [(None, config.select, config.ignore, config.severity)] + [
            (o.glob, o.select, o.ignore, o.severity) for o in config.per_path
        ]

    def layers_for(self, path: str):
        """The top-level settings and the per-path entries whose glob matches ``path``."""
        relative = relative_path(path, self.config.root) if len(self.layers) > 1 else ""
        return [
            layer for layer in self.layers if layer[0] is None or path_matches(relative, [layer[0]])
        ]

    def apply_one(self, finding: Finding, layers) -> Finding | None:
        identities = _identities(finding)
        # (specificity, layer, ignore?) of every matching selector; the greatest decides, so
        # a more specific selector wins, then a per-path one, then ignore over select.
        votes = [] if self.config.select else [(0, -1, False)]
        severity, severity_rank = finding.severity, (-1, -1)
        for index, (_glob, select, ignore, severities) in enumerate(layers):
            for selectors, ignoring in ((select, False), (ignore, True)):
                score = _best(selectors, identities)
                if score >= 0:
                    votes.append((score, index, ignoring))
            for key, level in severities.items():
                rank = (_specificity(key, identities), index)
                if rank[0] >= 0 and rank > severity_rank:
                    severity, severity_rank = level, rank
        if not votes or max(votes)[2] or severity == "off":
            return None
        if severity != finding.severity:
            return dataclasses.replace(finding, severity=severity)
        return finding

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        kept = []
        layers_by_path: dict[str, list] = {}
        for finding in findings:
            if finding.path not in layers_by_path:
                layers_by_path[finding.path] = self.layers_for(finding.path)
            chosen = self.apply_one(finding, layers_by_path[finding.path])
            if chosen is not None:
                kept.append(chosen)
        return kept
