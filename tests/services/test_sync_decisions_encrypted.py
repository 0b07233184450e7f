"""tests/services/test_sync_decisions.py again, every database end-to-end encrypted: decisions compare the
plaintexts, server branches and replication between servers work on ciphertext (issue 29, item 9)."""

import pytest

from tests.fixtures.couch_decrypting import encrypted_team  # noqa: F401 (a fixture)
from tests.services.test_sync_decisions import *  # noqa: F403 (the same tests, collected here again)


@pytest.fixture(autouse=True)
def _encrypted(encrypted_team) -> None:  # noqa: F811
    pass


def test_the_scenarios_above_do_run_encrypted(team, urls) -> None:  # noqa: F405
    import json
    import urllib.request

    for url in urls:  # the raw server, not the decrypting view
        with urllib.request.urlopen(f"{url}/_all_docs?include_docs=true") as reply:
            rows = json.loads(reply.read())["rows"]
        assert "sourcemark:e2ee" in {row["id"] for row in rows} and len(rows) > 5
        assert all(set(row["doc"]) <= {"_id", "_rev", "e", "_attachments"} for row in rows
                   if row["id"] != "sourcemark:e2ee")
