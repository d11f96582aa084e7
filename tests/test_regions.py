"""A region's code (GB/T 2260) in its year: one code alone that fits the name, or none."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from minerals.cli import cli
from minerals.regions import code

# region, year → code (None: none fits, or several do)
CODES = [
    ("青川县", 2019, "510822"),
    ("青川县", 1984, "512829"),  # of 绵阳地区 until 广元 became a city
    ("青川县", 1985, "510822"),
    ("青川县", None, None),  # two codes over the years: which one is unknown
    ("即墨市", 2016, "370282"),
    ("即墨市", 2017, "370282"),  # the year it became 即墨区: the lists lag
    ("即墨区", 2018, "370215"),
    ("即墨市", 2020, None),  # no 即墨市 any more
    ("庐江县", 2009, "341421"),  # of 巢湖市 (a prefecture-level city)
    ("庐江县", 2012, "340124"),  # of 合肥 after that 巢湖市 was dissolved in 2011
    ("庐江县", 2011, "340124"),  # held that very year rather than a year before
    ("临河市", 2001, "152801"),
    ("临河市", 2011, None),  # 临河区 since 2003
    ("临河区", 2011, "150802"),
    ("会理市", 2022, "513402"),
    ("鼓楼区", 2020, None),  # four cities have one
    ("福州市鼓楼区", 2020, "350102"),
    ("福建省福州市鼓楼区", 2020, "350102"),
    ("福建省鼓楼区", 2020, "350102"),
    ("徐州市鼓楼区", 2010, "320302"),
    ("长春市朝阳区", 2020, "220104"),
    ("北京市东城区", 2018, "110101"),
    ("东城区", 2018, "110101"),
    ("杭州市东城区", 2018, None),  # no 东城区 of 杭州
    ("恩施土家族苗族自治州", 2020, "422800"),
    ("利川市", 2020, "422802"),
    ("吉林市", 2020, "220200"),
    ("吉林省", 2020, "220000"),
    ("XX县", 2020, None),
    ("青禾县石桥镇", 2020, None),  # a township: no list here names them
    ("", 2020, None),
    (None, 2020, None),
]


@pytest.mark.parametrize("region, year, expected", CODES)
def test_code(region, year, expected):
    assert code(region, year) == expected


def test_documents_and_comparisons_carry_the_code(corpus_db):
    path, db, _ = corpus_db
    assert {row["region"]: row["region_code"] for row in db.query("SELECT region, region_code FROM documents "
                                                                   "WHERE region IS NOT NULL")} == {
        "青川县": "510822", "东城区": "110101", "临河区": "150802"}
    for table in ("plan_vs_actual", "year_over_year", "panel"):
        assert set(db.execute(f"SELECT place, region_code FROM {table}").fetchall()) == {
            ("青川县", "510822"), ("东城区", "110101"), ("临河区", "150802")}, table
    exported = CliRunner().invoke(cli, ["export", "--db", str(path), "--panel", "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
    assert {(row["place"], row["region_code"]) for row in rows} == {
        ("青川县", "510822"), ("东城区", "110101"), ("临河区", "150802")}


def test_the_seeds_regions(seeds_db):
    _, db, _ = seeds_db
    found = {(row["region"], row["report_year"], row["region_code"]) for row in db.query(
        "SELECT region, report_year, region_code FROM documents WHERE region IS NOT NULL")}
    assert found == {("殷都区", 2004, "410505"), ("泰山区", 2009, "370902"), ("田家庵区", None, "340403"),
                     ("南岸区", None, None)}  # 南岸区 was of 重庆 in 四川 (510214), then of 重庆 (500108)
