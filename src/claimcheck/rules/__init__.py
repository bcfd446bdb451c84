"""Rules as data: required disclaimers, risky wording, qualifiers and relative figures.

Rules are YAML entries (never code) loaded by :func:`load_rules` from folders, files and the
packaged presets (``claimcheck:default``), checked per document by :func:`rule_findings`;
:func:`apply_inline_controls` applies a draft's ``<!-- claimcheck-disable ... -->`` comments
to all of its findings.
"""

from claimcheck.rules.controls import apply_inline_controls
from claimcheck.rules.engine import rule_findings
from claimcheck.rules.loader import DEFAULT_SOURCES, load_rules, presets
from claimcheck.rules.model import KINDS, Rule, RuleSet
from claimcheck.rules.schema import RuleError, RuleLoadError, parse_rules

__all__ = [
    "DEFAULT_SOURCES",
    "KINDS",
    "Rule",
    "RuleError",
    "RuleLoadError",
    "RuleSet",
    "apply_inline_controls",
    "load_rules",
    "parse_rules",
    "presets",
    "rule_findings",
]
