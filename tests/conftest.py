"""Fixtures shared by several test folders."""

import pytest

from tests.fixtures.couch_server import server  # noqa: F401 - one PouchDB Server per test module that asks for it


@pytest.fixture(autouse=True)
def _own_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Servers confirmed for sync (app.store.trusted_servers) go to a folder of the test's, never ~/.config."""
    monkeypatch.setenv("SOURCEMARK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
