"""Findings, verdicts and fixes as LSP diagnostics, hovers and code actions (lsprotocol types).

Severity: ``error`` is Error, ``warning`` Warning, ``info`` Information (LSP's Hint is kept
for nothing: editors hide hints). ``code`` is the finding's code (CC101), ``source``
``claimcheck``; ``codeDescription`` links to the README's table of that code's family. A
hint ("the source supports 75.7%: …") follows the message on a second line, as the text
report prints it.
"""

from __future__ import annotations

from datetime import date

from lsprotocol import types

from claimcheck.codes import CODES
from claimcheck.findings import Finding
from claimcheck.fixes.model import SAFE, Fix
from claimcheck.lsp.positions import PositionMap
from claimcheck.lsp.session import BufferLint, Problem

SOURCE = "claimcheck"
SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
README = "https://github.com/claimcheck/claimcheck#"
CODE_DOCS = {
    "CC1": "claimcheck-lint",  # the lint section's table of figure and document codes
    "CC4": "claimcheck-lint",
    "CC2": "the-default-rules-claimcheckdefault",
    "CC3": "the-default-rules-claimcheckdefault",
}


def code_description(code: str) -> types.CodeDescription | None:
    """The README section that documents a claimcheck code (none for a project's own rule
    codes, which claimcheck's README does not describe)."""
    anchor = CODE_DOCS.get(code[:3])
    if anchor is None or code not in CODES:
        return None
    return types.CodeDescription(href=README + anchor)


def lsp_range(positions: PositionMap, start: int, end: int) -> types.Range:
    start_line, start_char = positions.position(start)
    end_line, end_char = positions.position(max(end, start))
    return types.Range(
        start=types.Position(line=start_line, character=start_char),
        end=types.Position(line=end_line, character=end_char),
    )


def finding_range(positions: PositionMap, finding: Finding) -> types.Range:
    """The finding's span. A finding of the whole page or file has an empty span (a
    missing disclaimer at 0, an unreadable draft at the line it names): it gets the first
    character of its line, so that editors can show and underline it."""
    if finding.end > finding.start:
        return lsp_range(positions, finding.start, finding.end)
    start = finding.start
    if start == 0 and finding.line > 1:
        start = positions.line_starts[min(finding.line, len(positions.line_starts)) - 1]
    line, _ = positions.position(start)
    end = min(start + 1, positions.offset(line, 1 << 30))  # one character, never the break
    return lsp_range(positions, start, end)


def diagnostic(positions: PositionMap, finding: Finding) -> types.Diagnostic:
    message = finding.message
    if finding.suggestion:
        message += f"\nhint: {finding.suggestion}"
    return types.Diagnostic(
        range=finding_range(positions, finding),
        message=message,
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.code,
        code_description=code_description(finding.code),
        source=SOURCE,
        data={"name": finding.name, "registry_id": finding.registry_id, "rule": finding.rule},
    )


def diagnostics(buffer: BufferLint, positions: PositionMap) -> list[types.Diagnostic]:
    return [diagnostic(positions, finding) for finding in buffer.findings]


def problem_diagnostic(problem: Problem) -> types.Diagnostic:
    """A registry, rules or config problem, shown in the file that has it (lines and
    columns there are 1-based code points; a YAML line holds no character past the BMP
    often enough for the column to matter, so it is passed through)."""
    line = max(problem.line - 1, 0)
    col = max(problem.col - 1, 0)
    return types.Diagnostic(
        range=types.Range(
            start=types.Position(line=line, character=col),
            end=types.Position(line=line, character=col + 1),
        ),
        message=problem.message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


# --- hover -------------------------------------------------------------------------------


def _verdict_at(buffer: BufferLint, offset: int):
    if buffer.result is None:
        return None
    for verdict in buffer.result.verdicts:
        if verdict.quantity.start <= offset < verdict.quantity.end:
            return verdict
    return None


def hover_markdown(
    buffer: BufferLint, offset: int, today: date | None = None
) -> tuple[str, int, int] | None:
    """What a writer learns hovering over a figure, in Markdown: its verdict, the registry
    claim it was judged against (id, status, figure, statement, match score, review date),
    that claim's sources and the quote that carries its figure; for an unsupported figure,
    the closest claim and why it was not used. With the figure's span; None off a figure."""
    from claimcheck.lint import figure_quote, near_miss_reason, registry_figure
    from claimcheck.verify.verdicts import UNSUPPORTED

    verdict = _verdict_at(buffer, offset)
    if verdict is None:
        return None
    q = verdict.quantity
    said = buffer.result.document.as_read(q.start, q.end)
    paragraphs = [f"**{said}**: {verdict.status} (claimcheck)"]
    if verdict.status == UNSUPPORTED:
        text = "No sourced claim in the registry backs this figure."
        if verdict.near_miss is not None:
            near = verdict.near_miss
            why = near_miss_reason(near)
            text += f" Closest: `{near.registry_claim.id}` (not used: {why})."
        paragraphs.append(text)
    claim = verdict.registry_claim
    if claim is not None:
        facts = [claim.status]
        if claim.review_by is not None:
            past = claim.is_stale(today or date.today())
            facts.append(f"review {'was due' if past else 'by'} {claim.review_by.isoformat()}")
        score = f", match score {verdict.match.score:.0f}/100" if verdict.match else ""
        paragraphs.append(
            f"Registry claim `{claim.id}` ({', '.join(facts)}): {registry_figure(claim)}{score}"
        )
        paragraphs.append(f"> {claim.statement}")
        for source in claim.sources:
            link = f" <{source.url}>" if source.url else ""
            paragraphs.append(f"Source: {source.citation}{link}")
        quote = figure_quote(claim)
        if quote:
            paragraphs.append(f'Quote: "{quote}"')
    return "\n\n".join(paragraphs), q.start, q.end


def hover(
    buffer: BufferLint, positions: PositionMap, position: types.Position
) -> types.Hover | None:
    offset = positions.offset(position.line, position.character)
    found = hover_markdown(buffer, offset)
    if found is None:
        return None
    text, start, end = found
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=lsp_range(positions, start, end),
    )


# --- code actions ------------------------------------------------------------------------


FIX_ALL = "source.fixAll.claimcheck"
"""The kind of the action that applies every safe fix at once (an editor can run it on save:
VS Code's ``editor.codeActionsOnSave``), as ``lint --fix`` does in one pass."""


def buffer_fixes(buffer: BufferLint, start: int, end: int) -> list[tuple[Finding, Fix]]:
    """Each finding that touches ``[start, end]`` (a cursor or a selection) with its fix."""
    return [
        (finding, finding.fix)
        for finding in buffer.findings
        if finding.fix is not None
        and finding.start <= end
        and start <= max(finding.end, finding.start)
    ]


def _workspace_edit(uri: str, version: int | None, edits: list[types.TextEdit]):
    if version is None:
        return types.WorkspaceEdit(changes={uri: edits})
    identifier = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(
        document_changes=[types.TextDocumentEdit(text_document=identifier, edits=edits)]
    )


def code_actions(
    buffer: BufferLint, positions: PositionMap, uri: str, version: int | None, selected: types.Range
) -> list[types.CodeAction]:
    """A quick fix for each finding in ``selected`` that has a fix (the one ``lint --fix``
    applies), and one action for all the buffer's safe fixes. With the buffer's ``version``
    the edits are versioned (``documentChanges``: the editor refuses them on changed text);
    None for a client that takes only plain ``changes``."""
    from claimcheck.fixes.apply import apply_fixes

    start = positions.offset(selected.start.line, selected.start.character)
    end = positions.offset(selected.end.line, selected.end.character)
    actions = []
    for finding, fix in buffer_fixes(buffer, start, end):
        edits = [
            types.TextEdit(range=lsp_range(positions, e.start, e.end), new_text=e.replacement)
            for e in fix.edits
        ]
        title = fix.title if fix.applicability == SAFE else f"{fix.title} (unsafe)"
        actions.append(
            types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic(positions, finding)],
                is_preferred=fix.applicability == SAFE,
                edit=_workspace_edit(uri, version, edits),
            )
        )
    applied = apply_fixes(buffer.text, buffer.findings)
    if applied.fixed:
        whole = types.TextEdit(
            range=lsp_range(positions, 0, len(buffer.text)), new_text=applied.text
        )
        actions.append(
            types.CodeAction(
                title=f"Fix all safely fixable claimcheck findings ({len(applied.fixed)})",
                kind=FIX_ALL,
                edit=_workspace_edit(uri, version, [whole]),
            )
        )
    return actions
