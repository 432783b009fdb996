from __future__ import annotations

import pytest

from eventwire.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "ew.duckdb") as s:
        yield s
