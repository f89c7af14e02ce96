"""What the README's commands do: an installed copy finds its data; `checker serve` answers on the demo."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_installed_wheel_finds_rules_and_migrations(tmp_path):
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(wheels), str(ROOT)], check=True, cwd=tmp_path)
    wheel = next(wheels.glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, cwd=tmp_path)
    script = (
        "import checker, json\n"
        "from checker.paths import data_folder\n"
        "from checker.cli import main\n"
        "print(json.dumps({'package': checker.__file__, 'rules': str(data_folder('rules')),\n"
        "                  'rule_ids': checker.default_rules().ids}))\n"
    )
    env = os.environ | {"PYTHONPATH": str(target), "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite'}"}
    out = subprocess.run([sys.executable, "-c", script], check=True, cwd=tmp_path, env=env,
                         capture_output=True, text=True).stdout
    found = json.loads(out)
    assert found["package"].startswith(str(target))
    assert found["rules"].startswith(str(target))
    assert "value_mismatch" in found["rule_ids"]
    upgrade = subprocess.run([sys.executable, "-c", "from checker.cli import main; main()", "db", "upgrade"],
                             cwd=tmp_path, env=env, capture_output=True, text=True)
    assert upgrade.returncode == 0, upgrade.stderr
    assert "Database at revision" in upgrade.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _request(url: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.loads(response.read())


def test_serve_starts_on_sqlite_with_demo_references(tmp_path):
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env["CHECKER_INSTANCE_PATH"] = str(tmp_path / "instance")
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-c", "from checker.cli import main; main()", "serve",
                               "--port", str(port), "--workers", "1"],
                              cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                status, health = _request(f"{base}/health")
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline, "the service did not start"
                time.sleep(0.3)
        assert status == 200 and health["database"] == "ok" and health["references"] >= 5
        assert (tmp_path / "instance" / "checker.sqlite").exists()
        from checker.demo import demo_article

        status, report = _request(f"{base}/check", demo_article("en"))
        assert status == 200
        assert any(f["severity"] == "error" and f["reference"] for f in report["findings"])
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
