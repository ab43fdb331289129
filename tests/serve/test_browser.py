"""In a real headless Chromium over the real pipeline's store: search -> document -> actor -> network, map and
timeline, as an analyst clicks through them.

What the pipeline extracted is not hand-counted: expected values come from the stored results (the most
mentioned actor of the seed article, its events, their triggers and sources), so the tests hold for any
correct output. Assertions are on what is visible; screenshots go to tests/artifacts/ (git-ignored).
Console errors (CSP violations included) fail the test. Skipped with a reason when Chromium or Playwright
is absent.
"""

from __future__ import annotations

from collections import Counter

import pytest

from rasd.serve.highlight import display_text, url_id

pytestmark = pytest.mark.browser


def no_errors(page) -> None:
    assert page.console_errors == [], page.console_errors


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    view = page.viewport_size
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= view["height"]


@pytest.fixture(scope="module")
def seed(real_results):
    return next(r for r in real_results if r.document.origin == "seed-article.txt")


def test_search_document_actor_network(page, live_server, real_results, seed, shot):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    actors = {a.id: a for a in seed.actors}

    # search, normalization-aware: هيئه (teh marbuta written as heh) finds هيئة
    page.goto(live_server + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill(".big-search input[name=q]", "هيئه")
    page.click(".big-search button")
    page.wait_for_url("**/search?q=*")
    assert page.locator("#result-count").inner_text().startswith("2 نتيجة")  # the seed article and hostile.txt
    hit = page.locator("li.hit a.doc-link", has_text="تعاون «النصرة» و«طالبان»")
    assert hit.is_visible()
    assert page.locator("li.hit mark").first.inner_text() == "هيئة"
    shot(page, "1-search")

    # the document: the article's most mentioned actor is highlighted and linked wherever it is named
    hit.click()
    page.wait_for_url("**/documents/*")
    assert page.locator("h1").inner_text() == "تعاون «النصرة» و«طالبان»"
    top, n_top = Counter(m.actor for m in seed.mentions if m.actor in actors).most_common(1)[0]
    links = page.locator(f'#doc-text a.m[href="/actors/{url_id(top)}"]')
    assert 0 < links.count() <= n_top and links.first.is_visible()
    assert set(links.all_inner_texts()) <= {m.text for m in seed.mentions if m.actor == top}
    assert page.locator("#doc-text").evaluate("el => getComputedStyle(el).direction") == "rtl"

    # every event is listed; hovering one with a source chain lights its trigger and shows who says so
    assert page.locator("#events-h").inner_text() == f"الأحداث ({len(seed.events)})"
    assert page.locator(".doc-event").count() == len(seed.events)
    ev = next((e for e in seed.events if e.attribution and e.actor1), None)
    assert ev is not None, "no event with an actor and a source in the seed article («وفق ما ذكرت وكالة سانا»…)"
    card = page.locator(f'.doc-event[data-ev="{ev.id}"]')
    card.scroll_into_view_if_needed()
    card.hover()
    assert "".join(page.locator("#doc-text .active-trigger").all_inner_texts()) == ev.trigger.text
    assert page.locator("#doc-text .active-actor1").count() >= 1
    chain = card.locator(".chain").inner_text()
    for a in ev.attribution:
        assert display_text(actors[a.actor].name if a.actor in actors else a.text) in chain
    shot(page, "2-document")

    # clicking the card brings its trigger into view; clicking a trigger in the text selects its card
    card.click()
    trigger = page.locator(f'#doc-text [data-parts~="{ev.id}:trigger"]').first
    assert in_viewport(page, trigger)
    def in_a_mention(e) -> bool:  # a click there would follow the mention's link
        return any(m.start < e.trigger.end and e.trigger.start < m.end for m in seed.mentions)

    other = next(e for e in reversed(seed.events) if e.id != ev.id and not in_a_mention(e))
    page.locator(f'#doc-text [data-parts~="{other.id}:trigger"]').first.click()
    current = page.locator(".doc-event.current")
    assert current.count() == 1 and in_viewport(page, current)
    parts = page.locator(f'#doc-text [data-parts~="{other.id}:trigger"]').first.get_attribute("data-parts")
    assert f"{current.get_attribute('data-ev')}:trigger" in parts.split()
    shot(page, "3-document-selected")

    # the actor page: its events are those of the store that involve it
    involved = sum(1 for r in real_results for e in r.events
                   if top in {a.actor for a in (e.actor1, e.actor2) if a})
    page.evaluate("window.scrollTo(0, 0)")
    links.first.click()
    page.wait_for_url(f"**/actors/{url_id(top)}")
    assert page.locator("h1").inner_text() == actors[top].name
    assert page.locator("#actor-events .event").count() == min(involved, 50)
    co = set(page.locator("#co-actors a").all_inner_texts())
    assert co & {a.name for a in seed.actors if a.id != top}  # actors named beside it in the seed article
    shot(page, "4-actor")

    # the network: Cytoscape draws the graph; clicking a node opens that actor
    page.click("header.top nav a[href='/network']")
    page.wait_for_selector("#cy[data-ready]")
    n_nodes = int(page.locator("#cy").get_attribute("data-ready"))
    assert n_nodes == page.evaluate("() => window.rasdNetwork.nodes().length") >= 2
    assert page.locator("#cy canvas").count() >= 1
    node = top if page.evaluate(f"() => window.rasdNetwork.getElementById({top!r}).length") else \
        page.evaluate("() => window.rasdNetwork.nodes()[0].id()")
    name = page.evaluate(f"() => window.rasdNetwork.getElementById({node!r}).data('label')")
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate(f"() => window.rasdNetwork.getElementById({node!r}).renderedPosition()")
    shot(page, "5-network")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_url(f"**/actors/{url_id(node)}")
    assert page.locator("h1").inner_text() == name
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


def test_map_and_timeline(page, live_server, real_results, shot):
    places = {p.id: p for r in real_results for p in r.places}
    at = Counter(e.location.place for r in real_results for e in r.events
                 if e.location and e.location.place in places and places[e.location.place].lat is not None)
    assert at, "the real store has no located event to put on the map"
    page.goto(live_server + "/map")
    assert page.locator("#map-svg circle.point").count() == len(at)
    assert page.locator("#map-svg .land path").count() > 20
    shot(page, "map")
    pid, n = at.most_common(1)[0]
    page.locator(f'#places a[href="/events?place={url_id(pid)}"]').click()
    page.wait_for_url(f"**/events?place={url_id(pid)}*")
    assert page.locator("#result-count").inner_text().startswith(f"{n} حدث")
    page.goto(live_server + "/timeline")
    buckets = page.request.get(live_server + "/api/timeline").json()["items"]
    assert sum(b["n"] for b in buckets) == sum(len(r.events) for r in real_results)
    assert page.locator("figure.chart rect").count() >= len(buckets) > 0  # one bar (or more: by type) a month
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
