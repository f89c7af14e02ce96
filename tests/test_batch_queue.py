"""Batch checks inline, and on RQ with real Redis and real `checker worker` processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from redis import Redis
from rq import Queue
from rq.job import Job
from rq.registry import StartedJobRegistry
from sqlalchemy import func, select

from checker.batch import QUEUE_NAME
from checker.cli import main
from checker.db import make_engine, make_session_factory
from checker.references.models import CheckRun

REDIS_URL = os.environ.get("CHECKER_TEST_REDIS", "redis://127.0.0.1:6379/15")
ARTICLES = [
    {"id": f"cms-{n}", "language": "en", "published_at": "2024-03-01",
     "text": f"Russia launched about {40 + n} missiles overnight; air defences shot down {20 + n} of them."}
    for n in range(6)
]


def _runs(database_url: str) -> dict[str, int]:
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            rows = session.execute(select(CheckRun.id, func.count()).group_by(CheckRun.id)).all()
            return {check_id: count for check_id, count in rows}
    finally:
        engine.dispose()


@pytest.fixture
def redis_db():
    connection = Redis.from_url(REDIS_URL)
    connection.flushdb()
    yield connection
    connection.flushdb()


def _worker(database_url: str, burst: bool = True) -> subprocess.Popen:
    env = os.environ | {"DATABASE_URL": database_url, "REDIS_URL": REDIS_URL}
    args = [sys.executable, "-c", "from checker.cli import main; main()", "worker"] + (["--burst"] if burst else [])
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def test_inline_batch_without_a_queue(client, database_url):
    response = client.post("/check/batch", json={"articles": ARTICLES[:3]})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == ["finished"] * 3
    assert set(_runs(database_url)) == {r["check_id"] for r in results}


def test_batch_over_the_limit_is_413(client):
    response = client.post("/check/batch", json={"articles": ARTICLES * 20})
    assert response.status_code == 413


def test_queued_batch_runs_each_job_once_on_two_workers(database_url, redis_db, make_app):
    client = make_app(redis_url=REDIS_URL).test_client()
    response = client.post("/check/batch", json={"articles": ARTICLES})
    assert response.status_code == 202
    body = response.get_json()
    workers = [_worker(database_url), _worker(database_url)]
    for process in workers:
        assert process.wait(timeout=120) == 0
    status = client.get(body["status_url"]).get_json()
    assert status["finished"] == len(ARTICLES) and status["pending"] == 0
    runs = _runs(database_url)
    assert set(runs) == set(body["check_ids"]) and set(runs.values()) == {1}
    stored = client.get(f"/checks/{body['check_ids'][0]}").get_json()
    assert stored["origin"] == "batch" and stored["external_id"] == "cms-0"


def test_a_job_whose_worker_is_killed_is_retried_and_stored_once(database_url, redis_db, tmp_path):
    runner = CliRunner()
    articles = tmp_path / "archive.jsonl"
    long_text = "Russia launched about 50 missiles overnight, officials said. " * 9000  # a few seconds
    articles.write_text(json.dumps({"id": "slow", "text": long_text, "language": "en"}) + "\n", encoding="utf-8")
    env = {"DATABASE_URL": database_url, "REDIS_URL": REDIS_URL}
    result = runner.invoke(main, ["check", "--batch", str(articles)], env=env)
    assert result.exit_code == 0, result.output
    queue = Queue(QUEUE_NAME, connection=redis_db)
    registry = StartedJobRegistry(queue=queue)
    worker = _worker(database_url, burst=False)
    deadline = time.monotonic() + 60
    # The job enters the started registry a moment before its status says so; only a job marked started is
    # seen as abandoned by the registry's clean-up, so wait for both before killing the worker.
    while not (ids := registry.get_job_ids()) or Job.fetch(ids[0], connection=redis_db).get_status() != "started":
        assert time.monotonic() < deadline, "the worker never started the job"
        time.sleep(0.05)
    os.killpg(worker.pid, signal.SIGKILL)  # the worker and its work horse, mid-job
    worker.wait(timeout=10)
    assert _runs(database_url) == {}
    registry.cleanup(timestamp=time.time() + 10_000)  # what a live worker's maintenance does once it expires
    assert queue.count == 1
    assert _worker(database_url).wait(timeout=120) == 0
    runs = _runs(database_url)
    assert len(runs) == 1 and set(runs.values()) == {1}


def test_cli_batch_checks_a_folder_across_processes(database_url, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for article in ARTICLES[:4]:
        (folder / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
    (folder / "plain.txt").write_text("La Russie a tiré environ 50 missiles dans la nuit.", encoding="utf-8")
    env = {"DATABASE_URL": database_url, "REDIS_URL": ""}
    result = CliRunner().invoke(main, ["check", "--batch", str(folder), "--processes", "2"], env=env)
    assert result.exit_code == 0, result.output
    assert "5 articles checked and stored" in result.output
    assert "cms-0.json" in result.output and "plain.txt" in result.output
    assert len(_runs(database_url)) == 5


def test_cli_batch_reports_a_bad_line(database_url, tmp_path):
    archive = tmp_path / "bad.jsonl"
    archive.write_text('{"text": "5 missiles"}\n{"text": ""}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--batch", str(archive)], env={"DATABASE_URL": database_url})
    assert result.exit_code == 1
    assert "bad.jsonl:2: text is required" in result.output


def test_a_webhook_burst_is_queued_and_a_repeated_delivery_is_queued_once(database_url, redis_db, make_app):
    import base64
    import datetime as dt

    from standardwebhooks.webhooks import Webhook

    secret = "whsec_" + base64.b64encode(b"queue-test-shared-secret-00").decode()
    client = make_app(redis_url=REDIS_URL, webhook_secret=secret).test_client()

    def deliver(delivery_id: str, article: dict):
        body, now = json.dumps(article), dt.datetime.now(dt.UTC)
        headers = {"webhook-id": delivery_id, "webhook-timestamp": str(int(now.timestamp())),
                   "webhook-signature": Webhook(secret).sign(delivery_id, now, body),
                   "Content-Type": "application/json"}
        return client.post("/webhooks/cms?async=1", data=body, headers=headers)

    answers = [deliver(f"msg_{n}", article) for n, article in enumerate(ARTICLES[:3])]
    assert [a.status_code for a in answers] == [202, 202, 202]
    again = deliver("msg_0", ARTICLES[0])
    assert again.status_code == 202 and again.get_json()["check_id"] == answers[0].get_json()["check_id"]
    assert _worker(database_url).wait(timeout=120) == 0
    for answer in answers:
        status = client.get(answer.get_json()["status_url"]).get_json()
        assert status["finished"] == 1
    assert len(_runs(database_url)) == 3
    replay = deliver("msg_0", ARTICLES[0])  # now stored: the stored answer, synchronously
    assert replay.status_code == 200 and replay.headers["Idempotent-Replayed"] == "true"
    assert replay.get_json()["check_id"] == answers[0].get_json()["check_id"]
    stored = client.get(f"/checks/{replay.get_json()['check_id']}").get_json()
    assert stored["origin"] == "webhook" and stored["external_id"] == "cms-0"
