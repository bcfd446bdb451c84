"""Errors about a path the config names, said where the user wrote it.

A rules folder or registry folder that does not exist is the config's mistake when the config
named it: the error names the config file and the line of the path
(``.claimcheck.yaml:2: registry: 'nope': registry directory not found``), so the user fixes
the config, not the command. The config keeps no positions once loaded, so its text is read
again here; that happens only on the error path.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from typing import Any


def config_line(text: str, written: str, key: str | None = None) -> int:
    """The 1-based line of ``text`` where the path ``written`` is given (as a whole value,
    not a key), on a line that names ``key`` too when one is given; 0 when none is."""
    value = re.compile(rf"(?<![\w./-]){re.escape(written)}(?![\w./-]|\s*[:=])")
    named = re.compile(rf"(?<![\w-]){re.escape(key)}\s*[:=]") if key else None
    for number, said in enumerate(text.splitlines(), 1):
        if value.search(said) and (named is None or named.search(said)):
            return number
    return 0


def where_configured(
    config: Any,
    key: str,
    sources: Iterable[str],
    error_path: str,
    message: str,
    shown: Callable[[str], str],
    on_key_line: bool = False,
) -> str | None:
    """``CONFIG:LINE: KEY: 'PATH': MESSAGE`` for an error about ``error_path`` when it is one
    of ``sources`` (the config's values for ``key``, absolute; ``shown`` names them as errors
    do); None when the config did not name it. ``on_key_line``: the value is written on the
    key's own line (``registry: nope``), not in a list that may span lines."""
    if config is None or config.path is None:
        return None
    listed = {shown(source): source for source in sources}
    if error_path not in listed:
        return None
    try:
        text = config.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    source = listed[error_path]
    written = os.path.relpath(source, config.path.parent) if os.path.isabs(source) else source
    line = config_line(text, written, key if on_key_line else None)
    place = shown(str(config.path))
    place = f"{place}:{line}" if line else place
    return f"{place}: {key}: {written!r}: {message}"
