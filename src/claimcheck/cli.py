"""The ``claimcheck`` command line: parses options, runs the stages, picks a reporter.

It decides nothing itself: reading is in ``documents``, finding in ``nlp``, printing in ``report``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

import click

from claimcheck import __version__, exitcodes
from claimcheck.documents.document import Document, DocumentError
from claimcheck.documents.reader import iter_draft_paths, read_document
from claimcheck.report import extraction


def _error(message: str) -> None:
    click.echo(f"claimcheck: error: {message}", err=True)


def read_drafts(paths: Iterable[str]) -> tuple[list[Document], int]:
    """The readable drafts under ``paths``, and how many could not be read (each reported)."""
    documents: list[Document] = []
    failures = 0
    for item in iter_draft_paths(paths):
        if isinstance(item, DocumentError):
            _error(str(item))
            failures += 1
            continue
        try:
            documents.append(read_document(item))
        except DocumentError as error:
            _error(str(error))
            failures += 1
    return documents, failures


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """Fact-check the figures in health content against a registry of sourced claims."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one path:line:col line per quantity; json: the extraction contract.",
)
def extract(paths: tuple[str, ...], output_format: str) -> None:
    """Show every quantitative claim in the drafts under PATHS (.md, .html, .txt)."""
    from claimcheck.nlp.pipeline import extract_claims  # spaCy loads only when needed

    documents, failures = read_drafts(paths)
    if not documents:
        if not failures:
            _error("no drafts found (looked for .md, .markdown, .html, .htm, .txt)")
        sys.exit(exitcodes.USAGE)
    results = list(extract_claims(documents))
    formatter = extraction.format_json if output_format == "json" else extraction.format_text
    click.echo(formatter(results), nl=False)
    sys.exit(exitcodes.OK)


def _load_registry(directory: str):
    """The registry under ``directory``; every schema error printed as file:line:col, exit 2."""
    from claimcheck.registry.loader import RegistryLoadError, load_registry

    try:
        return load_registry(directory)
    except RegistryLoadError as failure:
        for error in failure.errors:
            _error(str(error))
        sys.exit(exitcodes.USAGE)


REGISTRY_OPTION = click.option(
    "--registry",
    "registry_dir",
    default="claims",
    show_default=True,
    type=click.Path(),
    help="Folder of sourced claims (*.yaml).",
)
THRESHOLD_OPTION = click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=None,
    help="Match score (0–100) a registry claim needs to count as the claim's source.",
)
FAIL_LEVEL_OPTION = click.option(
    "--fail-level",
    type=click.Choice(["error", "warning", "info"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding at or above this severity is reported.",
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@REGISTRY_OPTION
@THRESHOLD_OPTION
@FAIL_LEVEL_OPTION
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "html", "markdown"]),
    default="text",
    show_default=True,
)
def lint(
    paths: tuple[str, ...],
    registry_dir: str,
    threshold: float | None,
    fail_level: str,
    output_format: str,
) -> None:
    """Check every figure in the drafts under PATHS against the registry of sourced claims."""
    from claimcheck.codes import severity_at_least
    from claimcheck.lint import lint as run_lint
    from claimcheck.matching import DEFAULT_THRESHOLD
    from claimcheck.report import json_report, text

    registry = _load_registry(registry_dir)
    documents, failures = read_drafts(paths)
    if not documents:
        if not failures:
            _error("no drafts found (looked for .md, .markdown, .html, .htm, .txt)")
        sys.exit(exitcodes.USAGE)
    result = run_lint(
        documents, registry, threshold=DEFAULT_THRESHOLD if threshold is None else threshold
    )
    findings = result.findings
    if output_format in ("html", "markdown"):  # formats that show drafts need the whole result
        from claimcheck.report import html, markdown

        page = html if output_format == "html" else markdown
        click.echo(page.format_result(result), nl=False)
    else:
        reporter = json_report if output_format == "json" else text
        click.echo(reporter.format_findings(findings, len(documents)), nl=False)
    failing = any(severity_at_least(f.severity, fail_level) for f in findings)
    sys.exit(exitcodes.FINDINGS if failing else exitcodes.OK)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@REGISTRY_OPTION
@THRESHOLD_OPTION
@click.option(
    "-o",
    "--output",
    default="claimcheck-report.html",
    show_default=True,
    type=click.Path(dir_okay=False, writable=True),
    help="The HTML file to write (replaced atomically).",
)
def report(paths: tuple[str, ...], registry_dir: str, threshold: float | None, output: str) -> None:
    """Write the editors' report for the drafts under PATHS: one HTML page that works offline."""
    from claimcheck.lint import lint as run_lint
    from claimcheck.matching import DEFAULT_THRESHOLD
    from claimcheck.report import html

    registry = _load_registry(registry_dir)
    documents, failures = read_drafts(paths)
    if not documents:
        if not failures:
            _error("no drafts found (looked for .md, .markdown, .html, .htm, .txt)")
        sys.exit(exitcodes.USAGE)
    result = run_lint(
        documents, registry, threshold=DEFAULT_THRESHOLD if threshold is None else threshold
    )
    try:
        html.write_atomic(output, html.render(result))
    except OSError as error:
        _error(f"{output}: cannot write the report: {error.strerror or error}")
        sys.exit(exitcodes.USAGE)
    findings = result.findings
    click.echo(
        f"{output}: {len(documents)} draft{'s' if len(documents) != 1 else ''}, "
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
    )
    sys.exit(exitcodes.OK)


@main.group()
def registry() -> None:
    """Check the registry of sourced claims, or draft new entries for it."""


@registry.command("check")
@click.argument("directory", default="claims", type=click.Path())
def registry_check(directory: str) -> None:
    """Validate DIRECTORY's claims; warn about near-duplicates, stale and retired entries."""
    from datetime import date

    from claimcheck.registry.check import check_registry

    loaded = _load_registry(directory)
    warnings = check_registry(loaded, date.today())
    for warning in warnings:
        click.echo(str(warning))
    click.echo(f"{len(loaded.claims)} claims, {len(warnings)} warnings in {directory}")
    sys.exit(exitcodes.OK)


@registry.command("suggest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@REGISTRY_OPTION
@THRESHOLD_OPTION
def registry_suggest(paths: tuple[str, ...], registry_dir: str, threshold: float | None) -> None:
    """Print YAML stubs for the unsupported figures in PATHS, for a reviewer to complete."""
    from claimcheck.matching import DEFAULT_THRESHOLD
    from claimcheck.nlp.pipeline import extract_claims, use_registry_terms
    from claimcheck.registry.suggest import dump_stubs, stub_for
    from claimcheck.verdicts import UNSUPPORTED, judge

    loaded = _load_registry(registry_dir)
    documents, _ = read_drafts(paths)
    if not documents:
        sys.exit(exitcodes.USAGE)
    use_registry_terms(loaded)
    stubs = []
    for _document, claims in extract_claims(documents):
        for verdict in judge(loaded, claims, DEFAULT_THRESHOLD if threshold is None else threshold):
            if verdict.status == UNSUPPORTED:
                stubs.append(stub_for(verdict.claim.text, verdict.quantity.to_dict()))
    click.echo(dump_stubs(stubs), nl=False)
    sys.exit(exitcodes.OK)
