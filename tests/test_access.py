"""API keys with roles, the open desk mode, rate limits, request ids and /metrics."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from checker.cli import main

ARTICLE = {"text": "Russia launched about 50 missiles overnight, officials in Kyiv said.", "language": "en"}
REFERENCE = {"id": "ru-missiles", "subject": "Russia", "measure": "missiles launched overnight", "kind": "count",
             "value": 50, "qualifier": "approx", "source": "Ukrainian Air Force"}


@pytest.fixture
def keyed_app(make_app):
    return make_app(auth="keys")


def _key(database_url, monkeypatch, role: str) -> str:
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = CliRunner().invoke(main, ["keys", "create", "--name", f"{role} desk", "--role", role])
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def test_keys_mode_needs_a_key_except_for_public_endpoints(keyed_app):
    client = keyed_app.test_client()
    response = client.post("/check", json=ARTICLE)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.post("/check", json=ARTICLE, headers={"Authorization": "Bearer chk_wrong"}).status_code == 401
    assert client.get("/health").status_code == 200
    assert client.get("/openapi.json").status_code == 200


def test_editor_checks_but_only_admin_writes_references(keyed_app, database_url, monkeypatch):
    client = keyed_app.test_client()
    editor = {"Authorization": f"Bearer {_key(database_url, monkeypatch, 'editor')}"}
    admin = {"Authorization": f"Bearer {_key(database_url, monkeypatch, 'admin')}"}
    assert client.post("/check", json=ARTICLE, headers=editor).status_code == 200
    assert client.post("/references", json=REFERENCE, headers=editor).status_code == 403
    assert client.post("/references", json=REFERENCE, headers=admin).status_code == 201
    assert client.get("/references/ru-missiles", headers=editor).status_code == 200


def test_revoked_key_stops_working_and_stays_listed(keyed_app, database_url, monkeypatch):
    secret = _key(database_url, monkeypatch, "editor")
    runner = CliRunner()
    key_id = runner.invoke(main, ["keys", "list"]).output.split()[0]
    assert runner.invoke(main, ["keys", "revoke", key_id]).exit_code == 0
    response = keyed_app.test_client().post("/check", json=ARTICLE, headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 401
    listing = runner.invoke(main, ["keys", "list"]).output
    assert key_id in listing and "revoked: -" not in listing
    assert secret not in listing


def test_rate_limit_answers_429_as_a_problem(make_app):
    client = make_app(rate_limit="3 per minute").test_client()
    statuses = [client.post("/extract", json=ARTICLE).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.post("/extract", json=ARTICLE)
    assert response.content_type == "application/problem+json"
    assert client.get("/health").status_code == 200


def test_request_id_is_echoed_and_metrics_count_requests_and_findings(client):
    client.post("/references", json=REFERENCE)
    response = client.post("/check", json=ARTICLE | {"text": "Russia launched about 90 missiles overnight."},
                           headers={"X-Request-ID": "desk-42"})
    assert response.headers["X-Request-ID"] == "desk-42"
    assert len(client.get("/health").headers["X-Request-ID"]) == 32
    metrics = client.get("/metrics").get_data(as_text=True)
    assert 'checker_http_requests_total{endpoint="/check",method="POST",status="200"}' in metrics
    assert 'checker_findings_total{rule="value_mismatch",severity="error"}' in metrics
    assert 'checker_claims_total{kind="count"}' in metrics


def test_review_page_signs_in_with_a_key_in_keys_mode(keyed_app, database_url, monkeypatch):
    import re

    client = keyed_app.test_client()
    page = client.get("/review")
    assert page.status_code == 302 and "/review/login?next=/review" in page.headers["Location"]
    form = client.get("/review/login?next=/review").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    wrong = client.post("/review/login", data={"key": "chk_nope", "next": "/review", "csrf_token": token})
    assert wrong.status_code == 401 and "not valid" in wrong.get_data(as_text=True)
    secret = _key(database_url, monkeypatch, "editor")
    signed = client.post("/review/login", data={"key": secret, "next": "https://evil.example/", "csrf_token": token})
    assert signed.status_code == 303 and signed.headers["Location"] == "/review"  # never another site
    assert client.get("/review").status_code == 200
