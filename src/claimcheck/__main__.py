"""``python -m claimcheck``: the same as the ``claimcheck`` command."""

from claimcheck.launcher import entry

if __name__ == "__main__":
    entry()
