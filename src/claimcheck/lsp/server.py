"""The language server over stdio (pygls): diagnostics, hover, quick fixes, reloads.

Buffers are synced whole (``TextDocumentSyncKind.Full``): a 2,000-word page is 12 kB a
keystroke, and the server never has to apply ranges with an editor's idea of lines.
Each buffer is linted on open, change and save in one worker thread, so the editor's
requests (a hover while a page is linted) are answered meanwhile; when changes arrive faster
than lints finish, only the newest text is linted and published, with its version. The spaCy
pipeline is built once, when the session starts.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from claimcheck import __version__
from claimcheck.lsp import features
from claimcheck.lsp.positions import PositionMap
from claimcheck.lsp.session import BufferLint, Session

log = logging.getLogger(__name__)
WATCHED_GLOBS = ("**/*.yaml", "**/*.yml", "**/pyproject.toml", "**/*.json")
"""The files the editor is asked to watch: registry and rules YAML, the config (a
``.claimcheck.yaml`` is YAML too) and baselines. Any change among them makes the session check
its projects' files at once (see :meth:`Session.files_changed`)."""


def path_of(uri: str) -> Path | None:
    """The file behind a ``file:`` URI; None for an untitled buffer."""
    if not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    return Path(path) if path else None


class ClaimcheckServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "claimcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full
        )
        self.session = Session()
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimcheck-lint")
        self.results: dict[str, tuple[BufferLint, PositionMap, int | None]] = {}
        self.running: set[str] = set()
        self.dirty: set[str] = set()
        self.problem_uris: set[str] = set()
        self.problems_shown: set[str] = set()

    @property
    def encoding(self) -> str:
        encoding = self.workspace.position_encoding or types.PositionEncodingKind.Utf16
        return str(getattr(encoding, "value", encoding))

    async def in_worker(self, function, *args):
        return await asyncio.get_running_loop().run_in_executor(self.worker, function, *args)

    async def relint(self, uri: str) -> None:
        """Lint the buffer's newest text and publish what was found; a request made while a
        lint of the same buffer runs is served by one more lint once it ends."""
        if uri in self.running:
            self.dirty.add(uri)
            return
        self.running.add(uri)
        try:
            while True:
                self.dirty.discard(uri)
                document = self.workspace.text_documents.get(uri)
                if document is None:
                    return
                text, version = document.source, document.version
                buffer = await self.in_worker(
                    self.session.lint, path_of(uri), text, document.language_id
                )
                if uri in self.dirty:
                    continue  # a newer text came meanwhile: lint that, publish nothing stale
                if uri not in self.workspace.text_documents:
                    return  # closed meanwhile: its diagnostics were cleared
                positions = PositionMap(text, self.encoding)
                self.results[uri] = (buffer, positions, version)
                self.publish_problems()  # first: the page's diagnostics may be read as "done"
                self.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(
                        uri=uri,
                        version=version,
                        diagnostics=features.diagnostics(buffer, positions),
                    )
                )
                return
        finally:
            self.running.discard(uri)

    def publish_problems(self) -> None:
        """Each project's registry, rules or config problems, as diagnostics in the files
        that have them (and a message, once per problem, for those that are no file)."""
        by_uri: dict[str, list[types.Diagnostic]] = {}
        for project in list(self.session.projects.values()):  # the worker may add one
            for problem in list(project.problems):
                path = Path(problem.path)
                if path.is_file():
                    uri = path.resolve().as_uri()
                    by_uri.setdefault(uri, []).append(features.problem_diagnostic(problem))
                elif str(problem) not in self.problems_shown:
                    self.problems_shown.add(str(problem))
                    self.window_show_message(
                        types.ShowMessageParams(
                            type=types.MessageType.Error, message=f"claimcheck: {problem}"
                        )
                    )
        for uri in self.problem_uris - set(by_uri):
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )
        for uri, found in by_uri.items():
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=found)
            )
        self.problem_uris = set(by_uri)

    def current(self, uri: str) -> tuple[BufferLint, PositionMap, int | None] | None:
        """The last lint of a buffer, if it is of the buffer's present text (a hover or
        fix computed on older text would point at the wrong characters)."""
        found = self.results.get(uri)
        document = self.workspace.text_documents.get(uri)
        if found is None or document is None or found[0].text != document.source:
            return None
        return found


server = ClaimcheckServer()


@server.feature(types.INITIALIZED)
async def initialized(ls: ClaimcheckServer, params: types.InitializedParams) -> None:
    folders = [path_of(f.uri) for f in ls.workspace.folders.values()]
    root = ls.workspace.root_path
    ls.session.folders = [f for f in folders if f is not None] or ([Path(root)] if root else [])
    capabilities = ls.client_capabilities.workspace
    watch = capabilities and capabilities.did_change_watched_files
    if watch and watch.dynamic_registration:
        await _watch_files(ls)
    await ls.in_worker(_warm_up)


async def _watch_files(ls: ClaimcheckServer) -> None:
    """Ask the editor to tell when the registry, rules or config change; an editor that
    refuses still gets the changes, at the next lint (the session checks file times)."""
    watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED_GLOBS]
    try:
        await ls.client_register_capability_async(
            types.RegistrationParams(
                registrations=[
                    types.Registration(
                        id="claimcheck-watched-files",
                        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                        register_options=types.DidChangeWatchedFilesRegistrationOptions(
                            watchers=watchers
                        ),
                    )
                ]
            )
        )
    except Exception as error:  # any refusal: the file times still serve
        log.info("file watchers not registered: %s", error)


def _warm_up() -> None:
    """Build the spaCy pipeline now, not on the first keystroke."""
    from claimcheck.nlp.pipeline import build_pipeline

    build_pipeline()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: ClaimcheckServer, params: types.DidOpenTextDocumentParams) -> None:
    await ls.relint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: ClaimcheckServer, params: types.DidChangeTextDocumentParams) -> None:
    await ls.relint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: ClaimcheckServer, params: types.DidSaveTextDocumentParams) -> None:
    await ls.relint(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ClaimcheckServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.results.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def did_change_watched_files(
    ls: ClaimcheckServer, params: types.DidChangeWatchedFilesParams
) -> None:
    reloaded = await ls.in_worker(ls.session.files_changed)
    if not reloaded:
        return
    keys = {project.key for project in reloaded}
    for uri in list(ls.workspace.text_documents):
        found = ls.results.get(uri)
        if found is None or found[0].project.key in keys:
            await ls.relint(uri)
    ls.publish_problems()


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: ClaimcheckServer, params: types.HoverParams) -> types.Hover | None:
    found = ls.current(params.text_document.uri)
    if found is None:
        return None
    buffer, positions, _version = found
    return features.hover(buffer, positions, params.position)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, features.FIX_ALL]),
)
def code_action(ls: ClaimcheckServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    found = ls.current(uri)
    if found is None:
        return []
    buffer, positions, version = found
    edit = ls.client_capabilities.workspace and ls.client_capabilities.workspace.workspace_edit
    versioned = bool(edit and edit.document_changes)
    actions = features.code_actions(
        buffer, positions, uri, version if versioned else None, params.range
    )
    only = params.context.only if params.context else None
    if only:  # "source.fixAll" asks for the fix-all action alone (an editor's fix on save)
        actions = [a for a in actions if any(str(a.kind).startswith(str(k)) for k in only)]
    return actions


def serve() -> None:
    """Serve one editor session over standard input and output until it ends."""
    server.start_io()
