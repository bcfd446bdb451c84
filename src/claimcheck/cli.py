"""The ``claimcheck`` command line: parses options, runs the stages, picks a reporter.

It decides nothing itself: reading is in ``documents``, finding in ``nlp``, printing in ``report``.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import re
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

import click

from claimcheck import __version__, exitcodes
from claimcheck.display import clean, inert_json, inert_text, printable
from claimcheck.draft_formats import SUFFIXES_SAID
from claimcheck.wording import counted

if TYPE_CHECKING:  # the readers import Markdown and HTML parsers: loaded only when needed
    from claimcheck.documents.document import Document

NO_DRAFTS = f"no drafts found (looked for {SUFFIXES_SAID})"
EXTRACT_HELP = f"""Show every quantitative claim in the drafts under PATHS ({SUFFIXES_SAID}).

PATHS '-' reads one draft from standard input, as lint does."""
LINT_HELP = f"""Check every figure in the drafts under PATHS against the registry of sourced claims.

PATHS are drafts or folders (searched for {SUFFIXES_SAID}); without PATHS, the folder of the
config file is checked (its include and exclude apply). PATHS '-' reads one draft from
standard input, for editors (see --stdin-filename)."""


def _colour_wanted() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _error(message: str) -> None:
    """A ``claimcheck: error:`` line on stderr; a file name or draft text in it is shown,
    never obeyed (control characters as visible stand-ins, see claimcheck.display)."""
    click.echo(inert_text(f"claimcheck: error: {printable(message)}"), err=True)


QUIET = "claimcheck.quiet"
REGISTRY_CACHE = "claimcheck.registry_cache"  # where lint keeps the registry cache (README)


def _note(message: str) -> None:
    """A ``claimcheck: note:`` line on stderr (a skipped file, no registry, a baseline
    written); ``lint --quiet`` leaves them out, as ruff's does its own."""
    context = click.get_current_context(silent=True)
    if context is not None and context.find_root().meta.get(QUIET):
        return
    click.echo(inert_text(f"claimcheck: note: {printable(message)}"), err=True)


EMPTY_REGISTRY_SAID = "claimcheck.empty_registry_said"
REGISTRY_SHOWN = "claimcheck.registry_shown"  # lint's registry folder as its messages name it


def _empty_registry_message(directory: str, consequence: str = "") -> str:
    """What is said of a registry folder whose files hold no claims (empty or comments)."""
    return (
        f"{directory}: the registry holds no claims (its files are empty or only comments)"
        f"{consequence}: add a sourced claim (docs/registry-schema.md; `claimcheck registry "
        "suggest PATHS` drafts them)"
    )


def _warn_empty_registry(directory: str) -> None:
    """A ``claimcheck: warning:`` line, once per run, that lint judges against an empty
    registry, so every figure it reports unsupported (CC102) is explained."""
    context = click.get_current_context(silent=True)
    meta = context.find_root().meta if context is not None else {}
    if meta.get(EMPTY_REGISTRY_SAID):
        return
    meta[EMPTY_REGISTRY_SAID] = True
    message = _empty_registry_message(directory, ", so every figure is unsupported (CC102)")
    click.echo(inert_text(f"claimcheck: warning: {printable(message)}"), err=True)


def read_drafts(paths: Iterable[str]) -> tuple[list[Document], int]:
    """The readable drafts under ``paths``, and how many could not be read (each reported)."""
    from claimcheck.documents.document import DocumentError
    from claimcheck.documents.reader import iter_draft_paths, read_document

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


@main.command(help=EXTRACT_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "extracted"]),
    default="text",
    show_default=True,
    help="text: one path:line:col line per quantity; json: the extraction contract; "
    "extracted: the text one draft is read as (a Word or PDF draft's extracted text, one "
    "line per paragraph), which the offsets of lint and extract index.",
)
@click.option(
    "--stdin-filename",
    "stdin_name",
    metavar="PATH",
    help="With PATHS '-': the path the draft on standard input stands for (its suffix gives "
    "the format; the output names it).",
)
def extract(paths: tuple[str, ...], output_format: str, stdin_name: str | None) -> None:
    """Show every quantitative claim in the drafts under PATHS (the help names the suffixes
    from :data:`claimcheck.draft_formats.SUFFIXES_SAID`, the list the walk uses)."""
    from claimcheck.nlp.pipeline import extract_claims  # spaCy loads only when needed

    if STDIN in paths or stdin_name:
        documents, failures = _read_stdin_draft(paths, stdin_name)
    else:
        documents, failures = read_drafts(paths)
    if not documents:
        if not failures:
            _error(NO_DRAFTS)
        sys.exit(exitcodes.USAGE)
    from claimcheck.report import extraction

    if output_format == "extracted":
        if len(documents) != 1 or failures:
            _error("--format extracted shows one draft: name one file")
            sys.exit(exitcodes.USAGE)
        click.echo(inert_text(clean(extraction.format_extracted([(documents[0], [])]))), nl=False)
        sys.exit(exitcodes.OK)
    results = list(extract_claims(documents))
    formatter = extraction.format_json if output_format == "json" else extraction.format_text
    inert = inert_json if output_format == "json" else inert_text
    click.echo(inert(clean(formatter(results))), nl=False)
    sys.exit(exitcodes.OK)


def _read_stdin_draft(paths, stdin_name) -> tuple[list[Document], int]:
    """The draft on standard input (``extract -``), named by ``--stdin-filename`` or ``-``."""
    from claimcheck.documents.document import DocumentError, SkippedDraft
    from claimcheck.documents.reader import read_document

    _check_stdin_alone(paths)
    label = stdin_name or STDIN
    try:
        return [read_document(label, _stdin_bytes())], 0
    except (DocumentError, SkippedDraft) as error:
        _error(str(error))
        return [], 1


def _stdin_bytes() -> bytes:
    """Standard input, read up to one byte past the draft size limit: ``< /dev/zero`` is a
    draft too large to read (CC400), never a read without end."""
    from claimcheck.runner import MAX_DRAFT_BYTES

    return sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)


def _check_stdin_alone(paths) -> None:
    if tuple(paths) != (STDIN,):
        _error("PATHS '-' (standard input) goes alone, and --stdin-filename needs it")
        sys.exit(exitcodes.USAGE)


def _shown(path: str) -> str:
    """A path from the config as messages and reports show it: relative to the working
    directory, as paths users type usually are. The config keeps its paths absolute (they
    are relative to the config's folder), and "defined in /home/…/claims/x.yaml" is noise in
    a shared report. ``claimcheck:`` presets stay as they are."""
    if path.startswith("claimcheck:") or not os.path.isabs(path):
        return path
    return os.path.relpath(path)


def _registry_configured(error, config) -> str | None:
    """``.claimcheck.yaml:2: registry: 'nope': registry directory not found`` when the
    registry that is missing is the one the config names; None for any other error."""
    from claimcheck.configured import where_configured

    if error.line:
        return None
    if config is None:
        from claimcheck.config import ConfigError, discover

        try:
            config = discover(None)
        except ConfigError:  # a broken config is not what this error is about
            return None
    if config.registry is None:
        return None
    return where_configured(
        config, "registry", (str(config.registry),), error.path, error.message, _shown, True
    )


def _load_registry(directory: str, partial: bool = False, config=None):
    """The registry under ``directory``; every schema error printed as file:line:col, exit 2.
    Its claims name their files by ``directory`` as given. It comes through the registry
    cache, unless lint was told ``--no-cache`` (``--cache-dir`` moves it). With ``partial``
    (``registry check``), a registry with errors is returned as ``(registry of the claims
    that loaded, number of errors)`` after its errors are printed, so those claims are
    checked in the same run (with none loaded, it exits 2); else ``(registry, 0)``. A
    folder the config (``config``, else the one found from here) names is said at its line."""
    from claimcheck.registry.loader import Registry, RegistryLoadError, load_registry

    context = click.get_current_context(silent=True)
    cache = context.find_root().meta.get(REGISTRY_CACHE, True) if context is not None else True
    try:
        loaded = load_registry(directory, cache=cache)
    except RegistryLoadError as failure:
        for error in failure.errors:
            _error(_registry_configured(error, config) or str(error))
        if partial and failure.loaded:
            return Registry.from_claims(failure.loaded), len(failure.errors)
        sys.exit(exitcodes.USAGE)
    return (loaded, 0) if partial else loaded


CONFIG_OPTION = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    help="Config file (pyproject.toml or .claimcheck.yaml) [default: the nearest one above].",
)
REGISTRY_OPTION = click.option(
    "--registry",
    "registry_dir",
    default=None,
    type=click.Path(),
    help="Folder of sourced claims (*.yaml) [default: the config's registry, else claims].",
)


class Score(click.FloatRange):
    """A number from 0 to 100: ``nan`` is none (click's range lets it through, and a nan
    threshold made every comparison false: a CC101 error became a warning and lint passed)."""

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if number != number:  # nan
            self.fail(f"{value!r} is not a number from 0 to 100.", param, ctx)
        return number


THRESHOLD_OPTION = click.option(
    "--threshold",
    type=Score(0, 100),
    default=None,
    help="Match score (0–100) a registry claim needs to count as the claim's source.",
)
RULES_OPTION = click.option(
    "--rules",
    "rule_sources",
    multiple=True,
    metavar="DIR",
    help="Rule folder, file or claimcheck:<preset> (repeatable); replaces the config's rules.",
)
CODE_LIKE = re.compile(r"cc\d*", re.IGNORECASE)
SELECT_OPTION = click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Report only these code prefixes, names or rule ids (comma-separated or repeated); "
    "replaces the config's select.",
)
IGNORE_OPTION = click.option(
    "--ignore",
    multiple=True,
    metavar="CODES",
    help="Leave out these code prefixes, names or rule ids; replaces the config's ignore.",
)
BASELINE_OPTION = click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Report only findings that are not in this baseline file [default: the config's "
    "baseline].",
)
NO_BASELINE_OPTION = click.option(
    "--no-baseline",
    is_flag=True,
    help="Report every finding, ignoring the config's baseline (and --baseline).",
)


def _baseline_in_force(config, baseline: str | None, no_baseline: bool) -> str | None:
    """The baseline file a run applies: --no-baseline wins, then --baseline, then the
    config's; lint and report share this so their pages count the same findings."""
    if no_baseline:
        return None
    if baseline is None and config.baseline is not None:
        return os.path.relpath(config.baseline)
    return baseline


FAIL_LEVEL_OPTION = click.option(
    "--fail-level",
    type=click.Choice(["error", "warning", "info"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding at or above this severity is reported.",
)


FINDINGS_FORMATS = ("text", "json", "sarif", "github")  # report.<module>.format_findings
EXECUTOR_NAMES = ("local", "dask")  # config.EXECUTORS (the config module loads on use)
RESULT_FORMATS = ("html", "markdown")  # report.<module>.format_result: they show whole drafts
REPORT_MODULES = {"json": "json_report"}
STATISTICS_FORMATS = ("text", "json")


@main.command(help=LINT_HELP)
@click.argument("paths", nargs=-1, type=click.Path())
@CONFIG_OPTION
@REGISTRY_OPTION
@THRESHOLD_OPTION
@click.option(
    "--fail-level",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Exit 1 when a finding at or above this severity is reported "
    "[default: the config's fail-level, else warning].",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice([*FINDINGS_FORMATS, *RESULT_FORMATS]),
    default="text",
    show_default=True,
    help="text for people, json for tools, sarif for code scanning, github for annotations.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the report to FILE (replaced atomically) instead of standard output.",
)
@BASELINE_OPTION
@NO_BASELINE_OPTION
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record today's findings in FILE as the baseline, and exit 0.",
)
@click.option(
    "--review-record",
    type=click.Path(dir_okay=False),
    help="A review record exported from the report: the findings it accepts are reported as "
    "accepted (a note each) and do not fail the run.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes for the drafts to analyse (0: one per CPU).",
)
@click.option(
    "--executor",
    type=click.Choice(EXECUTOR_NAMES),
    default=None,
    help="Where the drafts are analysed: local (this machine, --jobs processes) or dask (the "
    "Dask cluster at --scheduler) [default: the config's executor, else local].",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    help="With --executor dask: the Dask scheduler, e.g. tcp://10.0.0.5:8786 [default: the "
    "config's scheduler].",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr [default: when more than 5 drafts are analysed, "
    "stderr is a terminal and CI is not set].",
)
@click.option(
    "--no-cache", is_flag=True, help="Analyse every draft; neither read nor write the cache."
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="CLAIMCHECK_CACHE_DIR",
    show_envvar=True,
    help="Folder of the results cache [default: the user's cache folder, "
    "e.g. ~/.cache/claimcheck].",
)
@RULES_OPTION
@SELECT_OPTION
@IGNORE_OPTION
@click.option(
    "--show-source",
    is_flag=True,
    help="text format: show each finding's words in their line, underlined.",
)
@click.option(
    "--stdin-filename",
    "stdin_name",
    metavar="PATH",
    help="With PATHS '-': the path the draft on standard input stands for (its suffix gives "
    "the format; findings, config exclude and per-path settings use it).",
)
@click.option(
    "--exit-zero",
    is_flag=True,
    help="Exit 0 even when findings reach the fail level (2 still means a usage error).",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Print the findings only: no summary line, no notes on stderr.",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Print how many findings each code has (text or json), instead of the findings.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Apply the safe fixes to the drafts (each written atomically), then report what "
    "remains. With PATHS '-', print the fixed draft instead.",
)
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff, apply the unsafe fixes too (e.g. a conflicting figure "
    "replaced by the source's).",
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print the fixes as a unified diff and write nothing; exit 1 when there is "
    "something to fix.",
)
def lint(
    paths: tuple[str, ...],
    config_file: str | None,
    registry_dir: str | None,
    threshold: float | None,
    fail_level: str | None,
    output_format: str,
    output: str | None,
    baseline: str | None,
    no_baseline: bool,
    write_baseline: str | None,
    review_record: str | None,
    jobs: int,
    executor: str | None,
    scheduler: str | None,
    progress: bool | None,
    no_cache: bool,
    cache_dir: str | None,
    rule_sources: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    show_source: bool,
    stdin_name: str | None,
    exit_zero: bool,
    quiet: bool,
    statistics: bool,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
) -> None:
    """Check every figure in the drafts under PATHS against the registry (the help, from
    :data:`LINT_HELP`, names the suffixes from the list the folder walk uses)."""
    from claimcheck import runner
    from claimcheck.baseline import BaselineError, dump_baseline, load_baseline, new_findings
    from claimcheck.output import write_atomic
    from claimcheck.selection import Selector

    if quiet:
        click.get_current_context().find_root().meta[QUIET] = True
    if statistics and output_format not in STATISTICS_FORMATS:
        _error(f"--statistics prints text or json, not {output_format}")
        sys.exit(exitcodes.USAGE)
    config, root, drafts, registry_path, engine, missing = _setup(
        paths, config_file, registry_dir, rule_sources, threshold, (select, ignore), stdin_name
    )
    # the registry cache, as the results cache: off with --no-cache and for a buffer on
    # standard input (nothing is written for an unsaved buffer), moved by --cache-dir
    click.get_current_context().find_root().meta[REGISTRY_CACHE] = (
        False if no_cache or engine.contents else cache_dir or True
    )
    baseline = _baseline_in_force(config, baseline, no_baseline)
    fixed_count: int | None = None
    fixed_stdin: str | bytes | None = None
    if fix and not diff and missing:
        # a run that ends as a usage error (a named path is missing) changes no draft, as it
        # writes no baseline: the user fixes the command and runs it again
        _note("no draft fixed: a path given does not exist (see the error above)")
    elif fix or diff:
        cache = None
        if not no_cache and not engine.contents:
            cache = _results_cache(engine, registry_path, config, cache_dir)
        fixed_count, fixed_stdin = _fix_drafts(
            engine,
            config,
            drafts,
            cache,
            runner.default_jobs(jobs),
            (None, root, None) if write_baseline else (baseline, root, review_record),
            unsafe_fixes,
            diff,
        )
    trailer = (fixed_count, fixed_stdin, quiet, output_format == "text")
    if output_format in RESULT_FORMATS:  # formats that show drafts need the whole result
        _lint_result_format(
            engine.prepare(),
            config,
            drafts,
            output_format,
            output,
            fail_level or config.fail_level,
            missing,
            (baseline, root),
            exit_zero,
            review_record,
            trailer,
        )

    cache = None
    if engine.contents:  # a draft from standard input is neither cached nor sent to workers
        no_cache, jobs = True, 1
    if not no_cache:
        cache = _results_cache(engine, registry_path, config, cache_dir)
    else:
        engine.prepare()  # registry and rule errors are reported even with nothing to check
    from claimcheck.progress import progress_factory

    executor = executor or config.executor
    if engine.contents:
        executor = runner.LOCAL
    try:
        result = runner.run(
            drafts,
            engine,
            cache=cache,
            jobs=runner.default_jobs(jobs),
            unlisted=engine.unlisted,
            executor=executor,
            scheduler=scheduler or config.scheduler,
            progress=progress_factory(progress, quiet),
        )
    except runner.ExecutorError as error:
        _error(str(error))
        sys.exit(exitcodes.USAGE)
    for message in result.empty:
        _note(message)
    findings = Selector(config).apply(result.findings)
    # a PATH that does not exist, or drafts of which none could be read (each is reported;
    # without drafts, all were excluded; an empty draft is fine, with nothing to check): the
    # findings are still shown, but the run is a usage error
    unreadable = len(drafts) - result.drafts_checked - len(result.empty)
    unusable = bool(missing) or (not result.drafts_checked and unreadable > 0)

    if write_baseline and not unusable:
        _write(write_baseline, dump_baseline(findings, root), write_atomic)
        _note(f"wrote {counted(len(findings), 'finding')} to {write_baseline}")
    elif baseline:
        try:
            findings = new_findings(findings, load_baseline(baseline), root)
        except BaselineError as error:
            _error(str(error))
            sys.exit(exitcodes.USAGE)
    if review_record and not write_baseline:
        findings = _unaccepted(findings, review_record, root)

    level = None if write_baseline or exit_zero else (fail_level or config.fail_level)
    if statistics:
        from claimcheck.report import statistics as counts

        formatter = counts.format_json if output_format == "json" else counts.format_text
        report_text = formatter(findings, result.drafts_checked, summary=not quiet)
        _emit_and_exit(
            report_text, output, findings, level, unusable, trailer, _kind(output_format)
        )
    reporter = importlib.import_module(
        f"claimcheck.report.{REPORT_MODULES.get(output_format, output_format)}"
    )
    extra: dict = {"root": root} if output_format == "sarif" else {}  # SARIF URIs: root-relative
    if output_format == "text" and not output:
        extra["color"] = _colour_wanted()
    if output_format == "text" and show_source:
        extra["source_line"] = _source_lines(engine.contents)
    if output_format == "text" and quiet:
        extra["summary"] = False
    if output_format == "text" and fixed_count is None:
        from claimcheck.report.text import fixable_note

        hint = fixable_note(findings)
        if hint:
            _note(hint)  # stderr, as every note: the report's last line stays its summary
    report_text = reporter.format_findings(findings, result.drafts_checked, **extra)
    _emit_and_exit(report_text, output, findings, level, unusable, trailer, _kind(output_format))


def _kind(output_format: str) -> str:
    """What a format's output is, for keeping workflow commands out of it: json, text, or
    github (its own commands are meant, and it escapes every field of them itself)."""
    if output_format == "github":
        return "github"
    return "json" if output_format in ("json", "sarif") else "text"


def _source_lines(contents: dict[str, bytes]):
    """``source_line(path, n)``: line n of a draft as the findings count it (decoded as UTF-8,
    CRLF kept as one break), each draft read once; None when it cannot be read."""
    from functools import lru_cache

    from claimcheck.documents.document import DocumentError, is_editable
    from claimcheck.files import read_regular
    from claimcheck.runner import MAX_DRAFT_BYTES

    @lru_cache(maxsize=64)
    def lines_of(path: str) -> list[str] | None:
        if not is_editable(path):  # a Word or PDF draft: lines of the text extracted from it
            from claimcheck.documents.reader import read_document

            try:
                return read_document(path, contents.get(path)).raw.split("\n")
            except DocumentError:
                return None
        try:
            data = contents[path] if path in contents else read_regular(path, MAX_DRAFT_BYTES)
        except OSError:  # a draft swapped for a FIFO since it was read: no excerpt
            return None
        return data.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines()

    def source_line(path: str, number: int) -> str | None:
        lines = lines_of(path)
        return lines[number - 1] if lines is not None and 0 < number <= len(lines) else None

    return source_line


def _fix_drafts(engine, config, drafts, cache, jobs, reporting, unsafe, diff):
    """``--fix`` and ``--diff``: lint, apply the wanted fixes of the findings the run would
    report (selection, baseline and review record applied: a finding the baseline knows or
    a reviewer accepted is not touched), and either print the diff and exit (1 when there
    is something to fix) or write each fixed draft (standard input's is returned instead).
    Returns (the number of findings fixed, the fixed draft from standard input or None)."""
    from claimcheck import runner
    from claimcheck.documents.document import DocumentError
    from claimcheck.documents.reader import decode_draft
    from claimcheck.files import read_regular
    from claimcheck.fixes.apply import wanted
    from claimcheck.fixes.drafts import (
        DraftChanged,
        fix_drafts,
        refusal,
        replace_draft,
        unified_diff,
    )

    reported = _silent_reporting(config, *reporting)
    result = runner.run(drafts, engine, cache=cache, jobs=jobs, unlisted=())
    findings = reported(result.findings)
    # a Word or PDF draft is named only when it has something to fix by hand: a folder of
    # clean PDFs, or one that could not be read (its CC400 says why), is no refusal
    with_findings = {f.path for f in findings if f.code != "CC400"}
    refused = {path: refusal(path) for path in drafts if refusal(path)}
    for path, reason in refused.items():
        if path in with_findings:
            _error(reason)
    texts, originals = {}, {}
    for path in sorted({f.path for f in findings if wanted(f, unsafe)} - set(refused)):
        try:
            data = engine.contents.get(path) or read_regular(path, runner.MAX_DRAFT_BYTES)
            texts[path], originals[path] = decode_draft(data, path), data
        except (OSError, DocumentError):
            continue  # its CC400 finding says why

    def relint(changed):
        saved = dict(engine.contents)
        engine.contents.update({path: text.encode("utf-8") for path, text in changed.items()})
        try:
            outcome = dict(engine.lint_paths(list(changed)))
        finally:
            engine.contents.clear()
            engine.contents.update(saved)
        return {p: reported(f) for p, f in outcome.items() if not isinstance(f, str)}

    fixes = fix_drafts(findings, texts, relint, unsafe)
    changed = [fixes[path] for path in sorted(fixes) if fixes[path].changed]
    count = sum(len(f.fixed) for f in changed)
    if diff:
        click.echo(clean("".join(unified_diff(f) for f in changed)), nl=False)
        if not _quiet():
            hidden = 0 if unsafe else sum(1 for f in findings if f.fix and not wanted(f, False))
            more = f" ({hidden} more with --unsafe-fixes)" if hidden else ""
            click.echo(f"Would fix {counted(count, 'finding')}{more}.", err=True)
        sys.exit(exitcodes.FINDINGS if changed else exitcodes.OK)
    fixed_stdin = None
    for draft in changed:
        if draft.path in engine.contents:
            engine.contents[draft.path] = draft.after.encode("utf-8")
            fixed_stdin = draft.after
            continue
        try:
            replace_draft(draft.path, originals[draft.path], draft.after)
        except DraftChanged as error:
            _error(str(error))
            count -= len(draft.fixed)
        except OSError as error:
            _error(f"{draft.path}: cannot write the fixed draft: {error.strerror or error}")
            count -= len(draft.fixed)
    if fixed_stdin is None:  # nothing fixed in it: the draft from standard input as it came
        came = next(iter(engine.contents.values()), None)
        context = click.get_current_context()
        came = came if came is not None else context.find_root().meta.get(STDIN_EXCLUDED)
        fixed_stdin = came  # byte for byte: a Word or PDF file too, never decoded
    return count, fixed_stdin


def _quiet() -> bool:
    context = click.get_current_context(silent=True)
    return bool(context is not None and context.find_root().meta.get(QUIET))


def _silent_reporting(config, baseline, root, review_record):
    """The filter a run applies before it reports (selection, the baseline, the review
    record), without the notes it prints: --fix fixes only what the run would report."""
    from collections import Counter

    from claimcheck.baseline import BaselineError, load_baseline, new_findings
    from claimcheck.report.review import ReviewRecordError, accepted_decisions, split_accepted
    from claimcheck.selection import Selector

    selector = Selector(config)
    try:
        known = load_baseline(baseline) if baseline else None
        decisions = accepted_decisions(review_record) if review_record else None
    except (BaselineError, ReviewRecordError) as error:
        _error(str(error))
        sys.exit(exitcodes.USAGE)

    def reported(findings):
        findings = selector.apply(findings)
        if known is not None:
            findings = new_findings(findings, known, root)
        if decisions is not None:
            counts = Counter(d.fingerprint for d in decisions)
            findings = split_accepted(findings, counts, root)[0]
        return findings

    return reported


def _emit_and_exit(
    text, output, findings, fail_level, unusable, trailer=(None, None, False, False), kind="text"
) -> None:
    """Print the report or write it to ``output``, then exit as lint does: 2 for a usage
    problem, else 1 when a finding is at or above ``fail_level`` (None: never), else 0.

    ``trailer`` is what ``--fix`` adds: (how many findings it fixed or None, the fixed draft
    from standard input or None, quiet, whether the report is text). The fixed draft goes
    to standard output and the report to standard error, as ruff does; the "Fixed N
    findings (M remaining)" line ends a text report on standard output, and goes to
    standard error otherwise. ``kind`` (text, json, github or html) says how the report is
    kept from issuing GitHub workflow commands when a CI step prints it (the github format
    escapes its own commands, the HTML page itself)."""
    from claimcheck.codes import severity_at_least
    from claimcheck.output import write_atomic

    fixed, fixed_stdin, quiet, text_report = trailer
    text = clean(text)  # a file name that is not UTF-8 is shown with U+FFFD, in every format
    to_stderr = fixed_stdin is not None
    if fixed_stdin is not None:
        click.echo(fixed_stdin, nl=False)
    text = {"text": inert_text, "json": inert_json}.get(kind, str)(text)
    if output:
        _write(output, text, write_atomic)
    else:
        click.echo(text, nl=False, err=to_stderr)
    if fixed is not None and not quiet:
        line = f"Fixed {counted(fixed, 'finding')} ({len(findings)} remaining)."
        click.echo(line, err=not (text_report and not output and not to_stderr))
    if unusable:
        sys.exit(exitcodes.USAGE)
    failing = fail_level is not None and any(
        severity_at_least(f.severity, fail_level) for f in findings
    )
    sys.exit(exitcodes.FINDINGS if failing else exitcodes.OK)


def _with_selection(config, select: tuple[str, ...], ignore: tuple[str, ...]):
    """The config with ``--select``/``--ignore`` (each comma-separated or repeated) in place
    of its own; a code prefix that matches no code is a usage error."""
    from claimcheck.config import matches_no_code

    chosen = {}
    for option, given in (("select", select), ("ignore", ignore)):
        if not given:
            continue
        words = [w.strip() for item in given for w in item.split(",") if w.strip()]
        words = [w.upper() if CODE_LIKE.fullmatch(w) else w for w in words]  # cc1 is CC1
        unknown = [w for w in words if matches_no_code(w)]
        if unknown:
            _error(f"--{option}: {unknown[0]!r} matches no claimcheck code")
            sys.exit(exitcodes.USAGE)
        chosen[option] = tuple(words)
    return dataclasses.replace(config, **chosen) if chosen else config


def _setup(
    paths, config_file, registry_dir, rule_sources, threshold, selection=((), ()), stdin_name=None
):
    """What lint and report share: the config (``--rules`` replacing its rule sources, and
    ``--select``/``--ignore`` its selection, as flake8's do), the project root, the drafts to
    check, the registry's folder, an engine that loads the registry and rules on first need,
    and the PATHS that do not exist (each printed). A problem that leaves nothing to check is
    printed and exits 2."""
    from datetime import date
    from pathlib import Path

    from claimcheck import runner

    config = _discover_config(config_file)
    # the config's paths are absolute (the cache keys on them); files are named as _shown
    rules_shown = rule_sources or tuple(_shown(source) for source in config.rules)
    if rule_sources:  # --rules replaces the config's rule sources
        config = dataclasses.replace(config, rules=rule_sources)
    config = _with_selection(config, *selection)
    root = config.root if config.path else Path.cwd()
    if not paths:
        if config.path is None:
            _error("no PATHS given and no config file found (run `claimcheck init`)")
            sys.exit(exitcodes.USAGE)
        paths = (os.path.relpath(config.root),)
    registry_path: Path | None = (
        Path(registry_dir) if registry_dir else (config.registry or Path("claims"))
    )
    if not registry_dir and config.registry is None and not registry_path.exists():
        # nothing named a registry and there is no claims/ here: a page checked outside a
        # project still gets the wording rules; its figures are not judged (said once)
        _note(NO_REGISTRY)
        registry_path = None
    contents: dict[str, bytes] = {}
    unlisted: list[tuple[str, str]] = []
    reading_stdin = STDIN in paths or bool(stdin_name)
    if reading_stdin:
        drafts, contents = _stdin_draft(paths, stdin_name, config)
        missing = []
    else:
        collected = runner.collect_drafts(paths, config)
        drafts, missing, unlisted = collected.drafts, collected.errors, collected.unlisted
        for message in collected.skipped:
            _note(message)
    for message in missing:
        _error(message)
    if not drafts and unlisted:  # nothing to check but folders that could not be listed
        for folder, reason in unlisted:
            _error(f"{folder}: {reason}")
        sys.exit(exitcodes.USAGE)
    if not drafts and not reading_stdin and (missing or not any(Path(p).is_file() for p in paths)):
        if not missing:
            _error(NO_DRAFTS)
        sys.exit(exitcodes.USAGE)
    threshold = threshold if threshold is not None else config.threshold

    registry_shown = (
        None
        if registry_path is None
        else str(registry_path)
        if registry_dir
        else _shown(str(registry_path))
    )

    click.get_current_context().find_root().meta[REGISTRY_SHOWN] = registry_shown

    def load_engine_data():
        registry = None
        if registry_shown is not None:
            registry = _load_registry(registry_shown, config=config)
            if not registry.claims:
                _warn_empty_registry(registry_shown)
        return registry, _load_rules(rules_shown, None if rule_sources else config)

    engine = runner.Engine(
        threshold=threshold,
        today=date.today(),
        loader=load_engine_data,
        contents=contents,
        unlisted=unlisted,
    )
    return config, root, drafts, registry_path, engine, missing


STDIN = "-"
STDIN_EXCLUDED = "claimcheck.stdin_excluded"
NO_REGISTRY = (
    "no registry found (no --registry, no registry in a config, no claims/ folder here): "
    "figures are not checked against sourced claims; the rules still run"
)


def _stdin_draft(paths, stdin_name, config) -> tuple[list[str], dict[str, bytes]]:
    """The draft on standard input, named by ``--stdin-filename`` (or ``-``); none when the
    config excludes that name, so an editor shows nothing for an excluded file."""
    from claimcheck.selection import skip_reason

    _check_stdin_alone(paths)
    label = stdin_name or STDIN
    data = _stdin_bytes()
    reason = skip_reason(stdin_name, config) if stdin_name else None
    if reason:
        _note(f"{stdin_name}: not checked, {reason}")
        # kept for --fix, which prints the draft it was given even when it checks nothing
        click.get_current_context().find_root().meta[STDIN_EXCLUDED] = data
        return [], {}
    return [label], {label: data}


def _results_cache(engine, registry_path, config, cache_dir):
    """The cache for this registry, rules and settings, in ``cache_dir`` (default: the
    user's cache folder). Which registry claims are past their review date (CC104) is part
    of the key; the review dates are kept in the cache too, so a run where every draft hits
    the cache never parses the registry. A registry or rules file that cannot be read (a
    FIFO, a symlink loop) is reported by loading them, as without the cache."""
    from pathlib import Path

    from claimcheck import cache as results_cache
    from claimcheck.files import FileProblem

    folder = Path(cache_dir) if cache_dir else results_cache.default_folder()
    cache = results_cache.Cache(folder, "", results_cache.load_key())
    try:
        if registry_path is None:  # no registry: figures are not judged
            registry_hash, dates = "no registry", {}
        else:
            registry_hash = results_cache.tree_hash(registry_path)
            dates = cache.review_dates(registry_hash)
        if dates is None:
            engine.prepare()
            dates = {
                claim.id: claim.review_by.isoformat() if claim.review_by else None
                for claim in engine.registry.claims
            }
            cache.put_review_dates(registry_hash, dates)
        elif not dates and registry_path is not None:  # a registry of no claims, not loaded
            meta = click.get_current_context().find_root().meta
            _warn_empty_registry(meta.get(REGISTRY_SHOWN) or _shown(str(registry_path)))
        today = engine.today.isoformat()
        expired = [claim_id for claim_id, review in dates.items() if review and review < today]
        settings = {
            **config.engine_settings(),
            "threshold": engine.threshold,
            "registry": str(registry_path),  # findings name its files as given
        }
        cache.context = results_cache.context_hash(registry_hash, config.rules, settings, expired)
    except FileProblem:
        engine.prepare()  # the loaders name the file and exit 2
        return None
    return cache


def _write(path: str, text: str, write_atomic) -> None:
    try:
        write_atomic(path, text)
    except OSError as error:
        _error(f"{path}: cannot write: {error.strerror or error}")
        sys.exit(exitcodes.USAGE)


def _load_rules(sources, config=None):
    """The rule set from the given sources; every error in them printed, exit 2. A source
    the ``config`` lists that is missing is named with the config's file and line, where
    the user wrote it."""
    from claimcheck.rules import RuleLoadError, load_rules

    try:
        return load_rules(list(sources))
    except RuleLoadError as failure:
        for error in failure.errors:
            _error(_where_configured(error, config) or str(error))
        sys.exit(exitcodes.USAGE)


def _where_configured(error, config) -> str | None:
    """``.claimcheck.yaml:3: rules: 'rules' is no rules folder or file (…)`` for an error
    about a source the config lists; None for any other."""
    from claimcheck.configured import where_configured

    if error.line:
        return None
    return where_configured(
        config, "rules", config.rules if config else (), error.path, error.message, _shown
    )


def _whole_result(engine, config, drafts):
    """Every draft's claims, verdicts and findings, the config's selection and severity
    overrides applied as in plain lint (no cache: these reports show whole drafts)."""
    from claimcheck.lint import LintResult
    from claimcheck.lint import lint as run_lint
    from claimcheck.runner import unlisted_finding
    from claimcheck.selection import Selector
    from claimcheck.verify.matching import DEFAULT_THRESHOLD

    documents, unreadable = _read_for_report(drafts, engine.contents)
    if not documents and unreadable:  # nothing could be read (an empty draft is fine)
        sys.exit(exitcodes.USAGE)
    unreadable.extend(unlisted_finding(folder, reason) for folder, reason in engine.unlisted)
    threshold = DEFAULT_THRESHOLD if engine.threshold is None else engine.threshold
    result = run_lint(
        documents, engine.registry, threshold=threshold, today=engine.today, rules=engine.rules
    )
    selector = Selector(config)
    return LintResult(
        [
            dataclasses.replace(document, findings=selector.apply(document.findings))
            for document in result.documents
        ],
        result.registry,
        selector.apply(unreadable),
    )


def _read_for_report(drafts: list[str], contents: dict[str, bytes]):
    """The drafts that could be read, and a CC400 finding for each that could not; an empty
    draft gets a note. With nothing readable, every reason is printed as an error."""
    from claimcheck.runner import read_for_lint

    documents, outcome = read_for_lint(drafts, contents)
    unreadable = []
    for path in drafts:
        if isinstance(outcome.get(path), str):
            _note(outcome[path])
        elif path in outcome:
            unreadable.extend(outcome[path])
    if not documents:
        for finding in unreadable:
            _error(f"{finding.path}: {finding.message}")
    return documents, unreadable


def _lint_result_format(
    engine,
    config,
    drafts,
    output_format,
    output,
    fail_level,
    missing,
    baseline=(None, None),
    exit_zero=False,
    review_record=None,
    trailer=(None, None, False, False),
) -> None:
    """``--format html|markdown``: the reporters that show whole drafts; exit codes as lint,
    the baseline and review record applied as in the other formats (only new, unaccepted
    findings are shown and fail)."""
    result = _whole_result(engine, config, drafts)
    if baseline[0]:
        result = _new_in_result(result, *baseline)
    if review_record:
        kept = {id(f) for f in _unaccepted(result.findings, review_record, baseline[1])}
        result = _only(result, kept)
    page = importlib.import_module(f"claimcheck.report.{output_format}")
    extra = {"root": baseline[1]} if output_format == "html" else {}  # finding keys, as a baseline
    text = page.format_result(result, fail_level=fail_level, **extra)
    level = None if exit_zero else fail_level
    kind = "html" if output_format == "html" else "text"
    _emit_and_exit(text, output, result.findings, level, missing, trailer, kind)


def _new_in_result(result, baseline: str, root):
    """The result with only the findings the baseline does not account for."""
    from claimcheck.baseline import BaselineError, load_baseline, new_findings

    try:
        known = load_baseline(baseline)
    except BaselineError as error:
        _error(str(error))
        sys.exit(exitcodes.USAGE)
    return _only(result, {id(f) for f in new_findings(result.findings, known, root)})


def _only(result, kept: set[int]):
    """The result with only the findings whose ``id()`` is in ``kept``."""
    from claimcheck.lint import LintResult

    return LintResult(
        [
            dataclasses.replace(doc, findings=[f for f in doc.findings if id(f) in kept])
            for doc in result.documents
        ],
        result.registry,
        [f for f in result.unreadable if id(f) in kept],
    )


def _unaccepted(findings, review_record: str, root):
    """The findings a review record does not accept; each accepted one gets a note saying who
    accepted it and why. A record that cannot be read is a usage error (exit 2)."""
    from collections import Counter

    from claimcheck.baseline import fingerprint
    from claimcheck.report.review import ReviewRecordError, accepted_decisions, split_accepted

    try:
        decisions = accepted_decisions(review_record)
    except ReviewRecordError as error:
        _error(str(error))
        sys.exit(exitcodes.USAGE)
    by_fingerprint = {d.fingerprint: d for d in decisions}
    counts = Counter(d.fingerprint for d in decisions)
    kept, accepted = split_accepted(findings, counts, root)
    for finding in accepted:
        decision = by_fingerprint[fingerprint(finding, root)]
        who = f" by {decision.reviewer}" if decision.reviewer else ""
        why = f": {' '.join(decision.note.split())}" if decision.note.strip() else ""
        _note(
            f"{finding.path}:{finding.line}:{finding.col}: {finding.code} accepted in "
            f"{review_record}{who}{why}"
        )
    return kept


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@CONFIG_OPTION
@REGISTRY_OPTION
@THRESHOLD_OPTION
@RULES_OPTION
@SELECT_OPTION
@IGNORE_OPTION
@click.option(
    "-o",
    "--output",
    default="claimcheck-report.html",
    show_default=True,
    type=click.Path(dir_okay=False, writable=True),
    help="The HTML file to write (replaced atomically).",
)
@BASELINE_OPTION
@NO_BASELINE_OPTION
def report(
    paths: tuple[str, ...],
    config_file: str | None,
    registry_dir: str | None,
    threshold: float | None,
    rule_sources: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    output: str,
    baseline: str | None,
    no_baseline: bool,
) -> None:
    """Write the editors' report for the drafts under PATHS: one HTML page that works offline.

    It reads the config as lint does (registry, rules, threshold, selection, baseline);
    without PATHS, the folder of the config file is reported (its include and exclude
    apply)."""
    from claimcheck.output import write_atomic
    from claimcheck.report import html

    config, root, drafts, _registry_path, engine, _missing = _setup(
        paths, config_file, registry_dir, rule_sources, threshold, (select, ignore)
    )
    baseline = _baseline_in_force(config, baseline, no_baseline)
    result = _whole_result(engine.prepare(), config, drafts)
    if baseline:
        result = _new_in_result(result, baseline, root)
    try:
        write_atomic(output, html.render(result, root=root))
    except OSError as error:
        _error(f"{output}: cannot write the report: {error.strerror or error}")
        sys.exit(exitcodes.USAGE)
    drafts_shown, findings = len(result.documents), result.findings
    click.echo(f"{output}: {counted(drafts_shown, 'draft')}, {counted(len(findings), 'finding')}")
    sys.exit(exitcodes.OK)


def _configured_rules(config_file: str | None, rule_sources: tuple[str, ...]):
    """The rules of --rules, else of the config (default: claimcheck:default), and the
    severity the config gives a (code, default, rule id), with the words that say where
    it was set; exit 2 on error."""
    from claimcheck.selection import configured_severity

    config = _discover_config(config_file)
    loaded = _load_rules(
        rule_sources or tuple(_shown(source) for source in config.rules),
        None if rule_sources else config,
    )

    def severity(code: str, default: str, rule: str | None) -> str:
        return configured_severity(config, code, default, rule)

    where = _shown(str(config.path)) if config.path else "the defaults"
    return loaded, severity, where


@main.group()
def rules() -> None:
    """Show the rules (disclaimers, risky wording, qualifiers, relative figures) in use."""


@rules.command("list")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file.")
@RULES_OPTION
def rules_list(config_file: str | None, rule_sources: tuple[str, ...]) -> None:
    """One line per rule: code, id, kind, severity, message."""
    from claimcheck.rules.explain import format_list

    loaded, severity, _where = _configured_rules(config_file, rule_sources)
    click.echo(format_list(loaded, severity), nl=False)
    sys.exit(exitcodes.OK)


@rules.command("explain")
@click.argument("rule_id")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file.")
@RULES_OPTION
def rules_explain(rule_id: str, config_file: str | None, rule_sources: tuple[str, ...]) -> None:
    """What the rule RULE_ID (an id or a code) checks, why, and examples; for a finding code
    that no rule defines (CC101 conflict, CC400 unreadable...), what it means and the fix."""
    from claimcheck.rules.explain import find_code, format_code, format_explain

    loaded, severity, where = _configured_rules(config_file, rule_sources)
    rule = loaded.get(rule_id) or loaded.get(rule_id.upper())
    if rule is not None:
        click.echo(format_explain(rule, severity, where), nl=False)
        sys.exit(exitcodes.OK)
    code = find_code(rule_id)
    if code is None:
        _error(f"no rule or code '{rule_id}' (`claimcheck rules list` shows the rules)")
        sys.exit(exitcodes.USAGE)
    click.echo(format_code(code, severity, where), nl=False)
    sys.exit(exitcodes.OK)


@main.group("config")
def config_group() -> None:
    """Show the configuration in force."""


@config_group.command("show")
@click.argument("path", required=False, type=click.Path())
@CONFIG_OPTION
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for tools.",
)
def config_show(path: str | None, config_file: str | None, output_format: str) -> None:
    """The settings lint runs with here: the config file found, every key's value, and,
    for a draft at PATH, whether it is checked and each code's severity there."""
    from claimcheck import settings
    from claimcheck.verify.matching import DEFAULT_THRESHOLD

    config = _discover_config(config_file)
    rules = _load_rules(tuple(_shown(source) for source in config.rules), config)
    data = settings.settings(config, rules, _shown, DEFAULT_THRESHOLD, path)
    formatter = settings.format_json if output_format == "json" else settings.format_text
    click.echo(formatter(data), nl=False)
    sys.exit(exitcodes.OK)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
def init(directory: str) -> None:
    """Start a project in DIRECTORY: claims/, rules/, .claimcheck.yaml and a pre-commit hook.

    Refuses (exit 2) when any of them exists already; nothing is overwritten.
    """
    from pathlib import Path

    from claimcheck.scaffold import scaffold

    try:
        written, snippet = scaffold(Path(directory))
    except FileExistsError as error:
        _error(f"not overwriting what exists: {error}")
        sys.exit(exitcodes.USAGE)
    for path in written:
        click.echo(f"created {path}")
    if snippet:
        click.echo("add this to your .pre-commit-config.yaml:\n" + snippet, nl=False)
    sys.exit(exitcodes.OK)


LSP_EXTRA = "pip install 'claimcheck-health[lsp]'"


@main.command()
@click.option(
    "--stdio", is_flag=True, help="Talk over standard input and output (the only transport)."
)
def lsp(stdio: bool) -> None:
    """Run the language server for editors (LSP over standard input and output).

    The editor starts it and sends it the open Markdown, HTML and text buffers: findings
    appear as diagnostics while you type, hovering a figure shows its verdict and source,
    and quick fixes write the registry's figure. Config, registry and rules are found as
    lint finds them, from each buffer's folder. Needs the lsp extra (pygls).
    """
    try:
        from claimcheck.lsp.server import serve
    except ImportError as error:
        if error.name not in ("pygls", "lsprotocol") and not str(error.name).startswith(
            ("pygls.", "lsprotocol.")
        ):
            raise
        _error(f"claimcheck lsp needs pygls, which is not installed: {LSP_EXTRA}")
        sys.exit(exitcodes.USAGE)
    serve()
    sys.exit(exitcodes.OK)


def _configured_registry(given: str | None) -> str:
    """The registry folder: the one named, else the config's (found as lint finds it),
    else ``claims``."""
    if given:
        return given
    config = _discover_config(None)
    return os.path.relpath(config.registry) if config.registry else "claims"


def _discover_config(config_file: str | None):
    """The config named by ``--config``, else the nearest one, else the defaults; a broken
    one prints each problem with its file and line and exits 2."""
    from claimcheck.config import ConfigError, discover

    try:
        return discover(config_file)
    except ConfigError as error:
        # a config found by walking up is named relative to here, as the user would type it
        for path, line, message in error.problems:
            _error(f"{_shown(path)}:{line}: {message}" if line else f"{_shown(path)}: {message}")
        sys.exit(exitcodes.USAGE)


@main.group()
def registry() -> None:
    """Check the registry of sourced claims, or draft new entries for it."""


@registry.command("check")
@click.argument("directory", required=False, type=click.Path())
@click.option(
    "-v", "--verbose", is_flag=True, help="Also list each quote found in its source file."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes for the claims' evidence (0: one per CPU).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read every claim's figures; neither read nor write the evidence or registry cache.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    envvar="CLAIMCHECK_CACHE_DIR",
    show_envvar=True,
    help="Folder of the evidence and registry cache [default: the user's cache folder, "
    "e.g. ~/.cache/claimcheck].",
)
def registry_check(
    directory: str | None, verbose: bool, jobs: int, no_cache: bool, cache_dir: str | None
) -> None:
    """Validate DIRECTORY's claims (default: the config's registry, else claims): each value
    against its statement, quotes and source files (errors, exit 1); warn about
    near-duplicates, stale, retired, draft and unquoted entries. Each claim's figure problems
    are cached, so a later check reads only the claims that changed."""
    from datetime import date

    from claimcheck import runner
    from claimcheck.registry.check import check_registry
    from claimcheck.registry.evidence_cache import open_cache

    # both caches, as lint's: off with --no-cache, moved by --cache-dir
    choice = False if no_cache else cache_dir or True
    click.get_current_context().find_root().meta[REGISTRY_CACHE] = choice
    directory = _configured_registry(directory)
    # a registry with errors is still checked, its valid claims: every error in one run
    loaded, load_errors = _load_registry(directory, partial=True)
    if not loaded.claims and not load_errors:
        # as a folder with no registry files: a registry of nothing checks nothing
        _error(_empty_registry_message(directory))
        sys.exit(exitcodes.USAGE)
    checked = check_registry(
        loaded,
        date.today(),
        jobs=runner.default_jobs(jobs),
        cache=open_cache(directory, choice),
    )
    for problem in checked.problems:
        click.echo(str(problem))
    if verbose:
        for quote in checked.found:
            click.echo(str(quote))
    found = (
        f", {counted(len(checked.found), 'quote')} found in source files" if checked.found else ""
    )
    click.echo(
        f"{counted(len(loaded.claims), 'claim')}, "
        f"{counted(len(checked.errors) + load_errors, 'error')}, "
        f"{counted(len(checked.warnings), 'warning')}{found} in {directory}"
    )
    if load_errors:  # claims with errors were left out: the registry is unusable as it is
        sys.exit(exitcodes.USAGE)
    sys.exit(exitcodes.FINDINGS if checked.errors else exitcodes.OK)


@registry.command("suggest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@REGISTRY_OPTION
@THRESHOLD_OPTION
def registry_suggest(
    paths: tuple[str, ...], registry_dir: str | None, threshold: float | None
) -> None:
    """Print YAML stubs (status: draft) for the unsupported figures in PATHS, for a reviewer
    to complete; figures a wording rule flags get none."""
    from claimcheck.lint import lint
    from claimcheck.registry.suggest import (
        dump_stubs,
        figure_subjects,
        stub_for,
        suppressed_figures,
    )
    from claimcheck.verify.frames import names_a_group
    from claimcheck.verify.matching import DEFAULT_THRESHOLD
    from claimcheck.verify.verdicts import UNSUPPORTED

    config = _discover_config(None)
    loaded = _load_registry(_configured_registry(registry_dir))
    documents, _ = read_drafts(paths)
    if not documents:
        sys.exit(exitcodes.USAGE)
    rules = _load_rules(tuple(_shown(source) for source in config.rules), config)
    result = lint(
        documents,
        loaded,
        threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
        rules=rules,
    )
    stubs = []
    for document in result.documents:
        flagged = [
            (finding.start, finding.end)
            for finding in document.findings
            if not finding.code.startswith(("CC1", "CC4"))
        ]
        unsupported = [v for v in document.verdicts if v.status == UNSUPPORTED]
        # a figure the draft's inline controls keep lint quiet about needs no claim either
        quiet = suppressed_figures(
            document.document, [(v.quantity.start, v.quantity.end) for v in unsupported], rules
        )
        for verdict in unsupported:
            q, claim = verdict.quantity, verdict.claim
            if (
                q.statistic == "P"  # not a figure to verify: no stub
                or (q.start, q.end) in quiet
                or any(start < q.end and q.start < end for start, end in flagged)
            ):
                continue
            names = [name for _start, _end, name in claim.outer_terms]
            subject = figure_subjects(
                claim.text, q.start - claim.start, q.end - claim.start, q.unit, names
            )
            groups = [label.text for label in claim.groups if names_a_group(label.text)]
            stubs.append(stub_for(claim.text, q.to_dict(), subject=subject, group=groups))
    click.echo(dump_stubs(stubs, taken=loaded.by_id), nl=False)
    sys.exit(exitcodes.OK)


@registry.command("usage")
@click.argument("args", nargs=-1, metavar="[ID]... [PATHS]...", type=click.Path())
@CONFIG_OPTION
@REGISTRY_OPTION
@THRESHOLD_OPTION
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: a block per claim; json: {drafts_checked, claims: [{id, status, where, uses}], "
    "unused}.",
)
def registry_usage(
    args: tuple[str, ...],
    config_file: str | None,
    registry_dir: str | None,
    threshold: float | None,
    output_format: str,
) -> None:
    """Where each claim is used: every draft line whose figure matched it, with the verdict,
    and the claims used nowhere. IDs (claim ids) narrow the list; PATHS (existing files or
    folders; default: the config's folder, as lint) are the drafts to read."""
    import json

    from claimcheck.registry.usage import format_json, format_text, usage

    paths = tuple(arg for arg in args if os.path.exists(arg))
    ids = [arg for arg in args if arg not in paths]
    config, _root, drafts, _registry_path, engine, _missing = _setup(
        paths, config_file, registry_dir, (), threshold
    )
    engine.prepare()
    if engine.registry is None:
        _error("no registry to list the uses of (no --registry, config registry or claims/)")
        sys.exit(exitcodes.USAGE)
    unknown = [claim_id for claim_id in ids if claim_id not in engine.registry.by_id]
    for claim_id in unknown:
        _error(f"'{claim_id}' is neither a claim id of the registry nor an existing path")
    if unknown:
        sys.exit(exitcodes.USAGE)
    claims = [engine.registry.by_id[claim_id] for claim_id in ids] or [
        claim for claim in engine.registry.claims if not claim.is_draft
    ]
    result = _whole_result(engine, config, drafts)
    usages = usage(claims, result.documents)
    if output_format == "json":
        click.echo(inert_json(json.dumps(format_json(usages, len(result.documents)), indent=2)))
    else:
        click.echo(inert_text(format_text(usages, len(result.documents))), nl=False)
    sys.exit(exitcodes.OK)


@registry.command("hook")
@click.argument("files", nargs=-1, type=click.Path())
def registry_hook(files: tuple[str, ...]) -> None:
    """For pre-commit (the claimcheck-registry hook on the registry's YAML files): check the
    registry, then re-lint the drafts whose figures matched a claim that FILES add, change or
    remove against the committed version, and show every finding on those figures. Exits 1
    on a registry error or a finding at the config's fail level."""
    from datetime import date
    from pathlib import Path

    from claimcheck import runner
    from claimcheck.codes import severity_at_least
    from claimcheck.lint import lint
    from claimcheck.registry.changes import registry_changes
    from claimcheck.registry.check import check_registry
    from claimcheck.report.text import format_findings
    from claimcheck.selection import Selector
    from claimcheck.wording import counted

    config = _discover_config(None)
    directory = _configured_registry(None)
    loaded = _load_registry(directory)
    checked = check_registry(loaded, date.today())
    for problem in checked.errors:
        click.echo(str(problem))
    changes = registry_changes(loaded, Path(directory), files)
    ids = changes.ids
    findings = []
    drafts_read = 0
    if ids:
        folder = os.path.relpath(config.root) if config.path else "."
        drafts, _missing, _skipped = runner.collect_drafts((folder,), config)
        documents, _failures = read_drafts(drafts)
        drafts_read = len(documents)
        stated_before: set[tuple[str, int, int]] = set()
        if changes.committed is not None and documents:
            for result in lint(documents, changes.committed).documents:
                stated_before.update(
                    (result.document.path, v.quantity.start, v.quantity.end)
                    for v in result.verdicts
                    if v.registry_claim is not None and v.registry_claim.id in ids
                )
        selector = Selector(config)
        for result in lint(documents, loaded).documents if documents else ():
            for finding in selector.apply(result.findings):
                before = (finding.path, finding.start, finding.end) in stated_before
                if finding.registry_id in ids or (before and finding.code.startswith("CC1")):
                    findings.append(finding)
    findings.sort()
    if config.baseline is not None and findings:  # the known findings stay known
        from claimcheck.baseline import BaselineError, load_baseline, new_findings

        try:
            findings = new_findings(findings, load_baseline(config.baseline), config.root)
        except BaselineError as error:
            _error(str(error))
            sys.exit(exitcodes.USAGE)
    if findings:
        click.echo(inert_text(format_findings(findings, drafts_read, summary=False)), nl=False)
    pages = len({finding.path for finding in findings})
    named = ", ".join(sorted(ids)) if len(ids) <= 5 else f"{', '.join(sorted(ids)[:5])}, …"
    click.echo(
        f"{counted(len(checked.errors), 'registry error')}; "
        f"{counted(len(ids), 'claim')} added, changed or removed"
        + (f" ({named})" if ids else "")
        + f"; {counted(len(findings), 'finding')} on their figures in "
        f"{counted(pages, 'draft')} of {drafts_read}"
    )
    failing = checked.errors or any(
        severity_at_least(finding.severity, config.fail_level) for finding in findings
    )
    sys.exit(exitcodes.FINDINGS if failing else exitcodes.OK)


@registry.command("draft")
@click.argument("source_file", type=click.Path(dir_okay=False))
@REGISTRY_OPTION
@click.option(
    "--id-prefix",
    default="",
    metavar="P",
    help="Start every proposed id with P- (e.g. the source's short name: sharp-2008).",
)
def registry_draft(source_file: str, registry_dir: str | None, id_prefix: str) -> None:
    """Print one YAML stub (status: draft) per figure stated in SOURCE_FILE (a PDF, HTML or
    text copy of a source), with the sentence as statement and quote, and the file and page."""
    import re
    from pathlib import Path

    from claimcheck.registry.proposals import proposals, stub_from
    from claimcheck.registry.sources import SourceFileError, read_source
    from claimcheck.registry.suggest import dump_stubs

    if id_prefix and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", id_prefix):
        _error(f"--id-prefix '{id_prefix}' is not kebab-case (lower-case letters, digits, hyphens)")
        sys.exit(exitcodes.USAGE)
    if not source_file.lower().endswith((".pdf", ".html", ".htm", ".txt", ".md")):
        _error(f"{source_file}: not a PDF, HTML or text file (.pdf, .html, .htm, .txt, .md)")
        sys.exit(exitcodes.USAGE)
    try:
        source = read_source(source_file)
    except SourceFileError as error:
        _error(f"{source_file}: {error}")
        sys.exit(exitcodes.USAGE)
    directory = Path(_configured_registry(registry_dir))
    from claimcheck.registry.loader import registry_files

    taken: set[str] = set()
    if directory.is_dir() and registry_files(directory):  # ids the registry has are taken
        taken = set(_load_registry(str(directory)).by_id)
    file = Path(os.path.relpath(Path(source_file).resolve(), directory.resolve())).as_posix()
    citation = f"TODO: the full citation of {Path(source_file).name}"
    stubs = [stub_from(found, file, citation, id_prefix) for found in proposals(source)]
    if not stubs:
        _note(f"{source_file}: no figure found in {counted(len(source.pages), 'page')}")
    click.echo(dump_stubs(stubs, taken=taken), nl=False)
    sys.exit(exitcodes.OK)
