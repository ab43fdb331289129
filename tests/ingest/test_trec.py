"""TREC/SGML collections (rasd.ingest.trec): ANT-style and Gigaword-style <DOC> blocks."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.ingest import Article, IngestFailure, read_path
from rasd.ingest.trec import looks_like_trec

ANT_STYLE = """<DOC>
<DOCNO>JA-society-1-20170121</DOCNO>
<URL>http://www.example.net/ar/article/1</URL>
<SRC>Jawhara FM</SRC>
<CAT>society</CAT>
<TITLE>إيقاف شخصين انتحلا صفة عوني أمن في المنستير</TITLE>
<TIME>2017-01-21T15:14:00+01:00</TIME>
<ABSTRACT>
تمكن أعوان فرقة الشرطة العدلية بالمنستير من إيقاف شخصين.
</ABSTRACT>
<TEXT>
تمكن أعوان فرقة الشرطة العدلية بالمنستير ليلة أمس من إيقاف شخصين بتهمة انتحال صفة عوني أمن.
وأفاد مصدر أمني بأن الموقوفين أحيلا على النيابة العمومية.
</TEXT>
</DOC>
<DOC>
<DOCNO>JA-society-2-20170122</DOCNO>
<TITLE>بدون نص</TITLE>
<TIME>2017-01-22T10:00:00+01:00</TIME>
</DOC>
<DOC>
<DOCNO>JA-society-3-20170123</DOCNO>
<TIME>2017-01-23T09:00:00+01:00</TIME>
<ABSTRACT>
حجزت وحدات الحرس الوطني بمدنين كمية من السلع المهربة &amp; أوقفت ثلاثة أشخاص.
</ABSTRACT>
</DOC>
"""

GIGAWORD_STYLE = """<DOC id="AFP_ARB_20100105.0012" type="story" >
<HEADLINE>
مقتل خمسة جنود في هجوم بأفغانستان
</HEADLINE>
<DATELINE>
كابول 5-1 (اف ب) -
</DATELINE>
<TEXT>
<P>
قتل خمسة جنود في هجوم شنه مسلحون على قاعدة عسكرية في جنوب أفغانستان.
</P>
<P>
وقال متحدث باسم الجيش إن المهاجمين فروا.
</P>
</TEXT>
</DOC>
"""


def _split(outcomes):
    outcomes = list(outcomes)
    return [o for o in outcomes if isinstance(o, Article)], [o for o in outcomes if isinstance(o, IngestFailure)]


@pytest.mark.parametrize("name", ["ant.trec", "ant.sgml", "ANT_v1.1_society.trec.xml"])
def test_ant_style_blocks(write, name):
    arts, fails = _split(read_path(write(name, ANT_STYLE)))
    assert [a.origin for a in arts] == ["JA-society-1-20170121", "JA-society-3-20170123"]
    first = arts[0]
    assert first.text.startswith("تمكن أعوان فرقة الشرطة العدلية") and first.text.endswith("النيابة العمومية.")
    assert first.title == "إيقاف شخصين انتحلا صفة عوني أمن في المنستير" and first.source == "Jawhara FM"
    assert first.published == dt.date(2017, 1, 21)
    assert "&" in arts[1].text and "&amp;" not in arts[1].text  # only standard references are unescaped
    assert [f.origin for f in fails] == ["JA-society-2-20170122"] and "no <TEXT>" in fails[0].reason


def test_gigaword_style_paragraphs_id_and_date_from_the_id(write):
    (art,), fails = _split(read_path(write("afp.sgm", GIGAWORD_STYLE)))
    assert not fails
    assert art.origin == "AFP_ARB_20100105.0012" and art.published == dt.date(2010, 1, 5)
    assert art.title == "مقتل خمسة جنود في هجوم بأفغانستان"
    assert art.text.split("\n") == ["قتل خمسة جنود في هجوم شنه مسلحون على قاعدة عسكرية في جنوب أفغانستان.",
                                    "وقال متحدث باسم الجيش إن المهاجمين فروا."]


def test_unclosed_block_is_reported_and_the_next_one_read(write):
    broken = "<DOC>\n<DOCNO>A</DOCNO>\n<TEXT>نص بلا نهاية\n" + ANT_STYLE
    arts, fails = _split(read_path(write("broken.trec", broken)))
    assert "never closed" in fails[0].reason
    assert [a.origin for a in arts] == ["JA-society-1-20170121", "JA-society-3-20170123"]


def test_file_without_doc_blocks(write):
    arts, fails = _split(read_path(write("empty.trec", "نص عادي بلا وسوم")))
    assert not arts and fails[0].reason == "no <DOC> blocks found"


@pytest.mark.parametrize("head, expected", [
    ("<DOC>\n<DOCNO>x</DOCNO>", True),
    ("\ufeff\n  <DOC id=\"AFP_ARB_1\">", True),
    ('<?xml version="1.0" encoding="utf-8"?>\n<DOC>', True),
    ('<?xml version="1.0"?><rss version="2.0"><channel>', False),
    ("<DOCUMENT>", False),
])
def test_sniffing(head, expected):
    assert looks_like_trec(head) is expected


def test_rss_xml_still_read_as_a_feed(write):
    rss = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title>'
           '<item><title>خبر</title><description>اعتقلت الشرطة ثلاثة أشخاص في تونس.</description></item>'
           '</channel></rss>')
    arts, fails = _split(read_path(write("feed.xml", rss)))
    assert not fails and arts[0].text == "اعتقلت الشرطة ثلاثة أشخاص في تونس." and arts[0].source == "وكالة"
