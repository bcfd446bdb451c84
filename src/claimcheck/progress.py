"""A progress bar for long lint runs, on standard error, through tqdm.

tqdm is already installed wherever claimcheck is (spaCy depends on it), is well kept, writes
to any stream and redraws in place at a bounded rate, so a bar costs no new dependency and
nothing measurable per draft. rich (also present through spaCy's typer) would do too, but
takes over the terminal's rendering, which the text report prints to next.

When a bar is shown (:func:`wanted`): ``--progress`` shows it always (on a pipe too, where
it is written as successive lines of carriage returns), ``--no-progress`` never; otherwise
it is shown when more than :data:`FEW_DRAFTS` drafts are to be analysed (cache hits are
instant and not counted), standard error is a terminal and the ``CI`` environment variable
is unset (or ``false``/``0``), and not with ``--quiet``. The bar is cleared when the run
ends, so the report and the summary line are all that stay on screen. Standard output, where
the report goes, never carries it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TextIO

FEW_DRAFTS = 5
"""A bar for five drafts or fewer would flash and vanish: more than this shows one."""


def in_ci(environ: dict[str, str] | None = None) -> bool:
    """Whether the ``CI`` variable says this runs in continuous integration (GitHub Actions,
    GitLab CI, CircleCI and Travis set ``CI=true``)."""
    value = (os.environ if environ is None else environ).get("CI", "")
    return value.strip().lower() not in ("", "0", "false", "no")


def wanted(asked: bool | None, count: int, stream: TextIO, quiet: bool = False) -> bool:
    """Whether to show a bar for ``count`` drafts: ``asked`` is ``--progress`` (True),
    ``--no-progress`` (False) or neither (None: see the module docstring)."""
    if asked is not None:
        return asked and count > 0
    if quiet or count <= FEW_DRAFTS or in_ci():
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def progress_factory(
    asked: bool | None, quiet: bool = False, stream: TextIO | None = None
) -> Callable[[int], AbstractContextManager[Callable[[int], None] | None]]:
    """What ``runner.run`` takes as ``progress``: given the number of drafts to analyse, a
    context that yields the callback advancing the bar by the drafts just finished, or None
    when no bar is wanted."""

    @contextmanager
    def opened(count: int) -> Iterator[Callable[[int], None] | None]:
        out = stream if stream is not None else sys.stderr
        if not wanted(asked, count, out, quiet):
            yield None
            return
        from tqdm import tqdm

        bar = tqdm(
            total=count, file=out, unit="draft", desc="linting", leave=False, dynamic_ncols=True
        )
        try:
            yield bar.update
        finally:
            bar.close()

    return opened
