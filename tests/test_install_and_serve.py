"""What the README's commands do: an installed copy finds its data; `checker serve` answers on the demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from service import call, running_service

from checker.demo import demo_article

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


def test_serve_starts_on_sqlite_with_demo_references(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    env = {"CHECKER_INSTANCE_PATH": str(tmp_path / "instance")}
    with running_service(env, tmp_path) as (base, _):
        status, health = call("GET", f"{base}/health")
        assert status == 200 and health["database"] == "ok" and health["references"] >= 5
        assert (tmp_path / "instance" / "checker.sqlite").exists()
        status, report = call("POST", f"{base}/check", demo_article("en"))
        assert status == 200
        assert any(f["severity"] == "error" and f["reference"] for f in report["findings"])
