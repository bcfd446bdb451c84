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
which a CI script would read as findings; SIGTERM (``kill``, a cancelled CI job) as one line
with status 143, its worker processes ended first; and standard output that cannot be written
(a full disk) as one error line with status 2, never a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import signal
import sys

import click

INTERRUPTED = 130
START_UP_GC_THRESHOLD = 50_000
"""Allocations between young-generation collections (CPython's default is 700)."""


TERMINATED = 128 + signal.SIGTERM


class Terminated(SystemExit):
    """SIGTERM (``kill PID``, a CI job cancelled): leave as a shell reports it, 143, after the
    worker processes are ended (runner.analyse ends them when this passes through it)."""


def _terminated(signum, frame) -> None:
    raise Terminated(TERMINATED)


def exit_status(code: object) -> int:
    """The process status ``sys.exit(code)`` would give, printing a message as it would."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
"""What a write to standard output fails with when the disk is full or the device broken."""
OUTPUT_FAILED = 2
"""The status when the report could not be written (a full disk): a usage-level error, never
the 0 or 1 that a CI gate would read as a verdict."""


def cannot_write(error: OSError) -> int:
    """Say that standard output could not be written, on stderr, in one line."""
    reason = error.strerror or str(error)
    with contextlib.suppress(OSError, ValueError):
        print(f"claimcheck: error: cannot write to standard output: {reason}", file=sys.stderr)
    return OUTPUT_FAILED


def flush_streams() -> int | None:
    """Flush stdout and stderr: None when done, else the status to leave with (1 when the
    reader has gone, as with ``claimcheck lint | head``; 2 when the output could not be
    written, as on a full disk, said in one line on stderr)."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        return 1
    except OSError as error:
        return cannot_write(error)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    return None


def entry() -> None:
    """The console script: run the command line, then leave without tearing down."""
    _, *older = gc.get_threshold()
    gc.set_threshold(START_UP_GC_THRESHOLD, *older)
    from claimcheck.cli import main

    signal.signal(signal.SIGTERM, _terminated)
    status = run_command_line(main)
    failed = flush_streams()
    if failed is not None:
        status = max(status, failed) if failed == OUTPUT_FAILED else status or failed
    os._exit(status)


def run_command_line(main: click.Command) -> int:
    """Run the click command line as click's standalone mode would, but say an interrupt
    (Ctrl-C) as one line and status 130, as shells report SIGINT: click's own "Aborted!"
    exits 1, which a CI script would read as "findings"."""
    try:
        returned = main.main(standalone_mode=False)
    except Terminated as leaving:
        with contextlib.suppress(OSError, ValueError):
            print("claimcheck: terminated", file=sys.stderr)
        return exit_status(leaving.code)
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
    except OSError as error:  # standard output cannot be written (`> /dev/full`)
        if error.filename is not None or error.errno not in OUTPUT_ERRORS:
            raise  # not a write to standard output: not ours to word
        return cannot_write(error)
    return returned if isinstance(returned, int) else 0  # --help, --version: click's Exit(0)
