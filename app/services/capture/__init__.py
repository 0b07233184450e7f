"""Capturing the live web into a project: fetch off-thread, then one undoable command."""
