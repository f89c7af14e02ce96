"""The scale-out shape: several gunicorn workers on one PostgreSQL, and the load script, shortened."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from service import call, running_service

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = {"text": "Russia launched about 90 missiles overnight at Ukrainian cities, officials said.",
           "language": "en", "published_at": "2024-03-01", "store": False}
MISSILES = {"id": "ru-missiles-overnight", "subject": "Russia",
            "measure": "missiles launched overnight at Ukrainian cities", "aliases": ["missiles"], "kind": "count",
            "value": 50, "qualifier": "approx", "source": "Air Force"}


def _flagged(base: str) -> bool:
    status, body = call("POST", f"{base}/check", ARTICLE)
    assert status == 200, body
    return any(f["rule"] == "value_mismatch" for f in body["findings"])


def test_a_reference_change_reaches_every_worker_within_a_second(postgres_url, tmp_path):
    env = {"DATABASE_URL": postgres_url, "CHECKER_DEMO_REFERENCES": "false", "CHECKER_RATE_LIMIT": ""}
    with running_service(env, tmp_path, workers=3) as (base, _):
        call("DELETE", f"{base}/references/{MISSILES['id']}")
        assert call("POST", f"{base}/references", MISSILES)[0] == 201
        time.sleep(1.0)
        assert all(_flagged(base) for _ in range(12)), "a worker did not see the new reference"

        assert call("PUT", f"{base}/references/{MISSILES['id']}", MISSILES | {"value": 90})[0] == 200
        time.sleep(1.0)  # the promise: within one second, on every worker, without a restart
        assert not any(_flagged(base) for _ in range(12)), "a worker still used the old value"


def test_load_script_runs_shortened_with_no_errors():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "load_test.py"), "--db", "sqlite",
                          "--references", "500", "--duration", "3", "--connections", "4", "--naive-rounds", "0"],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    result = json.loads(out.splitlines()[0])
    assert result["requests"] > 0
    assert result["socket_errors"] == 0 and result["status_errors"] == 0
    assert result["p99_ms"] >= result["p50_ms"] > 0
