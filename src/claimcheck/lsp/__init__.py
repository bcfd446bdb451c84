"""``claimcheck lsp``: the language server that shows findings while a writer types.

Layers, one direction of data flow: :mod:`positions` (offsets <-> LSP line/character in the
negotiated encoding), :mod:`session` (config discovery, the registry and rules loaded once and
again when their files change, a buffer linted), :mod:`features` (findings, verdicts and the
findings' fixes as LSP diagnostics, hovers and code actions) and :mod:`server` (pygls over
stdio). Only :mod:`server` imports pygls, which is the optional ``claimcheck-health[lsp]``
extra.
"""
