"""Run a rule's own ``examples``: each fail text must be reported, each pass text must not.

The tests run this for every shipped rule (as proselint and sqlfluff do), and a rule author
can run it on their own rules. Examples are read as Markdown; the rule's path and front-matter
scope is not applied (an example is about wording, not about where it sits).
"""

from __future__ import annotations

from claimcheck.documents.document import Document
from claimcheck.documents.markdown import markdown_analysis
from claimcheck.registry.loader import Registry
from claimcheck.rules.checks import check_rule
from claimcheck.rules.model import Rule
from claimcheck.rules.page import page_of


def example_document(text: str, path: str = "example.md") -> Document:
    analysis = markdown_analysis(text, path)
    return Document(
        path=path,
        raw=text,
        analysis=analysis.text,
        format="markdown",
        front_matter=analysis.front_matter,
        comments=analysis.comments,
    )


def example_problems(rule: Rule, registry: Registry | None = None) -> list[str]:
    """What is wrong with the rule's examples: one line per example it gets wrong."""
    from claimcheck.nlp.pipeline import extract_claims

    problems = []
    cases = [(text, False) for text in rule.examples_pass]
    cases += [(text, True) for text in rule.examples_fail]
    for text, should_report in cases:
        document = example_document(text)
        [(_, claims)] = list(extract_claims([document]))
        reported = check_rule(page_of(document), rule, claims, registry)
        if bool(reported) != should_report:
            expected = "reported" if should_report else "accepted"
            problems.append(f"{rule.origin}: {rule.id}: example should be {expected}: {text!r}")
    return problems
