"""Hostile and broken drafts: each is a finding (or checked as usual), never a traceback or
a hang, and the other drafts of the run are still checked.

Every case runs ``lint`` on a folder holding the hostile draft beside a good one whose
figure conflicts with the registry (a CC101 the run must still report)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from robust_helpers import REGISTRY, REPO, assert_no_traceback, lint

GOOD = "Condition Q affects 15% of adults.\n\nNot medical advice; ask your doctor.\n"
BOMB = "".join(
    f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}" if n else "ha"] * 9) + "]\n" for n in range(10)
)


def project(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "q.yaml").write_text(REGISTRY, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "good.md").write_text(GOOD, encoding="utf-8")
    return tmp_path / "claims", drafts


def report(registry: Path, drafts: Path, *extra: str, cache: bool = False):
    """(exit status, the JSON report, stderr) of lint on ``drafts``; no traceback anywhere."""
    caching = () if cache else ("--no-cache",)
    result = lint(*caching, "--registry", registry, "--format", "json", *extra, drafts)
    assert_no_traceback(result.stdout, result.stderr)
    return result.exit_code, json.loads(result.stdout), result.stderr


def good_draft_checked(data: dict) -> bool:
    return any(f["code"] == "CC101" and f["path"].endswith("good.md") for f in data["findings"])


# (name, file name, content): content a draft of its own that is read and checked as usual
CHECKED = [
    ("a proportion with a zero denominator", "zero.md", "It helped 3 in 0 patients.\n"),
    ("a huge exponent", "exp.md", "Some 1e999 cells and 10^400 copies were seen.\n"),
    ("a 5,000-digit integer", "digits.md", "We counted " + "7" * 5000 + " cells.\n"),
    ("20,000 nested brackets", "brackets.md", "(" * 20_000 + "12%" + ")" * 20_000 + "\n"),
    ("20,000 nested link brackets", "links.md", "[" * 20_000 + "12%" + "]" * 20_000 + "\n"),
    ("a 200,000-character token", "token.md", "z" * 200_000 + " and 12% of adults\n"),
    ("20,000 nested HTML tags", "tags.html", "<b>" * 20_000 + "12%" + "</b>" * 20_000),
    ("a table row of 500 cells", "row.md", "|h" * 500 + "|\n" + "|-" * 500 + "|\n"
     + "|4%" * 500 + "|\n"),
    ("a table of 3,000 rows", "rows.md", "|a|b|\n|-|-|\n" + "|r|4%|\n" * 3000),
]  # fmt: skip


@pytest.mark.parametrize("name, filename, content", CHECKED, ids=[c[0] for c in CHECKED])
def test_pathological_text_is_checked_in_bounded_time(tmp_path, name, filename, content):
    registry, drafts = project(tmp_path)
    (drafts / filename).write_text(content, encoding="utf-8")
    status, data, _stderr = report(registry, drafts)
    assert status == 1 and data["drafts_checked"] == 2
    assert good_draft_checked(data)
    assert not [f for f in data["findings"] if f["code"] == "CC400"]


# (name, file name, content, line, words of the CC400 message)
FRONT_MATTER = [
    ("an impossible date", "date: 2024-13-45\n", 2, "'2024-13-45' is not a valid date"),
    ("a 5,000-digit integer", "n: " + "9" * 5000 + "\n", 2, "is not a valid integer"),
    ("100,000 levels of nesting", "x: " + "[" * 100_000 + "]" * 100_000 + "\n", 2,
     "nested more than 100 levels deep"),
    ("an alias bomb", BOMB, 7, "alias bomb"),
    ("a NUL byte", "title: a\x01b\n", 2, "is not allowed in YAML"),
]  # fmt: skip


@pytest.mark.parametrize("name, yaml, line, words", FRONT_MATTER, ids=[c[0] for c in FRONT_MATTER])
def test_broken_front_matter_is_a_cc400_at_its_line(tmp_path, name, yaml, line, words):
    registry, drafts = project(tmp_path)
    (drafts / "page.md").write_text(f"---\n{yaml}---\nAbout 12% of adults.\n", encoding="utf-8")
    status, data, _stderr = report(registry, drafts)
    assert status == 1 and good_draft_checked(data)
    [broken] = [f for f in data["findings"] if f["code"] == "CC400"]
    assert broken["path"].endswith("page.md") and broken["line"] == line
    assert words in broken["message"] and "\n" not in broken["message"]


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _dangling(path: Path) -> None:
    path.symlink_to("nowhere.md")


SPECIAL = [
    ("a FIFO", _fifo, "a named pipe (FIFO), not a regular file: not read"),
    ("a symlink to /dev/zero", _dev_zero, "a character device, not a regular file: not read"),
    ("a symlink loop", _loop, "a symlink loop"),
    ("a dangling symlink", _dangling, "no such file"),
]


@pytest.mark.parametrize("name, make, message", SPECIAL, ids=[c[0] for c in SPECIAL])
@pytest.mark.parametrize("cache", [False, True], ids=["no cache", "cache"])
def test_files_that_are_not_regular_are_never_opened(tmp_path, monkeypatch, name, make, message,
                                                     cache):  # fmt: skip
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    registry, drafts = project(tmp_path)
    make(drafts / "odd.md")
    status, data, _stderr = report(registry, drafts, cache=cache)
    assert status == 1 and good_draft_checked(data)
    [odd] = [f for f in data["findings"] if f["code"] == "CC400"]
    assert odd["path"].endswith("odd.md") and message in odd["message"]


def test_a_fifo_named_on_the_command_line_is_an_error_not_a_hang(tmp_path):
    registry, drafts = project(tmp_path)
    os.mkfifo(drafts / "pipe.md")
    result = lint("--no-cache", "--registry", registry, drafts / "pipe.md")
    assert_no_traceback(result.stderr)
    assert result.exit_code == 2  # nothing could be read
    assert f"{drafts / 'pipe.md'}:1:1: CC400 error: a named pipe (FIFO)" in result.stdout


def test_a_symlinked_folder_loop_is_not_walked_twice(tmp_path):
    registry, drafts = project(tmp_path)
    (drafts / "again").symlink_to("..")
    status, data, _stderr = report(registry, drafts)
    assert status == 1 and data["drafts_checked"] == 1 and good_draft_checked(data)


def test_a_folder_that_cannot_be_listed_is_a_cc400_not_a_silent_skip(tmp_path, monkeypatch):
    registry, drafts = project(tmp_path)
    locked = drafts / "locked"
    locked.mkdir()
    (locked / "hidden-from-us.md").write_text(GOOD, encoding="utf-8")
    scandir = os.scandir

    def refuse(path="."):  # as a folder without read permission does (even for root)
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    status, data, _stderr = report(registry, drafts)
    assert status == 1 and data["drafts_checked"] == 1 and good_draft_checked(data)
    [folder] = [f for f in data["findings"] if f["code"] == "CC400"]
    assert folder["path"] == str(locked)
    assert folder["message"] == (
        "cannot read this folder (Permission denied): the drafts in it are not checked"
    )


def test_a_draft_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from claimcheck.documents import reader

    monkeypatch.setattr(reader, "MAX_DRAFT_BYTES", 1000)
    registry, drafts = project(tmp_path)
    (drafts / "huge.md").write_text("About 12% of adults. " * 100, encoding="utf-8")
    status, data, _stderr = report(registry, drafts)
    assert status == 1 and good_draft_checked(data)
    [huge] = [f for f in data["findings"] if f["code"] == "CC400"]
    assert huge["message"] == "too large to read (2,100 bytes; the limit is 1,000)"


def test_standard_input_without_end_is_a_draft_too_large_not_a_read_without_end(tmp_path):
    from robust_helpers import run_process

    registry, _drafts = project(tmp_path)
    with open("/dev/zero", "rb") as endless:
        done = run_process("lint", "--no-cache", "--registry", registry, "--stdin-filename",
                           "page.md", "-", cwd=tmp_path, stdin=endless)  # fmt: skip
    assert_no_traceback(done.stdout, done.stderr)
    assert done.returncode == 2
    assert done.stdout.decode().startswith(
        "page.md:1:1: CC400 error: too large to read (more than 8,000,000 bytes)"
    )


def test_a_sentence_of_a_thousand_figures_is_judged_in_linear_time(tmp_path):
    """Each figure's clause, the sentence's frame and its words are worked out once per
    sentence: 1,000 figures in one sentence took over three minutes when each figure read
    the whole sentence again; now a few seconds."""
    draft = tmp_path / "page.md"
    figures = ", ".join(f"{i * 7 + 3}%" for i in range(1000))
    draft.write_text(f"Liver cancer rates were {figures} in turn.\n", encoding="utf-8")
    result = lint("--no-cache", "--registry", REPO / "claims", draft)
    assert result.exit_code in (0, 1)
    assert_no_traceback(result.output)


@pytest.mark.parametrize("text", ["-3 in 0 patients", "−3 in 0", "3 out of 0 people"])
def test_a_proportion_of_nothing_is_no_crash(tmp_path, text):
    draft = tmp_path / "page.md"
    draft.write_text(f"{text}\n", encoding="utf-8")
    result = lint("--no-cache", draft)
    assert result.exit_code in (0, 1)
    assert_no_traceback(result.output)


@pytest.mark.parametrize(
    "run",
    [
        "1" + ".234" * 20_000,  # points grouping nothing: 80,000 characters
        "ab.c1" * 16_000,  # an e-mail address's local part that never reaches an @
        "1" + ".2" * 40_000 + "@example.org",  # and one that does
    ],
)
def test_an_unbroken_run_of_80000_characters_is_read_in_linear_time(tmp_path, run):
    """Every e-mail and version-string blocker was tried from each word boundary of a run to
    its end: 23 s of CPU for 80,000 characters of ``1.234.234…``, a few minutes at 200,000.
    Now each starts only near the run's start: about a second, in CPU time (the bound is
    generous: the machines are shared)."""
    import time

    draft = tmp_path / "page.md"
    draft.write_text(f"Runs: {run} in one line; about 12% of adults.\n", encoding="utf-8")
    started = time.process_time()
    result = lint("--format", "json", draft, command="extract")
    took = time.process_time() - started
    assert_no_traceback(result.stdout, result.stderr)
    assert result.exit_code == 0
    [document] = json.loads(result.stdout)["documents"]
    figures = [q["text"] for claim in document["claims"] for q in claim["quantities"]]
    assert figures[-1] == "about 12%"  # the figure after the run is still read
    assert took < 8, f"{took:.1f} s of CPU"
