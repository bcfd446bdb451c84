"""Fixes: the edits ``lint --fix`` applies, which reports and the language server carry.

:mod:`~claimcheck.fixes.model` is the record (title, applicability, edits),
:mod:`~claimcheck.fixes.figures` and :mod:`~claimcheck.fixes.disclaimers` build them,
:mod:`~claimcheck.fixes.apply` applies them to a draft's text.
"""
