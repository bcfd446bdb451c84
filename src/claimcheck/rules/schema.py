"""Strict validation of one rules file into typed :class:`Rule` records.

A rules file is a YAML list of rules. Unknown fields (also fields of another kind), wrong
types, a bad ``kind``/``severity``/``placement``, a code outside its kind's family, a missing
field or a rule without pass and fail examples are errors with ``file:line:col``, all of a
file collected at once. Duplicate ids and codes across files are the loader's to find.

Common fields: ``id`` (kebab-case), ``code`` (``CC2xx`` for required, ``CC3xx`` for the
others), ``kind``, ``severity`` (error | warning | info), ``message``, ``rationale``,
``examples: {pass: [...], fail: [...]}``, optional ``suggestion``, ``paths`` (globs) and
``front_matter`` (``{type: faq}`` or ``{type: [faq, guide]}``).
Kind fields: required: ``any`` (wordings), ``threshold`` (0-100), ``placement`` (anywhere |
start | end | same-section), ``within`` (percent of the page for start/end), ``fix`` (the
sentence ``lint --fix`` adds, one the rule's wordings accept); avoid: ``terms``,
``allow_if_registry_states``, ``unless_preceded_by``, ``unless_followed_by`` (words right
before or after a term that make it no hit: "*non*-curative", "curative *surgery*"),
``hedged`` (pass | report-modal | report: whether a hedged hit passes, see
:data:`claimcheck.rules.words.HEDGE_POLICIES`);
qualify: ``terms``, ``qualifiers``, ``near``, ``scope`` (sentence | paragraph | section |
page), ``unless_preceded_by``, ``unless_followed_by``; relative-needs-absolute:
``change_words``, ``change_verbs``, ``phrases``, ``relative_amounts``, ``absolute_kinds``.
Word lists other than ``any`` and the two ``change_`` lists are term patterns
(:func:`claimcheck.rules.words.check_term`); a malformed one is an error at its item.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.codes import SEVERITY_RANK
from claimcheck.rules.model import (
    AVOID,
    KINDS,
    PLACEMENTS,
    QUALIFY,
    RELATIVE,
    REQUIRED,
    SCOPES,
    Rule,
)
from claimcheck.rules.words import HEDGE_POLICIES, TermSyntaxError, check_term
from claimcheck.yamlschema import (
    INVALID,
    FileError,
    Invalid,
    LoadError,
    NodeValidator,
    compose,
    did_you_mean,
    kind,
)

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CODE_FAMILY = {REQUIRED: "2", AVOID: "3", QUALIFY: "3", RELATIVE: "3"}
COMMON_FIELDS = (
    "id",
    "code",
    "kind",
    "severity",
    "message",
    "rationale",
    "examples",
    "suggestion",
    "paths",
    "front_matter",
)
REQUIRED_FIELDS = ("id", "code", "kind", "severity", "message", "rationale", "examples")
KIND_FIELDS = {
    REQUIRED: ("any", "threshold", "placement", "within", "fix"),
    AVOID: (
        "terms",
        "allow_if_registry_states",
        "unless_preceded_by",
        "unless_followed_by",
        "hedged",
    ),
    QUALIFY: ("terms", "qualifiers", "near", "scope", "unless_preceded_by", "unless_followed_by"),
    RELATIVE: ("change_words", "change_verbs", "phrases", "relative_amounts", "absolute_kinds"),
}
KIND_REQUIRED = {REQUIRED: ("any",), AVOID: ("terms",), QUALIFY: ("terms", "qualifiers")}
TERM_LISTS = frozenset(  # read as term patterns: "(a|b)", "[a|b]", "...", "!a"
    {"terms", "qualifiers", "near", "phrases", "relative_amounts"}
    | {"unless_preceded_by", "unless_followed_by"}
)
TEXT_LISTS = frozenset(
    {"any", "terms", "qualifiers", "near", "change_words", "change_verbs", "phrases"}
    | {"relative_amounts"}
    | {"absolute_kinds", "paths", "unless_preceded_by", "unless_followed_by"}
)


class RuleError(FileError):
    """One problem in a rules file."""


class RuleLoadError(LoadError):
    """The rules could not be loaded; ``errors`` holds every problem found."""

    errors: list[RuleError]


class _RuleValidator(NodeValidator):
    error_type = RuleError

    def rules(self, root: Node | None) -> list[Rule]:
        if root is None:
            return []
        if not isinstance(root, SequenceNode):
            self.error(root, f"a rules file is a list of rules ('- id: ...'), not {kind(root)}")
            return []
        parsed = (self.rule(node) for node in root.value)
        return [rule for rule in parsed if not isinstance(rule, Invalid)]

    def rule(self, node: Node) -> Rule | Invalid:
        if not isinstance(node, MappingNode):
            return self.error(node, f"a rule must be a mapping of fields, not {kind(node)}")
        errors_before = len(self.errors)
        all_fields = COMMON_FIELDS + tuple(f for k in KINDS for f in KIND_FIELDS[k])
        found = self.fields(node, all_fields, "a rule")
        rule_kind = self.choice(found["kind"][1], "kind", KINDS) if "kind" in found else INVALID
        rule_id = self.rule_id(found["id"][1]) if "id" in found else INVALID
        named = f"rule '{rule_id}'" if isinstance(rule_id, str) else "rule"
        required = REQUIRED_FIELDS + KIND_REQUIRED.get(rule_kind, ())  # type: ignore[arg-type]
        for name in required:
            if name not in found:
                self.error(node, f"{named} is missing required field '{name}'")
        if isinstance(rule_kind, str):
            own = COMMON_FIELDS + KIND_FIELDS[rule_kind]
            for name, (key, _value) in found.items():
                if name not in own:
                    hint = did_you_mean(name, own)
                    self.error(key, f"field '{name}' does not belong to a {rule_kind} rule{hint}")
        values: dict[str, Any] = {}
        for name, (_key, value) in found.items():
            if name in ("id", "kind"):
                continue
            values[name] = self.field(name, value, rule_kind)
        if len(self.errors) > errors_before:
            return INVALID
        examples = values.pop("examples")
        front_matter = values.pop("front_matter", ())
        if "fix" in values and not _accepts_own_fix(values):
            return self.error(
                found["fix"][1],
                f"{named}: fix '{values['fix']}' is not a wording the rule accepts "
                "(a page with it would still be reported)",
            )
        return Rule(
            id=rule_id,  # type: ignore[arg-type]
            kind=rule_kind,  # type: ignore[arg-type]
            examples_pass=examples["pass"],
            examples_fail=examples["fail"],
            front_matter=front_matter,
            source=self.path,
            line=node.start_mark.line + 1,
            **values,
        )

    def field(self, name: str, node: Node, rule_kind: Any) -> Any:
        if name in TEXT_LISTS:
            items = self.text_list(node, name, "[a wording, another wording]")
            if items == ():
                return self.error(node, f"'{name}' is empty")
            if name in TERM_LISTS and isinstance(items, tuple):
                return self.terms(node, name, items)
            return items
        if name == "code":
            return self.code(node, rule_kind)
        if name == "severity":
            return self.choice(node, "severity", tuple(SEVERITY_RANK)[::-1])
        if name == "placement":
            return self.choice(node, "placement", PLACEMENTS)
        if name == "scope":
            return self.choice(node, "scope", SCOPES)
        if name == "hedged":
            return self.choice(node, "hedged", HEDGE_POLICIES)
        if name in ("threshold", "within"):
            number = self.number(node, name)
            if isinstance(number, (int, float)) and not 0 < number <= 100:
                return self.error(node, f"'{name}' must be between 0 and 100, not {number}")
            return number
        if name == "allow_if_registry_states":
            return self.flag(node, name)
        if name == "examples":
            return self.examples(node)
        if name == "front_matter":
            return self.front_matter(node)
        return self.text(node, name)

    def terms(self, node: Node, name: str, items: tuple[str, ...]) -> tuple[str, ...] | Invalid:
        """The items of a word list, each a well-formed term pattern (see rules/words.py)."""
        result: tuple[str, ...] | Invalid = items
        for item_node, item in zip(node.value, items, strict=True):
            try:
                check_term(item)
            except TermSyntaxError as error:
                result = self.error(item_node, f"{name} item '{item}': {error}")
        return result

    def rule_id(self, node: Node) -> str | Invalid:
        rule_id = self.text(node, "id")
        if isinstance(rule_id, str) and not ID_PATTERN.fullmatch(rule_id):
            return self.error(node, f"id '{rule_id}' is not kebab-case, e.g. 'cure-claims'")
        return rule_id

    def code(self, node: Node, rule_kind: Any) -> str | Invalid:
        code = self.text(node, "code")
        if isinstance(code, Invalid):
            return code
        if not re.fullmatch(r"CC[23]\d\d", code):
            return self.error(node, f"code '{code}' must be CC2xx (required) or CC3xx (wording)")
        family = CODE_FAMILY.get(rule_kind) if isinstance(rule_kind, str) else None
        if family and code[2] != family:
            return self.error(node, f"a {rule_kind} rule's code is CC{family}xx, not {code}")
        return code

    def choice(self, node: Node, name: str, choices: tuple[str, ...]) -> str | Invalid:
        value = self.text(node, name)
        if isinstance(value, str) and value not in choices:
            hint = did_you_mean(value, choices)
            return self.error(node, f"{name} '{value}' is not one of {', '.join(choices)}{hint}")
        return value

    def examples(self, node: Node) -> dict[str, tuple[str, ...]] | Invalid:
        example = "{pass: [a text it accepts], fail: [a text it reports]}"
        if not isinstance(node, MappingNode):
            return self.error(node, f"'examples' must be a mapping {example}, not {kind(node)}")
        found = self.fields(node, ("pass", "fail"), "examples")
        result: dict[str, tuple[str, ...]] = {}
        for name in ("pass", "fail"):
            if name not in found:
                self.error(node, f"examples need at least one '{name}' example: {example}")
                continue
            items = self.text_list(found[name][1], name, "[a text]")
            if items == ():
                self.error(found[name][1], f"examples '{name}' is empty")
            elif isinstance(items, tuple):
                result[name] = items
        return result if len(result) == 2 else INVALID

    def front_matter(self, node: Node) -> tuple[tuple[str, tuple[str, ...]], ...] | Invalid:
        if not isinstance(node, MappingNode):
            return self.error(
                node, f"'front_matter' must be a mapping such as {{type: faq}}, not {kind(node)}"
            )
        result = []
        for key, value in node.value:
            name = self.text(key, "front_matter key")
            if isinstance(value, SequenceNode):
                built = [self.scalar(item) for item in value.value if isinstance(item, ScalarNode)]
                values = INVALID if INVALID in built else tuple(str(item) for item in built)
            elif isinstance(value, ScalarNode):
                built_one = self.scalar(value)
                values = INVALID if built_one is INVALID else (str(built_one),)
            else:
                values = self.error(value, f"front_matter '{key.value}' must be a value or a list")
            if isinstance(name, str) and isinstance(values, tuple):
                result.append((name, values))
        return tuple(result)


def _accepts_own_fix(values: dict[str, Any]) -> bool:
    """Whether a required rule's ``fix`` sentence is one its ``any`` wordings accept."""
    from claimcheck.rules.checks import states_wording

    threshold = values.get("threshold", Rule.__dataclass_fields__["threshold"].default)
    return states_wording(values["fix"], values.get("any", ()), threshold)


def parse_rules(text: str, path: str) -> tuple[list[Rule], list[RuleError]]:
    """The valid rules of one file's text, and every error found in it (in file order)."""
    root, syntax_error = compose(text)
    if syntax_error is not None:
        return [], [RuleError(path, *syntax_error)]
    validator = _RuleValidator(path)
    rules = validator.rules(root)
    return rules, sorted(validator.errors, key=lambda error: (error.line, error.col))
