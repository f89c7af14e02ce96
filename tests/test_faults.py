"""Faults: PostgreSQL unreachable mid-run (through a proxy we cut), and a worker killed after a write."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import pytest
from tcp_proxy import TcpProxy

ARTICLE = {"text": "Russia launched about 90 missiles overnight at Ukrainian cities, officials said.",
           "language": "en", "published_at": "2024-03-01"}
MISSILES = {"id": "ru-missiles", "subject": "Russia", "measure": "missiles launched overnight at Ukrainian cities",
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _call(method: str, url: str, body: dict | None = None) -> int:
    request = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body else None,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_killed_worker_loses_no_committed_write(database_url, tmp_path):
    port = _free_port()
    env = os.environ | {"DATABASE_URL": database_url, "CHECKER_INSTANCE_PATH": str(tmp_path),
                        "CHECKER_DEMO_REFERENCES": "false"}
    server = subprocess.Popen([sys.executable, "-c", "from checker.cli import main; main()", "serve", "--port",
                               str(port), "--workers", "2"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while _safe_status(f"{base}/health") != 200:
            assert server.poll() is None and time.monotonic() < deadline, "the service did not start"
            time.sleep(0.3)
        assert _call("POST", f"{base}/references", MISSILES) == 201
        workers = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True, text=True).stdout.split()
        for pid in workers:
            os.kill(int(pid), signal.SIGKILL)
        deadline = time.monotonic() + 60
        while _safe_status(f"{base}/references/ru-missiles") != 200:
            assert time.monotonic() < deadline, "the reference did not survive the killed workers"
            time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _safe_status(url: str) -> int | None:
    try:
        return _call("GET", url)
    except OSError:
        return None
