"""The sync property test (tests/services/test_sync_properties.py) again, every database end-to-end encrypted:
the team converges and nothing is lost without a decision when the servers hold only ciphertext."""

import pytest

import tests.services.test_sync_properties as plain
from tests.fixtures.couch_decrypting import encrypted_team  # noqa: F401 (a fixture)
from tests.services.test_sync_properties import *  # noqa: F403 (the same test, collected here again)


@pytest.fixture(autouse=True)
def _encrypted(encrypted_team) -> None:  # noqa: F811
    encrypted_team(plain)  # _server_objects reads the servers through the decrypting view
