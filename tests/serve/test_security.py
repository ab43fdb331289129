"""Hostile article text renders as text; CSP, no inline code; token-gated uploads; limits; no stack traces."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.serve.corpus import HOSTILE_SOURCE, HOSTILE_TEXT, HOSTILE_TITLE

ALLOWED_SCRIPTS = {"/static/js/document.js", "/static/js/network.js", "/static/vendor/cytoscape-3.35.0.min.js",
                   "/static/vendor/swagger-ui-5.35.0-bundle.js", "/static/js/swagger-init.js"}


class Audit(HTMLParser):
    """Every element with its attributes, and each <script> with whether it has inline code."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.inline_script = False
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_script = True


def pages(doc_ids) -> list[str]:
    hostile = doc_ids["hostile.txt"]
    return ["/", f"/documents/{hostile}", f"/documents/{doc_ids['seed-article.txt']}", "/search?q=هيئه",
            "/search?q=alert", "/events", "/events?type=ASSAULT", "/actors/hts", "/actors", "/network", "/map",
            "/timeline", "/upload", "/docs", "/documents/missing", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"]


@pytest.fixture(params=["client", "real_client"], ids=["curated", "real"])
def any_client(request):
    """The app over the curated store, then over the real pipeline's store (its spans, its names)."""
    return request.getfixturevalue(request.param)


def test_hostile_document_renders_as_text(any_client, doc_ids):
    client = any_client
    html = client.get(f"/documents/{doc_ids['hostile.txt']}").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html  # title
    assert "onerror=alert(2)&gt;" in html and 'onerror=alert(2)>' not in html  # outlet


@pytest.mark.parametrize("index", range(16))
def test_no_markup_from_articles_and_no_inline_code(any_client, doc_ids, index):
    client = any_client
    url = pages(doc_ids)[index]
    r = client.get(url)
    assert r.status_code in (200, 404)
    audit = Audit(r.text)
    assert not audit.inline_script, url
    scripts = {a.get("src") for t, a in audit.tags if t == "script"}
    assert scripts <= ALLOWED_SCRIPTS, url
    for tag, attrs in audit.tags:
        assert tag not in ("img", "iframe", "object", "embed"), (url, tag)
        assert not any(k.startswith("on") for k in attrs), (url, tag, attrs)
        assert "style" not in attrs, (url, tag)  # CSP style-src 'self': no inline styles either
        for k in ("href", "src", "action"):
            assert not (attrs.get(k) or "").strip().lower().startswith("javascript:"), (url, attrs)


def test_bidi_overrides_hidden_for_display_but_kept_in_store(any_client, doc_ids):
    client = any_client
    doc = doc_ids["hostile.txt"]
    for url in (f"/documents/{doc}", "/search?q=مصادر محلية", "/events?type=ASSAULT"):
        html = client.get(url).text
        assert "\u202e" not in html and "\u202c" not in html, url
    stored = client.get(f"/api/documents/{doc}").json()["document"]["text"]
    assert stored == HOSTILE_TEXT and "\u202e" in stored


def test_hostile_metadata_is_returned_verbatim_by_the_api(client, doc_ids):
    d = client.get(f"/api/documents/{doc_ids['hostile.txt']}").json()["document"]
    assert (d["title"], d["source"]) == (HOSTILE_TITLE, HOSTILE_SOURCE)
    assert client.get(f"/api/documents/{doc_ids['hostile.txt']}").headers["content-type"] == "application/json"


@pytest.mark.parametrize("url", ["/", "/api/events", "/static/rasd.css", "/documents/missing", "/api/documents/x",
                                 "/openapi.json"])
def test_security_headers_everywhere(client, url):
    h = client.get(url).headers
    csp = h["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_docs_csp_allows_only_inline_styles(client):
    csp = client.get("/docs").headers["content-security-policy"]
    assert "style-src 'self' 'unsafe-inline'" in csp and "script-src 'self';" in csp


@pytest.mark.parametrize("url", [
    "/api/actors/' OR '1'='1", "/api/events?actor=' OR 1=1 --", "/api/events?type=ASSAULT' --",
    "/api/search?q=') UNION SELECT text FROM documents --", "/api/actors?q=%25", "/api/documents/1 OR 1=1",
])
def test_injection_attempts_are_plain_data(client, url):
    r = client.get(url)
    assert r.status_code in (200, 404)
    if r.status_code == 200 and "items" in r.json():
        assert r.json()["total"] == 0


# -- uploads ---------------------------------------------------------------------------------

ARTICLE = {"text": "أعلنت حركة طالبان سيطرتها على مديرية جديدة في ولاية هلمند جنوب أفغانستان.",
           "title": "طالبان تسيطر على مديرية", "source": "اختبار", "published": "2024-03-01"}


def test_read_only_server_refuses_uploads(client):
    r = client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"] and "RASD_TOKEN" in r.json()["detail"]
    form = client.post("/upload", data={"token": "anything", "text": ARTICLE["text"]})
    assert form.status_code == 403 and "RASD_TOKEN" in form.text
    page = client.get("/upload").text
    assert 'id="read-only"' in page and "disabled" in page


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"},
                                     {"Authorization": "Basic s3cret-token"}, {"Authorization": "Bearer "}])
def test_wrong_or_missing_token_is_401(upload_client, headers):
    r = upload_client.post("/api/documents", json=ARTICLE, headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_upload_runs_the_pipeline_and_stores(upload_client):
    auth = {"Authorization": "Bearer s3cret-token"}
    assert "اختبار" not in upload_client.get("/api/facets").json()["outlets"]  # now cached
    before = upload_client.get("/api/actors/taliban").json()["documents"]
    r = upload_client.post("/api/documents", json=ARTICLE, headers=auth)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["stored"] and out["mentions"] >= 1  # طالبان, from the shipped/test registry
    doc = upload_client.get(f"/api/documents/{out['id']}").json()
    assert doc["document"]["text"] == ARTICLE["text"] and doc["document"]["source"] == "اختبار"
    hits = upload_client.get("/api/search", params={"q": "هلمند"}).json()
    assert [h["id"] for h in hits["items"]] == [out["id"]]
    assert upload_client.get(out["url"]).status_code == 200
    # cached aggregates follow the store
    assert "اختبار" in upload_client.get("/api/facets").json()["outlets"]
    assert upload_client.get("/api/actors/taliban").json()["documents"] == before + 1
    again = upload_client.post("/api/documents", json=ARTICLE, headers=auth)
    assert again.json()["stored"] is False


def test_token_comparison_is_constant_time(monkeypatch, upload_client):
    import hmac

    from rasd.serve import security

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    upload_client.post("/api/documents", json=ARTICLE, headers={"Authorization": "Bearer guess"})
    assert calls == [(b"s3cret-token", b"guess")]


def test_form_upload_with_token_and_file(upload_client):
    data = {"token": "s3cret-token", "title": "رفع ملف", "published": "2024-03-02"}
    files = {"file": ("khabar.txt", "اتهمت السعودية الحوثيين بإطلاق صاروخ.".encode("utf-8"), "text/plain")}
    r = upload_client.post("/upload", data=data, files=files, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/documents/")
    page = upload_client.get(r.headers["location"])
    assert page.status_code == 200 and "بإطلاق صاروخ" in page.text and "رفع ملف" in page.text
    bad = upload_client.post("/upload", data={"token": "nope", "text": "نص"})
    assert bad.status_code == 401


@pytest.mark.parametrize("body, status", [
    ({"text": ""}, 422),
    ({"text": "نص", "published": "yesterday"}, 422),
    ({"text": "نص", "unknown": 1}, 422),
    ({"text": "   "}, 422),
])
def test_invalid_uploads(upload_client, body, status):
    r = upload_client.post("/api/documents", json=body, headers={"Authorization": "Bearer s3cret-token"})
    assert r.status_code == status, r.text
    assert "Traceback" not in r.text


def test_body_size_limit(upload_client):
    big = {"text": "خبر " * 20_000}  # ~80 KB > the 50 KB limit of this app
    r = upload_client.post("/api/documents", json=big, headers={"Authorization": "Bearer s3cret-token"})
    assert r.status_code == 413 and "limit" in r.json()["detail"]

    def chunks():  # no Content-Length: the limit holds while streaming
        for _ in range(30):
            yield ("x" * 4096).encode()

    r = upload_client.post("/api/documents", content=chunks(), headers={
        "Authorization": "Bearer s3cret-token", "Content-Type": "application/json"})
    assert r.status_code == 413


def test_unexpected_errors_are_generic(client, monkeypatch):
    from rasd.store import queries

    def boom(*a, **kw):
        raise RuntimeError("secret internals at /srv/rasd/db.py line 42")

    monkeypatch.setattr(queries, "summary", boom)
    monkeypatch.setattr(queries, "list_events", boom)
    for url, ctype in (("/", "text/html"), ("/api/summary", "application/json"), ("/events", "text/html")):
        r = client.get(url)
        assert r.status_code == 500 and r.headers["content-type"].startswith(ctype)
        assert "secret" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
        assert "content-security-policy" in r.headers
    assert client.get("/api/summary").json() == {"detail": "internal server error"}


def test_static_files_cannot_escape_their_folder(client):
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        r = client.get(url)
        assert r.status_code == 404 and "create_app" not in r.text


def test_vendored_assets_have_versioned_names_and_licenses():
    from pathlib import Path

    import rasd.serve

    vendor = Path(rasd.serve.__file__).parent / "static" / "vendor"
    names = {p.name for p in vendor.iterdir()}
    for asset in [n for n in names if not n.startswith(("LICENSE", "NOTICE", "README"))]:
        m = re.match(r"([a-z-]+?)-(\d+\.\d+\.\d+)", asset)
        assert m, asset
        lib, version = m.groups()
        assert f"LICENSE-{lib}-{version}.txt" in names, asset
