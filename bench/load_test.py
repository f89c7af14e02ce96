"""Load test on loopback: `checker serve` with N gunicorn workers, wrk posting ~750-word articles to /check.

    .venv/bin/python bench/load_test.py --db sqlite --references 100000 --duration 60
    .venv/bin/python bench/load_test.py --db postgresql --references 100000 --duration 60

Starts the service on 127.0.0.1 (a fresh SQLite file or a throw-away PostgreSQL
database loaded with synthetic references), runs wrk for a bounded time, then
stops the service and drops the database. In the same run it times the naive
pipeline (quantulum3.parse + dateparser.search_dates on the whole article) on
one core, for the ratio ours/naive. Prints one JSON object (and a table row).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).parent))
from bench_match import synthetic_references  # noqa: E402

ARTICLES = Path(__file__).parent / "data" / "articles"
POSTGRES_SERVER = os.environ.get("CHECKER_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
WRK_SCRIPT = r"""
local bodies = {}
local index = 0
function init(args)
  for line in io.lines(args[1]) do table.insert(bodies, line) end
end
function request()
  index = index % #bodies + 1
  return wrk.format("POST", "/check", {["Content-Type"] = "application/json"}, bodies[index])
end
local non_2xx = 0
function response(status, headers, body)
  if status >= 300 then non_2xx = non_2xx + 1 end
end
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('WRK_RESULT {"requests": %d, "duration_us": %d, "socket_errors": %d, "status_errors": %d,'
    .. ' "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f}\n',
    summary.requests, summary.duration, errors, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
"""


def _articles() -> list[dict]:
    """The ~750-word benchmark articles with their language and publication date."""
    meta = json.loads((ARTICLES / "articles.json").read_text(encoding="utf-8"))
    return [{"text": (ARTICLES / name).read_text(encoding="utf-8"), "language": info["language"],
             "published_at": info["published_at"]} for name, info in sorted(meta.items())]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database(kind: str, folder: Path) -> tuple[str, str | None]:
    if kind == "sqlite":
        return f"sqlite:///{folder / 'load.sqlite'}", None
    name = f"checker_load_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(POSTGRES_SERVER, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = POSTGRES_SERVER.rpartition("/")[0].replace("postgresql://", "postgresql+psycopg://", 1)
    return f"{base}/{name}", name


def _drop(name: str | None) -> None:
    if name:
        with psycopg.connect(POSTGRES_SERVER, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _load_references(url: str, count: int) -> float:
    """Migrate and load ``count`` synthetic references in one transaction; returns seconds taken."""
    from checker.db import make_engine, make_session_factory
    from checker.migrate import upgrade
    from checker.references import repository

    engine = make_engine(url)
    started = time.perf_counter()
    try:
        upgrade(engine)
        records, problems = repository.validate_many(synthetic_references(count))
        assert not problems, problems[:3]
        with make_session_factory(engine)() as session:
            repository.insert_records(session, records)
            session.commit()
    finally:
        engine.dispose()
    return time.perf_counter() - started


def _naive_ms(articles: list[dict], rounds: int) -> float:
    """ms per article for quantulum3.parse + dateparser.search_dates on one core."""
    import warnings

    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates
    from quantulum3 import parser

    timings = []
    for _ in range(rounds):
        for article in articles:
            started = time.perf_counter()
            parser.parse(article["text"])
            search_dates(article["text"], languages=[article["language"]])
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def run(db: str, references: int, duration: int, connections: int, workers: int, naive_rounds: int) -> dict:
    articles = _articles()
    with tempfile.TemporaryDirectory(prefix="checker-load-") as tmp:
        folder = Path(tmp)
        url, pg_name = _database(db, folder)
        try:
            load_s = _load_references(url, references)
            bodies = folder / "bodies.jsonl"
            bodies.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
            script = folder / "post.lua"
            script.write_text(WRK_SCRIPT, encoding="utf-8")
            port = _free_port()
            env = os.environ | {"DATABASE_URL": url, "CHECKER_DEMO_REFERENCES": "false", "CHECKER_RATE_LIMIT": "",
                                "CHECKER_INSTANCE_PATH": str(folder), "CHECKER_LOG_LEVEL": "WARNING"}
            log_path = folder / "server.log"
            log = log_path.open("w")
            server = subprocess.Popen(
                [sys.executable, "-c", "from checker.cli import main; main()", "serve", "--port", str(port),
                 "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL, stderr=log)
            try:
                _wait_healthy(port, server, log_path)
                _warm(port, articles, workers)
                out = subprocess.run(
                    ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s",
                     "-s", str(script), f"http://127.0.0.1:{port}/check", "--", str(bodies)],
                    capture_output=True, text=True, timeout=duration + 60, check=True).stdout
            finally:
                server.terminate()
                server.wait(timeout=30)
                log.close()
            result = json.loads(next(line for line in out.splitlines() if line.startswith("WRK_RESULT"))[11:])
            errors = [line for line in log_path.read_text().splitlines() if '"level": "error"' in line]
            result["server_errors"] = len(errors)
            if errors:
                print("\n".join(errors[:3])[:3000], file=sys.stderr)
        finally:
            _drop(pg_name)
    seconds = result["duration_us"] / 1e6
    result |= {"db": db, "workers": workers, "connections": connections, "references": references,
               "reference_load_s": round(load_s, 1), "checks_per_s": round(result["requests"] / seconds, 1),
               "words_per_article": round(statistics.mean(len(a["text"].split()) for a in articles))}
    if naive_rounds:
        naive = _naive_ms(articles, naive_rounds)
        result["naive_ms_per_article"] = round(naive, 1)
        result["naive_checks_per_s_on_all_workers"] = round(workers * 1000 / naive, 1)
        result["ratio_ours_over_naive"] = round(result["checks_per_s"] / (workers * 1000 / naive), 1)
    return result


def _wait_healthy(port: int, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the service exited: {log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the service did not become healthy in 120 s")


def _warm(port: int, articles: list[dict], workers: int) -> None:
    """A few requests per worker so that first-call costs (caches filling) fall before the clock starts."""
    for _ in range(workers * 3):
        for article in articles[:1]:
            request = urllib.request.Request(f"http://127.0.0.1:{port}/check", data=json.dumps(article).encode(),
                                             headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--references", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--naive-rounds", type=int, default=2, help="0 to skip the naive pipeline")
    args = parser.parse_args()
    result = run(args.db, args.references, args.duration, args.connections, args.workers, args.naive_rounds)
    print(json.dumps(result))
    print("| db | references | workers | conns | checks/s | p50 ms | p95 ms | p99 ms | errors | ours/naive |")
    print(f"| {result['db']} | {result['references']:,} | {result['workers']} | {result['connections']} | "
          f"{result['checks_per_s']} | {result['p50_ms']} | {result['p95_ms']} | {result['p99_ms']} | "
          f"{result['socket_errors'] + result['status_errors']} | {result.get('ratio_ours_over_naive', '-')} |")


if __name__ == "__main__":
    main()
