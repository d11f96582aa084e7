"""The facets of a table counted side by side: Datasette counts the column facets of a
table one after another, so that four facets over a few million facts take four times
as long as one.  Each counts rows through its own index and SQLite runs each query in
its own thread, so they can run at once."""
from __future__ import annotations

import asyncio
import copy

from datasette.facets import ColumnFacet

_one_by_one = ColumnFacet.facet_results


async def _side_by_side(self: ColumnFacet) -> tuple[list, list]:
    configs = self.get_configs()
    if len(configs) < 2:
        return await _one_by_one(self)
    singles = []
    for config in configs:
        single = copy.copy(self)
        single.get_configs = lambda config=config: [config]
        singles.append(_one_by_one(single))
    counted = await asyncio.gather(*singles)
    return [r for results, _ in counted for r in results], [c for _, timed_out in counted for c in timed_out]


ColumnFacet.facet_results = _side_by_side
