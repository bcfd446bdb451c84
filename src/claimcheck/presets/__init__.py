"""Rule presets shipped with claimcheck, reachable as ``claimcheck:<name>``."""
