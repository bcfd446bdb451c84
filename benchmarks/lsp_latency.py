"""Change-to-diagnostics round trip of ``claimcheck lsp`` on a 2,000-word page.

usage: python benchmarks/lsp_latency.py [--changes 20] [--words 2000]

Starts the language server over stdio as an editor does (pygls's own client), opens a
Markdown page of at least ``--words`` words (the shipped example page, repeated: about one
figure every 17 words, far denser than most articles) against the shipped registry and
default rules, then sends ``--changes`` edits one at a time, each a figure typed anew, and
times each from sending ``textDocument/didChange`` to receiving the diagnostics published
for that version. Start-up and the first lint (open) are printed apart: an editor pays them
once per session. The goal is a median under 200 ms. The server's own CPU time per change
(from /proc, Linux) is printed too: on a shared, loaded machine the wall-clock round trip
includes the time the server waited for a core, which the CPU time does not.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "car-t-liver-cancer.md"


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a process so far (Linux), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def page_of(words: int) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    copies = -(-words // len(text.split()))
    return "\n\n".join([text] * copies)


async def run(changes: int, words: int) -> None:
    client = LanguageClient("lsp-latency", "1")
    published: dict[int | None, float] = {}
    arrived = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        published[params.version] = time.perf_counter()
        arrived.set()

    async def wait_for(version: int) -> float:
        while version not in published:
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), 120)
        return published[version]

    started = time.perf_counter()
    await client.start_io(sys.executable, "-m", "claimcheck", "lsp", "--stdio")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=REPO.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=REPO.as_uri(), name="claimcheck")],
        )
    )
    client.initialized(types.InitializedParams())
    uri = (REPO / "examples" / "latency-page.md").as_uri()  # never written: the buffer is linted
    text = page_of(words)
    sent = time.perf_counter()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="markdown", version=1, text=text
            )
        )
    )
    first = await wait_for(1) - sent
    ready = time.perf_counter() - started
    anchor = text.index("73.4%")
    pid = client._server.pid if client._server else 0
    cpu_before = cpu_seconds(pid)
    times = []
    for n in range(changes):
        version = n + 2
        edited = f"{text[:anchor]}{70 + n % 9}.{n % 10}%{text[anchor + 5 :]}"
        sent = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited)],
            )
        )
        times.append(await wait_for(version) - sent)
    cpu_after = cpu_seconds(pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    ms = sorted(t * 1000 for t in times)
    print(
        f"page: {len(text.split()):,} words, {len(text):,} characters; "
        f"start-up to first diagnostics {ready:.2f} s (first lint {first * 1000:.0f} ms)"
    )
    print(
        f"change to diagnostics over {changes} changes: median {statistics.median(ms):.0f} ms, "
        f"p90 {ms[int(0.9 * (len(ms) - 1))]:.0f} ms, max {ms[-1]:.0f} ms (goal: under 200 ms)"
    )
    if cpu_before is not None and cpu_after is not None:
        print(f"server CPU time per change: {(cpu_after - cpu_before) * 1000 / changes:.0f} ms")
    print(f"load average (1 min) on {os.cpu_count()} cores: {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--words", type=int, default=2000)
    args = parser.parse_args()
    asyncio.run(run(args.changes, args.words))


if __name__ == "__main__":
    main()
