"""An editor session: the projects of the open buffers, each buffer linted as the CLI would.

A *project* is what one config file sets up (found as ``claimcheck lint`` finds it, walking
up from the buffer's folder: ``.claimcheck.yaml`` or a ``pyproject.toml`` with
``[tool.claimcheck]``): its registry, rules, threshold, selection and baseline. Its files are
loaded once, then again only when one of them changes: every lint compares the files'
modification times and sizes with those of the last load (a few ``stat`` calls), so an
edited registry is picked up by the next lint even when the editor sends no file events;
:meth:`Session.files_changed` (``workspace/didChangeWatchedFiles``) makes the check happen
at once. A registry, rules file, config or baseline that no longer loads is reported (see
:attr:`Project.problems`) and the last good one stays in use, so a half-typed YAML edit
does not turn every figure of every open page into an unsupported one.

Nothing here imports pygls: the server (:mod:`claimcheck.lsp.server`) calls :meth:`Session.lint`
from one worker thread, and the tests call it directly.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimcheck.config import Config, ConfigError, discover, find_config
from claimcheck.documents.document import EXTRACTED_FORMATS
from claimcheck.documents.reader import FORMAT_BY_SUFFIX
from claimcheck.findings import Finding
from claimcheck.lint import DocumentResult
from claimcheck.selection import Selector, skip_reason

LANGUAGE_FORMATS = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}
"""An editor's language id to the format a buffer is read as, when its file name does not say
(an untitled buffer, a file named ``NOTES``). Any other language is read as plain text."""
WATCHED_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Problem:
    """A file of the project's set-up that could not be loaded; ``line`` and ``col`` are
    1-based, 0 when the problem is the file as a whole."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        where = (
            self.path
            + (f":{self.line}" if self.line else "")
            + (f":{self.col}" if self.line and self.col else "")
        )
        return f"{where}: {self.message}"


def _stat(path: Path) -> tuple[str, int, int]:
    try:
        info = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), info.st_mtime_ns, info.st_size)


def files_stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """The modification time and size of each file in ``paths``, a folder standing for its
    ``*.yaml``/``*.yml`` files (one added or removed changes the stamp too)."""
    stamp = []
    for path in paths:
        if path.is_dir():
            try:
                children = sorted(p for p in path.iterdir() if p.suffix in WATCHED_SUFFIXES)
            except OSError:
                children = []
            stamp.append((str(path), len(children), 0))
            stamp.extend(_stat(child) for child in children)
        else:
            stamp.append(_stat(path))
    return tuple(stamp)


class Project:
    """One config's registry, rules and settings, kept loaded between lints.

    ``folder`` is where a project without a config file keeps its ``claims/`` (the
    workspace folder of the buffer, else its own folder), as the CLI looks in the working
    directory. ``config_file`` is the file found, None for the defaults."""

    def __init__(self, config_file: Path | None, folder: Path) -> None:
        self.config_file = config_file
        self.folder = folder
        self.config = Config(root=folder)
        self.registry: Any = None  # claimcheck.registry.loader.Registry, or None: no registry
        self.rules: Any = None  # claimcheck.rules.RuleSet
        self.baseline: Counter[str] | None = None
        self.registry_path: Path | None = None
        self.problems: list[Problem] = []
        self.stamp: tuple | None = None
        self.loads = 0  # how many times the files were (re)loaded: the tests read it

    @property
    def key(self) -> str:
        return str(self.config_file or self.folder)

    def watched(self) -> list[Path]:
        """The files whose change means a reload: the config, the registry folder, every
        rules folder or file (not the packaged presets) and the baseline."""
        paths = [self.config_file] if self.config_file else []
        paths.append(self.registry_path or self.config.root / "claims")
        paths.extend(Path(s) for s in self.config.rules if not s.startswith("claimcheck:"))
        if self.config.baseline is not None:
            paths.append(Path(self.config.baseline))
        return paths

    def refresh(self, force: bool = False) -> bool:
        """Reload when a watched file changed since the last load (or ``force``); whether
        anything was reloaded."""
        stamp = files_stamp(self.watched())
        if not force and stamp == self.stamp:
            return False
        self._load()
        self.stamp = files_stamp(self.watched())  # the config may name other files now
        return True

    def _load(self) -> None:
        from claimcheck.baseline import BaselineError, load_baseline
        from claimcheck.registry.loader import RegistryLoadError, load_registry
        from claimcheck.rules import RuleLoadError, load_rules

        self.loads += 1
        problems: list[Problem] = []
        try:
            config = discover(self.config_file) if self.config_file else Config()
        except ConfigError as error:
            problems.extend(
                Problem(path, line or 0, 0, text) for path, line, text in error.problems
            )
            config = self.config if self.config.path else Config()
        if config.path is None:
            config = dataclasses.replace(config, root=self.folder)
        self.config = config
        self.registry_path = config.registry or (config.root / "claims")
        if config.registry is None and not self.registry_path.exists():
            self.registry_path = None  # no registry: figures are not judged, rules run
            self.registry = None
        else:
            try:
                self.registry = load_registry(self.registry_path)
            except RegistryLoadError as failure:
                problems.extend(Problem(e.path, e.line, e.col, e.message) for e in failure.errors)
        try:
            self.rules = load_rules(list(config.rules))
        except RuleLoadError as failure:
            problems.extend(Problem(e.path, e.line, e.col, e.message) for e in failure.errors)
            if self.rules is None:
                self.rules = load_rules()  # the defaults until the rules load
        self.baseline = None
        if config.baseline is not None and Path(config.baseline).exists():
            try:
                self.baseline = load_baseline(config.baseline)
            except BaselineError as error:
                problems.append(Problem(str(config.baseline), 0, 0, str(error)))
        self.problems = problems


@dataclass
class BufferLint:
    """What one lint of a buffer found: the text linted (hover and code actions map
    positions against it), the engine's result for the document (None when it could not be
    read, or the config leaves it unchecked) and the findings as ``claimcheck lint`` would
    report them (selection, severities and baseline applied)."""

    text: str
    path: str
    project: Project
    result: DocumentResult | None = None
    findings: list[Finding] = field(default_factory=list)
    note: str | None = None  # why nothing was checked: an empty buffer, an excluded file

    @property
    def registry(self) -> Any:
        return self.project.registry


class Session:
    """The projects of an editor session, by config file. ``folders`` are the workspace
    folders: a buffer in one of them with no config above it uses that folder's ``claims/``."""

    def __init__(self, folders: list[Path] | None = None) -> None:
        self.folders = [Path(os.path.abspath(f)) for f in folders or []]
        self.projects: dict[str, Project] = {}

    def _folder_of(self, path: Path | None) -> Path:
        if path is None:
            return self.folders[0] if self.folders else Path.cwd()
        inside = [f for f in self.folders if path.is_relative_to(f)]
        return max(inside, key=lambda f: len(f.parts)) if inside else path.parent

    def project_for(self, path: Path | None) -> Project:
        """The project of a buffer at ``path`` (None: untitled), loaded and up to date."""
        folder = self._folder_of(path)
        start = path.parent if path is not None else folder
        while not start.is_dir() and start != start.parent:  # a buffer not yet saved, in a
            start = start.parent  # folder not yet made: the config above it still applies
        config_file = find_config(start) if start.is_dir() else None
        key = str(config_file or folder)
        project = self.projects.get(key)
        if project is None:
            project = self.projects[key] = Project(config_file, folder)
        project.refresh()
        return project

    def files_changed(self) -> list[Project]:
        """The editor says files changed: reload, at once, each project whose files did;
        the projects reloaded, whose open buffers need a new lint."""
        return [project for project in self.projects.values() if project.refresh()]

    def lint(
        self,
        path: Path | None,
        text: str,
        language_id: str | None = None,
        today: date | None = None,
    ) -> BufferLint:
        """Lint a buffer's ``text`` (not the file on disk) as ``claimcheck lint`` would lint
        the file at ``path``; ``language_id`` gives the format when the name does not."""
        from claimcheck.documents.document import DocumentError, SkippedDraft
        from claimcheck.documents.reader import read_document
        from claimcheck.lint import lint, unreadable_finding
        from claimcheck.verify.matching import DEFAULT_THRESHOLD

        project = self.project_for(path)
        config = project.config
        label = str(path) if path is not None else "untitled"
        buffer = BufferLint(text, label, project)
        if path is not None:
            buffer.note = skip_reason(path, config)
            if buffer.note is not None:
                return buffer
        format_name = None
        if path is None or path.suffix.lower() not in FORMAT_BY_SUFFIX:
            format_name = LANGUAGE_FORMATS.get(language_id or "", "text")
        elif FORMAT_BY_SUFFIX[path.suffix.lower()] in EXTRACTED_FORMATS:
            buffer.note = "a Word or PDF draft: `claimcheck lint` checks the file itself"
            return buffer  # an editor's "text" of a binary file is not the draft
        try:
            data = text.encode("utf-8", "surrogatepass")
            document = read_document(label, data, format_name=format_name)
        except SkippedDraft as skipped:
            buffer.note = skipped.reason
            return buffer
        except DocumentError as error:
            buffer.findings = self._reported(project, [unreadable_finding(error)])
            return buffer
        threshold = DEFAULT_THRESHOLD if config.threshold is None else config.threshold
        result = lint(
            [document], project.registry, threshold=threshold, today=today, rules=project.rules
        ).documents[0]
        buffer.result = result
        buffer.findings = self._reported(project, result.findings)
        return buffer

    @staticmethod
    def _reported(project: Project, findings: list[Finding]) -> list[Finding]:
        from claimcheck.baseline import new_findings

        findings = Selector(project.config).apply(findings)
        if project.baseline is not None:
            findings = new_findings(findings, project.baseline, project.config.root)
        return findings
