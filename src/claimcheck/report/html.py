"""The editors' report: one self-contained HTML page (`claimcheck report`, `lint --format html`).

The page is a review workspace. Each draft is shown as a reader sees it (the page) or as its
file (the source, with line numbers), with every figure highlighted by verdict and worst
severity and every rule finding in place (:mod:`claimcheck.report.reading`); a findings list
sorts and filters them; selecting one opens a panel with the registry claim, its sources and
the review controls (status and note per finding, kept in the browser, exported as a review
record that ``lint --review-record`` honours). It opens offline: CSS, script and charts are
inline, nothing is fetched.

Safety: every piece of draft and registry text reaches the page through jinja2 autoescape or,
for the script, as JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and
``&`` escaped; the script writes it with ``textContent`` only. A Content-Security-Policy allows
no script but ours (by hash), so a draft's ``<script>`` could not run even if escaping failed.
Links are kept only for ``http``/``https`` source URLs.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from claimcheck import __version__, codes
from claimcheck.display import inert_html, inert_json, printable
from claimcheck.documents.document import Document
from claimcheck.findings import Finding, place_label
from claimcheck.lint import DocumentResult, LintResult, near_miss_reason, registry_figure
from claimcheck.output import write_atomic  # noqa: F401  (re-exported for the report command)
from claimcheck.registry.model import RegistryClaim
from claimcheck.report import reading
from claimcheck.report.figures import (
    FIGURE_STATUSES,
    LABELS,
    NO_CLAIM,
    NOT_REPORTED,
    FigureStatus,
    figure_statuses,
)
from claimcheck.report.review import STATUSES, finding_keys, run_id
from claimcheck.verify.matching import Match
from claimcheck.verify.verdicts import CONFLICT, OVERPRECISE, SUPPORTED, UNSUPPORTED

VERDICTS = FIGURE_STATUSES
"""What a figure is shown and counted as: its verdict as lint reports it (a figure lint reports
nothing for is "no claim needed" or "not reported", never "unsupported": :mod:`.figures`)."""
RULE = "rule"  # the "verdict" of an item that is a rule or document finding, not a figure
SEVERITIES = (codes.ERROR, codes.WARNING, codes.INFO)
NO_FINDING = "none"
VERDICT_LABELS = {**LABELS, RULE: "rule finding"}
VERDICT_ICONS = {
    CONFLICT: "✗",
    OVERPRECISE: "≈",
    UNSUPPORTED: "?",
    SUPPORTED: "✓",
    NOT_REPORTED: "○",
    NO_CLAIM: "–",
    RULE: "⚑",
}
SEVERITY_ICONS = {codes.ERROR: "‼", codes.WARNING: "▲", codes.INFO: "ℹ"}
"""Each severity's icon, drawn in its own shape (square, triangle-topped, circle) and border
style (solid, dashed, dotted), so severity never rests on colour alone."""
STATUS_HELP = {
    CONFLICT: "the registry's sourced claim says otherwise (CC101)",
    OVERPRECISE: "more precise than the source (CC103)",
    UNSUPPORTED: "no sourced claim in the registry backs it (CC102)",
    SUPPORTED: "a sourced claim backs it",
    NOT_REPORTED: "not reported: its finding is turned off or ignored in the config, suppressed "
    "in the draft, in the baseline or accepted in a review",
    NO_CLAIM: "no claim needed: a P value, or the follow-up time, dose arm or table heading "
    "of another figure, checked with that figure",
}
"""What each status means, in the summary's tooltips and the legend."""
VERDICT_COLOURS = {  # bar chart fills; every bar also carries its label and count in text
    CONFLICT: "#b42318",
    OVERPRECISE: "#b54708",
    UNSUPPORTED: "#475467",
    SUPPORTED: "#067647",
    NOT_REPORTED: "#98a2b3",
    NO_CLAIM: "#d0d5dd",
}


@dataclass
class Item:
    """One thing an editor can select: a figure with its verdict, or a finding of a rule."""

    id: str
    doc: int
    start: int
    end: int
    text: str
    verdict: str  # a verdict, or RULE
    claim: str | None = None
    findings: list[Finding] = field(default_factory=list)
    match: Match | None = None
    near_miss: Match | None = None
    note: str | None = None  # why a figure with no finding has none (:mod:`.figures`)

    @property
    def severity(self) -> str:
        if not self.findings:
            return NO_FINDING
        return max((f.severity for f in self.findings), key=codes.SEVERITY_RANK.__getitem__)

    @property
    def codes(self) -> list[str]:
        return sorted({f.code for f in self.findings})

    @property
    def ordered_findings(self) -> list[Finding]:
        """Its findings, the most severe first (then by code): the order the panel shows."""
        return sorted(self.findings, key=lambda f: (-codes.SEVERITY_RANK[f.severity], f.code))

    @property
    def label(self) -> str:
        parts = [VERDICT_LABELS[self.verdict]]
        if self.findings:
            parts.append(self.severity)
        parts.extend(self.codes)
        return ", ".join(parts)


def _page(item: Item) -> int | None:
    """The page its findings name outright (a PDF page with no text), else None."""
    return next((f.page for f in item.findings if f.page is not None), None)


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link; anything else (``javascript:``, ``data:``) is text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _registry_dict(claim: RegistryClaim, today: date) -> dict[str, Any]:
    return {
        "id": claim.id,
        "statement": claim.statement,
        "value": registry_figure(claim),
        "status": claim.status,
        "review_by": claim.review_by.isoformat() if claim.review_by else None,
        "stale": claim.is_stale(today),
        "where": f"{claim.path}:{claim.line}",
        "sources": [
            {"citation": s.citation, "url": safe_url(s.url), "quote": s.quote}
            for s in claim.sources
        ],
    }


UNSUPPORTED_CODE = "CC102"


def _finding_dict(
    f: Finding, key: str, parts: tuple[str, str, str, str], closest: str | None, markup: bool
) -> dict[str, Any]:
    """One finding for the page's data. ``norm`` is the fingerprint's normalised text, for the
    review record; in a Markdown or HTML draft its entities are shown decoded (``&nbsp;`` as a
    space), as a reader sees them: the fingerprint itself digests the file's text.
    ``registry_id`` is the finding's own, as lint's JSON has it (none for an unsupported
    figure); ``closest_id`` is the closest claim an unsupported figure's message names, not
    used, which the findings list shows as "closest: …", never as its registry id."""
    norm = " ".join(html.unescape(parts[2]).split()) if markup else parts[2]
    return {
        "registry_id": f.registry_id,
        "closest_id": closest if f.registry_id is None and f.code == UNSUPPORTED_CODE else None,
        "key": key,
        "fingerprint": key.split("-")[0],
        "anchor": parts[1],
        "norm": norm,
        "rel": parts[3],
        "code": f.code,
        "name": f.name,
        "severity": f.severity,
        "message": f.message,
        "suggestion": f.suggestion,
        "line": f.line,
        "col": f.col,
        # where the findings list says it is: the line, or a Word or PDF draft's paragraph
        "where": str(f.line) if f.paragraph is None else f.position.rsplit(":", 1)[0],
    }


def _overlaps(a: Item, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def _is_document_level(f: Finding) -> bool:
    """Findings about the whole draft (a missing disclaimer) go at the top, not in the text."""
    return f.end <= f.start or f.code.startswith("CC2")


def build_items(
    index: int, result: DocumentResult, statuses: dict[int, FigureStatus] | None = None
) -> tuple[list[Item], list[Item]]:
    """The draft's in-text items (sorted, never overlapping) and its document-level items.
    A figure inside a risky-wording finding (``100% safe``) is no item of its own: lint
    reports it by that rule alone, so the page draws the rule's finding over its words.
    Each figure carries its status as lint reports it (:func:`.figures.figure_statuses`)."""
    document = result.document
    statuses = statuses if statuses is not None else figure_statuses(result)
    inline: list[Item] = []
    top: list[Item] = []
    by_span: dict[tuple[int, int], Item] = {}
    for verdict in sorted(result.judged, key=lambda v: v.quantity.start):
        q = verdict.quantity
        shown = statuses[id(verdict)]
        item = Item(
            id="",
            doc=index,
            start=q.start,
            end=q.end,
            text=document.as_read(q.start, q.end),
            verdict=shown.status,
            claim=document.as_read(verdict.claim.start, verdict.claim.end),
            match=verdict.match,
            # the closest claim of a P value or a table heading is no lead for anyone
            near_miss=None if shown.status == NO_CLAIM else verdict.near_miss,
            note=shown.note,
        )
        # in start order and never overlapping, so only the last one can overlap this one
        if (inline and _overlaps(inline[-1], q.start, q.end)) or q.end <= q.start:
            top.append(item)
        else:
            inline.append(item)
        by_span.setdefault((q.start, q.end), item)
    figures, figure_ends = list(inline), [item.end for item in inline]
    for f in result.findings:
        if (f.start, f.end) in by_span:
            by_span[(f.start, f.end)].findings.append(f)
            continue
        if _is_document_level(f):
            top.append(_finding_item(index, result, f))
            continue
        # the first figure ending after the finding starts is the first that may overlap it
        first = bisect.bisect_right(figure_ends, f.start)
        if first < len(figures) and _overlaps(figures[first], f.start, f.end):
            figures[first].findings.append(f)
            continue
        host = next((i for i in inline[len(figures) :] if _overlaps(i, f.start, f.end)), None)
        if host is not None:
            host.findings.append(f)
            continue
        item = _finding_item(index, result, f)
        inline.append(item)
        by_span[(f.start, f.end)] = item
    inline.sort(key=lambda i: i.start)
    for n, item in enumerate(top + inline):
        item.id = f"d{index}-i{n}"
    return inline, top


WHOLE_DRAFT = "the whole draft"
"""What a finding about no words in particular (a missing disclaimer) is shown as."""


def _finding_item(index: int, result: DocumentResult, f: Finding) -> Item:
    document = result.document
    return Item(
        id="",
        doc=index,
        start=f.start,
        end=f.end,
        text=document.as_read(f.start, f.end) or WHOLE_DRAFT,
        verdict=RULE,
        claim=_sentence_as_read(document, f),
        findings=[f],
    )


def _sentence_as_read(document: Document, f: Finding) -> str | None:
    """A rule finding's sentence as a reader sees it (entities decoded, markup left out):
    the finding keeps the sentence's file text, which holds the finding's span."""
    text = f.claim_text
    if not text:
        return text
    at = document.raw.find(text, max(0, f.end - len(text)))
    if at < 0 or at > f.start:
        return " ".join(text.split())
    return document.as_read(at, at + len(text))


def _mark(item: Item) -> reading.Mark:
    return reading.Mark(
        item.start,
        item.end,
        item.id,
        f"cc-item v-{item.verdict} s-{item.severity}",
        f"{item.label}: {item.text}",
    )


def _item_dict(
    item: Item, path: str, document: Document, today: date, keys: dict[int, tuple[str, tuple]]
) -> dict[str, Any]:
    line, col = document.line_col(item.start)
    markup = document.format in ("markdown", "html")  # entities are theirs
    closest = item.near_miss.registry_claim.id if item.near_miss and not item.match else None

    def match_dict(match: Match | None, near: bool = False) -> dict[str, Any] | None:
        if match is None:
            return None
        return {
            "score": round(match.score, 1),
            "registry": _registry_dict(match.registry_claim, today),
            # why the closest claim was not used, as the lint message says it
            "not_used": near_miss_reason(match) if near else None,
        }

    return {
        "id": item.id,
        "doc": item.doc,
        "path": path,
        "line": line,
        "col": col,
        "where": place_label(line, col, *document.place(item.start, _page(item))),
        "text": item.text,
        "verdict": item.verdict,
        "verdict_label": VERDICT_LABELS[item.verdict],
        "severity": item.severity,
        "codes": item.codes,
        "claim": item.claim,
        "findings": [
            _finding_dict(f, *keys[id(f)], closest, markup) for f in item.ordered_findings
        ],
        "match": match_dict(item.match),
        "near_miss": match_dict(item.near_miss, near=True) if item.match is None else None,
        "note": item.note,
    }


def chart(counts: Counter, width: int = 240, height: int = 14) -> dict[str, Any]:
    """A stacked bar of verdict counts, as rectangles the template draws in inline SVG."""
    total = sum(counts[v] for v in VERDICTS)
    bars = []
    x = 0.0
    for verdict in VERDICTS:
        n = counts[verdict]
        if not n:
            continue
        w = width * n / total
        bars.append(
            {"x": round(x, 2), "w": round(w, 2), "fill": VERDICT_COLOURS[verdict],
             "verdict": verdict, "n": n}
        )  # fmt: skip
        x += w
    label = ", ".join(f"{counts[v]} {VERDICT_LABELS[v]}" for v in VERDICTS if counts[v])
    return {"width": width, "height": height, "bars": bars, "label": label or "no figures"}


def _finding_row(item: Item, f: Finding, key: str) -> dict[str, Any]:
    """One row of the findings list (the page's script writes the rows from the data)."""
    return {"key": key, "rank": codes.SEVERITY_RANK[f.severity], "doc": item.doc, "line": f.line}


def _print_note(item: Item, keys: dict[int, tuple[str, tuple]]) -> list[dict[str, Any]]:
    """What print shows beside a figure: each finding's message and the source of the
    registry claim it was judged against. A figure no claim matched (CC102) has no source;
    the claim its message names as the closest was not used, so its source is not shown."""
    sources = item.match.registry_claim.sources if item.match else ()
    source = sources[0].citation if sources else None
    return [
        {"key": keys[id(f)][0], "severity": f.severity, "code": f.code, "message": f.message,
         "source": source}
        for f in item.ordered_findings
    ]  # fmt: skip


def build_context(
    result: LintResult, today: date | None = None, root: Path | None = None
) -> dict[str, Any]:
    """Everything the template shows, computed once; the template only lays it out.
    ``root`` is the project root the findings' fingerprints name paths from (as a baseline)."""
    today = today or date.today()
    root = (root or Path.cwd()).resolve()
    keys = finding_keys(result.findings, root)
    documents = []
    rows: list[dict[str, Any]] = []
    data_items: dict[str, Any] = {}
    verdict_counts: Counter = Counter()
    severity_counts: Counter = Counter()
    code_counts: Counter = Counter()
    rule_names: dict[str, str] = {}  # a project rule's code -> its id ("CC350" -> "no-painless")
    claims = 0
    for index, doc_result in enumerate(result.documents):
        document = doc_result.document
        shown = printable(document.path)  # a file name is shown, never obeyed (display)
        statuses = figure_statuses(doc_result, today)
        inline, top = build_items(index, doc_result, statuses)
        figures = doc_result.judged
        # each figure as shown: the verdicts lint reports a finding for, and the silent ones
        verdicts: Counter = Counter(s.status for s in statuses.values())
        severities: Counter = Counter(f.severity for f in doc_result.findings)
        verdict_counts.update(verdicts)
        severity_counts.update(severities)
        code_counts.update(f.code for f in doc_result.findings)
        rule_names.update((f.code, f.rule) for f in doc_result.findings if f.rule)
        claims += len(doc_result.claims)
        for item in top + inline:
            data_items[item.id] = _item_dict(item, shown, document, today, keys)
            rows.extend(_finding_row(item, f, keys[id(f)][0]) for f in item.findings)
        marks = [_mark(item) for item in inline]
        notes = {item.id: _print_note(item, keys) for item in inline if item.findings}
        page_marker = reading.Marker(marks, notes=notes)
        page = reading.render_page(
            document.raw,
            document.path,
            document.format,
            page_marker,
            document.repairs,
            document.blocks,
            document.page_starts,
        )
        documents.append(
            {
                "index": index,
                "path": shown,
                "format": document.format,
                "title": str(document.front_matter.get("title") or ""),
                "claims": len(doc_result.claims),
                "figures": len(figures),
                "verdicts": {v: verdicts[v] for v in VERDICTS},
                "severities": {s: severities[s] for s in SEVERITIES},
                "findings": len(doc_result.findings),
                "chart": chart(verdicts),
                "top": top,
                "front_matter": reading.front_matter_rows(document.front_matter),
                "page": page,
                "offpage": [item for item in inline if item.id not in page_marker.placed],
                "source": reading.render_source(document.raw, reading.Marker(marks, "src-")),
                "lines": (lines := len(reading.source_lines(document.raw))),
                "long": lines > LONG_DRAFT_LINES,
            }
        )
    for finding in result.unreadable:
        severity_counts[finding.severity] += 1
        code_counts[finding.code] += 1
    rows.sort(key=lambda r: (-r["rank"], r["doc"], r["line"]))
    run = run_id((d.document.raw for d in result.documents), (r["key"] for r in rows))
    data = {
        "items": data_items,
        "rows": [r["key"] for r in rows],  # the findings list, most severe first
        "paths": [d["path"] for d in documents],
        "run": run,
        "generated": today.isoformat(),
        "version": __version__,
    }
    return {
        "version": __version__,
        "generated": today.isoformat(),
        "run": run,
        "documents": documents,
        "rows": rows,
        "statuses": STATUSES,
        "unreadable": [
            {
                "path": printable(f.path),
                "line": f.line,
                "severity": f.severity,
                "code": f.code,
                "message": f.message,
            }
            for f in result.unreadable
        ],  # fmt: skip
        "summary": {
            "drafts": len(documents),
            "claims": claims,
            "figures": sum(verdict_counts.values()),
            "findings": sum(severity_counts.values()),
            "verdicts": {v: verdict_counts[v] for v in VERDICTS},
            "severities": {s: severity_counts[s] for s in SEVERITIES},
        },
        "codes": [
            {
                "code": c,
                "name": codes.CODES[c].name if c in codes.CODES else rule_names.get(c, c),
                "n": n,
            }
            for c, n in sorted(code_counts.items())
        ],
        "verdicts": VERDICTS,
        "severities": SEVERITIES,
        "labels": VERDICT_LABELS,
        "status_help": STATUS_HELP,
        "icons": VERDICT_ICONS,
        "severity_icons": SEVERITY_ICONS,
        "data_json": embed_json(data),
    }


LONG_DRAFT_LINES = 400
"""Drafts longer than this lay out their off-screen paragraphs only when seen (CSS
``content-visibility: auto`` on ``.reading.long``): a 2,400-paragraph draft opens in about a
second. Shorter ones are laid out whole, because a browser paints no unseen paragraph of
such a page into a full-page screenshot (Playwright ``full_page``, a browser's "capture full
size"): it came out blank below the first screen."""


def embed_json(data: Any) -> jinja2.utils.markupsafe.Markup:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left, and
    no ``##[`` (an old-style GitHub workflow command, should the page reach a CI log)."""
    text = inert_json(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return jinja2.utils.markupsafe.Markup(text)


def _asset(name: str) -> str:
    return resources.files("claimcheck.report").joinpath("templates", name).read_text("utf-8")


def breakable_path(path: str) -> jinja2.utils.markupsafe.Markup:
    """A file path, escaped, with a line-break opportunity (``<wbr>``) after each ``/``: a
    long path wraps between its folders, never inside a name."""
    escape = jinja2.utils.markupsafe.escape
    return jinja2.utils.markupsafe.Markup("/<wbr>").join(escape(part) for part in path.split("/"))


def inline_code(text: str) -> jinja2.utils.markupsafe.Markup:
    """``text`` escaped, with each Markdown code span (`` `claimcheck registry suggest` ``) as
    ``<code>``: hints and messages name commands that way for the terminal and JSON, where the
    backticks stay; a report reader should see a command, not the Markdown around it. An
    unpaired backtick stays as written. (report.js does the same for what it writes.)"""
    escape = jinja2.utils.markupsafe.escape
    pieces = text.split("`")
    if len(pieces) < 3:
        return escape(text)
    if len(pieces) % 2 == 0:  # an odd backtick out: the last one is text, not a code span
        pieces[-2:] = [pieces[-2] + "`" + pieces[-1]]
    out = jinja2.utils.markupsafe.Markup()
    for index, piece in enumerate(pieces):
        if index % 2 and piece:
            out += jinja2.utils.markupsafe.Markup("<code>%s</code>") % piece
        elif index % 2:
            out += "``"
        else:
            out += escape(piece)
    return out


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,  # every {{ }} is escaped; the only Markup is our own JSON, CSS and JS
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["breakable_path"] = breakable_path
    environment.filters["inline_code"] = inline_code
    return environment


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def render(result: LintResult, today: date | None = None, root: Path | None = None) -> str:
    """The report page for a lint result, as one HTML string; ``root`` (default: the current
    folder) is where the findings' fingerprints start their paths, as for a baseline."""
    script = _asset("report.js")
    context = build_context(result, today, root)
    context["style"] = jinja2.utils.markupsafe.Markup(_asset("report.css"))
    context["script"] = jinja2.utils.markupsafe.Markup(script)
    context["script_hash"] = _csp_hash(script)
    return inert_html(_environment().get_template("report.html.j2").render(context))


def format_result(result: LintResult, fail_level: str = "warning", root: Path | None = None) -> str:
    """``lint --format html``: the same page ``claimcheck report`` writes (it shows every
    severity, so ``fail_level`` changes nothing on it)."""
    return render(result, root=root)
