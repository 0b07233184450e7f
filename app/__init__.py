"""Sourcemark: a desktop workbench for source verification."""

__version__ = "0.1.0"
