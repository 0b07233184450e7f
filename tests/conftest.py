"""Fixtures shared by several test folders."""

from tests.fixtures.couch_server import server  # noqa: F401 - one PouchDB Server per test module that asks for it
