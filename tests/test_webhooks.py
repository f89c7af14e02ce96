"""POST /webhooks/cms: signatures, replay window, idempotent deliveries (also at once), payload shapes, HTML
offsets, the publish policy, and an article's history (GET /articles/<id>/checks), on both databases."""

from __future__ import annotations

import base64
import datetime as dt
import json
import shutil
import threading
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from standardwebhooks.webhooks import Webhook

from checker.web.openapi import openapi_document

SECRET = "whsec_" + base64.b64encode(b"newsroom-cms-shared-secret-2024").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"somebody-else-entirely-000000").decode()
PUBLIC_URL = "https://checker.example.org"
CMS_SETTINGS = {"webhook_secret": SECRET, "public_url": PUBLIC_URL}

SHELLS = {
    "id": "nk-shells", "subject": "North Korea", "measure": "artillery shells sent to Russia",
    "aliases": ["obus d'artillerie", "Corée du Nord", "Pyongyang"], "kind": "count", "value": 1_000_000,
    "qualifier": "more_than", "as_of": "2023-11-01", "source": "Yonhap", "url": "https://example.org/yonhap",
}
OBUS = SHELLS | {"id": "nk-obus", "subject": "Corée du Nord", "measure": "obus d'artillerie envoyés à la Russie",
                 "aliases": ["North Korea", "artillery shells", "Pyongyang"]}
ARTICLE = {
    "id": "cms-1042",
    "title": "North Korea ships shells to Russia",
    "text": ("North Korea has sent more than 100,000 artillery shells to Russia, South Korea's defence "
             "ministry said on Friday. The shipments crossed the border by rail."),
    "published_at": "2024-03-01T09:30:00+01:00",
    "language": "en",
    "url": "https://news.example.org/world/2024/03/01/shells",
    "author": "Desk",  # CMSes send more than we read
}
CLEAN_ARTICLE = ARTICLE | {"text": "The shipments crossed the border by rail, officials in Seoul said on Friday."}
GUTENBERG_HTML = """<!-- wp:paragraph -->
<p>La Corée du Nord a envoyé <strong>plus de 100&nbsp;000 obus</strong> d'artillerie à la Russie,
selon le ministère sud-coréen de la Défense.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Les livraisons ont franchi la frontière par le rail.</p>
<!-- /wp:paragraph -->"""
WORDPRESS_POST = {
    "post_id": 881,
    "post": {
        "ID": 881, "post_author": "3", "post_date": "2024-03-01 10:15:00", "post_date_gmt": "2024-03-01 09:15:00",
        "post_content": GUTENBERG_HTML, "post_title": "Des obus pour Moscou &#8211; le d&eacute;compte",
        "post_status": "future", "post_name": "obus-moscou", "post_type": "post",
        "guid": "https://news.example.org/?p=881",
    },
    "post_meta": {"_edit_lock": ["1709284500:3"]},
    "post_permalink": "https://news.example.org/2024/03/01/obus-moscou/",
    "language": "fr_FR",
}


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return Registry().with_resource("urn:openapi", DRAFT202012.create_resource(openapi_document()))


def _validate(body, schema_name: str) -> None:
    schema = {"$ref": f"urn:openapi#/components/schemas/{schema_name}"}
    jsonschema.Draft202012Validator(schema, registry=_registry()).validate(body)


@pytest.fixture
def cms_app_with(database_url, tmp_path):
    """Apps set up for the CMS (secret, public URL), ``settings`` overriding; their engines closed afterwards."""
    from checker.web import create_app

    made = []

    def make(**settings):
        made.append(create_app({"database_url": database_url, "demo_references": False, "instance_path": tmp_path}
                               | CMS_SETTINGS | settings))
        return made[-1]

    yield make
    for app in made:
        app.extensions["checker"].engine.dispose()


@pytest.fixture
def cms_app(cms_app_with):
    return cms_app_with()


@pytest.fixture
def cms(cms_app):
    client = cms_app.test_client()
    assert client.post("/references", json=SHELLS).status_code == 201
    return client


def _headers(body: str, delivery_id: str, *, secret: str = SECRET, at: dt.datetime | None = None) -> dict:
    at = at or dt.datetime.now(dt.UTC)
    return {
        "webhook-id": delivery_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(delivery_id, at, body),
        "Content-Type": "application/json",
    }


def _deliver(client, payload, delivery_id: str = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", **signing):
    body = json.dumps(payload)
    return client.post("/webhooks/cms", data=body, headers=_headers(body, delivery_id, **signing))


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    _validate(body, "Problem")
    return body


def _history(client, external_id: str) -> list[dict]:
    response = client.get(f"/articles/{external_id}/checks")
    assert response.status_code == 200
    _validate(response.get_json(), "ArticleChecks")
    return response.get_json()["checks"]


def test_a_signed_article_is_checked_stored_and_answered(cms):
    response = _deliver(cms, ARTICLE)
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    _validate(body, "WebhookResult")
    assert body["publishable"] is False and body["policy"] == "no_errors"
    assert body["summary"]["errors"] >= 1
    assert body["review_url"] == f"{PUBLIC_URL}/review/{body['check_id']}"
    error = next(f for f in body["findings"] if f["severity"] == "error")
    assert ARTICLE["text"][error["start"]:error["end"]] == "more than 100,000"
    assert error["reference"]["id"] == "nk-shells"
    assert "html_start" not in error
    stored = cms.get(f"/checks/{body['check_id']}").get_json()
    assert (stored["origin"], stored["external_id"], stored["title"]) == ("webhook", "cms-1042", ARTICLE["title"])
    assert stored["published_at"] == "2024-03-01"
    assert stored["findings"] == [{k: v for k, v in f.items() if k not in ("html_start", "html_end")}
                                  for f in body["findings"]]


def test_a_clean_article_is_publishable(cms):
    body = _deliver(cms, CLEAN_ARTICLE).get_json()
    assert body["summary"]["errors"] == 0
    assert body["publishable"] is True


def test_wordpress_post_html_findings_point_into_the_html(cms):
    assert cms.post("/references", json=OBUS).status_code == 201
    response = _deliver(cms, WORDPRESS_POST)
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    _validate(body, "WebhookResult")
    assert (body["external_id"], body["language"]) == ("881", "fr")
    error = next(f for f in body["findings"] if f["severity"] == "error")
    assert GUTENBERG_HTML[error["html_start"]:error["html_end"]] == "plus de 100&nbsp;000"
    stored = cms.get(f"/checks/{body['check_id']}").get_json()
    assert stored["text"][error["start"]:error["end"]] == "plus de 100\u00a0000"
    assert "<" not in stored["text"] and "wp:paragraph" not in stored["text"]
    assert stored["title"] == "Des obus pour Moscou \u2013 le d\u00e9compte"
    assert stored["published_at"] == "2024-03-01"


def test_generic_html_payload_maps_offsets_through_inline_tags(cms):
    html = ("<h2>Shells</h2><p>North Korea has sent <em>more than 100,000</em> artillery shells to Russia, "
            "Seoul said.</p>")
    body = _deliver(cms, {"id": 77, "html": html, "language": "en-GB"}).get_json()
    error = next(f for f in body["findings"] if f["severity"] == "error")
    assert html[error["html_start"]:error["html_end"]] == "more than 100,000"


def test_unsigned_or_badly_signed_deliveries_are_refused(cms):
    body = json.dumps(ARTICLE)
    good = _headers(body, "msg_1")
    assert "missing" in _problem(cms.post("/webhooks/cms", data=body, content_type="application/json"),
                                 401)["detail"]
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        partial = {key: value for key, value in good.items() if key != name}
        assert name in _problem(cms.post("/webhooks/cms", data=body, headers=partial), 401)["detail"]
    wrong_secret = _headers(body, "msg_1", secret=OTHER_SECRET)
    assert "does not match" in _problem(cms.post("/webhooks/cms", data=body, headers=wrong_secret), 401)["detail"]
    tampered = body.replace("100,000", "1,000,000")
    _problem(cms.post("/webhooks/cms", data=tampered, headers=good), 401)
    other_id = good | {"webhook-id": "msg_2"}
    _problem(cms.post("/webhooks/cms", data=body, headers=other_id), 401)
    for garbage in ("v1", "v1,not base64!", "v2," + good["webhook-signature"].split(",")[1], ""):
        _problem(cms.post("/webhooks/cms", data=body, headers=good | {"webhook-signature": garbage}), 401)
    assert _history(cms, "cms-1042") == []


def test_signatures_outside_the_five_minute_window_are_refused(cms):
    now = dt.datetime.now(dt.UTC)
    for at in (now - dt.timedelta(minutes=6), now + dt.timedelta(minutes=6)):
        detail = _problem(_deliver(cms, ARTICLE, "msg_late", at=at), 401)["detail"]
        assert "5 minutes" in detail
    body = json.dumps(ARTICLE)
    not_a_time = _headers(body, "msg_late") | {"webhook-timestamp": "yesterday"}
    _problem(cms.post("/webhooks/cms", data=body, headers=not_a_time), 401)
    assert _deliver(cms, ARTICLE, "msg_late", at=now - dt.timedelta(minutes=4)).status_code == 200


def test_a_repeated_delivery_gets_the_stored_answer_without_a_second_run(cms):
    first = _deliver(cms, ARTICLE, "msg_repeat")
    again = _deliver(cms, ARTICLE, "msg_repeat")
    edited = _deliver(cms, ARTICLE | {"text": "Nothing to check here."}, "msg_repeat")
    assert first.status_code == again.status_code == edited.status_code == 200
    assert "Idempotent-Replayed" not in first.headers
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json() == edited.get_json()
    assert len(_history(cms, "cms-1042")) == 1


def test_two_identical_deliveries_at_once_make_one_run(cms_app, monkeypatch):
    """Both requests pass the "already delivered?" look-up before either stores anything; the unique
    delivery id lets one commit and sends the other the stored answer."""
    from checker.web import webhooks

    cms_app.test_client().post("/references", json=SHELLS)
    both_checking = threading.Barrier(2, timeout=30)
    real_run_check = webhooks.run_check

    def run_check_in_step(*args, **kwargs):
        both_checking.wait()
        return real_run_check(*args, **kwargs)

    monkeypatch.setattr(webhooks, "run_check", run_check_in_step)
    responses = [None, None]

    def deliver(slot: int) -> None:
        responses[slot] = _deliver(cms_app.test_client(), ARTICLE, "msg_twice")

    threads = [threading.Thread(target=deliver, args=(slot,)) for slot in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert [response.status_code for response in responses] == [200, 200]
    assert responses[0].get_json() == responses[1].get_json()
    assert sorted("Idempotent-Replayed" in response.headers for response in responses) == [False, True]
    assert [run["check_id"] for run in _history(cms_app.test_client(), "cms-1042")] == [
        responses[0].get_json()["check_id"]]


def test_article_history_lists_runs_newest_first_linked_to_the_previous(cms):
    first = _deliver(cms, ARTICLE, "msg_a").get_json()
    second = _deliver(cms, CLEAN_ARTICLE, "msg_b").get_json()
    _deliver(cms, WORDPRESS_POST, "msg_c")
    assert second["previous_check_id"] == first["check_id"]
    history = _history(cms, "cms-1042")
    assert [run["check_id"] for run in history] == [second["check_id"], first["check_id"]]
    assert history[0]["previous_run_id"] == first["check_id"]
    assert {run["origin"] for run in history} == {"webhook"}
    assert history[1]["summary"]["errors"] >= 1 and history[0]["summary"]["errors"] == 0
    assert history[0]["text_hash"] != history[1]["text_hash"]
    assert len(_history(cms, "881")) == 1
    assert _history(cms, "never-checked") == []
    assert [run["check_id"] for run in cms.get("/articles/cms-1042/checks?limit=1").get_json()["checks"]] == [
        second["check_id"]]
    _problem(cms.get("/articles/cms-1042/checks?limit=0"), 422)


def _rules_with_value_mismatch_as_warning(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", folder)
    rule = folder / "value_mismatch.yaml"
    data = yaml.safe_load(rule.read_text(encoding="utf-8"))
    rule.write_text(yaml.safe_dump(data | {"severity": "warning"}, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("policy", "publishable"), [("no_errors", True), ("no_warnings", False)])
def test_the_publish_policy_decides_what_blocks_publication(cms_app_with, tmp_path, policy, publishable):
    rules = _rules_with_value_mismatch_as_warning(tmp_path)
    app = cms_app_with(publish_policy=policy, rules_dir=str(rules))
    client = app.test_client()
    client.post("/references", json=SHELLS)
    body = _deliver(client, ARTICLE).get_json()
    assert body["summary"]["warnings"] >= 1 and body["summary"]["errors"] == 0
    assert (body["policy"], body["publishable"]) == (policy, publishable)


def test_unconfigured_webhook_answers_503_and_never_accepts_unsigned(client):
    detail = _problem(_deliver(client, ARTICLE), 503)["detail"]
    assert "CHECKER_WEBHOOK_SECRET" in detail
    _problem(client.post("/webhooks/cms", json=ARTICLE), 503)
    assert _history(client, "cms-1042") == []


def test_misconfigured_secret_or_policy_answers_503(cms_app_with):
    bad_policy = cms_app_with(publish_policy="whenever").test_client()
    assert "CHECKER_PUBLISH_POLICY" in _problem(_deliver(bad_policy, ARTICLE), 503)["detail"]
    bad_secret = cms_app_with(webhook_secret="whsec_").test_client()
    assert "CHECKER_WEBHOOK_SECRET" in _problem(_deliver(bad_secret, ARTICLE), 503)["detail"]


def test_review_url_is_relative_without_a_public_url(cms_app_with):
    client = cms_app_with(public_url="").test_client()
    body = _deliver(client, CLEAN_ARTICLE).get_json()
    assert body["review_url"] == f"/review/{body['check_id']}"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({k: v for k, v in ARTICLE.items() if k != "id"}, "id"),
        (ARTICLE | {"id": True}, "id"),
        ({k: v for k, v in ARTICLE.items() if k != "text"}, "text"),
        (ARTICLE | {"html": "<p>Both.</p>"}, "text"),
        (ARTICLE | {"text": "   "}, "text"),
        ({"id": 5, "html": "<p><!-- nothing --></p>"}, "html"),
        (ARTICLE | {"text": "Kyiv said 40 drones\u0000 were launched."}, "text"),
        (ARTICLE | {"title": "Drones\u0000"}, "title"),
        (ARTICLE | {"language": "de-DE"}, "language"),
        (ARTICLE | {"published_at": "last Friday"}, "published_at"),
        ({"post": {"ID": 881, "post_content": ""}}, "post.post_content"),
        ({"post": WORDPRESS_POST["post"] | {"post_date": "soon"}}, "post.post_date"),
        (["not", "an", "object"], "(body)"),
    ],
)
def test_signed_but_invalid_payloads_are_422_naming_the_field(cms, payload, field):
    body = _problem(_deliver(cms, payload, "msg_invalid"), 422)
    assert body["errors"][0]["field"] == field


def test_signed_malformed_json_is_400_and_drafts_without_a_date_are_checked(cms):
    body = "{not json"
    _problem(cms.post("/webhooks/cms", data=body, headers=_headers(body, "msg_broken")), 400)
    draft = WORDPRESS_POST | {"post": WORDPRESS_POST["post"] | {"post_date": "0000-00-00 00:00:00"}}
    response = _deliver(cms, draft, "msg_draft")
    assert response.status_code == 200
    assert cms.get(f"/checks/{response.get_json()['check_id']}").get_json()["published_at"] is None


def test_hostile_payloads_never_make_a_500(cms):
    hostile_html = ["<" * 5000, "<div>" * 20000 + "12 missiles", "&#99999999999; &#0; &bogus; 5 km",
                    "<script>" + "1 " * 1000, "<p>\u202e\ud7ff 9" + "9" * 5000 + "</p>", "<![CDATA[3 tanks]]>"]
    for number, html in enumerate(hostile_html):
        response = _deliver(cms, {"id": f"hostile-{number}", "html": html}, f"msg_hostile_{number}")
        assert response.status_code < 500, html[:20]
    body = json.dumps(ARTICLE)
    long_id = _headers(body, "m" * 300)
    _problem(cms.post("/webhooks/cms", data=body, headers=long_id), 422)
    not_utf8 = "caf\u00e9 5 km".encode("latin-1")
    headers = _headers("caf\u00e9 5 km", "msg_latin")
    _problem(cms.post("/webhooks/cms", data=not_utf8, headers=headers), 401)
