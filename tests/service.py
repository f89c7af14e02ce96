"""Starting the real service (`checker serve`, gunicorn) on a free loopback port for end-to-end tests."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(method: str, url: str, body: dict | None = None) -> tuple[int, dict]:
    """(status, JSON body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body else None,
                                     headers={"Content-Type": "application/json", "Connection": "close"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


@contextmanager
def running_service(env: dict[str, str], folder: Path, workers: int = 1) -> Iterator[tuple[str, subprocess.Popen]]:
    """`checker serve` with ``env`` on top of ours; yields (base URL, process) once /health answers."""
    port = free_port()
    log_path = folder / f"serve-{port}.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-c", "from checker.cli import main; main()", "serve", "--port", str(port),
             "--workers", str(workers)],
            cwd=folder, env=os.environ | env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if call("GET", f"{base}/health")[0] == 200:
                        break
                except OSError:
                    pass
                assert server.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "the service did not start in 60 s"
                time.sleep(0.3)
            yield base, server
        finally:
            server.terminate()
            server.wait(timeout=30)
