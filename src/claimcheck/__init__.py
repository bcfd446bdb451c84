"""claimcheck: fact-check the figures in health content before it is published."""

__version__ = "0.2.0"
