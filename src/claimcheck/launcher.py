"""How the ``claimcheck`` process starts and ends, around the click command line.

Two settings halve what a one-page pre-commit run spends beyond ``import spacy``:
- Importing spaCy and building the pipeline allocate a million objects that live until the
  end; with the default threshold the cyclic collector walks them again and again (about
  0.15 s). A larger first-generation threshold lets it run far less often, and memory stays
  bounded.
- Tearing those objects down one by one at exit costs another 0.2 s. Once the command has
  finished, and its output and files are flushed and closed, the process leaves with
  ``os._exit``, as mypy does. Only the console entry point does this: tests that invoke the
  click command in-process are unaffected.
It also says an interrupt (Ctrl-C) as one line with status 130, not click's "Aborted!" and 1,
which a CI script would read as findings.
"""

from __future__ import annotations

import gc
import os
import sys

import click

INTERRUPTED = 130
START_UP_GC_THRESHOLD = 50_000
"""Allocations between young-generation collections (CPython's default is 700)."""


def exit_status(code: object) -> int:
    """The process status ``sys.exit(code)`` would give, printing a message as it would."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def flush_streams() -> bool:
    """Flush stdout and stderr; False when the reader has gone (``claimcheck lint | head``)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        return False
    return True


def entry() -> None:
    """The console script: run the command line, then leave without tearing down."""
    _, *older = gc.get_threshold()
    gc.set_threshold(START_UP_GC_THRESHOLD, *older)
    from claimcheck.cli import main

    status = run_command_line(main)
    if not flush_streams():
        status = status or 1
    os._exit(status)


def run_command_line(main: click.Command) -> int:
    """Run the click command line as click's standalone mode would, but say an interrupt
    (Ctrl-C) as one line and status 130, as shells report SIGINT: click's own "Aborted!"
    exits 1, which a CI script would read as "findings"."""
    try:
        returned = main.main(standalone_mode=False)
    except SystemExit as leaving:  # every command ends with sys.exit(status)
        return exit_status(leaving.code)
    except click.exceptions.Abort:  # click's form of KeyboardInterrupt (and EOF at a prompt)
        print("claimcheck: interrupted", file=sys.stderr)
        return INTERRUPTED
    except click.ClickException as error:  # usage errors: message and usage, status 2
        error.show()
        return error.exit_code
    except BrokenPipeError:  # the reader went away (`claimcheck lint | head`)
        return 1
    return returned if isinstance(returned, int) else 0  # --help, --version: click's Exit(0)
