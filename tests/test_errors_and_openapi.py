"""Every error is a problem+json with the right status; responses match the OpenAPI document."""

from __future__ import annotations

from functools import lru_cache

import jsonschema
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from checker.web.openapi import openapi_document

ARTICLE = "Russia launched about 50 missiles overnight, and air defences shot down 38 of them on 2 March 2024."


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return Registry().with_resource("urn:openapi", DRAFT202012.create_resource(openapi_document()))


def _validate(body, schema_name: str) -> None:
    """Validate ``body`` against a schema of the served OpenAPI document (3.1 schemas are JSON Schema 2020-12)."""
    registry = _registry()
    schema = {"$ref": f"urn:openapi#/components/schemas/{schema_name}"}
    jsonschema.Draft202012Validator(schema, registry=registry).validate(body)


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    _validate(body, "Problem")
    assert body["status"] == status
    return body


def test_malformed_json_is_400(client):
    _problem(client.post("/check", data='{"text": "5 missiles"', content_type="application/json"), 400)


def test_unknown_path_is_404(client):
    _problem(client.get("/nothing-here"), 404)
    _problem(client.get("/checks/0123456789abcdef"), 404)
    _problem(client.get("/references/nope"), 404)


def test_wrong_method_is_405(client):
    response = client.delete("/check")
    _problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_body_over_the_limit_is_413(make_app):
    response = make_app(max_body_bytes=2_000).test_client().post("/check", json={"text": "12 missiles. " * 500})
    _problem(response, 413)


def test_wrong_content_type_is_415(client):
    _problem(client.post("/check", data="text=5", content_type="application/x-www-form-urlencoded"), 415)
    _problem(client.post("/references", data="id,subject", content_type="text/csv"), 415)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": 42}, "text"),
        ({"text": ARTICLE, "language": "de"}, "language"),
        ({"text": ARTICLE, "published_at": "March 2nd"}, "published_at"),
        ({"text": ARTICLE, "store": "maybe"}, "store"),
        ({"text": ARTICLE, "rules": ["no_such_rule"]}, "rules"),
        ({"text": ARTICLE, "publishedAt": "2024-03-02"}, "publishedAt"),
        (["not", "an", "object"], "(body)"),
    ],
)
def test_invalid_fields_are_422_naming_the_field(client, payload, field):
    body = _problem(client.post("/check", json=payload), 422)
    assert body["errors"][0]["field"] == field


def test_check_response_matches_the_openapi_document(client):
    response = client.post("/check", json={"text": ARTICLE, "published_at": "2024-03-03"})
    assert response.status_code == 200
    body = response.get_json()
    _validate(body, "CheckReport")
    _validate(client.get(f"/checks/{body['check_id']}").get_json(), "StoredCheck")


def test_reference_responses_match_the_openapi_document(client):
    record = {"id": "ru-missiles", "subject": "Russia", "measure": "missiles launched overnight",
              "kind": "count", "value": 50, "qualifier": "approx", "source": "Ukrainian Air Force"}
    created = client.post("/references", json=record)
    _validate(created.get_json(), "Reference")
    listing = client.get("/references").get_json()
    for item in listing["references"]:
        _validate(item, "Reference")
    body = client.post("/check", json={"text": ARTICLE}).get_json()
    for finding in body["findings"]:
        _validate(finding, "Finding")


def test_health_reports_the_database(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.get_json()
    _validate(body, "Health")
    assert body["database"] == "ok"


def test_openapi_document_lists_every_route(app):
    documented = set(openapi_document()["paths"])
    routes = {rule.rule.replace("<", "{").replace(">", "}") for rule in app.url_map.iter_rules()
              if rule.endpoint != "static"}
    assert routes == documented


def test_no_input_makes_a_500(client):
    hostile = ["\x00" * 50, "9" * 100_000, "1,1,1,1," * 2_000, "\ud7ff" * 10, "€" * 1000, "<script>1</script>"]
    for text in hostile:
        response = client.post("/check", json={"text": text})
        assert response.status_code < 500, text[:20]
