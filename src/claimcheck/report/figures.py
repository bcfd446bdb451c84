"""What the reports say of each figure: its verdict as lint *reports* it, never a bare verdict.

A verdict of "unsupported" (or "conflict", "overprecise") becomes a finding only when lint
reports one. Some figures have no claim of their own by design (a P value, the follow-up time
or the dose arm of another figure of the sentence, a table's row or column heading: see
:func:`claimcheck.lint.verdict_findings`), and a finding the run leaves out (a code turned
``off`` or ignored in the config, an inline control, the baseline, an accepted review) is no
finding either. Counting those figures as "unsupported" told an editor that N figures are
unbacked when no finding said so. Here every figure gets the status its findings give it, so
each count a report shows is the number of findings ``lint --format json`` prints for the same
drafts and config: conflict = CC101, overprecise = CC103, unsupported = CC102.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claimcheck.lint import STATUS_CODES, DocumentResult, verdict_findings
from claimcheck.nlp.tables import heads_a_table
from claimcheck.verify.frames import (
    labels_table_cells,
    names_a_subgroup,
    names_an_arm,
    times_another_figure,
)
from claimcheck.verify.verdicts import CONFLICT, OVERPRECISE, SUPPORTED, UNSUPPORTED, Verdict

NO_CLAIM = "no-claim"
"""A figure lint reads but checks against no claim of its own (a P value, another figure's
time or dose arm, a table heading): no finding, and none is missing."""
NOT_REPORTED = "not-reported"
"""A figure whose verdict finding this run does not report (config, inline control, baseline
or accepted review): lint prints nothing for it, so neither does the report's count."""

FIGURE_STATUSES = (CONFLICT, OVERPRECISE, UNSUPPORTED, SUPPORTED, NOT_REPORTED, NO_CLAIM)
LABELS = {
    CONFLICT: "conflict",
    OVERPRECISE: "overprecise",
    UNSUPPORTED: "unsupported",
    SUPPORTED: "supported",
    NOT_REPORTED: "not reported",
    NO_CLAIM: "no claim needed",
}
VERDICT_WORDS = {
    CONFLICT: "It differs from its registry claim (CC101)",
    OVERPRECISE: "It is more precise than its registry claim's source (CC103)",
    UNSUPPORTED: "No sourced claim in the registry backs it (CC102)",
}


@dataclass(frozen=True)
class FigureStatus:
    """A figure's status in the reports, and for the two silent ones, why (panel text)."""

    status: str
    note: str | None = None


def _why_no_claim(result: DocumentResult, verdict: Verdict) -> str:
    """Why lint checks this figure against no claim of its own, in a reviewer's terms."""
    q, claim = verdict.quantity, verdict.claim
    if q.statistic == "P":
        return (
            "A P value: the result of the study's statistical test, read with its estimate "
            "but not a figure a source is needed for."
        )
    if times_another_figure(claim.text, claim.quantities, q, claim.start):
        return (
            "The follow-up time of another figure in this sentence (when, or over how long, "
            "it was measured): that figure's claim states it, so it is checked with that figure."
        )
    if labels_table_cells(claim, q) or (
        q.kind == "duration" and heads_a_table(result.document.analysis, q.start)
    ):
        return (
            "A table heading: it labels the time, dose, group or outcome of the cells below "
            "it, whose claims state it, so it is checked with those cells."
        )
    if names_an_arm(claim, q):
        return (
            "The trial arm (dose) of another figure in this sentence: that figure's claim "
            "states its arm, so it is checked with that figure."
        )
    if names_a_subgroup(claim, q):
        return (
            "The threshold or band of a level that says whom another figure in this sentence "
            "or row is about (a subgroup): that figure's claim states it, so it is checked "
            "with that figure."
        )
    return "Lint reads this figure but reports no finding for it."


def figure_statuses(result: DocumentResult, today: date | None = None) -> dict[int, FigureStatus]:
    """Each judged figure's status, keyed by ``id()`` of its verdict (the draft's
    :attr:`~claimcheck.lint.DocumentResult.judged`: a figure inside risky wording is the
    wording rule's, no figure of its own)."""
    today = today or date.today()
    reported = {(f.start, f.end, f.code) for f in result.findings}
    statuses: dict[int, FigureStatus] = {}
    for verdict in result.judged:
        q = verdict.quantity
        if verdict.status == SUPPORTED:
            statuses[id(verdict)] = FigureStatus(SUPPORTED)
            continue
        code = STATUS_CODES[verdict.status]
        if (q.start, q.end, code) in reported:
            statuses[id(verdict)] = FigureStatus(verdict.status)
            continue
        # lint's own decision, asked again: does this verdict make a finding at all?
        would = any(f.code == code for f in verdict_findings(result.document, verdict, today))
        if would:
            statuses[id(verdict)] = FigureStatus(
                NOT_REPORTED,
                f"{VERDICT_WORDS[verdict.status]}, but this run does not report {code} here: "
                "the config turns it off or ignores it, an inline control in the draft "
                "suppresses it, or the baseline or an accepted review accounts for it.",
            )
        else:
            statuses[id(verdict)] = FigureStatus(NO_CLAIM, _why_no_claim(result, verdict))
    return statuses
