"""The lint engine: documents and a registry in, sorted Findings out. It prints nothing."""

from __future__ import annotations

import gc
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date

from claimcheck import codes
from claimcheck.documents.document import Document, DocumentError
from claimcheck.findings import Finding
from claimcheck.fixes.figures import figure_fix
from claimcheck.fixes.restatement import restates
from claimcheck.nlp.cell_scales import scaled_by_header
from claimcheck.nlp.claim import Claim
from claimcheck.nlp.pipeline import analyse_documents
from claimcheck.nlp.quantity import BEFORE, STRENGTH, Quantity
from claimcheck.nlp.tables import heads_a_table
from claimcheck.registry.loader import Registry
from claimcheck.registry.model import RegistryClaim
from claimcheck.registry.units import units_compatible
from claimcheck.rules import RuleSet, apply_inline_controls, rule_findings
from claimcheck.verify.compare import APPROX_TOLERANCE, compare, same_when_rounded
from claimcheck.verify.convert import convert
from claimcheck.verify.daily_doses import said_daily
from claimcheck.verify.frames import (
    counts_its_doses,
    labels_table_cells,
    names_a_subgroup,
    names_an_arm,
    schedules_a_dose,
    schedules_an_arm,
    times_another_figure,
)
from claimcheck.verify.matching import DEFAULT_THRESHOLD, Match, statement_figures
from claimcheck.verify.stored_memos import read_memos, write_memos
from claimcheck.verify.verdicts import (
    CONFLICT,
    OVERPRECISE,
    SUPPORTED,
    UNSUPPORTED,
    Verdict,
    denied,
    judge,
    judge_claim,
)
from claimcheck.wording import figure, source_scale

STATUS_CODES = {CONFLICT: "CC101", UNSUPPORTED: "CC102", OVERPRECISE: "CC103"}
CITATION_WIDTH = 60


def source_label(registry_claim: RegistryClaim) -> str:
    if not registry_claim.sources:
        return "no source"
    citation = registry_claim.sources[0].citation
    return citation if len(citation) <= CITATION_WIDTH else citation[: CITATION_WIDTH - 1] + "…"


def figure_quote(registry_claim: RegistryClaim) -> str | None:
    """The source quote that carries the claim's figure, for a message that shows the
    evidence; None when no quote states it (a figure derived from several sources), and the
    message then quotes the registry's statement."""
    quotes = [source.quote for source in registry_claim.sources if source.quote]
    for quote in quotes:
        if _states_value(registry_claim, quote):
            return quote
    return None


def _states_value(registry_claim: RegistryClaim, text: str) -> bool:
    """Whether ``text`` states an end of the claim's value, in the claim's unit: "nearly one
    in five" states a value of 20 (percent), as ``registry check`` reads it."""
    value = registry_claim.value
    wanted = [v for v in (value.low, value.high) if v is not None]
    for stated in statement_figures(text):
        said = convert(stated, value.unit) if value.unit else stated
        ends = [v for v in (said.low, said.high) if v is not None] if said else []
        if any(math.isclose(end, want, rel_tol=1e-9) for end in ends for want in wanted):
            return True
    return False


def evidence_hint(registry_claim: RegistryClaim) -> str:
    """What a conflict's hint quotes for the claim's figure: the quote that states it, else
    the registry's statement when that states it. A claim whose value was changed without its
    statement and quotes (the registry hook's case: only ``value`` edited) quotes neither,
    since both still say the old figure: the hint says so and names ``registry check``."""
    said = registry_figure(registry_claim)
    quote = figure_quote(registry_claim)
    if quote:
        return f'the source supports {said}: "{quote}"'
    if _states_value(registry_claim, registry_claim.statement):
        return f'the source supports {said} (registry: "{registry_claim.statement}")'
    return (
        f"the registry says {said}, though neither its statement nor a source quote states "
        "it yet: `claimcheck registry check` shows what to fix"
    )


def registry_figure(registry_claim: RegistryClaim) -> str:
    """The claim's figure as hints and reports write it: a value of a million or more with
    the scale word its statement or a quote uses (``~1.28 billion adults``, not
    ``~1,280,000,000 adults``), so the suggested figure reads as the source does."""
    v = registry_claim.value
    texts = [registry_claim.statement, *(source.quote or "" for source in registry_claim.sources)]
    scale = source_scale(texts, (v.low, v.high))
    return figure(v.low, v.high, v.low_inclusive, v.high_inclusive, v.approx, v.unit, scale)


def _finding(document: Document, verdict: Verdict, code: str, message: str, **extra) -> Finding:
    q = verdict.quantity
    line, col = document.line_col(q.start)
    match = verdict.match or verdict.near_miss
    return Finding(
        path=document.path,
        line=line,
        col=col,
        code=code,
        start=q.start,
        end=q.end,
        severity=codes.CODES[code].severity,
        message=message,
        registry_id=verdict.registry_claim.id if verdict.registry_claim else None,
        claim_text=verdict.claim.text,
        quantity=q.to_dict(),
        score=round(match.score, 1) if match else None,
        **extra,
    )


def drafts_matching(
    registry: Registry, claim: Claim, verdicts: list[Verdict], threshold: float
) -> dict[tuple[int, int], str]:
    """For each figure of ``claim`` no approved claim supports, the id of the draft claim that
    would match it, by the quantity's (start, end): the registry owner has it in the works."""
    drafts = registry.draft_registry
    if drafts is None or all(verdict.status != UNSUPPORTED for verdict in verdicts):
        return {}
    unsupported = {(v.quantity.start, v.quantity.end) for v in verdicts if v.status == UNSUPPORTED}
    return {
        (v.quantity.start, v.quantity.end): v.registry_claim.id
        for v in judge_claim(drafts, claim, threshold)
        if v.registry_claim is not None and (v.quantity.start, v.quantity.end) in unsupported
    }


def near_miss_reason(near: Match) -> str:
    """Why the closest claim was not used, in words for a message: its frame's reason, the
    clause's words it does not use, or, failing both, that the wording is not close enough."""
    if near.rejected:
        return near.rejected
    if near.narrowed:
        words = ", ".join(f"'{word}'" for word in near.narrowed)
        return f"the sentence narrows its subject with {words}, which the claim does not state"
    if near.unexplained:
        words = ", ".join(f"'{word}'" for word in near.unexplained)
        return f"the sentence speaks of {words}, words the claim does not use"
    return "named here, but the wording around the figure is not close enough"


def _header_scaled(claim: Claim, quantity: Quantity) -> str | None:
    """How a table cell read at its header's scale was read ("read at its header's scale:
    36,000,000"), for a message that quotes the cell as written; None for any other figure."""
    if not claim.headers or quantity not in claim.quantities:
        return None
    cell = claim.headers[claim.quantities.index(quantity)]
    if scaled_by_header(quantity, cell) is None or quantity.low is None:
        return None
    low, high = quantity.low, quantity.high
    read = f"{low:,.0f}" if high in (None, low) else f"{low:,.0f}–{high:,.0f}"
    return f"read at its header's scale: {read}"


def verdict_findings(
    document: Document, verdict: Verdict, today: date, draft_id: str | None = None
) -> list[Finding]:
    """The findings of one verdict; ``draft_id`` names the draft claim that would match an
    unsupported figure (CC102 then says so)."""
    q = verdict.quantity
    said_in_draft = document.as_read(q.start, q.end)  # "P<0.01", not "P&lt;0.01"
    if verdict.status == UNSUPPORTED and q.statistic == "P":
        return []  # a P value is read but not a figure to verify (README, "What counts")
    claim = verdict.claim
    if verdict.status == UNSUPPORTED and times_another_figure(
        claim.text, claim.quantities, q, claim.start
    ):
        return []  # "87% survive five years": the time of the 87%, judged with it
    if verdict.status == UNSUPPORTED and labels_table_cells(claim, q):
        return []  # a row "Drug X, 8 weeks" or a column "Week 12": the time of its cells
    if (
        verdict.status == UNSUPPORTED
        and q.kind == "duration"
        and heads_a_table(document.analysis, q.start)
    ):
        return []  # "Table 1. GLUCO-1 at 24 weeks": when the cells below were measured
    if verdict.status == UNSUPPORTED and names_an_arm(claim, q):
        return []  # "35% of adults on glucoxin 10 mg": the arm of the 35%, judged with it
    if verdict.status == UNSUPPORTED and schedules_an_arm(claim, q):
        return []  # "45% and 42% with X every 2 weeks and every 4 weeks": the arms' names
    if verdict.status == UNSUPPORTED and counts_its_doses(claim, q):
        return []  # "after three doses, 83% were protected": which course, judged with it
    if verdict.status == UNSUPPORTED and schedules_a_dose(claim, q):
        return []  # "500 mg four times a day": how often the dose is given, judged with it
    if denied(verdict):
        return []  # "It is a myth that 50% of …": a figure the draft denies asserts nothing
    if verdict.status == UNSUPPORTED and names_a_subgroup(claim, q):
        return []  # "among those with a UACR above 1000 mg/g, …": whom the other figures count
    if verdict.status == UNSUPPORTED:
        near = ""
        if draft_id is not None:
            near = f" (a draft claim exists: {draft_id}, not yet approved)"
        elif verdict.near_miss:
            # say why the closest claim is not this figure's, never only a score
            why = near_miss_reason(verdict.near_miss)
            near = f" (closest: {verdict.near_miss.registry_claim.id}, not used: {why})"
        return [
            _finding(
                document,
                verdict,
                "CC102",
                f'"{said_in_draft}" is not backed by any sourced claim in the registry{near}',
                suggestion="add a sourced claim (`claimcheck registry suggest` drafts one) "
                "or remove the figure",
            )
        ]
    registry_claim = verdict.registry_claim
    assert registry_claim is not None
    said = (
        f"{registry_claim.id}: {registry_figure(registry_claim)} ({source_label(registry_claim)})"
    )
    findings = []
    fix = None
    # "50 mg three times a day" against 300 mg a day: compared as a day's total, which the
    # message says; no replacement is offered (the dose, its schedule or both may be wrong)
    by_day = said_daily(claim, q, registry_claim) if verdict.status == CONFLICT else None
    scaled = _header_scaled(claim, q)
    if (
        verdict.status in (CONFLICT, OVERPRECISE)
        and verdict.match
        and document.editable
        and by_day is None
        and scaled is None  # (the source's figure would be written unscaled in the cell)
    ):
        fix = figure_fix(
            document,
            q,
            verdict.match.quantity,
            registry_claim.value,
            registry_claim.tolerance,
            verdict.status,
            restates(document.as_read(claim.start, claim.end), registry_claim),
            (registry_claim.statement, *registry_claim.variants),
        )
    if verdict.status == CONFLICT:
        findings.append(
            _finding(
                document,
                verdict,
                "CC101",
                f'"{said_in_draft}" conflicts with {said}'
                + (f"; {by_day}" if by_day else "")
                + (f"; {scaled}" if scaled else "")
                + (
                    f"; {verdict.match.contradiction}"
                    if verdict.match and verdict.match.contradiction
                    else ""
                ),
                suggestion=evidence_hint(registry_claim),
                fix=fix,
            )
        )
    elif verdict.status == OVERPRECISE:
        findings.append(
            _finding(
                document,
                verdict,
                "CC103",
                f'"{said_in_draft}" is more precise than its source: {said}',
                suggestion=f"write {registry_figure(registry_claim)}, as the source does",
                fix=fix,
            )
        )
    defined = f"{registry_claim.path}:{registry_claim.line}"
    if verdict.match is not None and verdict.match.companion:
        return findings  # "45% stop within a year": the claim's state is told on the 45%
    if registry_claim.status == "retired":
        findings.append(
            _finding(
                document,
                verdict,
                "CC104",
                f'"{said_in_draft}" relies on retired claim {said}',
                suggestion=f"the registry no longer stands by {registry_claim.id} ({defined}): "
                "cite a current sourced claim for the figure, or remove it",
            )
        )
    elif registry_claim.review_by is not None and registry_claim.review_by < today:
        findings.append(
            _finding(
                document,
                verdict,
                "CC104",
                f'"{said_in_draft}" relies on {registry_claim.id}, whose review date '
                f"{registry_claim.review_by.isoformat()} has passed",
                suggestion=f"check the source of {registry_claim.id} ({defined}) is still "
                "current, then move its review_by forward (`claimcheck registry check` lists "
                "every stale claim)",
            )
        )
    return findings


def inconsistent_figures(document: Document, verdicts: list[Verdict]) -> list[Finding]:
    """CC402: two figures in one document matched to one registry claim that cannot both hold.

    It fires whatever the two verdicts are, unless the source backs both: a page that says
    75% in one place and 60% in another contradicts itself even when one of them is the
    source's figure, while "about 21%" and "20.9%" agree, and so do "21.37%" and "21%"
    (one figure rounded, :func:`~claimcheck.verify.compare.same_when_rounded`). The starting
    figure of a change (``from 60% to 75%``) is not a statement of the claim and is skipped.

    Which figure it is put on: where the source backs one of the claim's figures (the first
    such), each figure that contradicts it gets the finding, naming it, wherever it stands on
    the page; the backed figure never does, even when it comes second ("12.1%" never
    "contradicts" a wrong "42.5%" before it). Where the source backs none, each later figure
    gets it, naming the first."""
    by_claim: dict[str, list[Verdict]] = {}
    for verdict in verdicts:
        if verdict.match is None or verdict.quantity.role in (BEFORE, STRENGTH):
            continue  # a change's start, or a product's strength ("1% cream"): no statement
        if not units_compatible(
            verdict.match.quantity.unit, verdict.match.registry_claim.value.unit
        ):
            continue  # another figure of the statement ("at one year"), not the claim's value
        registry_claim = verdict.match.registry_claim
        if verdict.status == SUPPORTED and (
            compare(verdict.match.quantity, registry_claim.value, registry_claim.tolerance)
            != SUPPORTED
        ):
            continue  # backed as another figure its statement states: the threshold of "79%
            # reached an HbA1c below 7.0%" says no share beside a wrong 70%
        by_claim.setdefault(registry_claim.id, []).append(verdict)
    findings = []
    for key, stated in by_claim.items():
        backed = next((verdict for verdict in stated if verdict.status == SUPPORTED), None)
        reference = backed or stated[0]
        for verdict in stated:
            if verdict is reference or (backed is not None and verdict.status == SUPPORTED):
                continue  # the reference itself, or a second figure the source backs too
            a, b = reference.match.quantity, verdict.match.quantity
            if _disjoint(a, b) and not same_when_rounded(a, b):
                findings.append(_contradiction(document, verdict, reference, key))
    findings.sort(key=lambda finding: finding.start)
    return findings


def _contradiction(document: Document, verdict: Verdict, other: Verdict, key: str) -> Finding:
    """The CC402 on ``verdict``'s figure, naming ``other``'s and where it is."""
    now, before = verdict.quantity, other.quantity
    registry_claim = verdict.match.registry_claim
    return _finding(
        document,
        verdict,
        "CC402",
        f'"{document.as_read(now.start, now.end)}" contradicts '
        f'"{document.as_read(before.start, before.end)}" '
        f"on {document.where(before.start)}, about the same claim ({key})",
        suggestion=f"state one figure for {key} throughout the draft: its source "
        f"says {registry_figure(registry_claim)}",
    )


def _disjoint(a, b) -> bool:
    """Whether two figures cannot both hold: their intervals, each widened by what its
    wording allows (an approximate figure by :data:`APPROX_TOLERANCE`, so "about 21%" and
    "20.9%" agree), do not meet."""
    a_low, a_high = _widened(a)
    b_low, b_high = _widened(b)
    return a_high < b_low or b_high < a_low


def _widened(quantity) -> tuple[float, float]:
    low = float("-inf") if quantity.low is None else quantity.low
    high = float("inf") if quantity.high is None else quantity.high
    if quantity.approx:
        share = APPROX_TOLERANCE.relative or 0.0
        low -= abs(low) * share if low != float("-inf") else 0.0
        high += abs(high) * share if high != float("inf") else 0.0
    return low, high


def unreadable_finding(error: DocumentError) -> Finding:
    """A draft that could not be read, as a finding: CI and code scanning see it like any
    other problem, instead of a line on stderr beside a passing run."""
    return Finding(
        path=error.path,
        line=error.line,
        col=1,
        code=codes.UNREADABLE,
        start=0,
        end=0,
        severity=codes.CODES[codes.UNREADABLE].severity,
        message=error.reason,  # says what to do: "UTF-16 encoded; save it as UTF-8"
    )


WORDING_CODES = frozenset(f"CC30{n}" for n in range(1, 10))
"""The avoid rules (cure, guarantee, miracle, hype, side effects, safety, approval, proof,
superlatives): a figure inside one of their hits ("100% safe", "99% guaranteed") is part of
the wording the rule reports, not a figure a source could substantiate."""


def worded_spans(findings: Iterable[Finding]) -> list[tuple[int, int]]:
    """The (start, end) file spans of the avoid rules' hits among ``findings``."""
    return [(f.start, f.end) for f in findings if f.code in WORDING_CODES]


def inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the span ``start``–``end`` lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def _without_worded_figures(findings: list[Finding], worded: list[Finding]) -> list[Finding]:
    """``findings`` less the figure verdicts (CC101–CC103) inside an avoid rule's hit."""
    spans = worded_spans(worded)
    if not spans:
        return findings
    return [
        f
        for f in findings
        if not (f.code in STATUS_CODES.values() and inside(f.start, f.end, spans))
    ]


def document_findings(document: Document) -> list[Finding]:
    findings = []
    for warning in document.warnings:
        line, col = document.line_col(warning.start)
        findings.append(
            Finding(
                path=document.path,
                line=line,
                col=col,
                code=warning.code,
                start=warning.start,
                end=warning.end,
                severity=codes.CODES[warning.code].severity,
                message=warning.message,
                page=warning.page,
            )
        )
    return findings


def located(document: Document, findings: list[Finding]) -> list[Finding]:
    """The findings with the paragraph and page a reader of a Word or PDF draft finds them
    at (:meth:`Document.place`); as they are in the other formats."""
    if document.editable:
        return findings
    placed = []
    for finding in findings:
        paragraph, page = document.place(finding.start, finding.page)
        placed.append(replace(finding, paragraph=paragraph, page=page))
    return placed


@dataclass(frozen=True)
class DocumentResult:
    """Everything lint learned about one draft: reporters that show drafts need all of it."""

    document: Document
    claims: list[Claim]
    verdicts: list[Verdict]  # one per quantity, supported ones included
    findings: list[Finding]

    @property
    def judged(self) -> list[Verdict]:
        """The verdicts of the figures lint reports on: all but those inside a risky-wording
        finding (``100% safe``), which the rule alone reports (:data:`WORDING_CODES`).
        Reports count and draw these."""
        spans = worded_spans(self.findings)
        if not spans:
            return self.verdicts
        return [v for v in self.verdicts if not inside(v.quantity.start, v.quantity.end, spans)]


@dataclass(frozen=True)
class LintResult:
    documents: list[DocumentResult]
    registry: Registry
    unreadable: list[Finding] = field(default_factory=list)  # CC400: drafts never read

    @property
    def findings(self) -> list[Finding]:
        return sorted([*self.unreadable, *(f for r in self.documents for f in r.findings)])


def lint(
    documents: Iterable[Document],
    registry: Registry | None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    today: date | None = None,
    rules: RuleSet | None = None,
) -> LintResult:
    """Check every quantity of every document against the registry, then the ``rules``
    (none when not given); the drafts' inline controls apply to all findings. With no
    registry (None: there is none to be found), figures get no verdicts and no CC1xx
    findings, rather than every figure an "unsupported": only the rules run."""
    today = today or date.today()
    check_figures = registry is not None
    registry = registry if registry is not None else Registry.from_claims(())
    if check_figures:
        read_memos(registry)  # what an earlier run worked out of each claim, if stored
    with _older_objects_set_aside():
        results = _lint_documents(documents, registry, check_figures, threshold, today, rules)
    if check_figures:
        write_memos(registry)  # for the next run, when this one worked out more
    return LintResult(results, registry)


@contextmanager
def _older_objects_set_aside() -> Iterator[None]:
    """Python's cycle collector kept off the objects that were there before a lint (the
    pipeline, the registry, its memos, the drafts read), for the lint's length: every
    result a lint keeps moves the collector towards a full collection, and each full one
    walked all of them again (two, 0.2 s of CPU over a million words, where extraction
    alone, keeping less, ran none). They go to the collector's permanent generation
    (``gc.freeze``) and come back after (``gc.unfreeze``), so what became garbage meanwhile
    is collected later as before; objects made during the lint are collected as ever. Not
    when something is frozen already (a large registry, :func:`~claimcheck.registry.
    loader.load_registry`, the caller's own, or another lint's in this process): unfreezing
    would release it too. (Collecting the youngest objects less often as well, after 10,000
    rather than 700, cut the collector's time further but not the lint's: left out.)"""
    aside = gc.isenabled() and gc.get_freeze_count() == 0
    if aside:
        gc.freeze()
    try:
        yield
    finally:
        if aside:
            gc.unfreeze()


def _lint_documents(
    documents: Iterable[Document],
    registry: Registry,
    check_figures: bool,
    threshold: float,
    today: date,
    rules: RuleSet | None,
) -> list[DocumentResult]:
    """Each document's result, as :func:`lint` says."""
    results = []
    for document, claims, doc in analyse_documents(documents, registry):
        verdicts = judge(registry, claims, threshold) if check_figures else []
        findings = document_findings(document)
        drafted: dict[tuple[int, int], str] = {}
        for claim in claims if check_figures else ():
            mine = [v for v in verdicts if v.claim is claim]
            drafted.update(drafts_matching(registry, claim, mine, threshold))
        for verdict in verdicts:
            where = (verdict.quantity.start, verdict.quantity.end)
            findings.extend(verdict_findings(document, verdict, today, drafted.get(where)))
        findings.extend(inconsistent_figures(document, verdicts))
        if rules is not None:
            worded = rule_findings(document, claims, rules, registry, doc)
            findings = _without_worded_figures(findings, worded) + worded
        findings = located(document, apply_inline_controls(document, findings, rules))
        results.append(DocumentResult(document, claims, verdicts, sorted(findings)))
    return results
