"""The registry of sourced claims: load and validate ``claims/``, check it."""

from claimcheck.registry.check import check_registry
from claimcheck.registry.errors import RegistryError, RegistryLoadError, RegistryWarning
from claimcheck.registry.loader import Registry, load_registry
from claimcheck.registry.model import RegistryClaim, RegistryValue, Source, Tolerance

__all__ = [
    "Registry",
    "RegistryClaim",
    "RegistryError",
    "RegistryLoadError",
    "RegistryValue",
    "RegistryWarning",
    "Source",
    "Tolerance",
    "check_registry",
    "load_registry",
]
