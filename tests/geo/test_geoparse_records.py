from eventwire.geo import geoparse_articles
from eventwire.records import Article

FIELDS = {"article_id", "text", "start", "end", "name", "country", "admin1", "lat", "lon",
          "geonameid", "feature"}


def test_geoparse_records_one_per_toponym():
    articles = [Article("a1", "Shelling hit Aleppo and Azaz in Syria."),
                Article("a2", "Nothing happened here."),
                Article("a3", "Floods hit Queensland, Australia.")]
    records = list(geoparse_articles(articles))
    assert {r["article_id"] for r in records} == {"a1", "a3"}
    assert all(FIELDS <= set(r) for r in records)
    a1 = [r for r in records if r["article_id"] == "a1"]
    assert [r["text"] for r in a1] == ["Aleppo", "Azaz", "Syria"]
    text = articles[0].text
    assert all(text[r["start"]:r["end"]] == r["text"] for r in a1)
    assert {r["country"] for r in a1} == {"SYR"}
