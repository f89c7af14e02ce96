"""The review page in a real headless Chromium (Debian's package, driven by Playwright), on SQLite.

Set CHECKER_UPDATE_SCREENSHOT=1 to refresh docs/review.png from the demo article.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from werkzeug.serving import make_server

from checker.demo import demo_article

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "review.png"

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def base_url(demo_app) -> Iterator[str]:
    """The demo app (demo references loaded) served on a free local port from a background thread."""
    server = make_server("127.0.0.1", 0, demo_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _watched_page(browser: Browser, base_url: str, **context) -> tuple[Page, list[str]]:
    """A page that records console errors, failed responses and any request that leaves the service."""
    page = browser.new_context(**context).new_page()
    problems: list[str] = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("response", lambda answer: answer.status >= 400 and problems.append(f"{answer.status} {answer.url}"))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: request.url.startswith(base_url) or problems.append(request.url))
    return page, problems


def _submit_demo(page: Page, base_url: str) -> None:
    article = demo_article("en")
    page.goto(f"{base_url}/review?ui=en")
    page.get_by_label("Title").fill(article["title"])
    page.get_by_label("Article text").fill(article["text"])
    page.get_by_label("Publication date").fill(article["published_at"])
    page.get_by_label("Article language").select_option("en")
    page.get_by_role("button", name="Check the article").click()
    page.wait_for_url(re.compile(r"/review/[0-9a-f]{32}$"))


def _active_id(page: Page) -> str:
    return page.evaluate("document.activeElement ? document.activeElement.id : ''")


def _contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", colour)[:3])
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_editor_reviews_the_demo_article_with_the_keyboard(browser, base_url, tmp_path):
    page, problems = _watched_page(browser, base_url, viewport={"width": 1280, "height": 900})
    _submit_demo(page, base_url)

    scale = page.locator("mark.claim", has_text="more than one billion")
    expect(scale).to_have_class(re.compile(r"\btone-error\b"))
    assert page.locator("mark.claim.tone-error").count() >= 2
    assert page.locator(".finding-list li").count() >= 2
    target = scale.get_attribute("id")
    for _ in range(60):  # Tab through the page until the figure has the focus
        page.keyboard.press("Tab")
        if _active_id(page) == target:
            break
    assert _active_id(page) == target
    popover = page.locator(f"#pop-{scale.get_attribute('data-claim')}")
    expect(popover).to_be_hidden()
    page.keyboard.press("Enter")
    expect(popover).to_be_visible()
    expect(scale).to_have_attribute("aria-expanded", "true")
    assert _active_id(page) == popover.get_attribute("id")
    expect(popover).to_contain_text("Yonhap (demo record)")
    expect(popover.locator("a[href='https://example.org/demo/nk-shells']")).to_be_visible()
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    if os.environ.get("CHECKER_UPDATE_SCREENSHOT"):
        page.screenshot(path=str(SCREENSHOT), full_page=True)

    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()
    assert _active_id(page) == target
    page.keyboard.press(" ")
    expect(popover).to_be_visible()

    reason = popover.get_by_label("Reason")
    while _active_id(page) != reason.get_attribute("id"):
        page.keyboard.press("Tab")
    page.keyboard.type("Ministry's own figure; reference is stale")
    page.keyboard.press("Tab")
    page.keyboard.type("Ana Editor")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#claim-"))
    expect(scale).to_have_class(re.compile(r"\btone-accepted\b"))
    expect(popover).to_contain_text("Accepted as is by Ana Editor")

    page.reload()
    expect(page.locator("mark.claim", has_text="more than one billion")).to_have_class(re.compile(r"\btone-accepted\b"))
    expect(page.locator("[data-count=accepted] strong")).to_have_text("1")

    other = page.locator(".finding-list a.claim-link").nth(1)
    anchor = other.get_attribute("data-claim")
    other.click()
    assert _active_id(page) == f"claim-{anchor}"
    expect(page.locator(f"#pop-{anchor}")).to_be_visible()
    page.keyboard.press("Escape")

    page.mouse.move(0, 0)
    page.locator("mark.claim.tone-error").first.hover()
    expect(page.locator(".popover:not([hidden])")).to_have_count(1)
    assert problems == []


def test_colours_keep_text_contrast(browser, base_url):
    page, _ = _watched_page(browser, base_url)
    _submit_demo(page, base_url)
    pairs = page.evaluate("""() => {
        const opaque = (element) => {
            for (let node = element; node; node = node.parentElement) {
                const colour = getComputedStyle(node).backgroundColor;
                if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
            }
            return 'rgb(255, 255, 255)';
        };
        return [...document.querySelectorAll('mark.claim, .badge, .count, .legend, a, label, .finding-item p')]
            .map((element) => [element.className || element.tagName, getComputedStyle(element).color, opaque(element)]);
    }""")
    assert len(pairs) > 20
    low = [(name, round(_contrast(fg, bg), 2)) for name, fg, bg in pairs if _contrast(fg, bg) < 4.5]
    assert low == []


def test_narrow_screen_has_no_horizontal_scroll(browser, base_url):
    page, problems = _watched_page(browser, base_url, viewport={"width": 360, "height": 740}, is_mobile=True,
                                   has_touch=True)
    page.goto(f"{base_url}/review")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    _submit_demo(page, base_url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    article = page.locator(".article").bounding_box()
    findings = page.locator(".findings").bounding_box()
    assert findings["y"] >= article["y"] + article["height"]  # the list comes below the article
    mark = page.locator("mark.claim.tone-error").first
    mark.tap()
    popover = page.locator(".popover:not([hidden])")
    expect(popover).to_be_visible()
    box = popover.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert problems == []


def test_related_figure_link_leads_from_one_popover_to_the_other(browser, base_url):
    page, problems = _watched_page(browser, base_url)
    page.goto(f"{base_url}/review?ui=fr")
    page.get_by_label("Texte de l'article").fill(
        "Six senior officials attended the talks in Moscow on Tuesday.\n\n"
        "The five senior officials said nothing to reporters, the ministry said.")
    page.get_by_label("Date de publication").fill("2024-03-01")
    page.get_by_label("Langue de l'article").select_option("en")
    page.get_by_role("button", name="Vérifier l'article").click()
    page.wait_for_url(re.compile(r"/review/[0-9a-f]{32}$"))
    later, first = page.locator("mark.claim", has_text="five"), page.locator("mark.claim", has_text="Six")
    expect(later).to_have_class(re.compile(r"\btone-warning\b"))
    later.click()
    popover = page.locator(f"#pop-{later.get_attribute('data-claim')}")
    expect(popover).to_contain_text("Chiffres liés")
    popover.locator("ul.related a.claim-link").click()
    expect(popover).to_be_hidden()
    assert _active_id(page) == first.get_attribute("id")
    expect(page.locator(f"#pop-{first.get_attribute('data-claim')}")).to_be_visible()
    page.keyboard.press("Enter")  # the figure has the focus: Enter moves into its popover
    page.keyboard.press("Shift+Tab")  # and leaving the popover backwards brings the focus back to the figure
    assert _active_id(page) == first.get_attribute("id")
    expect(page.locator(".popover:not([hidden])")).to_have_count(0)
    assert problems == []
