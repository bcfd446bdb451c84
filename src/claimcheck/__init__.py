"""claimcheck: fact-check the figures in health content before it is published."""

__version__ = "0.1.0"
