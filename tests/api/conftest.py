from __future__ import annotations

import httpx
import pytest
from api_helpers import TOKEN, ThreadServer, fake_coder

from eventwire.api import Settings, create_app
from eventwire.store import Store
from eventwire.store.synthetic import batches


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real server over a real DuckDB file holding 50 synthetic articles (one a module)."""
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    with Store.open(path) as store:
        for batch in batches(50, 4, batch_size=25, days=60):
            store.add_batch(batch)
    app = create_app(Settings(db=str(path), token=TOKEN, allow_private=True), coder=fake_coder)
    with ThreadServer(app) as srv:
        yield srv


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c
