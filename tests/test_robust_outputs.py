"""What claimcheck prints is never an instruction: file names and draft text cannot forge
GitHub workflow commands or drive a terminal, a file name that is not UTF-8 is printed in
every format, a full disk is one error line, and ``--threshold nan`` is refused."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from robust_helpers import REGISTRY, assert_no_traceback, lint, run_process

from claimcheck.display import printable, shown_path

WRONG = "Condition Q affects 15% of adults.\n\nNot medical advice; ask your doctor.\n"
FORGED = "x\n::error file=SECURITY.md,line=1::forged\n::stop-commands::hidden\ny.md"
NOT_UTF8 = os.fsdecode(b"caf\xe9.md")  # a Latin-1 name, as Python reads it


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "q.yaml").write_text(REGISTRY, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for name in (FORGED, NOT_UTF8, "plain.md"):
        (drafts / name).write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


WORKFLOW_COMMAND = re.compile(r"^\s*::")  # how the runner finds a command: at a line's start


def commands(output: str) -> list[str]:
    return [line for line in output.splitlines() if WORKFLOW_COMMAND.match(line)]


FORMATS = ["text", "json", "sarif", "github", "html", "markdown"]


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_prints_every_draft_whatever_its_name(project, output_format):
    result = lint("--no-cache", "--format", output_format, "drafts")
    assert_no_traceback(result.stdout, result.stderr)
    assert result.exit_code == 1
    assert result.stdout.encode("utf-8")  # valid UTF-8: no lone surrogate left
    assert "caf\ufffd.md" in result.stdout or "caf%E9.md" in result.stdout
    assert "plain.md" in result.stdout
    assert "\n::error file=SECURITY.md" not in result.stdout
    if output_format in ("json", "sarif"):
        json.loads(result.stdout)


def test_a_file_name_cannot_forge_a_workflow_command(project):
    result = lint("--no-cache", "--format", "github", "drafts")
    assert_no_traceback(result.stdout, result.stderr)
    for command in commands(result.stdout):  # each finding is one annotation of our own
        assert re.match(r"::(error|warning|notice) file=drafts/", command), command
    assert "file=drafts/x%0A%3A%3Aerror file=SECURITY.md%2Cline=1%3A%3Aforged" in result.stdout


def test_annotations_beyond_githubs_limit_are_printed_where_no_command_is_read(project):
    many = project / "many"
    many.mkdir()
    for n in range(12):
        (many / f"{n:02}{FORGED}").write_text(WRONG, encoding="utf-8")
    result = lint("--no-cache", "--format", "github", "many")
    lines = result.stdout.splitlines()
    stop = next(i for i, line in enumerate(lines) if line.startswith("::stop-commands::"))
    token = lines[stop].split("::")[2]
    resume = lines.index(f"::{token}::")
    assert len(token) == 32 and token not in WRONG + FORGED
    assert any("SECURITY.md" in line for line in lines[stop:resume])  # shown, in the pause
    for command in commands("\n".join(lines[:stop] + lines[resume + 1 :])):
        assert re.match(r"::(error|warning|notice) (file=many/|title=claimcheck::)", command)


def test_text_output_shows_control_characters_instead_of_obeying_them(project):
    (project / "drafts" / "esc.md").write_text(
        "Condition Q affects 15% \x1b]0;owned\x07of adults \x1b[3M here.\n", encoding="utf-8"
    )
    result = lint("--no-cache", "--show-source", "drafts/esc.md", "drafts/" + FORGED)
    assert_no_traceback(result.stdout, result.stderr)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "␛]0;owned␇of adults ␛[3M here." in result.stdout
    assert "drafts/x␊::error file=SECURITY.md,line=1::forged␊::stop-commands" in result.stdout
    assert commands(result.stdout) == []


def test_printable_keeps_one_character_for_one_so_carets_stay_under_their_words():
    hostile = "a\x1b[2Jb\u202eevil\u202c\x9bc\udce9\td"
    shown = printable(hostile)
    assert len(shown) == len(hostile)
    assert shown == "a␛[2Jb\ufffdevil\ufffd\ufffdc\ufffd\td"
    assert shown_path("::stop-commands::t.md") == "./::stop-commands::t.md"


def test_errors_on_stderr_show_a_file_name_as_text(project):
    result = lint("--no-cache", "drafts/" + FORGED + "-missing")
    assert result.exit_code == 2
    assert commands(result.stderr) == []
    assert "claimcheck: error: drafts/x␊::error file=SECURITY.md" in result.stderr


def test_a_baseline_written_and_read_with_a_name_that_is_not_utf8(project):
    written = lint("--no-cache", "--write-baseline", "base.json", "drafts")
    assert written.exit_code == 0, written.stderr
    json.loads(Path("base.json").read_text(encoding="utf-8"))
    again = lint("--no-cache", "--baseline", "base.json", "drafts")
    assert again.exit_code == 0 and again.stdout.startswith("0 findings")


@pytest.mark.parametrize("command", [["lint"], ["lint", "--format", "json"], ["extract"]])
def test_a_full_disk_is_one_error_line_and_exit_2(project, command):
    with open(os.devnull if not Path("/dev/full").exists() else "/dev/full", "w") as full:
        done = run_process(*command, "drafts/plain.md", cwd=project, stdout=full,
                           stderr=-1)  # fmt: skip
    stderr = done.stderr.decode()
    assert_no_traceback(stderr)
    assert done.returncode == 2
    assert stderr.splitlines()[-1] == (
        "claimcheck: error: cannot write to standard output: No space left on device"
    )


@pytest.mark.parametrize("value", ["nan", "NaN", "-1", "101", "inf"])
def test_a_threshold_that_is_not_from_0_to_100_is_a_usage_error(project, value):
    result = lint("--no-cache", "--threshold", value, "drafts/plain.md")
    assert result.exit_code == 2
    assert "Invalid value for '--threshold'" in result.stderr


# --- draft text printed to a CI log (issue 18): no line of it is a workflow command -----------

COMMAND_LINES = (
    "Condition Q affects 15% of adults, ##[error]forged by a draft line.\n"
    "  ::error file=SECURITY.md,line=1::forged too, and 15% again\n"
    "::stop-commands::hidden\n\nNot medical advice; ask your doctor.\n"
)
OUR_OWN = re.compile(r"::(error|warning|notice) file=drafts/|::stop-commands::[0-9a-f]{32}$")


def runner_commands(output: str) -> list[str]:
    """The lines GitHub's runner would take as workflow commands: it splits lines at CR, LF
    and Unicode line breaks, and reads ``::cmd::`` after leading whitespace and ``##[cmd]``
    anywhere in a line (the old syntax)."""
    lines = re.split(r"\r\n|[\r\n\u2028\u2029\x85]", output)
    return [
        line
        for line in lines
        if (line.lstrip().startswith("::") or "##[" in line) and not OUR_OWN.match(line)
    ]


@pytest.mark.parametrize(
    "args",
    [
        [f"--format={name}"] for name in FORMATS
    ] + [["--show-source"], ["--statistics"], ["--format=json", "--statistics"]],
)  # fmt: skip
def test_draft_text_printed_by_a_ci_step_issues_no_workflow_command(project, args):
    (project / "drafts" / "commands.md").write_text(COMMAND_LINES, encoding="utf-8")
    result = lint("--no-cache", *args, "drafts/commands.md")
    assert_no_traceback(result.stdout, result.stderr)
    assert runner_commands(result.stdout) == [] and runner_commands(result.stderr) == []
    if args == ["--format=json"]:
        decoded = json.dumps(json.loads(result.stdout), ensure_ascii=False)
        assert "##[error]forged" in decoded  # the same strings to a JSON reader


def test_the_html_page_shows_the_drafts_words_though_no_line_is_a_command(project, run_cli):
    (project / "drafts" / "commands.md").write_text(COMMAND_LINES, encoding="utf-8")
    printed = lint("--no-cache", "--format", "html", "drafts/commands.md").stdout
    assert run_cli("report", "drafts/commands.md", "-o", "r.html").exit_code == 0
    saved = Path("r.html").read_text(encoding="utf-8")  # a CI step may `cat` it
    for page in (printed, saved):
        assert runner_commands(page) == []
        shown = html_text(page)  # what a browser shows: the draft's own characters
        assert "##[error]forged by a draft line" in shown
        assert "::error file=SECURITY.md,line=1::forged too" in shown
        data = re.search(r'id="cc-data">(.*?)</script>', page).group(1)
        assert "##[error]forged" in json.dumps(json.loads(data), ensure_ascii=False)


def html_text(page: str) -> str:
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []

        def handle_data(self, data):
            self.parts.append(data)

    parser = Text()
    parser.feed(page)
    return "".join(parser.parts)


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_extract_prints_no_workflow_command(project, run_cli, output_format):
    draft = project / "drafts" / "commands.md"
    draft.write_text("##[error]x 15% of adults\n::warning::y 20% of adults\n", encoding="utf-8")
    result = run_cli("extract", "--format", output_format, str(draft))
    assert result.exit_code == 0
    assert runner_commands(result.stdout) == []
