"""Running the service under gunicorn with a documented configuration."""

from __future__ import annotations

import multiprocessing
import os
import tempfile

from gunicorn.app.base import BaseApplication


def default_workers() -> int:
    """One worker per core, plus one to cover a worker recycling: a check is CPU-bound, so more workers than
    cores only make each request wait longer (gunicorn's 2 x cores + 1 is for workers that wait on I/O)."""
    return int(os.environ.get("CHECKER_WORKERS") or multiprocessing.cpu_count() + 1)


def gunicorn_options(host: str, port: int, workers: int | None) -> dict:
    """The gunicorn settings we run with.

    ``preload_app``: the app (lexicons, language models, rules, migrations) is
    built once in the master and shared by the forked workers, never per request.
    ``timeout``: a worker stuck longer than this is killed and replaced.
    ``max_requests`` (+ jitter): workers are recycled now and then, bounding any leak.
    No gunicorn access log: the app logs every request itself, as JSON with its request id.
    Send HUP to the master for a graceful reload.
    """
    return {
        "bind": f"{host}:{port}",
        "workers": workers or default_workers(),
        "preload_app": True,
        "timeout": int(os.environ.get("CHECKER_WORKER_TIMEOUT", "30")),
        "graceful_timeout": 30,
        "keepalive": 5,
        "max_requests": 10_000,
        "max_requests_jitter": 1_000,
    }


class CheckerApplication(BaseApplication):
    def __init__(self, options: dict):
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from checker.web import create_app

        return create_app()


def _child_exit(_server, worker) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def run_gunicorn(host: str, port: int, workers: int | None) -> None:
    """Serve with gunicorn; metrics of every worker are pooled in PROMETHEUS_MULTIPROC_DIR."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # must be set before the metrics are created
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="checker-metrics-")
    options = gunicorn_options(host, port, workers) | {"child_exit": _child_exit}
    CheckerApplication(options).run()
