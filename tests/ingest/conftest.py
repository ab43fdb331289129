from __future__ import annotations

import io
from pathlib import Path

import pytest

ARTICLE = (
    "أعلن جهاز الأمن الفيدرالي الروسي توقيف مواطن أجنبي في إقليم خاباروفسك بالشرق الأقصى الروسي "
    "متورط في تمويل تنظيم «النصرة» في سورية، وفق ما ذكرت وكالة «سانا»."
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>توقيف مواطن أجنبي في خاباروفسك | وكالة الأنباء</title>
<meta property="og:site_name" content="وكالة الأنباء">
<meta name="date" content="2023-03-14">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>توقيف مواطن أجنبي في خاباروفسك</h1>
<p>{p1}</p>
<p>وأشار المكتب الصحفي للفرع الإقليمي لجهاز الأمن الفيدرالي في بيان له إلى أن الموقوف من مواطني إحدى دول آسيا الوسطى وكان يحول أموالاً إلى إحدى الجماعات التابعة لتنظيم «النصرة».</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
<script>alert("x")</script>
</body></html>
""".format(p1=ARTICLE)


def make_warc(records: list[tuple[str, bytes, str]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, payload, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
        rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue()


@pytest.fixture
def html_page() -> str:
    return HTML_PAGE


@pytest.fixture
def article_text() -> str:
    return ARTICLE


@pytest.fixture
def write(tmp_path: Path):
    def _write(name: str, data: bytes | str) -> Path:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            p.write_text(data, encoding="utf-8")
        else:
            p.write_bytes(data)
        return p
    return _write
