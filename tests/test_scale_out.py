"""The scale-out shape: several gunicorn workers on one PostgreSQL, and the load script, shortened."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = {"text": "Russia launched about 90 missiles overnight at Ukrainian cities, officials said.",
           "language": "en", "published_at": "2024-03-01", "store": False}
MISSILES = {"id": "ru-missiles-overnight", "subject": "Russia",
            "measure": "missiles launched overnight at Ukrainian cities", "aliases": ["missiles"], "kind": "count",
            "value": 50, "qualifier": "approx", "source": "Air Force"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _call(method: str, url: str, body: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body else None,
                                     headers={"Content-Type": "application/json", "Connection": "close"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def _flagged(base: str) -> bool:
    status, body = _call("POST", f"{base}/check", ARTICLE)
    assert status == 200, body
    return any(f["rule"] == "value_mismatch" for f in body["findings"])


def test_a_reference_change_reaches_every_worker_within_a_second(postgres_url, tmp_path):
    port = _free_port()
    env = os.environ | {"DATABASE_URL": postgres_url, "CHECKER_INSTANCE_PATH": str(tmp_path),
                        "CHECKER_DEMO_REFERENCES": "false", "CHECKER_RATE_LIMIT": ""}
    server = subprocess.Popen([sys.executable, "-c", "from checker.cli import main; main()", "serve", "--port",
                               str(port), "--workers", "3"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _call("GET", f"{base}/health")[0] == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "the service did not start"
            time.sleep(0.3)
        _call("DELETE", f"{base}/references/{MISSILES['id']}")
        status, _ = _call("POST", f"{base}/references", MISSILES)
        assert status == 201
        time.sleep(1.0)
        assert all(_flagged(base) for _ in range(12)), "a worker did not see the new reference"

        status, _ = _call("PUT", f"{base}/references/{MISSILES['id']}", MISSILES | {"value": 90})
        assert status == 200
        time.sleep(1.0)  # the promise: within one second, on every worker, without a restart
        assert not any(_flagged(base) for _ in range(12)), "a worker still used the old value"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_load_script_runs_shortened_with_no_errors():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "load_test.py"), "--db", "sqlite",
                          "--references", "500", "--duration", "3", "--connections", "4", "--naive-rounds", "0"],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    result = json.loads(out.splitlines()[0])
    assert result["requests"] > 0
    assert result["socket_errors"] == 0 and result["status_errors"] == 0
    assert result["p99_ms"] >= result["p50_ms"] > 0
