"""The explorer page in Debian's Chromium, driven by Playwright, over a real server.

Chromium comes from `apt-get install chromium` (make setup) and the page's libraries from
`npm ci --prefix web`; without them these tests skip on a workstation and fail in CI
(CI=true), where they must run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from explorer_support import ROOT, build_store, running_server

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "out" / "explorer.png"
LEBANON, SYRIA = "422", "760"  # ISO 3166 numeric ids in world-atlas


def _require(condition: bool, why: str) -> None:
    if condition:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{why} (CI must run the browser tests)")
    pytest.skip(why)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _require(CHROMIUM.exists(), f"{CHROMIUM} is missing: `apt-get install chromium` (make setup does it)")
    _require((ROOT / "web" / "node_modules" / "d3").is_dir(), "web/node_modules is missing: run `make setup` (npm ci --prefix web)")
    store = build_store(tmp_path_factory.mktemp("explorer"))
    with running_server(store) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


class Page:
    """A tab on the explorer that records every console error and failed request."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.errors.append(f"{r.url}: {r.failure}"))
        self.page.goto(base + "/")
        self.page.wait_for_selector("body[data-ready]")
        self.page.wait_for_selector("#map circle.marker")

    def total(self) -> int:
        return int(self.page.inner_text("#total").replace(",", ""))

    def after_refresh(self, action) -> None:
        """Do ``action`` and wait for the page's next full refresh."""
        before = self.page.get_attribute("body", "data-ready")
        action()
        self.page.wait_for_function("b => document.body.dataset.ready !== b", arg=before)

    def words(self, text: str) -> None:
        self.after_refresh(lambda: self.page.fill("input[name=q]", text))

    def open_row(self, trigger: str) -> None:
        self.page.click(f"#events tbody tr:has(td:text-is('{trigger}'))")
        self.page.wait_for_selector("#detail:not([hidden]) #article-text mark.hl-trigger")


@pytest.fixture
def page(browser, base: str) -> Iterator[Page]:
    tab = Page(browser, base)
    yield tab
    tab.page.close()


def api(base: str, path: str, **params) -> dict:
    return httpx.get(base + path, params=params, timeout=30).json()


def test_page_loads_without_errors_and_saves_a_screenshot(page: Page) -> None:
    health = api(page.base, "/api/health")
    assert page.total() == health["events"]
    assert page.page.locator("#map path.country").count() > 150  # the offline basemap
    assert page.page.locator("#events tbody tr").count() == 50
    assert page.page.locator("#timeline rect.bar").count() > 10
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.page.screenshot(path=str(SCREENSHOT))
    assert page.errors == []


def test_markers_sit_on_the_specimens_places(page: Page) -> None:
    page.words("Daesh")  # words of the specimen only
    expected = api(page.base, "/api/stats", q="Daesh")
    assert page.total() == expected["total"] > 0
    markers = page.page.locator("#map circle.marker")
    assert markers.count() > 0
    assert sum(int(markers.nth(i).get_attribute("data-count")) for i in range(markers.count())) == expected["located"]
    region = page.page.evaluate(
        """ids => { const boxes = ids.map(id => document.querySelector(`path[data-id="${id}"]`).getBoundingClientRect());
        return {left: Math.min(...boxes.map(b => b.left)), right: Math.max(...boxes.map(b => b.right)),
                top: Math.min(...boxes.map(b => b.top)), bottom: Math.max(...boxes.map(b => b.bottom))}; }""",
        [LEBANON, SYRIA],
    )
    for i in range(markers.count()):
        marker = markers.nth(i)
        lat, lon = float(marker.get_attribute("data-lat")), float(marker.get_attribute("data-lon"))
        assert 32.5 < lat < 37.5 and 34.5 < lon < 39
        box = marker.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        assert region["left"] - 2 <= x <= region["right"] + 2 and region["top"] - 2 <= y <= region["bottom"] + 2
    assert page.errors == []


def test_brush_and_filters_change_the_counts(page: Page) -> None:
    everything = page.total()
    svg = page.page.locator("#timeline svg").bounding_box()
    y = svg["y"] + svg["height"] / 2
    # Brush the right-hand half of the timeline: the later days only.
    page.after_refresh(lambda: (page.page.mouse.move(svg["x"] + svg["width"] * 0.6, y), page.page.mouse.down(),
                                page.page.mouse.move(svg["x"] + svg["width"] * 0.98, y, steps=5), page.page.mouse.up()))
    since = page.page.input_value("input[name=since]")
    until = page.page.input_value("input[name=until]")
    assert since and until and since <= until
    brushed = page.total()
    assert 0 < brushed < everything
    assert brushed == api(page.base, "/api/stats", since=since, until=until)["total"]
    page.after_refresh(lambda: page.page.select_option("select[name=type]", "ASSAULT"))
    assault = page.total()
    assert 0 < assault < brushed
    assert assault == api(page.base, "/api/stats", since=since, until=until, type="ASSAULT")["total"]
    assert all(t == "ASSAULT" for t in page.page.locator("#events tbody tr").evaluate_all("rows => rows.map(r => r.dataset.type)"))
    page.after_refresh(lambda: page.page.click("button[type=reset]"))
    assert page.total() == everything
    assert page.errors == []


def test_detail_highlights_the_evidence(page: Page) -> None:
    page.words("surrendering")
    page.open_row("surrendering")
    event_id = page.page.get_attribute("#detail", "data-event")
    record = api(page.base, f"/api/events/{event_id}")
    text = api(page.base, f"/api/articles/{record['article_id']}")["text"]

    def marked(role: str) -> str:
        return "".join(page.page.locator(f"#article-text mark.hl-{role}").all_inner_texts())

    assert marked("trigger") == "surrendering" == record["trigger"]["text"]
    actor = record["actor"] if isinstance(record["actor"], dict) else record["actor"][0]
    assert actor["text"] in marked("actor") and text[actor["span"][0]:actor["span"][1]] == actor["text"]
    recipient = record["recipient"] if isinstance(record["recipient"], dict) else record["recipient"][0]
    assert recipient["text"] in marked("recipient")
    shown = page.page.inner_text("#detail-fields")  # who each party is, and how sure the resolution is
    assert actor["basis"] and f"{actor['basis']} · {actor['confidence']:.2f}" in shown
    assert record["location"]["text"] in marked("place")
    if record.get("date_span"):
        assert marked("date")
    assert page.page.inner_text("#article-text") == text  # the whole article, unaltered
    start, end = record["sentence_span"]
    assert "".join(page.page.locator("#article-text .sentence").all_inner_texts()) == text[start:end]
    assert page.errors == []


def test_source_link_only_for_web_addresses(page: Page) -> None:
    page.words("Kafranbel")
    page.open_row(page.page.locator("#events tbody tr td:nth-child(5)").first.inner_text())
    link = page.page.locator("#detail-meta a#source-link")
    assert link.get_attribute("href").startswith("https://")
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_article_markup_renders_as_text(page: Page) -> None:
    page.words("checkpoint near Hama")
    page.open_row("attacked")
    article_text = page.page.locator("#article-text")
    assert "<script>window.__polybius_pwned = 'script'</script>" in article_text.inner_text()
    assert "<img src=x onerror=" in article_text.inner_text()
    assert page.page.locator("#detail script, #detail img, #events img").count() == 0
    assert page.page.inner_text("#detail-title").startswith("<img src=x onerror=")
    assert page.page.locator("#detail-meta a").count() == 0  # a javascript: URL stays text
    page.page.click("#detail-meta", position={"x": 5, "y": 5})
    assert page.page.evaluate("window.__polybius_pwned") is None
    assert page.errors == []
