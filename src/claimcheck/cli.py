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
