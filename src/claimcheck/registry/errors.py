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
    """The registry could not be loaded; ``errors`` holds every problem found, in file order,
    and ``loaded`` the claims that are valid (the first of each id), which ``registry check``
    still checks so one run reports every error it can find."""

    errors: list[RegistryError]
    loaded: tuple = ()


ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class RegistryWarning(FileError):
    """A problem with a claim that loads. ``severity`` ``warning`` is advice (``kind``
    ``near-duplicate``, ``stale``, ``retired``, ``unquoted``, ``draft``, ``page``);
    ``error`` is a claim that cannot be trusted as written (``figure``: its value is not what
    its statement or quotes state; ``derived``; ``source``: a source file missing or
    unreadable; ``quote``: a quote not in its source file). ``registry check`` exits 1 on
    any error."""

    kind: str
    claim_id: str
    severity: str = WARNING

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        # the severity word is always said, as lint says it: a warning line that says only
        # its kind reads as an error to a person and to a grep for ': error: '
        where = position(self.path, self.line, self.col)
        return f"{where}: {self.severity}: {self.kind}: {self.message}"
