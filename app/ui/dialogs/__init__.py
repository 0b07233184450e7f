"""Dialogs and user-facing message helpers."""
