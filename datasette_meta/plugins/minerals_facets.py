"""The facets of a table counted side by side, and from stored counts where they serve.

Datasette counts the column facets of a table one after another, so that four facets over
a few million facts take four times as long as one.  Each counts rows through its own index
and SQLite runs each query in its own thread, so they can run at once.

A page of the facts, documents or sections filtered by nothing but values of its default
facets (?duplicate=0, ?role=target&year=2020) sums those facets from the table's stored
counts (`minerals.counts`: a few thousand rows where the table has millions), instead of
reading an index entry, or a row, for every row; on every page of it, where Datasette would
count only the rows from that page on.
"""
from __future__ import annotations

import asyncio
import copy
import re

from datasette.facets import ColumnFacet

from minerals import counts

_one_by_one = ColumnFacet.facet_results
COUNTED = {name: set(columns) for name, columns in counts.facets().items()}
# A table's query as Datasette writes it, filtered by exact values only.
_PAGE = re.compile(r'select .+ from (\w+) (?:where ("\w+" = :p\d+(?: and "\w+" = :p\d+)*) )?', re.S)
_FILTERED = re.compile(r'"(\w+)" = :p\d+')
# What Datasette adds to the query of a page after the first (?_next=), to start it after the
# row that ended the page before, by its sort column and primary key or by its key alone.
_AFTER = re.compile(r"(?:where|and) (?:\((\w+) > :p\d+ or \(\1 = :p\d+ and \(\(\w+ > :p\d+\)\)\)\)|\(\(\w+ > :p\d+\)\)) $")


class _Counted:
    """Datasette, for a facet whose query is answered from the stored counts instead."""

    def __init__(self, ds, sql: str) -> None:
        self._ds, self._sql = ds, sql

    def __getattr__(self, name: str):
        return getattr(self._ds, name)

    async def execute(self, database, sql, params=None, **kwargs):
        return await self._ds.execute(database, self._sql, params, **kwargs)


async def _counted_sql(facet: ColumnFacet, column: str) -> str | None:
    """The query of the stored counts that gives `column`'s facet of this page, if any does."""
    page = _PAGE.fullmatch(_AFTER.sub("", facet.sql))
    if page is None or page.group(1) != facet.table or column not in COUNTED.get(facet.table, ()):
        return None
    where = page.group(2) or ""
    if not set(_FILTERED.findall(where)) <= COUNTED[facet.table]:
        return None
    stored = counts.table(facet.table)
    if not COUNTED[facet.table] <= set(await facet.ds.get_database(facet.database).table_columns(stored)):
        return None  # not counted, or counted by the facets of an older version
    condition = " and ".join(filter(None, [where, f"[{column}] is not null"]))
    return (f"select [{column}] as value, sum(counted) as count from [{stored}] where {condition} "
            f"group by [{column}] order by count desc, value limit {facet.get_facet_size() + 1}")


async def _side_by_side(self: ColumnFacet) -> tuple[list, list]:
    singles = []
    for config in self.get_configs():
        single = copy.copy(self)
        single.get_configs = lambda config=config: [config]
        sql = await _counted_sql(self, config["config"].get("column") or config["config"]["simple"])
        if sql:
            single.ds = _Counted(self.ds, sql)
        singles.append(_one_by_one(single))
    counted = await asyncio.gather(*singles)
    return [r for results, _ in counted for r in results], [c for _, timed_out in counted for c in timed_out]


ColumnFacet.facet_results = _side_by_side
