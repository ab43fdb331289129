"""In a real headless Chromium: search -> document -> actor -> network, as an analyst clicks through it.

Assertions are on what is visible; screenshots go to tests/artifacts/ (git-ignored). Console errors
(CSP violations included) fail the test. Skipped with a reason when Chromium or Playwright is absent.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def no_errors(page) -> None:
    assert page.console_errors == [], page.console_errors


def test_search_document_actor_network(page, live_server, shot):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    # search, normalization-aware: هيئه (teh marbuta written as heh) finds هيئة
    page.goto(live_server + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill(".big-search input[name=q]", "هيئه")
    page.click(".big-search button")
    page.wait_for_url("**/search?q=*")
    assert page.locator("#result-count").inner_text().startswith("2 نتيجة")
    hit = page.locator("li.hit a.doc-link", has_text="تعاون «النصرة» و«طالبان»")
    assert hit.is_visible()
    assert page.locator("li.hit mark").first.inner_text() == "هيئة"
    shot(page, "1-search")

    # the document: mentions highlighted by label and linked, events with roles and sources
    hit.click()
    page.wait_for_url("**/documents/*")
    assert page.locator("h1").inner_text() == "تعاون «النصرة» و«طالبان»"
    taliban = page.locator('#doc-text a.m-ORG[href="/actors/t.taliban"]').first
    assert taliban.is_visible() and taliban.inner_text().endswith("طالبان")
    assert page.locator("#events-h").inner_text() == "الأحداث (2)"
    card = page.locator('.doc-event[data-ev="e2"]')
    assert "جهاز الأمن الفيدرالي الروسي" in card.inner_text() and "سانا" in card.inner_text()
    card.hover()
    assert page.locator('#doc-text .ev-trigger.active').inner_text() == "توقيف"
    direction = page.locator("#doc-text").evaluate("el => getComputedStyle(el).direction")
    assert direction == "rtl"
    shot(page, "2-document")

    # the actor page
    taliban.click()
    page.wait_for_url("**/actors/t.taliban")
    assert page.locator("h1").inner_text() == "طالبان"
    assert page.locator("#actor-events .event").count() == 1
    assert page.locator("#co-actors a", has_text="جبهة النصرة").is_visible()
    assert page.locator("figure.chart rect").count() >= 1
    shot(page, "3-actor")

    # the network: Cytoscape draws the graph; clicking a node opens that actor
    page.click("header.top nav a[href='/network']")
    page.wait_for_selector("#cy[data-ready]")
    n_nodes = int(page.locator("#cy").get_attribute("data-ready"))
    assert n_nodes == page.evaluate("() => window.rasdNetwork.nodes().length") >= 10
    assert page.locator("#cy canvas").count() >= 1
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate("() => window.rasdNetwork.getElementById('t.hts').renderedPosition()")
    shot(page, "4-network")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_url("**/actors/t.hts")
    assert page.locator("h1").inner_text() == "هيئة تحرير الشام"
    assert dialogs == []
    no_errors(page)


def test_hostile_document_shows_markup_as_text(page, live_server, doc_ids, shot):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{live_server}/documents/{doc_ids['hostile.txt']}")
    text = page.locator("#doc-text").inner_text()
    assert "<script>alert('xss')</script>" in text and '"><img src=x onerror=alert(1)>' in text
    assert "\u202e" not in text
    assert page.locator("h1").inner_text() == "<script>alert('title')</script>بيان الهيئة"
    assert page.locator("#doc-text img, #doc-text script").count() == 0
    assert page.locator(".bidi-note").is_visible()
    shot(page, "hostile")
    assert dialogs == []
    no_errors(page)


def test_map_and_timeline(page, live_server, shot):
    page.goto(live_server + "/map")
    assert page.locator("#map-svg circle.point").count() == 5
    assert page.locator("#map-svg .land path").count() > 20
    shot(page, "map")
    page.locator("#places a", has_text="دير الزور").click()
    page.wait_for_url("**/events?place=t.deirezzor*")
    assert page.locator("#result-count").inner_text().startswith("1 حدث")
    page.goto(live_server + "/timeline")
    assert page.locator("figure.chart rect").count() >= 5
    shot(page, "timeline")
    no_errors(page)


def test_swagger_ui_is_served_locally(page, live_server, shot):
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(live_server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/events" in p for p in paths)
    assert all(u.startswith(live_server) or u.startswith("data:") for u in requested), requested
    shot(page, "docs")
    no_errors(page)
