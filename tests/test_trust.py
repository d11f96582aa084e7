"""Documents dated out of their words' era, and spun words: named, flagged, never undone."""
from __future__ import annotations

import pytest

from conftest import SEEDS
from minerals.pipeline import process
from minerals.trust import anachronisms, spun

# text, the document's year → the words of other years, with theirs
ERAS = [
    ("县卫生局2022年工作总结", 2022, "卫生局 –2017"),
    ("县卫生局2012年工作总结", 2012, None),
    ("县卫生局2019年工作总结", 2019, None),  # two years of slack after a word's last
    ("原县卫生局的职责划入县卫生健康局", 2022, None),  # the office as it was
    ("原卫生局", 2022, None),
    ("全县新农合参合率98.5%", 2021, "新农合 2003–2018"),
    ("全县新型农村合作医疗参合率98.5%", 2001, "新型农村合作医疗 2003–2018"),
    ("全县新农合参合率98.5%", 2010, None),
    ("新冠肺炎疫情防控", 2019, None),  # a summary of 2019 is written early in 2020
    ("新冠肺炎疫情防控", 2018, "新冠肺炎 2020–"),
    ("县卫生健康局2017年工作总结", 2017, None),
    ("县卫生健康局2016年工作总结", 2016, "卫生健康局 2018–"),
    ("县卫生计生局", 2012, None),
    ("县卫生计生局", 2011, "卫生计生局 2013–2018"),
    ("谋划“十四五”卫生健康规划", 2019, None),
    ("“十四五”期间", 2018, "十四五 2020–"),
    ("落实健康中国2020战略", 2010, None),
    ("实施健康中国行动", 2014, "健康中国行动 2016–"),
    ("乐观实施新一轮初级卫生保健", 2022, "新一轮初级卫生保健 2001–2010"),
    ("县卫生局、县卫生健康局", 2025, "卫生局 –2017"),
    ("县卫生局2022年工作总结", None, None),  # no year known: nothing to check
]


@pytest.mark.parametrize("text, year, expected", ERAS)
def test_words_of_another_era(text, year, expected):
    assert anachronisms(text, year) == expected


SPUN = [
    ("新型农村合作医疗人口掩盖率达88.63%,乐观开展健康教育", "掩盖率, 乐观开展"),
    ("为广阔农夫供应服务,满足广阔农夫需要", "广阔农夫"),
    ("新农合人口覆盖率达88.63%,积极开展健康教育", None),
    ("在广阔农村开展巡回医疗", None),
]


@pytest.mark.parametrize("text, expected", SPUN)
def test_spun_words(text, expected):
    assert spun(text) == expected


def _seed(name: str, known: dict | None = None):
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return process(path, None, known)


def test_a_re_dated_spun_seed_is_named_and_its_facts_flagged():
    """Seed 003: a report of the 2000s (新一轮初级卫生保健, 新农合) that a sharing site dated 2022 and spun."""
    result = _seed("003")
    doc = result.documents[0]
    assert doc["report_year"] == 2022
    assert doc["anachronisms"] == ("新型农村合作医疗 2003–2018, 新一轮初级卫生保健 2001–2010, 初保示范县 2001–2010, "
                                   "卫生局 –2017")
    assert doc["spun"].startswith("广阔人民群众, 详细抓, 讨论打算, 乐观实施") and "掩盖率" in doc["spun"]
    assert all("out_of_era" in fact["flags"] for fact in result.facts)
    covered = next(f for f in result.facts if f["value"] == 88.63)
    assert (covered["indicator"], covered["flags"]) == ("新型农村合作医疗人口掩盖率", "out_of_era,spun")
    assert sum("spun" in f["flags"] for f in result.facts) == 6


def test_a_manifests_year_is_the_one_checked():
    result = _seed("003", {"report_year": 2006})
    assert result.documents[0]["anachronisms"] is None
    assert not any("out_of_era" in (f["flags"] or "") for f in result.facts)


@pytest.mark.parametrize("name", ["000", "001", "002", "004"])
def test_the_other_seeds_are_not_named(name):
    result = _seed(name)
    assert [d["anachronisms"] for d in result.documents] == [None] * len(result.documents)
    assert [d["spun"] for d in result.documents] == [None] * len(result.documents)
