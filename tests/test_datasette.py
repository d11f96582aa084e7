"""The published database, through Datasette's own test client."""
from __future__ import annotations

import asyncio

import pytest

from minerals.serve import app


@pytest.fixture(scope="module")
def get(seeds_db):
    path, _, _ = seeds_db
    ds = app(path)
    name = path.stem

    def fetch(url: str):
        async def go():
            await ds.invoke_startup()
            return await ds.client.get(url.replace("{db}", name))

        return asyncio.run(go())

    return fetch


def test_facts_table(get):
    response = get("/{db}/facts.json?_shape=array&unit=%E2%80%B0&_sort=id")
    assert response.status_code == 200
    rows = response.json()
    assert {r["value"] for r in rows} >= {6.18, 4.29, 2.09, 6.47, 5.03}


def test_facts_csv(get):
    response = get("/{db}/facts.csv?_size=max&indicator_key=u5_mortality_rate")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain") or "csv" in response.headers["content-type"]
    assert "6.18" in response.text and "5岁以下儿童死亡率" in response.text


def test_index_lists_documents_facts_and_plan_vs_actual(get):
    response = get("/{db}")
    assert response.status_code == 200
    for name in ("documents", "facts", "plan_vs_actual", "year_over_year"):
        assert name in response.text


def test_read_only(get):
    response = get("/{db}.json?sql=DELETE+FROM+facts")
    assert response.status_code in (400, 403)
    assert get("/{db}/facts.json?_shape=array&_size=1").status_code == 200
