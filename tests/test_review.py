"""The review page served by Flask: forms, marked figures, escaping, CSRF, decisions, re-checks, languages."""

from __future__ import annotations

import stat

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from sqlalchemy import func, select

from checker.claims import CLAIM_KINDS
from checker.demo import demo_article
from checker.references.models import CheckRun, FindingDecision
from checker.web.state import services

SHELLS = "North Korea has sent more than 100,000 artillery shells to Russia, South Korea's defence ministry said."
SHELLS_REFERENCE = {
    "id": "nk-shells", "subject": "North Korea", "measure": "artillery shells sent to Russia",
    "aliases": ["artillery shells", "Pyongyang"], "kind": "count", "value": 1_000_000, "qualifier": "more_than",
    "as_of": "2023-11-01", "source": "Yonhap", "url": "https://example.org/yonhap",
}
OFFICIALS = (
    "Six senior officials attended the talks in Moscow on Tuesday.\n\n"
    "The five senior officials said nothing to reporters, the ministry said."
)


def _page(response) -> HTMLParser:
    assert response.mimetype == "text/html", response.get_data(as_text=True)[:300]
    return HTMLParser(response.get_data(as_text=True))


def _token(client, path: str = "/review") -> str:
    return _page(client.get(path)).css_first("input[name=csrf_token]").attributes["value"]


def _submit(client, **fields) -> str:
    """Post the review form; returns the new check id."""
    data = {"csrf_token": _token(client), "language": "en", **fields}
    response = client.post("/review", data=data)
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    location = response.headers["Location"]
    assert location.startswith("/review/")
    return location.rsplit("/", 1)[1]


def _review(client, check_id: str) -> HTMLParser:
    response = client.get(f"/review/{check_id}")
    assert response.status_code == 200
    return _page(response)


def _mark(page: HTMLParser, text: str):
    return next(mark for mark in page.css("mark.claim") if mark.text() == text)


def services_of(client):
    with client.application.app_context():
        return services()


def _finding_id(client, check_id: str, rule: str) -> str:
    return next(f["id"] for f in client.get(f"/checks/{check_id}").get_json()["findings"] if f["rule"] == rule)


def test_form_labels_every_field_and_carries_a_csrf_token(client):
    page = _page(client.get("/review"))
    labelled = {label.attributes["for"] for label in page.css("label[for]")}
    fields = [node for node in page.css("input, select, textarea") if node.attributes.get("type") != "hidden"]
    assert {node.attributes["name"] for node in fields} == {
        "title", "text", "published_at", "language", "external_id", "editor"}
    assert all(node.attributes["id"] in labelled for node in fields)
    assert page.css_first("a.skip-link").attributes["href"] == "#main"
    assert len(page.css_first("input[name=csrf_token]").attributes["value"]) >= 32


def test_submitted_article_becomes_a_stored_review_run(client):
    check_id = _submit(client, text=SHELLS, title="Shells", published_at="2024-03-01", external_id="cms-1")
    stored = client.get(f"/checks/{check_id}").get_json()
    assert stored["origin"] == "review"
    assert (stored["title"], stored["external_id"], stored["published_at"]) == ("Shells", "cms-1", "2024-03-01")
    page = _review(client, check_id)
    assert page.css_first("h1").text() == "Shells"
    assert _mark(page, "more than 100,000").attributes["tabindex"] == "0"


def test_hostile_text_and_title_are_shown_as_text(client):
    text = "<script>alert(1)</script> 5 missiles hit <b>Kyiv</b> & 3 drones \"fell\"."
    check_id = _submit(client, text=text, title="<img src=x onerror=alert(2)>")
    html = client.get(f"/review/{check_id}").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>Kyiv" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;b&gt;Kyiv&lt;/b&gt; &amp; " in html
    page = HTMLParser(html)
    assert [script.attributes.get("src") for script in page.css("script")] == ["/static/review/review.js"]
    assert page.css_first(".article-text").text() == text
    assert _mark(page, "5").attributes["role"] == "button"


def test_every_claim_is_marked_and_not_claims_are_left_alone(client):
    text = ("At 10:30 on Friday, 12 G7 ministers met at 10 Downing Street; about 40% of the 300 delegates "
            "flew in for the second time.")
    check_id = _submit(client, text=text, published_at="2024-03-01")
    claims = client.get(f"/checks/{check_id}").get_json()["claims"]
    marked = [mark.text() for mark in _review(client, check_id).css("mark.claim")]
    assert marked == [claim["text"] for claim in claims if claim["kind"] in CLAIM_KINDS]
    assert any(claim["kind"] not in CLAIM_KINDS for claim in claims)


def test_demo_findings_are_coloured_by_severity_and_listed_in_text_order(demo_app):
    client = demo_app.test_client()
    article = demo_article("en")
    check_id = _submit(client, text=article["text"], title=article["title"], published_at=article["published_at"])
    report = client.get(f"/checks/{check_id}").get_json()
    page = _review(client, check_id)
    scale = _mark(page, "more than one billion")
    assert "tone-error" in scale.attributes["class"]
    assert scale.attributes["aria-controls"] == "pop-" + scale.attributes["data-claim"]
    listed = [link.attributes["data-claim"] for link in page.css(".finding-list a.claim-link")]
    assert listed == [f["claim_id"] for f in report["findings"]]
    counts = {node.attributes["data-count"]: int(node.css_first("strong").text()) for node in page.css("[data-count]")}
    assert counts["error"] == report["summary"]["errors"] >= 2
    assert counts["info"] == report["summary"]["infos"]
    worst = {}
    for finding in report["findings"]:
        severities = [worst.get(finding["claim_id"], "info"), finding["severity"]]
        worst[finding["claim_id"]] = min(severities, key=["error", "warning", "info"].index)
    for mark in page.css("mark.claim"):
        assert f"tone-{worst.get(mark.attributes['data-claim'], 'plain')}" in mark.attributes["class"].split()
    assert "plain" in {mark.attributes["class"].split()[-1].removeprefix("tone-") for mark in page.css("mark.claim")}


def test_popover_shows_reference_source_date_and_matched_terms(client):
    client.post("/references", json=SHELLS_REFERENCE)
    check_id = _submit(client, text=SHELLS, published_at="2024-03-01")
    page = _review(client, check_id)
    popover = page.css_first("#" + _mark(page, "more than 100,000").attributes["aria-controls"])
    assert popover.attributes["role"] == "dialog"
    detail = popover.text(separator=" ")
    assert "more than one million" in detail
    assert "November 1, 2023" in detail
    link = popover.css_first("a[href='https://example.org/yonhap']")
    assert link.text() == "Yonhap" and "noopener" in link.attributes["rel"]
    terms = client.get(f"/checks/{check_id}").get_json()["findings"][0]["evidence"]["matched_terms"]
    assert terms and all(term in detail for term in terms)


def test_a_javascript_source_url_is_not_made_a_link(client):
    client.post("/references", json=SHELLS_REFERENCE | {"url": "javascript:alert(1)"})
    page = _review(client, _submit(client, text=SHELLS))
    assert not [a for a in page.css("a[href]") if "javascript" in a.attributes["href"]]
    assert "Yonhap" in page.css_first(".popover.tone-error").text()


def test_internal_contradiction_links_to_the_related_figure(client):
    as_a_browser_sends_it = OFFICIALS.replace("\n", "\r\n")
    check_id = _submit(client, text=as_a_browser_sends_it, published_at="2024-03-01")
    assert client.get(f"/checks/{check_id}").get_json()["text"] == OFFICIALS
    page = _review(client, check_id)
    later = _mark(page, "five")
    assert "tone-warning" in later.attributes["class"]
    related = page.css_first(f"#pop-{later.attributes['data-claim']} ul.related a.claim-link")
    assert related.attributes["href"] == "#" + _mark(page, "Six").attributes["id"]


def test_form_post_without_a_valid_token_is_refused(client):
    article = {"text": SHELLS, "language": "en"}
    missing = client.post("/review", data=article)
    wrong = client.post("/review", data=article | {"csrf_token": "forged"})
    for response in (missing, wrong):
        assert response.status_code == 403
        assert "did not come from this site" in _page(response).css_first("[role=alert]").text()
    with services_of(client).sessions() as session:
        assert session.scalar(select(func.count()).select_from(CheckRun)) == 0


def test_decision_form_post_without_token_is_refused(client):
    check_id = _submit(client, text=SHELLS)
    other = client.application.test_client()  # another browser: no session, so no token
    response = other.post(f"/review/{check_id}/decisions",
                          data={"finding_id": "f1", "reason": "fine", "editor": "Eve", "csrf_token": "guess"})
    assert response.status_code == 403


def test_invalid_form_is_shown_again_with_its_errors(client):
    response = client.post("/review", data={"csrf_token": _token(client), "text": "  ", "title": "Kept title",
                                            "published_at": "yesterday"})
    assert response.status_code == 422
    page = _page(response)
    assert page.css_first("#field-text").attributes["aria-invalid"] == "true"
    assert "text-error" in page.css_first("#field-text").attributes["aria-describedby"]
    assert page.css_first("#field-title").attributes["value"] == "Kept title"
    assert len(page.css(".error-summary li")) == 2


def test_no_hostile_form_input_makes_a_500(client):
    token = _token(client)
    nul = client.post("/review", data={"csrf_token": token, "text": "5 missiles\x00 fell", "title": "a\x00b"})
    assert nul.status_code == 422 and len(_page(nul).css(".error-summary li")) == 2
    long_text = client.post("/review", data={"csrf_token": token, "text": "12 missiles. " * 20_000})
    assert long_text.status_code == 422 and "limit" in _page(long_text).css_first("#text-error").text()
    huge = client.post("/review", data={"csrf_token": token, "text": "9" * 1_100_000})
    assert huge.status_code == 413 and _page(huge).css_first("[role=alert]")
    forged_previous = client.post("/review", data={"csrf_token": token, "text": SHELLS, "previous_run_id": "\x00'"})
    assert forged_previous.status_code == 422
    for path in ("/review/%00abc", "/review/" + "a" * 40, "/review/..%2F..%2Fetc"):
        assert client.get(path).status_code == 404
    check_id = _submit(client, text=SHELLS)
    finding_id = client.get(f"/checks/{check_id}").get_json()["findings"][0]["id"]
    decision = client.post(f"/checks/{check_id}/decisions",
                           json={"finding_id": finding_id, "reason": "ok\x00", "editor": "Ana"})
    assert decision.status_code == 422 and decision.get_json()["errors"][0]["field"] == "reason"
    assert client.post("/checks/%00/decisions", json={}).status_code == 404


def test_html_pages_carry_security_headers(client):
    for response in (client.get("/review"), client.get("/review/0123456789abcdef")):
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["Cache-Control"] == "no-store"
        assert "Accept-Language" in response.headers["Vary"]
    assert client.get("/review/0123456789abcdef").status_code == 404


def test_interface_language_follows_accept_language_and_the_override(client):
    french = _page(client.get("/review", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}))
    assert french.css_first("html").attributes["lang"] == "fr"
    assert french.css_first("h1").text() == "Vérifier un article"
    assert french.css_first("label[for=field-text]").text() == "Texte de l'article"
    override = client.get("/review?ui=en", headers={"Accept-Language": "fr"})
    assert _page(override).css_first("h1").text() == "Check an article"
    assert "ui=en" in override.headers["Set-Cookie"]
    remembered = _page(client.get("/review", headers={"Accept-Language": "fr"}))
    assert remembered.css_first("html").attributes["lang"] == "en"
    check_id = _submit(client, text=SHELLS)
    switch = _page(client.get(f"/review?from={check_id}")).css_first("a[hreflang=fr]").attributes["href"]
    assert switch == f"/review?from={check_id}&ui=fr"
    assert _page(client.get(switch)).css_first("textarea[name=text]").text() == SHELLS


def test_query_keys_url_for_would_read_as_its_own_are_kept_in_the_language_link(client):
    response = client.get("/review?endpoint=x&_external=1&from=")
    assert response.status_code == 200
    switch = _page(response).css_first("a[hreflang=fr]").attributes["href"]
    assert switch == "/review?endpoint=x&_external=1&from=&ui=fr"


def test_french_review_page_of_a_french_article(client):
    text = "La Corée du Nord a envoyé plus de 100 000 obus d'artillerie à la Russie, selon Séoul."
    check_id = _submit(client, text=text, language="fr")
    page = _page(client.get(f"/review/{check_id}?ui=fr"))
    assert page.css_first("#findings-heading").text() == "Signalements"
    assert page.css_first(".article-text").attributes["lang"] == "fr"
    assert _mark(page, "plus de 100 000")


def test_accepting_a_finding_marks_it_accepted(client):
    client.post("/references", json=SHELLS_REFERENCE)
    check_id = _submit(client, text=SHELLS, published_at="2024-03-01", editor="Ana")
    finding_id = _finding_id(client, check_id, "value_mismatch")
    form = _review(client, check_id).css_first(f"#finding-{finding_id} form.accept-form")
    assert form.css_first("input[name=editor]").attributes["value"] == "Ana"
    response = client.post(form.attributes["action"], data={
        "csrf_token": _token(client), "finding_id": finding_id, "reason": "Seoul's own new estimate", "editor": "Ana"})
    assert response.status_code == 303 and "#claim-" in response.headers["Location"]
    page = _review(client, check_id)
    assert "tone-accepted" in _mark(page, "more than 100,000").attributes["class"]
    decision = page.css_first(f"#finding-{finding_id} .decision").text()
    assert "Ana" in decision and "Seoul's own new estimate" in decision
    assert int(page.css_first("[data-count=accepted] strong").text()) == 1


def test_decision_form_needs_a_reason_and_a_name(client):
    check_id = _submit(client, text=SHELLS)
    finding_id = client.get(f"/checks/{check_id}").get_json()["findings"][0]["id"]
    response = client.post(f"/review/{check_id}/decisions",
                           data={"csrf_token": _token(client), "finding_id": finding_id, "reason": " ", "editor": ""})
    assert response.status_code == 422
    assert len(_page(response).css("#decision-errors li")) == 2


def test_recheck_links_runs_and_shows_what_changed(client):
    client.post("/references", json=SHELLS_REFERENCE)
    consistent = OFFICIALS.replace("The five", "The six")
    first = _submit(client, text=SHELLS + " " + consistent, title="Shells", published_at="2024-03-01")
    form = _page(client.get(f"/review?from={first}"))
    assert form.css_first("textarea[name=text]").text() == SHELLS + " " + consistent
    assert form.css_first("input[name=previous_run_id]").attributes["value"] == first
    edited = SHELLS.replace("100,000", "one million") + " " + OFFICIALS
    second = _submit(client, text=edited, title="Shells", published_at="2024-03-01", previous_run_id=first)
    assert client.get(f"/checks/{second}").get_json()["previous_run_id"] == first
    page = _review(client, second)
    fixed = page.css_first(".changes-fixed").text(separator=" ")
    assert "more than 100,000" in fixed and "Yonhap" in fixed
    new = page.css_first(".changes-new").text(separator=" ")
    assert "contradicts an earlier mention" in new
    figures = [node.text() for node in page.css(".changes-fixed li s, .changes-new li a.claim-link")]
    assert "“more than 100,000”" in figures and "“five”" in figures
    assert "“Six”" not in figures  # unchanged, though its offset moved
    assert page.css_first(".changes a[href='/review/" + first + "']")


def test_decisions_carry_over_to_later_runs_of_the_same_article(client):
    client.post("/references", json=SHELLS_REFERENCE)
    first = _submit(client, text=SHELLS, external_id="cms-7", title="Draft title")
    client.post(f"/checks/{first}/decisions", json={
        "finding_id": _finding_id(client, first, "value_mismatch"), "reason": "Official figure", "editor": "Ana"})
    edited = "Updated: " + SHELLS
    later = _review(client, _submit(client, text=edited, external_id="cms-7", title="New title"))
    mark = _mark(later, "more than 100,000")
    assert "tone-accepted" in mark.attributes["class"]
    assert "earlier check" in later.css_first(f"#pop-{mark.attributes['data-claim']} .decision").text()
    unrelated = _review(client, _submit(client, text=edited, external_id="cms-8", title="Draft title"))
    assert "tone-error" in _mark(unrelated, "more than 100,000").attributes["class"]


def test_without_external_id_the_title_names_the_article(client):
    client.post("/references", json=SHELLS_REFERENCE)
    first = _submit(client, text=SHELLS, title="Shells to Russia")
    client.post(f"/checks/{first}/decisions", json={
        "finding_id": _finding_id(client, first, "value_mismatch"), "reason": "ok", "editor": "Bo"})
    same = _review(client, _submit(client, text=SHELLS, title="Shells to Russia"))
    other = _review(client, _submit(client, text=SHELLS, title="Other story"))
    assert "tone-accepted" in _mark(same, "more than 100,000").attributes["class"]
    assert "tone-error" in _mark(other, "more than 100,000").attributes["class"]


def test_decisions_json_endpoint(client):
    check_id = _submit(client, text=SHELLS)
    stored = client.get(f"/checks/{check_id}").get_json()
    finding = stored["findings"][0]
    finding_id = finding["id"]
    claim_text = next(c["text"] for c in stored["claims"] if c["id"] == finding["claim_id"])
    response = client.post(f"/checks/{check_id}/decisions",
                           json={"finding_id": finding_id, "reason": "Checked by phone", "editor": "Ana"})
    assert response.status_code == 201
    body = response.get_json()
    assert body["decision"] == "accepted" and body["check_id"] == check_id and body["finding_id"] == finding_id
    assert body["finding_key"] == f"{finding['rule']}|{claim_text.casefold()}|1"
    with services_of(client).sessions() as session:
        assert session.scalar(select(func.count()).select_from(FindingDecision)) == 1
    bad = client.post(f"/checks/{check_id}/decisions", json={"finding_id": "f99", "reason": "x", "editor": "A"})
    assert bad.status_code == 422 and bad.get_json()["errors"][0]["field"] == "finding_id"
    assert client.post(f"/checks/{check_id}/decisions", json={"finding_id": finding_id, "editor": "A"}
                       ).get_json()["errors"][0]["field"] == "reason"
    assert client.post("/checks/0123456789abcdef/decisions", json={}).status_code == 404
    assert client.post(f"/checks/{check_id}/decisions", data="finding_id=f1").status_code == 415


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_secret_key_is_generated_once_per_instance_folder(database_url, tmp_path):
    from checker.web import create_app

    first = create_app({"database_url": database_url, "demo_references": False, "instance_path": tmp_path})
    second = create_app({"database_url": database_url, "demo_references": False, "instance_path": tmp_path})
    assert first.secret_key == second.secret_key and len(first.secret_key) >= 32
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    configured = create_app({"database_url": database_url, "demo_references": False, "instance_path": tmp_path,
                             "secret_key": "from-the-environment"})
    assert configured.secret_key == "from-the-environment"
