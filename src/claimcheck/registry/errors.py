"""Problems found in the registry, each pointing at ``path:line:col`` of the YAML.

Errors (``RegistryError``) make the registry unusable and are raised together in one
``RegistryLoadError`` so a registry owner fixes every problem of a run at once; warnings
(``RegistryWarning``) are advice from :func:`claimcheck.registry.check.check_registry`.
"""

from __future__ import annotations

from dataclasses import dataclass


def _position(path: str, line: int, col: int) -> str:
    """``path:line:col``, or less when the problem concerns a whole file or directory (0)."""
    if line == 0:
        return path
    if col == 0:
        return f"{path}:{line}"
    return f"{path}:{line}:{col}"


@dataclass(frozen=True)
class RegistryError:
    """One problem in a registry file; ``line``/``col`` are 1-based, 0 when not applicable."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{_position(self.path, self.line, self.col)}: {self.message}"


class RegistryLoadError(Exception):
    """The registry could not be loaded; ``errors`` holds every problem found, in file order."""

    def __init__(self, errors: list[RegistryError]) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


@dataclass(frozen=True)
class RegistryWarning:
    """Advice about a claim that loads but deserves a look: ``kind`` is one of
    ``near-duplicate``, ``stale``, ``retired``."""

    path: str
    line: int
    col: int
    kind: str
    claim_id: str
    message: str

    def __str__(self) -> str:
        return f"{_position(self.path, self.line, self.col)}: {self.kind}: {self.message}"
