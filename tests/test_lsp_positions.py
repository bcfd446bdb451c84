"""Offsets to LSP positions and back, in each encoding an editor may negotiate, and the
`claimcheck lsp` command's message when the lsp extra is missing."""

from __future__ import annotations

import sys

import pytest

from claimcheck.lsp.positions import UTF8, UTF16, UTF32, PositionMap

TEXT = "😀 中文 42%\r\nsecond\rthird\u2028 still third 7%\n"


@pytest.mark.parametrize(
    ("encoding", "column"),
    [(UTF16, 6), (UTF8, 12), (UTF32, 5)],  # 😀 is 2 UTF-16 units, 4 UTF-8 bytes; 中 3 bytes
)
def test_a_figure_after_emoji_and_cjk_in_each_encoding(encoding, column):
    positions = PositionMap(TEXT, encoding)
    offset = TEXT.index("42%")
    assert positions.position(offset) == (0, column)
    assert positions.offset(0, column) == offset


def test_lines_end_at_crlf_lone_cr_and_lf_only():
    positions = PositionMap(TEXT)
    assert positions.position(TEXT.index("second")) == (1, 0)
    assert positions.position(TEXT.index("third")) == (2, 0)
    # U+2028 is inside a line for LSP (Python's splitlines would break there)
    assert positions.position(TEXT.index("7%")) == (2, len("third\u2028 still third "))
    # the end of a CRLF line is before its "\r", and a column past the end is the end
    assert positions.position(TEXT.index("\r\n") + 1) == (0, 9)
    assert positions.offset(0, 99) == TEXT.index("\r\n")
    assert positions.offset(99, 0) == len(TEXT)


def test_a_position_inside_a_surrogate_pair_is_the_characters_start():
    positions = PositionMap("😀x", UTF16)
    assert positions.offset(0, 1) == 0
    assert positions.offset(0, 2) == 1


def test_lsp_without_pygls_says_how_to_install_it(run_cli, monkeypatch):
    for name in ("pygls", "pygls.lsp", "pygls.lsp.server", "pygls.uris"):
        monkeypatch.setitem(sys.modules, name, None)  # import pygls: ModuleNotFoundError
    monkeypatch.delitem(sys.modules, "claimcheck.lsp.server", raising=False)
    result = run_cli("lsp")
    assert result.exit_code == 2
    assert "claimcheck lsp needs pygls" in result.stderr
    assert "pip install 'claimcheck-health[lsp]'" in result.stderr
