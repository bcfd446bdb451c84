"""`claimcheck extract` as a user runs it: output formats, offsets, bad input, exit codes."""

from __future__ import annotations

import json

import pytest


def quantities_of(document: dict) -> list[dict]:
    return [q for claim in document["claims"] for q in claim["quantities"]]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "page.md",
            "# Burden\n\nAbout **40%** of cases are found late, in *more than 3,000 patients*.\n",
        ),
        (
            "page.html",
            "<h1>Burden</h1><p>About <b>40%</b> of cases are found late, "
            "in more than 3,000 patients.</p>",
        ),
        (
            "page.txt",
            "Burden\r\n\r\nAbout 40% of cases are found late, in more than 3,000 patients.\r\n",
        ),
    ],
)
def test_offsets_index_the_file_in_every_format(tmp_path, extract_json, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    text = path.read_bytes().decode("utf-8")
    (document,) = extract_json(path)["documents"]
    found = quantities_of(document)
    assert [text[q["start"] : q["end"]] for q in found] == [q["text"] for q in found]
    readings = [(q["low"], q["high"], q["approx"], q["unit"]) for q in found]
    assert (40, 40, True, "percent") in readings
    assert (3000, None, False, "patients") in readings


def test_claim_carries_sentence_and_line(tmp_path, extract_json):
    path = tmp_path / "page.md"
    path.write_text("# Title\n\nFirst line.\nThe drug costs $15,000–35,000 per course.\n")
    (document,) = extract_json(path)["documents"]
    (claim,) = document["claims"]
    assert claim["text"] == "The drug costs $15,000–35,000 per course."
    assert claim["line"] == 4 and claim["col"] == 1
    (q,) = claim["quantities"]
    # a price takes what it is charged per (README, "A price takes what it is charged per");
    # the contract's unit is the annotation guide's currency, claimcheck's rate beside it
    assert (q["text"], q["low"], q["high"], q["unit"], q["per"], q["unit_as_read"]) == (
        "$15,000–35,000 per course",
        15000,
        35000,
        "USD",
        "course",
        "USD/course",
    )


def test_text_format_prints_path_line_col(tmp_path, run_cli):
    path = tmp_path / "page.md"
    path.write_text("Intro.\n\nResponse rates stay below 20% with chemotherapy.\n")
    result = run_cli("extract", path)
    assert result.exit_code == 0
    assert f"{path}:3:21: 'below 20%'" in result.stdout


def test_folder_is_searched_recursively(tmp_path, extract_json):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("It affects 12% of adults.\n")
    (tmp_path / "two.txt").write_text("It affects 15% of adults.\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    paths = [d["path"] for d in extract_json(tmp_path)["documents"]]
    assert sorted(p.rsplit("/", 1)[-1] for p in paths) == ["one.md", "two.txt"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("latin1.md", "Prix : 15\xa0000 \xe9".encode("latin-1"), "UTF-8"),
        ("empty.md", b"", "empty"),
    ],
)
def test_bad_input_is_one_line_naming_the_file_and_others_still_run(
    tmp_path, run_cli, name, content, reason
):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.md"
    good.write_text("Costs rose 8% last year.\n")
    result = run_cli("extract", "--format", "json", bad, good)
    assert result.exit_code == 0
    (line,) = result.stderr.strip().splitlines()
    assert str(bad) in line and reason in line
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == [str(good)]


def test_nothing_readable_exits_2(tmp_path, run_cli):
    result = run_cli("extract", tmp_path / "missing.md")
    assert result.exit_code == 2
    assert "missing.md" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "surface"),
    [
        ("entity.html", "<p>Eligible after &ge;2 prior lines of therapy.</p>", "&ge;2 prior lines"),
        ("entity.html", "<p>AFP stayed &lt;5% in most.</p>", "&lt;5%"),
        (
            "garbled.txt",
            "Response in 40\u0e42\u20ac\u201c55% of cases.\n",
            "40\u0e42\u20ac\u201c55%",
        ),
        (
            "garbled.txt",
            "After \u0e42\u2030\u0e051 prior line.\n",
            "\u0e42\u2030\u0e051 prior line",
        ),
    ],
)
def test_a_decoded_or_repaired_sign_keeps_its_whole_source(
    tmp_path, extract_json, name, content, surface
):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (document,) = extract_json(path)["documents"]
    assert [q["text"] for q in quantities_of(document)] == [surface]


def test_extract_reads_standard_input_like_lint(run_cli_input):
    page = "# Burden\n\nAbout **40%** of cases are found late.\n"
    named = run_cli_input(page, "extract", "--format", "json", "--stdin-filename", "a/b.md", "-")
    assert named.exit_code == 0, named.stderr
    (document,) = json.loads(named.stdout)["documents"]
    assert (document["path"], document["format"]) == ("a/b.md", "markdown")
    (quantity,) = quantities_of(document)
    assert page[quantity["start"] : quantity["end"]] == quantity["text"] == "About **40%"
    plain = run_cli_input("Nearly 3 in 10 adults walk daily.\n", "extract", "-")
    assert plain.exit_code == 0
    assert plain.stdout.startswith("-:1:1: 'Nearly 3 in 10' = ")
    mixed = run_cli_input(page, "extract", "-", "other.md")
    assert mixed.exit_code == 2
    assert "PATHS '-' (standard input) goes alone" in mixed.stderr


@pytest.fixture
def run_cli_input():
    from click.testing import CliRunner

    from claimcheck.cli import main

    def run(text: str, *args: str):
        return CliRunner().invoke(main, list(args), input=text.encode("utf-8"))

    return run


def test_the_readmes_extract_sample_is_what_extract_prints(run_cli, monkeypatch):
    """The sample in README "claimcheck extract" is real output, kept in step with it."""
    import re

    from workflow_helpers import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n\$ claimcheck extract (\S+)\n(.*?)```", readme, re.S)
    assert block, "README shows a `$ claimcheck extract PATH` sample"
    monkeypatch.chdir(REPO)
    printed = run_cli("extract", block.group(1)).stdout.splitlines()
    shown = block.group(2).splitlines()
    # the first lines as printed, in order, none skipped: only a closing "…" stands for more
    if shown[-1] == "…":
        shown = shown[:-1]
    else:
        assert len(shown) == len(printed), "a sample without '…' is the whole output"
    assert shown and printed[: len(shown)] == shown
