"""Plausibility checks: flags on a fact that a researcher can filter on, never edits.

A 参合率 of 101.44 % is what the report says (enrolment counted against an older
population figure), and a study of how bureaus report wants to see it; a 婴儿死亡率 written
in % where the indicator is stated in ‰ may be a slip of the writer or of the scrape.
"""
from __future__ import annotations

from .indicators import dictionary
from .units import also_counted_in, counted_alike


_RATES = ("%", "‰", "/万", "/10万", "/100万", "百分点", "千分点", "十万分点", "女=100")


def flags(unit: str, value: float, value_max: float | None, aspect: str, key: str | None,
          whole: tuple[float, str] | None = None) -> str | None:
    """The names of the checks a fact fails, comma-separated, or None.

    - `over_100`: a share (a level in %) above 100 %; not a ratio whose indicator is good
      within a band (病床使用率 105 %, 出生人口性别比 108);
    - `unit_differs`: a level in another unit than its canonical indicator's (% for ‰);
    - `part_over_whole`: a part (其中…) larger than its whole (`whole`: value and unit); not a
      rate or a change, where a part may well pass its whole (其中A镇增长28%).
    """
    failed = []
    if (unit == "%" and aspect == "level" and max(value, value_max or value) > 100
            and not (key and dictionary()[key].good == "band")):
        failed.append("over_100")
    if (key and aspect == "level" and not counted_alike(dictionary()[key].unit, unit)
            and unit not in also_counted_in().get(key, ())):
        failed.append("unit_differs")
    if whole and whole[1] == unit and value > whole[0] and aspect == "level" and unit not in _RATES:
        failed.append("part_over_whole")
    return ",".join(failed) or None
