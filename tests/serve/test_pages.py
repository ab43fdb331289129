"""HTML pages over the curated store, in-process: right-to-left Arabic pages with the data of their JSON twins."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from rasd.serve.highlight import url_id
from tests.serve.annotations import DEIR_EZ_ZOR

IRAN = "JA-internationalNews-1248-20170619"


class Page(HTMLParser):
    """The page's text, links, scripts and attributes, as a browser would parse them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.chunks: list[str] = []
        self._skip = 0
        self.feed(html)
        self.text = " ".join("".join(self.chunks).split())

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    def hrefs(self, cls: str | None = None) -> list[str]:
        return [a["href"] for t, a in self.tags if t == "a" and "href" in a
                and (cls is None or cls in (a.get("class") or "").split())]


def get(client, url: str, status: int = 200) -> Page:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    return Page(r.text)


PAGES = ["/", "/search?q=هيئه", "/events", "/actors", "/actors/taliban", "/network", "/map", "/timeline",
         "/upload", "/events?type=ASSAULT&since=2017"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_are_rtl_arabic(client, url):
    p = get(client, url)
    html_tag = next(a for t, a in p.tags if t == "html")
    assert html_tag == {"lang": "ar", "dir": "rtl"}
    assert "/static/rasd.css" in [a.get("href") for t, a in p.tags if t == "link"]


@pytest.mark.parametrize("url, twin", [
    ("/", "/api/summary"),
    ("/search?q=%D9%87%D9%8A%D8%A6%D9%87", "/api/search?q=%D9%87%D9%8A%D8%A6%D9%87"),
    ("/events?type=ASSAULT", "/api/events?type=ASSAULT"),
    ("/actors/sau", "/api/actors/sau"),
    ("/network?kind=event", "/api/network?kind=event"),
    ("/map", "/api/map"),
    ("/timeline?bucket=year", "/api/timeline?bucket=year"),
])
def test_every_page_links_its_json_twin(client, url, twin):
    assert twin in get(client, url).hrefs("json-twin")
    assert client.get(twin).status_code == 200


def test_search_page_shows_hits_with_marks(client, doc_ids):
    p = get(client, "/search?q=افغانستان")
    assert "1 نتيجة" in p.text
    assert f"/documents/{doc_ids['seed-article.txt']}" in p.hrefs("doc-link")
    marks = [t for t, _ in p.tags if t == "mark"]
    assert marks and "أفغانستان" in p.text


def test_document_page_highlights_and_lists_events(client, doc_ids):
    p = get(client, f"/documents/{doc_ids[IRAN]}")
    assert "لأول مرة منذ 30 عاما" in p.text  # the title
    mention_links = p.hrefs("m")
    assert "/actors/irn" in mention_links and "/actors/isis" in mention_links
    assert f"/events?place={url_id(DEIR_EZ_ZOR)}" in mention_links
    assert "الأحداث (2)" in p.text
    triggers = [a for t, a in p.tags if t == "span" and "ev-trigger" in a.get("class", "") and "data-ev" in a]
    assert {a["data-ev"] for a in triggers} == {"e1", "e2"}
    assert "الحرس الثوري الإيراني (حسب ما أعلن)" in p.text  # the attribution chain
    assert "/static/js/document.js" in [a.get("src") for t, a in p.tags if t == "script"]


def test_document_page_relations_and_warnings(client, doc_ids):
    p = get(client, f"/documents/{doc_ids['seed-article.txt']}")
    assert "واجهة لـ" in p.text and "/actors/hts" in p.hrefs()
    # «مصالح الطرفين» is annotated with two referents: one mark, naming both, linked to the first
    (both,) = [a for t, a in p.tags if t == "a" and "m-multi" in (a.get("class") or "").split()]
    assert both["href"] == "/actors/hts" and "هيئة تحرير الشام" in both["title"] and "حركة طالبان" in both["title"]
    hostile = get(client, f"/documents/{doc_ids['hostile.txt']}")
    assert "محارف التحكم في الاتجاه" in hostile.text


def test_actor_page(client):
    p = get(client, "/actors/sau")
    assert "السعودية" in p.text and "SAU" in p.text and "المملكة العربية السعودية" in p.text
    assert "/events?actor=sau" in p.hrefs()
    assert "/actors/houthis" in p.hrefs()  # events, co-occurring actors
    assert any(t == "rect" for t, _ in p.tags)  # the timeline chart
    assert "من يروي عنه" in p.text and "الوسيلة نفسها (بلا إسناد)" in p.text


def test_events_page_filters(client):
    p = get(client, "/events?type=SANCTION")
    assert "2 حدث" in p.text
    assert p.text.count("عقوبة") >= 2
    sel = [a for t, a in p.tags if t == "option" and a.get("value") == "SANCTION"]
    assert sel and "selected" in sel[0]


def test_network_page_has_graph_and_table(client):
    p = get(client, "/network")
    cy = next(a for t, a in p.tags if t == "div" and a.get("id") == "cy")
    assert cy["data-api"] == "/api/network"
    scripts = [a.get("src") for t, a in p.tags if t == "script"]
    assert scripts == ["/static/vendor/cytoscape-3.35.0.min.js", "/static/js/network.js"]
    assert "/actors/hts" in p.hrefs()


def test_map_page_plots_places(client):
    r = client.get("/map")
    p = Page(r.text)
    circles = [a for t, a in p.tags if t == "circle"]
    assert len(circles) == 5
    deir = next(a for t, a in p.tags if t == "circle" and float(a["cx"]) == pytest.approx(40.1408))
    assert float(deir["cy"]) == pytest.approx(-35.3359)
    assert sum(1 for t, _ in p.tags if t == "path") > 20  # country outlines
    assert f"/events?place={url_id(DEIR_EZ_ZOR)}" in p.hrefs()


def test_timeline_bars_link_to_events(client):
    p = get(client, "/timeline")
    links = [h for h in p.hrefs() if h.startswith("/events?") and "since=2017-06" in h]
    assert links and all("until=2017-06" in h for h in links)
    assert client.get(links[0].replace("&amp;", "&")).status_code == 200


def test_not_found_page_is_html_in_arabic(client):
    p = get(client, "/documents/nope", status=404)
    assert "غير موجود" in p.text
    p = get(client, "/actors/nobody", status=404)
    assert "لا يوجد فاعل" in p.text


def test_bad_filter_on_a_page_is_a_400ish_page(client):
    p = get(client, "/events?since=yesterday", status=422)
    assert "YYYY" in p.text


def test_docs_page_uses_vendored_swagger(client):
    r = client.get("/docs")
    assert r.status_code == 200
    p = Page(r.text)
    srcs = [a.get("src") for t, a in p.tags if t == "script"]
    assert srcs == ["/static/vendor/swagger-ui-5.35.0-bundle.js", "/static/js/swagger-init.js"]
    for src in srcs:
        assert client.get(src).status_code == 200
    assert not any("http" in (a.get("src") or a.get("href") or "") for t, a in p.tags if t in ("script", "link"))


def test_charts_bars_and_area():
    from rasd.serve.charts import area, fill_periods, stacked_bars

    assert fill_periods(["2017-06", "2017-03"]) == ["2017-03", "2017-04", "2017-05", "2017-06"]
    bars = stacked_bars({"2017-03": {"ASSAULT": 2, "ACCUSE": 1}, "2017-05": {"ASSAULT": 4}}, ["ACCUSE", "ASSAULT"])
    assert len(bars.rects) == 3 and bars.max_value == 4  # April is an empty slot
    tallest = max(bars.rects, key=lambda r: r.h)
    assert tallest.title == "2017-05: ASSAULT 4"
    days = {f"2016-{m:02d}-{d:02d}": d for m in range(1, 13) for d in range(1, 29)}
    a = area(days)
    assert not a.rects and a.area.startswith("M0,") and a.area.count("L") == len(days) + 1
