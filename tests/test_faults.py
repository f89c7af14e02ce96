"""Faults: PostgreSQL unreachable mid-run (through a proxy we cut), and a worker killed after a write."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid

import pytest
from service import call, running_service
from tcp_proxy import TcpProxy

# A fictional subject: the test database is shared with tests that load the demo references (Russia's missiles).
ARTICLE = {"text": "Borduria launched about 90 missiles overnight at Syldavian cities, officials said.",
           "language": "en", "published_at": "2024-03-01"}
MISSILES = {"id": "bd-missiles", "subject": "Borduria", "measure": "missiles launched overnight at Syldavian cities",
            "aliases": ["missiles"], "kind": "count", "value": 50, "qualifier": "approx", "source": "Air Force"}


@pytest.fixture
def proxied_app(postgres_url, make_app):
    """An app whose PostgreSQL connections go through a proxy the test can cut."""
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    try:
        app = make_app(database_url=url.set(host="127.0.0.1", port=proxy.port).render_as_string(False))
        yield app, proxy
    finally:
        proxy.close()


def test_database_outage_is_reported_and_checks_use_the_cached_references(proxied_app):
    app, proxy = proxied_app
    client = app.test_client()
    run = uuid.uuid4().hex[:8]
    assert client.post("/references", json=MISSILES | {"id": f"missiles-{run}"}).status_code == 201
    assert any(f["rule"] == "value_mismatch" for f in client.post("/check", json=ARTICLE).get_json()["findings"])

    proxy.cut()
    time.sleep(0.6)  # past the index's stamp-check interval, so the next check tries the database
    health = client.get("/health")
    assert health.status_code == 503 and health.get_json()["database"] == "unreachable"
    unstored = client.post("/check", json=ARTICLE | {"store": False})
    assert unstored.status_code == 200
    assert any(f["rule"] == "value_mismatch" for f in unstored.get_json()["findings"])
    stored = client.post("/check", json=ARTICLE)
    assert stored.status_code == 503 and stored.content_type == "application/problem+json"
    batch = [MISSILES | {"id": f"a-{run}"}, MISSILES | {"id": f"b-{run}"}]
    assert client.post("/references", json=batch).status_code == 503

    proxy.restore()
    assert client.get("/health").status_code == 200
    assert client.get(f"/references/a-{run}").status_code == 404  # nothing half-applied
    assert client.post("/references", json=batch).status_code == 201
    assert client.post("/check", json=ARTICLE).status_code == 200


def test_a_killed_worker_loses_no_committed_write(database_url, tmp_path):
    env = {"DATABASE_URL": database_url, "CHECKER_DEMO_REFERENCES": "false"}
    with running_service(env, tmp_path, workers=2) as (base, server):
        assert call("POST", f"{base}/references", MISSILES)[0] == 201
        workers = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
        for pid in workers:
            os.kill(int(pid), signal.SIGKILL)
        deadline = time.monotonic() + 60
        while _status(f"{base}/references/bd-missiles") != 200:
            assert time.monotonic() < deadline, "the reference did not survive the killed workers"
            time.sleep(0.3)


def _status(url: str) -> int | None:
    try:
        return call("GET", url)[0]
    except OSError:  # between a killed worker and its replacement
        return None
