import gzip
import json

import pytest

from rasd.ingest import Article, IngestFailure, read_path
from tests.ingest.conftest import make_warc


def articles(outcomes):
    return [o for o in outcomes if isinstance(o, Article)]


def failures(outcomes):
    return [o for o in outcomes if isinstance(o, IngestFailure)]


# -- round trips for every format ----------------------------------------------------

def test_txt(write, article_text):
    out = list(read_path(write("a.txt", article_text)))
    assert len(out) == 1 and out[0].text == article_text and out[0].origin.endswith("a.txt")


def test_txt_windows_1256(write, article_text):
    out = list(read_path(write("a.txt", article_text.encode("cp1256"))))
    assert out[0].text == article_text
    assert "windows-1256" in out[0].warnings[0]


def test_jsonl_fields_and_origin(write, article_text):
    lines = [
        json.dumps({"id": "doc-1", "url": "https://x.sy/1", "text": article_text, "title": "عنوان",
                    "source": "سانا", "published": "2023-03-14"}, ensure_ascii=False),
        json.dumps({"url": "https://x.sy/2", "text": "نص ثان"}, ensure_ascii=False),
        json.dumps({"text": "نص ثالث"}, ensure_ascii=False),
    ]
    p = write("a.jsonl", "\n".join(lines) + "\n")
    out = articles(read_path(p))
    assert [a.origin for a in out] == ["doc-1", "https://x.sy/2", f"{p}:3"]
    assert out[0].title == "عنوان" and out[0].source == "سانا" and str(out[0].published) == "2023-03-14"
    assert out[0].text == article_text


def test_jsonl_broken_line_reported_rest_processed(write):
    p = write("b.jsonl", '{"text": "سطر أول"}\n{"text": "مكسور\n{"text": "سطر ثالث"}\n[1, 2]\n{"id": 5}\n')
    out = list(read_path(p))
    assert [a.text for a in articles(out)] == ["سطر أول", "سطر ثالث"]
    fails = failures(out)
    assert [f.origin for f in fails] == [f"{p}:2", f"{p}:4", f"{p}:5"]
    assert "line 2 is not valid JSON" in fails[0].reason
    assert "no string field 'text'" in fails[2].reason


def test_html_main_text_title_date_site(write, html_page, article_text):
    out = list(read_path(write("page.html", html_page)))
    assert len(out) == 1
    art = out[0]
    assert article_text in art.text
    assert "الرئيسية" not in art.text and "alert" not in art.text and "جميع الحقوق" not in art.text
    assert "خاباروفسك" in art.title
    assert str(art.published) == "2023-03-14"
    assert art.source == "وكالة الأنباء"


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>وكالة سانا</title><link>https://sana.sy</link>
<item><title>خبر أول</title><link>https://sana.sy/1</link><pubDate>Tue, 14 Mar 2023 10:00:00 +0300</pubDate>
<description>ملخص قصير</description>
<content:encoded><![CDATA[<p>{p}</p><p>فقرة ثانية من النص الكامل.</p>]]></content:encoded></item>
<item><title>خبر ثان</title><link>https://sana.sy/2</link><description>التقى وزير الخارجية نظيره التركي في أنقرة.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الأناضول</title>
<entry><title>اجتماع</title><link href="https://aa.com.tr/ar/1"/><id>urn:1</id><updated>2023-05-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;اجتمع وزير الدفاع التركي مع نظيره الروسي في موسكو.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_full_content_preferred(write, article_text):
    out = articles(read_path(write("feed.rss", RSS.format(p=article_text))))
    assert len(out) == 2
    assert out[0].text.splitlines() == [article_text, "فقرة ثانية من النص الكامل."]
    assert out[0].origin == "https://sana.sy/1" and out[0].source == "وكالة سانا"
    assert str(out[0].published) == "2023-03-14" and out[0].title == "خبر أول"
    assert out[1].text == "التقى وزير الخارجية نظيره التركي في أنقرة."


def test_atom(write):
    out = articles(read_path(write("feed.xml", ATOM)))
    assert len(out) == 1 and out[0].text == "اجتمع وزير الدفاع التركي مع نظيره الروسي في موسكو."
    assert str(out[0].published) == "2023-05-02"


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses(write, html_page, article_text, gz):
    data = make_warc([("https://news.example/a", html_page.encode("utf-8"), "text/html; charset=utf-8"),
                      ("https://news.example/logo.png", b"\x89PNG....", "image/png")], gz=gz)
    out = list(read_path(write("crawl.warc.gz" if gz else "crawl.warc", data)))
    arts = articles(out)
    assert len(arts) == 1 and arts[0].origin == "https://news.example/a"
    assert article_text in arts[0].text
    assert not failures(out)


def test_directory_recursive(write, article_text, html_page):
    write("corpus/a.txt", article_text)
    write("corpus/sub/b.html", html_page)
    write("corpus/sub/deeper/c.jsonl", json.dumps({"id": "c1", "text": "نص"}, ensure_ascii=False) + "\n")
    write("corpus/notes.pdf", b"%PDF-1.4")
    write("corpus/.hidden.txt", "مخفي")
    root = write("corpus/a.txt", article_text).parent
    out = list(read_path(root))
    assert len(articles(out)) == 3
    skipped = [o for o in out if isinstance(o, IngestFailure)]
    assert len(skipped) == 1 and skipped[0].kind == "skipped" and "notes.pdf" in skipped[0].origin


# -- bad input: clear error, nothing lost ----------------------------------------------

@pytest.mark.parametrize("name, data, words", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "whitespace"),
    ("bin.txt", bytes(range(256)) * 10, "binary"),
    ("latin1.txt", "Données économiques: résumé détaillé du marché".encode("latin-1"), "not valid UTF-8"),
    ("empty.html", b"", "empty"),
    ("broken.html", b"<html><body><div><p>\x00\x00</p", "binary"),
    ("nothing.html", "<html><head><title>x</title></head><body><script>var a=1;</script></body></html>".encode(),
     "no main text"),
])
def test_bad_files_fail_clearly(write, name, data, words):
    out = list(read_path(write(name, data)))
    assert len(out) == 1 and isinstance(out[0], IngestFailure)
    assert words in out[0].reason


def test_malformed_html_still_yields_text(write, article_text):
    html = f"<html><body><div><p>{article_text}<p>فقرة بلا إغلاق<div><span>نص آخر طويل بما يكفي ليكون مقالا"
    out = list(read_path(write("malformed.html", html)))
    assert isinstance(out[0], Article) and article_text in out[0].text


def test_xml_entity_expansion_refused(write):
    bomb = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>t</title><item><title>&lol3;</title><description>&lol3;</description></item></channel></rss>"""
    out = list(read_path(write("bomb.xml", bomb)))
    assert len(out) == 1 and isinstance(out[0], IngestFailure)
    assert "entities" in out[0].reason and "refused" in out[0].reason


def test_external_entity_refused(write):
    xxe = """<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&xxe;</title><content>&xxe;</content></entry></feed>"""
    out = list(read_path(write("xxe.atom", xxe)))
    assert isinstance(out[0], IngestFailure) and "refused" in out[0].reason


def test_truncated_warc_keeps_records_read(write, html_page):
    data = make_warc([("https://news.example/a", html_page.encode("utf-8"), "text/html"),
                      ("https://news.example/b", html_page.encode("utf-8"), "text/html")], gz=True)
    out = list(read_path(write("cut.warc.gz", data[: len(data) - 300])))
    assert len(articles(out)) == 1
    assert len(failures(out)) == 1 and "truncated or malformed" in failures(out)[0].reason


def test_not_a_warc(write):
    out = list(read_path(write("junk.warc.gz", gzip.compress(b"this is not a warc file at all"))))
    assert len(out) == 1 and isinstance(out[0], IngestFailure)


def test_missing_path(tmp_path):
    out = list(read_path(tmp_path / "nope.txt"))
    assert isinstance(out[0], IngestFailure) and "no such file" in out[0].reason
