"""Exit codes, named once (sqlfluff, Vale): CI gates on them."""

OK = 0  # nothing at or above the fail level
FINDINGS = 1  # findings at or above the fail level
USAGE = 2  # usage, configuration, registry or input error
