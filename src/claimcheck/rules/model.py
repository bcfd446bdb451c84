"""Rule records: what one entry of a rules file says, typed and immutable.

A rule is data read by a small interpreter (:mod:`claimcheck.rules.checks`), never code.
Every rule has an ``id`` (its readable name), a stable ``code`` (CC2xx for ``required``, CC3xx
for the wording kinds), a ``kind``, a ``severity``, a ``message``, a ``rationale`` and
``examples`` that the tests run; the remaining fields belong to its kind.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import Any

REQUIRED, AVOID, QUALIFY, RELATIVE = "required", "avoid", "qualify", "relative-needs-absolute"
KINDS = (REQUIRED, AVOID, QUALIFY, RELATIVE)
PLACEMENTS = ("anywhere", "start", "end", "same-section")
SCOPES = ("sentence", "paragraph", "section", "page")

DEFAULT_CHANGE_WORDS = tuple(
    "reduction reduced lower lowered less fewer decrease decreased decline drop fall cut "
    "increase increased higher greater more rise improvement improved gain boost".split()
)
DEFAULT_CHANGE_VERBS = tuple(
    "reduce lower cut decrease drop fall fell improve increase raise boost rise rose "
    "slash decline shrink shrank lessen diminish grow grew lift trim".split()
)
# Relative effects in words, as term patterns (see rules/words.py): a verb of multiplication
# ("halves", "will double"; "doubling time" is a clinical term), and a multiplier in a
# comparison ("twice as likely", "half the risk", "twice higher").
MULTIPLIERS = "twice|thrice|half|double|triple|quadruple"
DEFAULT_RELATIVE_PHRASES = (
    "halve",
    "(doubles|doubled|doubling|triples|tripled|tripling|quadruples|quadrupled|quadrupling) !(time)",
    "(will|would|can|could|may|might|to|does|did|should) (double|triple|quadruple)",
    f"({MULTIPLIERS}) as (likely|many|much|often|common|frequent|high|great|large|low|fast"
    "|long|effective|deadly)",
    f"({MULTIPLIERS}) the (risk|odds|rate|chance|likelihood|incidence|mortality|death|number)",
    "(twice|thrice) (more|less|higher|lower|greater|fewer|likelier)",
    "[a|an|one|two|three|four] (half|third|quarter|fifth|tenth) (reduction|drop|fall|decrease"
    "|cut|increase|rise|lower|fewer|less|higher|greater|more)",
)
# A relative amount that a change verb before it makes an effect: "cut deaths by a third",
# "by two-thirds", "cut the risk in half", "lowered it by a factor of 3".
DEFAULT_RELATIVE_AMOUNTS = (
    "by [a|an|one] (half|halves)",
    "by [a|an|one|two] third",
    "by [a|an|one|two|three] quarter",
    "by [a|an|one|two|three|four] fifth",
    "by [a|an|one] tenth",
    "in half",
    "by a factor of",
)
DEFAULT_ABSOLUTE_KINDS = ("percent", "proportion", "rate")


@dataclass(frozen=True)
class Rule:
    id: str
    code: str
    kind: str
    severity: str
    message: str
    rationale: str
    examples_pass: tuple[str, ...]
    examples_fail: tuple[str, ...]
    suggestion: str | None = None
    paths: tuple[str, ...] = ()  # globs; the rule checks only matching paths
    front_matter: tuple[tuple[str, tuple[str, ...]], ...] = ()  # key -> accepted values
    # required
    any: tuple[str, ...] = ()  # accepted wordings
    threshold: float = 85.0  # rapidfuzz partial_ratio a sentence needs
    placement: str = "anywhere"
    within: float = 20.0  # percent of the page for placement start/end
    fix: str | None = None  # the sentence `lint --fix` adds when the page has none
    # avoid and qualify
    terms: tuple[str, ...] = ()
    allow_if_registry_states: bool = False  # avoid: the registry records it for the subject
    unless_preceded_by: tuple[str, ...] = ()  # a hit right after one of these is no hit
    unless_followed_by: tuple[str, ...] = ()  # a hit right before one of these is no hit
    hedged: str = "pass"  # avoid: what a hedge does to a hit (rules.words.HEDGE_POLICIES)
    near: tuple[str, ...] = ()  # qualify: the term counts only with one of these
    qualifiers: tuple[str, ...] = ()
    scope: str = "paragraph"  # qualify: where the qualifier must be
    # relative-needs-absolute
    change_words: tuple[str, ...] = DEFAULT_CHANGE_WORDS
    change_verbs: tuple[str, ...] = DEFAULT_CHANGE_VERBS
    phrases: tuple[str, ...] = DEFAULT_RELATIVE_PHRASES
    relative_amounts: tuple[str, ...] = DEFAULT_RELATIVE_AMOUNTS
    absolute_kinds: tuple[str, ...] = DEFAULT_ABSOLUTE_KINDS
    # where the rule was defined
    source: str = ""
    line: int = 0

    @property
    def origin(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source

    def applies_to(self, path: str, front_matter: Mapping[str, Any]) -> bool:
        """Whether the rule checks a document with this path and front matter."""
        if self.paths and not any(_path_matches(path, glob) for glob in self.paths):
            return False
        for key, accepted in self.front_matter:
            if str(front_matter.get(key, "")) not in accepted:
                return False
        return True


def _path_matches(path: str, glob: str) -> bool:
    posix = PurePosixPath(path.replace("\\", "/"))
    if fnmatch.fnmatch(str(posix), glob) or posix.match(glob):
        return True
    return glob.startswith("**/") and _path_matches(path, glob[3:])


@dataclass(frozen=True)
class RuleSet:
    """The rules of a run, in load order; ids and codes are unique."""

    rules: tuple[Rule, ...] = ()

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, key: str) -> Rule | None:
        """A rule by id or code."""
        return next((r for r in self.rules if key in (r.id, r.code)), None)

    def without(self, keys: Iterable[str]) -> RuleSet:
        """These rules, less the ones named (by id or code) in ``keys``: config's disable."""
        keys = set(keys)
        return RuleSet(tuple(r for r in self.rules if r.id not in keys and r.code not in keys))

    def with_severities(self, overrides: Mapping[str, str]) -> RuleSet:
        """These rules with severities overridden by id or code: config's severity map."""
        return RuleSet(
            tuple(
                replace(r, severity=overrides.get(r.id, overrides.get(r.code, r.severity)))
                for r in self.rules
            )
        )
