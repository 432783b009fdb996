from __future__ import annotations

import json

import pytest
from api_helpers import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Turkey accuses Russia of war crimes\n\nTurkey accused Russia of war crimes on Tuesday "
        "after airstrikes hit hospitals in northern Syria, officials said.")


def test_api_ingest_needs_the_token(client):
    assert client.post("/ingest", content=TEXT).status_code == 401
    wrong = client.post("/ingest", content=TEXT, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_api_ingest_text_then_again_adds_nothing(client):
    headers = {**AUTH, "Content-Type": "text/plain"}
    first = client.post("/ingest", content=TEXT, headers=headers, params={"date": "2016-02-16"})
    assert first.status_code == 200, first.text
    assert first.json()["articles_new"] == 1 and first.json()["events_new"] == 1
    again = client.post("/ingest", content=TEXT, headers=headers, params={"date": "2016-02-16"})
    assert again.json()["articles_duplicate"] == 1 and again.json()["events_new"] == 0
    found = client.get("/events", params={"text": "war crimes"}).json()
    assert found["total"] == 1


def test_api_ingest_jsonl_with_a_bad_line(client):
    lines = [
        json.dumps({"id": "j1", "text": "Ankara blamed Moscow. More words.", "date": "2016-02-20",
                    "url": "https://example.org/j1"}),
        "{not json",
        json.dumps({"id": "j2", "text": "Second report on the same thing. Entirely new text.",
                    "date": "2016-02-20", "url": "https://example.com/j2"}),
    ]
    response = client.post("/ingest", content="\n".join(lines),
                           headers={**AUTH, "Content-Type": "application/x-ndjson"})
    body = response.json()
    assert response.status_code == 200
    assert body["articles_new"] == 2 and body["events_new"] == 1 and body["events_merged"] == 1
    assert body["errors"][0]["input"] == "POST /ingest:2"
    assert "malformed JSON" in body["errors"][0]["reason"]


def test_api_ingest_bad_input_is_4xx(client):
    assert client.post("/ingest", content=b"", headers=AUTH).status_code == 400
    bad = client.post("/ingest", content="{oops", headers={**AUTH, "Content-Type":
                                                            "application/x-ndjson"})
    assert bad.status_code == 422 and "malformed JSON" in bad.text
    kind = client.post("/ingest", content=TEXT, headers=AUTH, params={"kind": "pdf"})
    assert kind.status_code == 422 and "kind: 'pdf'" in kind.text
    date = client.post("/ingest", content=TEXT, headers=AUTH, params={"date": "notadate"})
    assert date.status_code == 422


PAGE = """<!doctype html><html><head><title>Ankara blames Moscow</title></head><body>
<nav>Home | World | Sport</nav><article><h1>Ankara blames Moscow</h1>
<p>Turkey accused Russia of war crimes on Tuesday after missiles hit two hospitals in
northern Syria, killing at least fourteen people, officials in Ankara said.</p>
<p>Moscow rejected the accusation and said its aircraft had only struck militant targets
near the city of Aleppo, in a statement carried by state media late on Tuesday.</p>
</article><footer>Copyright</footer></body></html>"""


def test_api_ingest_url_list_from_a_local_server(client):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Pages(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            if self.path != "/story":
                self.send_error(404)
                return
            data = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    pages = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=pages.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{pages.server_address[1]}"
    try:
        urls = f"{base}/story\n{base}/missing\nftp://nope\n"
        response = client.post("/ingest", content=urls, params={"date": "2016-02-16"},
                               headers={**AUTH, "Content-Type": "text/uri-list"})
    finally:
        pages.shutdown()
    body = response.json()
    assert response.status_code == 200, response.text
    assert body["articles_new"] == 1
    assert [e["reason"] for e in body["errors"]] == ["HTTP 404", "not an http(s) URL"]
    event_id = client.get("/events", params={"text": "hospitals"}).json()["events"][0][
        "event_id"]
    urls = [m["url"] for m in client.get(f"/events/{event_id}").json()["mentions"]]
    assert f"{base}/story" in urls


def test_api_client_posts_articles_in_batches(server):
    from eventwire.api.client import post_articles
    from eventwire.errors import EventwireError
    from eventwire.records import Article

    articles = [Article(id=f"c{i}", text=f"Client article {i} says Turkey blamed Russia. " * 3
                        + f"Unique tail {i * 7919} words here {i}.", published="2016-03-0"
                        f"{i + 1}", url=f"https://client.example/{i}") for i in range(5)]
    total = post_articles(server.url, TOKEN, articles, batch_size=2)
    assert total.articles_new == 5 and total.events_new == 5
    again = post_articles(server.url, TOKEN, articles, batch_size=2)
    assert again.articles_duplicate == 5 and again.events_new == 0
    with pytest.raises(EventwireError, match="HTTP 401"):
        post_articles(server.url, "wrong", articles)


def test_api_ingest_hostile_json_lines_are_422_not_500(client):
    headers = {**AUTH, "Content-Type": "application/x-ndjson"}
    surrogate = client.post("/ingest", content=b'{"id": "s", "text": "Turkey \\ud800 said."}',
                            headers=headers)
    assert surrogate.status_code == 422, surrogate.text
    assert "lone surrogate" in surrogate.text
    deep = client.post("/ingest", content=b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
                       headers=headers)
    assert deep.status_code == 422, deep.text
    assert "nested too deeply" in deep.text


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Ankara Desk</title>
<item><title>One</title><link>https://desk.example.org/feed-1</link>
<pubDate>Tue, 16 Feb 2016 09:00:00 GMT</pubDate>
<description>Turkey accused Russia of war crimes in Syria on Tuesday, officials said.</description>
</item><item><title>Two</title><link>https://desk.example.org/feed-2</link></item>
</channel></rss>"""


def test_api_ingest_a_feed_body_one_article_per_item(client):
    """Before: a posted feed was read as one text, its markup coded."""
    response = client.post("/ingest", content=FEED,
                           headers={**AUTH, "Content-Type": "application/rss+xml"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["articles_new"] + body["articles_duplicate"] == 1
    assert body["errors"] == [{"input": "POST /ingest#2", "reason": "feed item holds no text"}]
    sitemap = client.post("/ingest", content='<?xml version="1.0"?><urlset></urlset>',
                          headers={**AUTH, "Content-Type": "application/xml"})
    assert sitemap.status_code == 422 and "not an RSS or Atom feed" in sitemap.text


def test_api_ingest_a_json_array_body_one_article_per_record(client):
    records = [{"id": "k1", "text": "Ankara blamed Moscow for the strikes. More words.",
                "date": "2016-02-20"},
               {"id": "k2", "title": "a record with no text"}]
    response = client.post("/ingest", content=json.dumps(records, indent=2),
                           headers={**AUTH, "Content-Type": "application/json"})
    body = response.json()
    assert response.status_code == 200, response.text
    assert body["articles_new"] == 1
    assert body["errors"] == [{"input": "POST /ingest[1]", "reason": 'record has no "text"'}]
