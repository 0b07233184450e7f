"""Merging another analyst's project: preview, checks of what comes in, one undoable command."""
