"""Storing: the rows sqlite-utils would write, the full-text indexes kept in step, replacement in one transaction."""
from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

from minerals import db as database
from minerals.db import FTS_AUTOMERGE, open_db, store
from minerals.pipeline import process

REPORT = ("青川县卫生健康局2019年工作总结\n一、主要工作成效\n2019年,全县高血压患者规范管理率达到93.14%,孕产妇系统管理率95.2%。\n"
          "儿童免疫规划疫苗接种率保持在95%以上。\n二、2020年工作计划\n高血压患者规范管理率达到95%。")


def _result(tmp_path, text=REPORT, name="report.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process(path)


def _search(db, table, phrase):
    """Ids of the rows whose text holds `phrase`, as Datasette's search finds them."""
    fts = f"{table}_fts"
    key = "sentence_id" if table == "facts" else "rowid"
    return [r[0] for r in db.conn.execute(
        f"SELECT {table}.id FROM {table} WHERE {key} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?) ORDER BY {table}.id",
        [json.dumps(phrase, ensure_ascii=False)])]


def _check(db):
    conn = db.conn
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for fts in ("facts_fts", "documents_fts"):
        with db.atomic():
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")


def test_store_writes_what_insert_all_writes(tmp_path):
    result = _result(tmp_path)
    assert result.facts and result.sections
    fast = open_db(tmp_path / "fast.db")
    store(fast, result)  # it numbers the facts' sentences (sentence_id) in their rows
    slow = open_db(tmp_path / "slow.db")
    with slow.atomic():
        slow["sources"].insert(result.source)
        for table in ("documents", "sections", "facts"):
            slow[table].insert_all(getattr(result, table))
    for table in ("sources", "documents", "sections", "facts"):
        query = f"SELECT rowid, * FROM {table} ORDER BY rowid"
        assert list(fast.conn.execute(query)) == list(slow.conn.execute(query)), table
    doc_id = result.documents[0]["id"]
    for phrase in ("高血压", "孕产妇", "接种率"):
        assert _search(fast, "documents", phrase) == [doc_id], phrase
    _check(fast)


def test_facts_of_one_sentence_share_its_number_and_its_one_index_entry(tmp_path):
    db = open_db(tmp_path / "m.db")
    store(db, _result(tmp_path))
    rows = list(db.conn.execute("SELECT sentence_id, sentence, surface FROM facts ORDER BY rowid"))
    assert [(r[0], r[2]) for r in rows] == [(1, "93.14%"), (1, "95.2%"), (2, "95%以上"), (3, "95%")]
    assert db.conn.execute("SELECT count(*) FROM facts_fts").fetchone()[0] == 3
    assert _search(db, "facts", "系统管理率") == _search(db, "facts", "高血压患者规范管理率达到93") == [
        r[0] for r in db.conn.execute("SELECT id FROM facts WHERE sentence_id = 1")]
    store(db, _result(tmp_path, "东城区卫生局2019年工作总结\n全区孕产妇系统管理率达到97.1%。", "other.txt"))
    assert db.conn.execute("SELECT sentence_id FROM facts WHERE source = 'other.txt'").fetchall() == [(4,)]


def test_a_database_indexed_fact_by_fact_is_moved_to_one_entry_per_sentence(tmp_path):
    """A database written before sentences were numbered: triggers kept an index entry per fact."""
    path = tmp_path / "old.db"
    db = open_db(path)
    store(db, _result(tmp_path))
    conn = db.conn
    conn.execute("DROP TABLE facts_fts")
    for view in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]:
        conn.execute(f"DROP VIEW [{view}]")
    for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts' "
                                 "AND sql LIKE '%sentence_id%'").fetchall():
        conn.execute(f"DROP INDEX [{index}]")
    conn.execute("ALTER TABLE facts DROP COLUMN sentence_id")
    db["facts"].enable_fts(["sentence", "indicator"], create_triggers=True, tokenize="trigram")
    conn.commit()
    conn.close()
    db = open_db(path)
    assert [r[0] for r in db.conn.execute("SELECT sentence_id FROM facts ORDER BY rowid")] == [1, 1, 3, 4]
    assert not [r for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'facts_%'")]
    assert _search(db, "facts", "93.14%") == _search(db, "facts", "95.2%")
    store(db, _result(tmp_path, REPORT.replace("93.14", "94.5")))
    assert _search(db, "facts", "93.14%") == [] and len(_search(db, "facts", "94.5%")) == 2
    _check(db)


def test_a_database_of_an_earlier_schema_gets_the_new_columns(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path)
    store(db, _result(tmp_path))
    for view in [r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]:
        db.conn.execute(f"DROP VIEW [{view}]")  # an earlier schema's views knew no flags either
    db.conn.execute("ALTER TABLE facts DROP COLUMN flags")
    db.conn.commit()
    db.conn.close()
    db = open_db(path)
    assert "flags" in db["facts"].columns_dict
    store(db, _result(tmp_path, REPORT.replace("93.14", "103.5")))
    assert [r[0] for r in db.conn.execute("SELECT flags FROM facts WHERE value = 103.5")] == ["over_100"]


def test_a_missing_column_is_null(tmp_path):
    result = _result(tmp_path)
    del result.facts[0]["extractor"]
    db = open_db(tmp_path / "m.db")
    store(db, result)
    assert db.conn.execute("SELECT extractor FROM facts ORDER BY rowid LIMIT 1").fetchone()[0] is None


def test_an_unknown_column_is_an_error_and_stores_nothing(tmp_path):
    result = _result(tmp_path)
    result.facts[-1]["colour"] = "red"
    db = open_db(tmp_path / "m.db")
    with pytest.raises(sqlite3.OperationalError, match="colour"):
        store(db, result)
    assert db["sources"].count == db["documents"].count == db["facts"].count == 0


def test_a_failed_store_leaves_the_earlier_version(tmp_path):
    db = open_db(tmp_path / "m.db")
    store(db, _result(tmp_path))
    before = list(db.conn.execute("SELECT rowid, * FROM facts ORDER BY rowid"))
    changed = _result(tmp_path, REPORT.replace("93.14", "94.5"))
    changed.facts.append(dict(changed.facts[0]))  # the same fact id twice
    with pytest.raises(sqlite3.IntegrityError):
        store(db, changed)
    assert list(db.conn.execute("SELECT rowid, * FROM facts ORDER BY rowid")) == before
    assert _search(db, "facts", "93.14%")
    _check(db)


def test_a_changed_file_replaces_its_rows_and_its_index_entries(tmp_path):
    db = open_db(tmp_path / "m.db")
    other = _result(tmp_path, "东城区卫生局2019年工作总结\n全区孕产妇系统管理率达到97.1%。", "other.txt")
    store(db, other)
    store(db, _result(tmp_path))
    assert _search(db, "facts", "93.14%") and _search(db, "documents", "高血压")
    store(db, _result(tmp_path, "青川县卫生健康局2019年工作总结\n2019年,全县糖尿病患者规范管理率达到80.5%。"))
    assert _search(db, "facts", "93.14%") == [] and _search(db, "documents", "高血压") == []
    assert [r[0] for r in db.conn.execute("SELECT value FROM facts WHERE source = 'report.txt'")] == [80.5]
    assert _search(db, "facts", "糖尿病") == [r[0] for r in db.conn.execute("SELECT id FROM facts WHERE source = 'report.txt'")]
    assert db["sources"].count == 2 and _search(db, "facts", "97.1%")
    _check(db)


def test_same_bytes_under_another_name_replace_the_first(tmp_path):
    db = open_db(tmp_path / "m.db")
    store(db, _result(tmp_path))
    store(db, _result(tmp_path, name="copy.txt"))
    assert [r[0] for r in db.conn.execute("SELECT name FROM sources")] == ["copy.txt"]
    assert {r[0] for r in db.conn.execute("SELECT source FROM facts")} == {"copy.txt"}
    _check(db)


def test_storing_writes_one_index_segment_per_file_not_per_fact(tmp_path):
    db = open_db(tmp_path / "m.db")
    for fts in ("facts_fts", "documents_fts"):
        assert db.conn.execute(f"SELECT v FROM {fts}_config WHERE k = 'automerge'").fetchone()[0] == FTS_AUTOMERGE
    result = _result(tmp_path, "卫生局工作总结\n" + "".join(f"第{i}项指标完成率达到{50 + i}.5%。" for i in range(40)))
    assert len(result.facts) >= 40
    before = db.conn.execute("SELECT count(*) FROM facts_fts_data").fetchone()[0]
    store(db, result)
    # a structure record, averages and a segment of a page or two: not 40 segments
    assert db.conn.execute("SELECT count(*) FROM facts_fts_data").fetchone()[0] - before < 10
    _check(db)


def test_reopening_keeps_the_settings_and_the_rows(tmp_path):
    db = open_db(tmp_path / "m.db")
    store(db, _result(tmp_path))
    rows = list(db.conn.execute("SELECT rowid, * FROM facts ORDER BY rowid"))
    db.conn.close()
    again = open_db(tmp_path / "m.db")
    assert list(again.conn.execute("SELECT rowid, * FROM facts ORDER BY rowid")) == rows
    assert again.conn.execute("SELECT count(*) FROM facts_fts_config WHERE k = 'automerge'").fetchone()[0] == 1
    assert not (tmp_path / "m.db-wal").exists() and not (tmp_path / "m.db-journal").exists()


def test_datasette_searches_facts_by_sentence_words(tmp_path):
    from minerals.serve import app

    path = tmp_path / "search.db"
    db = open_db(path)
    store(db, _result(tmp_path))
    store(db, _result(tmp_path, "东城区卫生局2019年工作总结\n全区孕产妇系统管理率达到97.1%。", "other.txt"))
    expected = _search(db, "facts", "规范管理率")
    assert expected and len(expected) < db["facts"].count
    ds = app(path)

    async def get(url):
        await ds.invoke_startup()
        return await ds.client.get(url)

    response = asyncio.run(get(f"/{path.stem}/facts.json?_shape=array&_search=规范管理率&_size=max"))
    assert response.status_code == 200, response.text
    assert sorted(r["id"] for r in response.json()) == expected
    response = asyncio.run(get(f"/{path.stem}/documents.json?_shape=array&_search=孕产妇&_size=max"))
    assert response.status_code == 200 and len(response.json()) == 2


def test_known_gives_the_stored_source_row(tmp_path):
    db = open_db(tmp_path / "m.db")
    result = _result(tmp_path)
    assert database.known(db, result.source["sha256"]) is None
    store(db, result)
    assert database.known(db, result.source["sha256"]) == next(db["sources"].rows)


def test_entries_waiting_for_the_index_follow_a_replaced_file(tmp_path):
    """Stored without indexing (as `minerals extract` stores between commits), then replaced
    before the index is written: only the new version's entries reach the indexes."""
    from minerals.db import index_pending

    db = open_db(tmp_path / "m.db")
    with db.atomic():
        store(db, _result(tmp_path), index=False)
        assert _search(db, "facts", "93.14%") == []  # waiting
        store(db, _result(tmp_path, REPORT.replace("93.14", "94.5").replace("高血压", "糖尿病")), index=False)
        index_pending(db)
    assert _search(db, "facts", "93.14%") == [] and len(_search(db, "facts", "94.5%")) == 2
    assert _search(db, "documents", "高血压") == [] and len(_search(db, "documents", "糖尿病")) == 1
    _check(db)


def test_a_run_writes_each_index_once_per_commit(tmp_path):
    from minerals import runner

    for n in range(6):
        (tmp_path / f"r{n}.txt").write_text(REPORT.replace("青川县", f"第{n}县").replace("93.14", f"9{n}.5"), encoding="utf-8")
    db = open_db(tmp_path / "m.db")
    segments = "SELECT count(*) FROM facts_fts_data"
    before = db.conn.execute(segments).fetchone()[0]
    runner.extract(db, [tmp_path])
    assert [len(_search(db, "facts", f"9{n}.5%")) for n in range(6)] == [2] * 6
    assert db.conn.execute(segments).fetchone()[0] - before < 6  # not a segment per file
    _check(db)


def _indexes(db) -> dict[str, str]:
    return dict(db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))


def _reports(folder, n=3):
    folder.mkdir()
    for k in range(n):
        (folder / f"r{k}.txt").write_text(REPORT.replace("青川县", f"第{k}县").replace("93.14", f"9{k}.5"),
                                          encoding="utf-8")
    return folder


def _indexes_seen_while_storing(monkeypatch, db) -> list[set[str]]:
    seen = []
    store_ = database.store

    def store_and_look(db_, result, index=True):
        seen.append(set(_indexes(db_)))
        store_(db_, result, index=index)

    monkeypatch.setattr(database, "store", store_and_look)
    return seen


def test_a_first_run_builds_the_facts_indexes_at_the_end(tmp_path, monkeypatch):
    from minerals import runner

    db = open_db(tmp_path / "m.db")
    schema = _indexes(db)
    seen = _indexes_seen_while_storing(monkeypatch, db)
    runner.extract(db, [_reports(tmp_path / "in")])
    assert len(seen) == 3
    assert "idx_facts_compare" not in seen[0] and "idx_facts_sentence_id" in seen[0]
    assert _indexes(db) == schema  # all back, as the schema has them
    assert db["facts"].count == 12  # four a report


def test_a_failed_first_run_gives_back_its_indexes(tmp_path):
    from minerals import runner

    db = open_db(tmp_path / "m.db")
    schema = _indexes(db)

    def fail(paths):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        runner.extract(db, [_reports(tmp_path / "in")], progress=fail)
    assert _indexes(db) == schema


def test_a_database_with_facts_keeps_its_indexes_during_a_run(tmp_path, monkeypatch):
    from minerals import runner

    db = open_db(tmp_path / "m.db")
    store(db, _result(tmp_path))
    schema = _indexes(db)
    seen = _indexes_seen_while_storing(monkeypatch, db)
    runner.extract(db, [_reports(tmp_path / "in")])
    assert len(seen) == 3 and all(names == set(schema) for names in seen)
