"""``claimcheck lsp`` end to end: a real LSP client (pytest-lsp) drives the server over stdio.

One server runs for the module, as one editor session does; each test works in a project
folder of its own (its config, registry and pages), so the session holds several projects
at once, as a workspace with several sites does.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="pytest-lsp is in the test extras")

from lsprotocol import types  # noqa: E402
from pygls.protocol import default_converter  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features  # noqa: E402

pytestmark = pytest.mark.asyncio(loop_scope="module")

CLAIM = """\
- id: tern-fever-adults
  statement: Tern fever affects 8% of adults.
  subject: [tern fever]
  context: [adults]
  value: {{value: {value}, unit: percent}}
  sources:
    - citation: "Gull K. A census of tern fever. Shore Med 2023;5:21"
      quote: "tern fever was present in 8% of the adults we examined"
  status: approved
  review_by: 2099-01-01
"""
DISCLAIMER = "This page is not medical advice."
PAGE = (
    "# Tern fever 😀\n\n"
    "中文 🧪 Tern fever affects 12% of adults, our volunteers say.\n\n"
    f"{DISCLAIMER}\n"
)


def make_client() -> LanguageClient:
    """pytest-lsp's client, keeping every diagnostics notification in order (its own keeps
    only the latest per document), so a test can wait for the next one, and accepting the
    server's registrations (file watchers) as an editor does."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)

    def register(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    client.registrations = []
    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.CLIENT_REGISTER_CAPABILITY: register,
    }
    register_lsp_features(client, features)
    return client


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("workspace")


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "claimcheck", "lsp", "--stdio"],
        client_factory=make_client,
    ),
)
async def client(lsp_client: LanguageClient, workspace: Path):
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="site")],
        )
    )
    yield
    await lsp_client.shutdown_session()


def project(workspace: Path, name: str, value: float = 8) -> Path:
    folder = workspace / name
    (folder / "claims").mkdir(parents=True)
    (folder / ".claimcheck.yaml").write_text("registry: claims\n", encoding="utf-8")
    (folder / "claims" / "tern.yaml").write_text(CLAIM.format(value=value), encoding="utf-8")
    return folder


async def next_diagnostics(client: LanguageClient, uri: str, send) -> list[types.Diagnostic]:
    """Send something (``send()``), then wait for the diagnostics the server publishes next
    for ``uri``."""
    seen = sum(1 for p in client.published if p.uri == uri)
    send()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        mine = [p for p in client.published if p.uri == uri]
        if len(mine) > seen:
            return list(mine[-1].diagnostics)
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics published for {uri}")


def open_buffer(client: LanguageClient, uri: str, text: str, language: str = "markdown"):
    return lambda: client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )


def change_buffer(client: LanguageClient, uri: str, text: str, version: int):
    return lambda: client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def utf16_slice(line: str, start: int, end: int) -> str:
    """``line[start:end]`` with ``start`` and ``end`` in UTF-16 code units, as LSP counts."""
    data = line.encode("utf-16-le")
    return data[2 * start : 2 * end].decode("utf-16-le")


def by_code(diagnostics: list[types.Diagnostic]) -> dict[str, types.Diagnostic]:
    return {d.code: d for d in diagnostics}


async def test_diagnostics_on_open_count_utf16_units_past_emoji_and_cjk(client, workspace):
    folder = project(workspace, "open")
    uri = (folder / "page.md").as_uri()
    found = by_code(await next_diagnostics(client, uri, open_buffer(client, uri, PAGE)))
    conflict = found["CC101"]
    line = PAGE.splitlines()[conflict.range.start.line]
    # "中文 🧪 Tern fever affects " is 24 code points but 25 UTF-16 units (🧪 takes two)
    assert (conflict.range.start.line, conflict.range.start.character) == (2, 25)
    assert utf16_slice(line, conflict.range.start.character, conflict.range.end.character) == "12%"
    assert conflict.severity == types.DiagnosticSeverity.Error
    assert conflict.source == "claimcheck"
    assert conflict.code_description.href.endswith("#claimcheck-lint")
    assert '"12%" conflicts with tern-fever-adults: 8%' in conflict.message
    assert "hint: the source supports 8%" in conflict.message


async def test_the_buffer_is_linted_not_the_file_and_each_change_again(client, workspace):
    folder = project(workspace, "buffer")
    page = folder / "page.md"
    page.write_text(f"Tern fever affects 8% of adults.\n\n{DISCLAIMER}\n", encoding="utf-8")
    uri = page.as_uri()
    found = await next_diagnostics(client, uri, open_buffer(client, uri, PAGE))
    assert "CC101" in by_code(found)  # the buffer's 12%, not the file's 8%
    typed = PAGE.replace("12%", "about 8%") + "\nAbout 8.25% of adults have had tern fever.\n"
    found = by_code(await next_diagnostics(client, uri, change_buffer(client, uri, typed, 2)))
    assert "CC101" not in found
    assert found["CC103"].severity == types.DiagnosticSeverity.Warning
    saved = lambda: client.text_document_did_save(  # noqa: E731
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert by_code(await next_diagnostics(client, uri, saved)).keys() == found.keys()


async def test_html_text_and_untitled_buffers(client, workspace):
    folder = project(workspace, "formats")
    html = (
        "<html><body><h1>Tern fever</h1>\n<p>中文 Tern fever affects &gt;12% of adults.</p>\n"
        f"<p>{DISCLAIMER}</p></body></html>\n"
    )
    uri = (folder / "page.html").as_uri()
    conflict = by_code(await next_diagnostics(client, uri, open_buffer(client, uri, html, "html")))
    line = html.splitlines()[conflict["CC101"].range.start.line]
    start, end = conflict["CC101"].range.start.character, conflict["CC101"].range.end.character
    assert utf16_slice(line, start, end) == "&gt;12%"

    text = f"Tern fever affects 12% of adults 🙂.\n{DISCLAIMER}\n"
    uri = (folder / "NOTES").as_uri()  # no suffix: the editor's language says plain text
    found = await next_diagnostics(client, uri, open_buffer(client, uri, text, "plaintext"))
    assert by_code(found)["CC101"].range.start == types.Position(line=0, character=19)

    uri = "untitled:Untitled-1"  # never saved: read as its language says, defaults apply
    found = await next_diagnostics(
        client, uri, open_buffer(client, uri, "We cure tern fever.\n", "markdown")
    )
    assert "CC301" in by_code(found)


async def test_hover_on_a_figure_shows_verdict_claim_source_and_quote(client, workspace):
    folder = project(workspace, "hover")
    uri = (folder / "page.md").as_uri()
    found = by_code(await next_diagnostics(client, uri, open_buffer(client, uri, PAGE)))
    inside = found["CC101"].range.start
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=inside.line, character=inside.character + 1),
        )
    )
    text = result.contents.value
    assert "**12%**: conflict" in text
    assert "`tern-fever-adults`" in text and "Tern fever affects 8% of adults." in text
    assert "Gull K. A census of tern fever" in text
    assert 'Quote: "tern fever was present in 8% of the adults we examined"' in text
    assert result.range == found["CC101"].range
    off_figure = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=2),
        )
    )
    assert off_figure is None


async def test_a_code_action_applied_clears_its_finding(client, workspace):
    folder = project(workspace, "fix")
    uri = (folder / "page.md").as_uri()
    text = f"# Tern fever 😀\n\n🧪 About 8.25% of adults have had tern fever.\n\n{DISCLAIMER}\n"
    found = by_code(await next_diagnostics(client, uri, open_buffer(client, uri, text)))
    overprecise = found["CC103"]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=overprecise.range,
            context=types.CodeActionContext(diagnostics=[overprecise]),
        )
    )
    [action] = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
    assert action.is_preferred  # a safe fix
    assert action.title == 'Write "About 8%" for "About 8.25%", as precisely as the source'
    assert [a.kind for a in actions if a is not action] == ["source.fixAll.claimcheck"]
    only_fix_all = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=overprecise.range,
            context=types.CodeActionContext(diagnostics=[], only=["source.fixAll"]),
        )
    )
    assert [a.kind for a in only_fix_all] == ["source.fixAll.claimcheck"]
    [document_edit] = action.edit.document_changes
    assert document_edit.text_document.version == 1
    [edit] = document_edit.edits
    lines = text.split("\n")
    line = lines[edit.range.start.line]
    before = line.encode("utf-16-le")[: 2 * edit.range.start.character].decode("utf-16-le")
    after = line.encode("utf-16-le")[2 * edit.range.end.character :].decode("utf-16-le")
    lines[edit.range.start.line] = before + edit.new_text + after
    fixed = "\n".join(lines)
    assert "🧪 About 8% of adults have had tern fever." in fixed
    found = await next_diagnostics(client, uri, change_buffer(client, uri, fixed, 2))
    assert "CC103" not in by_code(found)


async def test_a_registry_change_is_picked_up(client, workspace):
    folder = project(workspace, "reload")
    uri = (folder / "page.md").as_uri()
    found = await next_diagnostics(client, uri, open_buffer(client, uri, PAGE))
    assert "CC101" in by_code(found)
    watched = [r for r in client.registrations if r.method == "workspace/didChangeWatchedFiles"]
    globs = {w["globPattern"] for w in watched[0].register_options["watchers"]}
    assert {"**/*.yaml", "**/*.yml", "**/pyproject.toml"} <= globs
    registry = folder / "claims" / "tern.yaml"
    registry.write_text(CLAIM.format(value=12).replace("8%", "12%"), encoding="utf-8")
    changed = lambda: client.workspace_did_change_watched_files(  # noqa: E731
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=registry.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    assert "CC101" not in by_code(await next_diagnostics(client, uri, changed))

    # without a file event (an editor that watches nothing): the next lint sees the change
    registry.write_text(CLAIM.format(value=30).replace("8%", "30%"), encoding="utf-8")
    found = await next_diagnostics(client, uri, change_buffer(client, uri, PAGE + "\n", 2))
    assert "tern-fever-adults: 30%" in by_code(found)["CC101"].message


async def test_a_broken_registry_is_shown_in_its_file_and_the_last_good_one_kept(client, workspace):
    folder = project(workspace, "broken")
    uri = (folder / "page.md").as_uri()
    assert "CC101" in by_code(await next_diagnostics(client, uri, open_buffer(client, uri, PAGE)))
    registry = folder / "claims" / "tern.yaml"
    registry.write_text(CLAIM.format(value=8).replace("status: approved", "status: maybe"))
    found = await next_diagnostics(client, uri, change_buffer(client, uri, PAGE + "\n", 2))
    assert "CC101" in by_code(found)  # judged against the registry as it last loaded
    problems = client.diagnostics[registry.resolve().as_uri()]
    assert problems and problems[0].source == "claimcheck"
    assert problems[0].range.start.line == 8  # the status line
