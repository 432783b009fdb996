"""Every shipped ingest table loads and has a source note beside it."""

from importlib import resources

from eventwire.ingest.rules import error_page_rules, furniture_rules, tracking_params


def test_rules_tables_load():
    names = {rule.name for rule in furniture_rules()}
    assert {"share", "comments", "newsletter", "advertisement", "cookie"} <= names
    exact, prefixes = tracking_params()
    assert "fbclid" in exact and "utm_" in prefixes
    assert {"not_found", "forbidden", "bot_wall", "server_error"} <= {
        rule.name for rule in error_page_rules()}


def test_rules_tables_have_sources():
    folder = resources.files("eventwire").joinpath("data", "ingest")
    for table in ("furniture", "tracking_params", "error_pages"):
        assert folder.joinpath(f"{table}_SOURCE.txt").read_text("utf-8").strip()
