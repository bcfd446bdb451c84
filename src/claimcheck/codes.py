"""Finding codes: stable ids, readable names, default severities and help.

Codes never change meaning or number once shipped (SARIF rule ids and baselines key on them);
a user can select, ignore or suppress each by code or by name.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"
UNREADABLE = "CC400"  # a draft that could not be read; the run still reports the others
SEVERITY_RANK = {INFO: 0, WARNING: 1, ERROR: 2}


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: str
    summary: str
    help: str


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code(
            "CC101",
            "conflict",
            ERROR,
            "A figure disagrees with its sourced registry claim.",
            "Change the figure to what the source supports, or add the source that supports "
            "it to the registry.",
        ),
        Code(
            "CC102",
            "unsupported",
            WARNING,
            "A figure matches no sourced registry claim.",
            "Add a sourced claim to the registry (`claimcheck registry suggest` drafts one) "
            "or remove the figure.",
        ),
        Code(
            "CC103",
            "overprecise",
            WARNING,
            "A figure is more precise than its source allows.",
            "State the figure as precisely as the source does (NAD: a claim mirrors the "
            "precision of its data).",
        ),
        Code(
            "CC104",
            "stale-source",
            WARNING,
            "The matched registry claim is retired or past its review date.",
            "Ask the registry owner to review the claim, or stop relying on it.",
        ),
        Code(
            "CC201",
            "not-medical-advice",
            WARNING,
            "A page lacks a disclaimer that it is not medical advice.",
            "Add one (the rule lists accepted wordings: `claimcheck rules explain CC201`).",
        ),
        *(
            Code(code, name, severity, summary, "See `claimcheck rules explain " + code + "`.")
            for code, name, severity, summary in (
                ("CC301", "cure-claims", ERROR, "Wording that promises a cure."),
                ("CC302", "guaranteed-outcomes", ERROR, "Wording that guarantees an outcome."),
                ("CC303", "miracle-claims", ERROR, "Miracle or wonder-drug wording."),
                ("CC304", "breakthrough-hype", WARNING, "Breakthrough or revolutionary wording."),
                ("CC305", "no-side-effects", ERROR, "A claim of no side effects."),
                ("CC306", "absolute-safety", ERROR, "A claim of complete safety."),
                ("CC307", "fda-approved", ERROR, "An approval the registry does not record."),
                ("CC308", "proven-claims", WARNING, "A claim of proof the evidence may not give."),
                ("CC309", "superlatives", WARNING, "A superlative without a source."),
                (
                    "CC310",
                    "investigational-therapy",
                    WARNING,
                    "An investigational therapy named without a qualifier.",
                ),
                (
                    "CC311",
                    "relative-without-absolute",
                    WARNING,
                    "A relative effect with no absolute figure beside it.",
                ),
            )
        ),
        Code(
            "CC400",
            "unreadable",
            ERROR,
            "A draft that cannot be read, so nothing in it was checked.",
            "Fix what the message names (save the file as UTF-8 text, mend its front matter), "
            "or exclude the file in the config if it is not a draft.",
        ),
        Code(
            "CC401",
            "mojibake",
            WARNING,
            "Characters garbled by a wrong text encoding.",
            "Re-save the file as UTF-8 from its original source; claimcheck repaired the text "
            "for analysis only.",
        ),
        Code(
            "CC402",
            "inconsistent-figures",
            ERROR,
            "The same subject is stated with incompatible figures in one document.",
            "Use one figure throughout the document.",
        ),
        Code(
            "CC403",
            "unused-suppression",
            WARNING,
            "An inline claimcheck-disable control that suppresses nothing.",
            "Remove the control, or fix the code or rule id it names.",
        ),
        Code(
            "CC404",
            "unknown-suppression",
            WARNING,
            "An inline control names a directive, code or rule claimcheck does not know.",
            "Use claimcheck-disable, -enable or -disable-next-line with a code or rule id "
            "that `claimcheck rules list` shows.",
        ),
        Code(
            "CC405",
            "no-text-layer",
            WARNING,
            "A page of a PDF draft has no text to read (a scanned page), so it was not checked.",
            "Run OCR on the PDF, or check the page's figures against the draft it was made from.",
        ),
    )
}


def severity_at_least(severity: str, level: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[level]
