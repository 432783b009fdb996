"""Saved RSS and Atom feeds are read offline, one article per item, from the text the feed
carries. Before: a .rss file was skipped in a directory, and one passed by name was coded as
plain text, markup and all ("<rss ...><item><title>Kenya" gave a source named ">Kenya")."""

from __future__ import annotations

import io

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.records import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Lusaka Daily</title><link>https://lusaka.example.org/</link>
<item>
  <title>Kenya condemns Zambia</title>
  <link>https://lusaka.example.org/news/1</link>
  <pubDate>Tue, 16 Feb 2016 09:00:00 GMT</pubDate>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>Kenya condemned Zambia on Monday over the border closure.</p>
  <p>Ghana praised Togo for its help.</p>]]></content:encoded>
</item>
<item>
  <title>Second item</title>
  <link>https://lusaka.example.org/news/2</link>
  <description>&lt;p&gt;Zambia accused Malawi of harbouring rebels.&lt;/p&gt;</description>
</item>
<item><title>Empty</title><link>https://lusaka.example.org/news/3</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nairobi Wire</title>
<entry><title>Talks</title><link href="https://nairobi.example.org/a"/>
<updated>2016-02-17T10:00:00Z</updated>
<content type="html">&lt;p&gt;Kenya and Ghana held talks in Accra on Tuesday.&lt;/p&gt;</content>
</entry></feed>
"""


def read(tmp_path, name: str, body: str | bytes) -> list[Article | InputError]:
    path = tmp_path / name
    path.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
    return list(read_inputs([str(path)]))


def test_feed_rss_items_are_articles_with_their_link_date_and_title(tmp_path):
    first, second, empty = read(tmp_path, "news.rss", RSS)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == ("Kenya condemned Zambia on Monday over the border closure.\n\n"
                          "Ghana praised Togo for its help.")  # the content, not the teaser
    assert (first.title, first.url, first.published, first.source) == (
        "Kenya condemns Zambia", "https://lusaka.example.org/news/1", "2016-02-16", "Lusaka Daily")
    assert second.text == "Zambia accused Malawi of harbouring rebels."
    assert second.input_name == f"{tmp_path / 'news.rss'}#2"
    assert isinstance(empty, InputError) and empty.input_name.endswith("news.rss#3")
    assert empty.reason == "feed item holds no text"


def test_feed_atom_and_sniffed_xml_suffix(tmp_path):
    (article,) = read(tmp_path, "wire.xml", ATOM)
    assert article.text == "Kenya and Ghana held talks in Accra on Tuesday."
    assert (article.url, article.published) == ("https://nairobi.example.org/a", "2016-02-17")


def test_feed_items_are_coded(tmp_path):
    from eventwire.pipeline import code_articles

    articles = [a for a in read(tmp_path, "news.rss", RSS) if isinstance(a, Article)]
    coded = {(e.source.code, e.cameo.code, e.target.code) for _, events in
             code_articles(articles) for e in events if e.is_fact}
    assert ("KEN", "110", "ZMB") in coded
    assert ("ZMB", "112", "MWI") in coded


def test_feed_files_are_found_in_directories_and_read_from_stdin(tmp_path):
    (tmp_path / "a.atom").write_text(ATOM)
    (tmp_path / "b.txt").write_text("Kenya condemned Zambia on Monday.")
    names = [r.input_name for r in read_inputs([str(tmp_path)])]
    assert names == [f"{tmp_path / 'a.atom'}#1", str(tmp_path / "b.txt")]
    (article,) = read_inputs(["-"], stdin=io.StringIO(ATOM))
    assert article.input_name == "<stdin>#1"


def test_feed_hostile_xml_is_one_line_error_or_harmless(tmp_path):
    (other,) = read(tmp_path, "sitemap.xml",
                    '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    assert isinstance(other, InputError) and other.reason == "XML that is not an RSS or Atom feed"
    (broken,) = read(tmp_path, "broken.rss", "<rss><channel><title>x</tit")
    assert isinstance(broken, InputError) and broken.reason.startswith(("malformed", "feed holds"))
    (deep,) = read(tmp_path, "deep.rss", "<rss>" + "<a>" * 100_000 + "</a>" * 100_000 + "</rss>")
    assert isinstance(deep, InputError) and "nested over 256 deep" in deep.reason
    (empty,) = read(tmp_path, "empty.rss", "  \n")
    assert isinstance(empty, InputError) and empty.reason == "empty file"


def test_feed_hostile_entities_are_not_expanded(tmp_path):
    laughs = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10))
    body = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{laughs}'
            '<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel>'
            '<item><title>&l9;</title><description>&x; Kenya condemned Zambia. &l9;'
            "</description></item></channel></rss>")
    results = read(tmp_path, "laughs.rss", body)
    assert results
    for result in results:
        text = result.text if isinstance(result, Article) else result.reason
        assert "root:" not in text and len(text) < 1000


def test_feed_sniffing_leaves_a_text_opening_with_a_tag_alone():
    """Only a feed root or an XML declaration makes XML: a fragment piped in stays text."""
    (article,) = read_inputs(["-"], stdin=io.StringIO("<p>Kenya condemned Zambia.</p>"))
    assert isinstance(article, Article) and "Kenya condemned Zambia" in article.text


PLAIN_ESCAPED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Lusaka Daily</title>
<item><title>Deal</title><link>https://lusaka.example.org/news/9</link>
<description>Zambia &amp;amp; Kenya signed a trade deal; tariffs fell &amp;gt; 5%.</description>
</item></channel></rss>
"""


def test_feed_plain_text_description_is_unescaped(tmp_path):
    """feedparser hands back a plain-text description still escaped as HTML; before, the
    article read "Zambia &amp; Kenya"."""
    (article,) = read(tmp_path, "plain.rss", PLAIN_ESCAPED)
    assert article.text == "Zambia & Kenya signed a trade deal; tariffs fell > 5%."
