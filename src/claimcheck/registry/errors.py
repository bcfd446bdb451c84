"""Problems found in the registry, each pointing at ``path:line:col`` of the YAML.

Errors (``RegistryError``) make the registry unusable and are raised together in one
``RegistryLoadError`` so a registry owner fixes every problem of a run at once; warnings
(``RegistryWarning``) are advice from :func:`claimcheck.registry.check.check_registry`.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.yamlschema import FileError, LoadError, position


class RegistryError(FileError):
    """One problem in a registry file."""


class RegistryLoadError(LoadError):
    """The registry could not be loaded; ``errors`` holds every problem found, in file order."""

    errors: list[RegistryError]


@dataclass(frozen=True)
class RegistryWarning(FileError):
    """Advice about a claim that loads but deserves a look: ``kind`` is one of
    ``near-duplicate``, ``stale``, ``retired``."""

    kind: str
    claim_id: str

    def __str__(self) -> str:
        return f"{position(self.path, self.line, self.col)}: {self.kind}: {self.message}"
