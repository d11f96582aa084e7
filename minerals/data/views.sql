-- Comparison views over facts.  Facts link across documents only through their
-- canonical indicator, their place and an identical unit; facts from republished copies
-- (duplicate = 1) never enter.  The place is the region: a bureau named without one
-- (卫生局, 卫生健康局) is no place, and two such reports may be two counties.

DROP VIEW IF EXISTS fact_places;
CREATE VIEW fact_places AS
SELECT
  facts.*,
  documents.bureau,
  documents.region,
  coalesce(documents.region, documents.bureau) AS place,
  documents.title AS document_title
-- CROSS JOIN: documents first (a few thousand), then each one's facts through
-- idx_facts_compare; facts first would look a document up for every fact.
FROM documents
CROSS JOIN facts ON facts.document_id = documents.id
WHERE documents.duplicate_of IS NULL  -- a copy's facts all have duplicate = 1: skipped whole
  AND facts.duplicate = 0
  AND facts.indicator_key IS NOT NULL
  AND facts.year IS NOT NULL
  AND facts.aspect = 'level'
  AND documents.region IS NOT NULL;

-- Every plan (a target, or a quota: a task set from above) beside the results reported
-- for the same place, indicator, year and unit: one row per distinct plan and distinct
-- result.  A repeat within a document (a headline's copy, a paragraph said twice) is
-- marked duplicate and never enters; a plan stated again with the same value otherwise
-- (in a later report's outlook or review, in a 工作要点 and its list, or as the task the
-- review says was done) is one plan: its row is its first statement, with that
-- statement's role and qualifier (first: the earliest document by report year, a plan
-- without one counting as the year before its plan year; of one year, a statement that
-- says 以上 or 以内 before a bare one, which often shortens it; then the earlier in the text),
-- and `statements` says how many there were.  A result restated is one result likewise.
-- Different values for one key and year (a target revised) give several rows; the
-- counts say so.
--
-- How the actuals of a target are found, fast on millions of facts: a place of a few
-- documents (most) is searched document by document (idx_documents_place, then each
-- document's facts through idx_facts_compare), so a page of rows needs no pass over all
-- facts.  A place of many documents (a bureau named without its place, say) would make
-- that search long for each of its targets; the facts of such places (`comparable`) are
-- sorted once instead.  Exactly one of the two ways can find rows for a target; the
-- earlier statements of a plan or a result are looked for the same two ways.
DROP VIEW IF EXISTS plan_vs_actual;
CREATE VIEW plan_vs_actual AS
WITH big AS (
  SELECT coalesce(region, bureau) AS place FROM documents
  WHERE region IS NOT NULL
  GROUP BY coalesce(region, bureau) HAVING count(*) > 16
),
comparable AS (
  SELECT coalesce(documents.region, documents.bureau) AS place, facts.role, facts.indicator_key, facts.year,
         facts.unit, facts.value, facts.qualifier, facts.rowid AS fact_rowid,
         coalesce(documents.report_year, documents.plan_year - 1, 9999) AS stated, facts.document_id, facts.start
  FROM documents CROSS JOIN facts ON facts.document_id = documents.id
  WHERE coalesce(documents.region, documents.bureau) IN big
    AND documents.duplicate_of IS NULL
    AND facts.duplicate = 0 AND facts.aspect = 'level' AND facts.indicator_key IS NOT NULL AND facts.year IS NOT NULL
),
ba AS (SELECT * FROM comparable AS c WHERE role = 'actual' AND NOT EXISTS (
  SELECT 1 FROM comparable AS e WHERE e.place = c.place AND e.role = 'actual' AND e.indicator_key = c.indicator_key
    AND e.year = c.year AND e.unit = c.unit AND e.value = c.value
    AND (e.stated, e.document_id, e.start) < (c.stated, c.document_id, c.start))),
bt AS (SELECT * FROM comparable WHERE role IN ('target', 'quota')),
-- the facts of a place of a few documents, with when their documents were written
few AS NOT MATERIALIZED (
  SELECT coalesce(d.region, d.bureau) AS place, coalesce(d.report_year, d.plan_year - 1, 9999) AS stated, f.*
  FROM documents AS d CROSS JOIN facts AS f ON f.document_id = d.id
  WHERE d.duplicate_of IS NULL AND f.duplicate = 0 AND f.aspect = 'level'
),
t AS NOT MATERIALIZED (
  SELECT fact_places.*,
         (SELECT coalesce(report_year, plan_year - 1, 9999) FROM documents WHERE id = fact_places.document_id) AS stated
  FROM fact_places WHERE role IN ('target', 'quota')
)
SELECT
  t.place,
  t.bureau,
  t.region,
  t.indicator_key,
  i.name AS indicator_name,
  t.year,
  t.role AS plan_role,
  t.value AS target_value,
  t.unit AS target_unit,
  t.qualifier AS target_qualifier,
  t.indicator AS target_indicator,
  t.source AS target_source,
  t.document_id AS target_document,
  t.sentence AS target_sentence,
  t.id AS target_fact,
  t.flags AS target_flags,
  coalesce(a.value, ba.value) AS actual_value,
  coalesce(a.unit, ba.unit) AS actual_unit,
  coalesce(a.qualifier, ba.qualifier) AS actual_qualifier,
  coalesce(a.indicator, (SELECT indicator FROM facts WHERE rowid = ba.fact_rowid)) AS actual_indicator,
  coalesce(a.source, (SELECT source FROM facts WHERE rowid = ba.fact_rowid)) AS actual_source,
  coalesce(a.document_id, (SELECT document_id FROM facts WHERE rowid = ba.fact_rowid)) AS actual_document,
  coalesce(a.sentence, (SELECT sentence FROM facts WHERE rowid = ba.fact_rowid)) AS actual_sentence,
  coalesce(a.id, (SELECT id FROM facts WHERE rowid = ba.fact_rowid)) AS actual_fact,
  coalesce(a.flags, (SELECT flags FROM facts WHERE rowid = ba.fact_rowid)) AS actual_flags,
  round(coalesce(a.value, ba.value) - t.value, 6) AS gap,
  -- CAST gives the column INTEGER affinity, so that a filter met=1 (as Datasette's facet
  -- links write it) matches; a bare CASE has none, and 1 = '1' is false.
  CAST(CASE
    WHEN coalesce(a.value, ba.value) IS NULL THEN NULL
    WHEN t.qualifier = 'at_least' THEN coalesce(a.value, ba.value) >= t.value
    WHEN t.qualifier = 'at_most' THEN coalesce(a.value, ba.value) <= t.value
    -- about a value (7000万元左右): within 5 % of it, or beyond it the way the indicator is better
    WHEN t.qualifier = 'approx' AND i.good = 'higher' THEN coalesce(a.value, ba.value) >= t.value - 0.05 * abs(t.value)
    WHEN t.qualifier = 'approx' AND i.good = 'lower' THEN coalesce(a.value, ba.value) <= t.value + 0.05 * abs(t.value)
    WHEN t.qualifier = 'approx' THEN abs(coalesce(a.value, ba.value) - t.value) <= 0.05 * abs(t.value)
    WHEN i.good = 'higher' THEN coalesce(a.value, ba.value) >= t.value
    WHEN i.good = 'lower' THEN coalesce(a.value, ba.value) <= t.value
    -- an activity planned (发放健康教育资料15万份) is done when as much or more was done, and
    -- so is a task set from above (下达任务5000人) of an indicator with no better direction known
    WHEN i.good = 'none' OR t.role = 'quota' THEN coalesce(a.value, ba.value) >= t.value
    ELSE coalesce(a.value, ba.value) = t.value
  END AS INTEGER) AS met,
  CASE WHEN t.place IN big
    THEN (SELECT count(*) FROM bt WHERE bt.place = t.place AND bt.indicator_key = t.indicator_key
            AND bt.year = t.year AND bt.unit = t.unit AND bt.value = t.value)
    ELSE (SELECT count(*) FROM few AS t2
          WHERE t2.place = t.place AND t2.role IN ('target', 'quota')
            AND t2.indicator_key = t.indicator_key AND t2.year = t.year AND t2.unit = t.unit
            AND t2.value = t.value)
  END AS statements,
  CASE WHEN t.place IN big
    THEN (SELECT count(DISTINCT bt.value) FROM bt WHERE bt.place = t.place
            AND bt.indicator_key = t.indicator_key AND bt.year = t.year AND bt.unit = t.unit)
    ELSE (SELECT count(DISTINCT t2.value) FROM few AS t2
          WHERE t2.place = t.place AND t2.role IN ('target', 'quota')
            AND t2.indicator_key = t.indicator_key AND t2.year = t.year AND t2.unit = t.unit)
  END AS targets_for_year,
  CASE WHEN t.place IN big
    THEN (SELECT count(*) FROM ba AS a2 WHERE a2.place = t.place AND a2.indicator_key = t.indicator_key
            AND a2.year = t.year AND a2.unit = t.unit)
    ELSE (SELECT count(DISTINCT a2.value) FROM few AS a2
          WHERE a2.place = t.place AND a2.role = 'actual'
            AND a2.indicator_key = t.indicator_key AND a2.year = t.year AND a2.unit = t.unit)
  END AS actuals_for_year
FROM t
LEFT JOIN facts AS a
  -- (the test of the place inside the list: outside it, the documents would be searched first)
  ON a.document_id IN (SELECT id FROM documents WHERE coalesce(region, bureau) = t.place AND t.place NOT IN big)
  AND a.duplicate = 0 AND a.aspect = 'level' AND a.role = 'actual'
  AND a.indicator_key = t.indicator_key AND a.year = t.year AND a.unit = t.unit
  AND NOT EXISTS (SELECT 1 FROM few AS e WHERE e.place = t.place AND e.role = 'actual'
    AND e.indicator_key = a.indicator_key AND e.year = a.year AND e.unit = a.unit AND e.value = a.value
    AND (e.stated, e.document_id, e.start)
      < ((SELECT coalesce(report_year, plan_year - 1, 9999) FROM documents WHERE id = a.document_id), a.document_id, a.start))
LEFT JOIN ba
  ON t.place IN big
  AND ba.place = t.place AND ba.indicator_key = t.indicator_key AND ba.year = t.year AND ba.unit = t.unit
LEFT JOIN indicators AS i ON i.key = t.indicator_key
-- (CASE: the subquery of the other way is not run at all; `bt` is sorted only for a place of many)
WHERE CASE WHEN t.place IN big
  THEN NOT EXISTS (
    SELECT 1 FROM bt AS e WHERE e.place = t.place
      AND e.indicator_key = t.indicator_key AND e.year = t.year AND e.unit = t.unit AND e.value = t.value
      AND (e.stated, e.qualifier IS 'exact', e.document_id, e.start)
        < (t.stated, t.qualifier IS 'exact', t.document_id, t.start))
  ELSE NOT EXISTS (
    SELECT 1 FROM few AS e WHERE e.place = t.place AND e.role IN ('target', 'quota')
      AND e.indicator_key = t.indicator_key AND e.year = t.year AND e.unit = t.unit AND e.value = t.value
      AND (e.stated, e.qualifier IS 'exact', e.document_id, e.start)
        < (t.stated, t.qualifier IS 'exact', t.document_id, t.start))
END;

-- The actual value of each place, indicator and year beside the year before.
-- `value` is null when a year reports several different values (see `values_reported`);
-- `fact` is the first stored of the year's facts.  `a` reads idx_facts_compare only; the
-- year before and the fact id are computed for the rows asked for, not for counting or
-- faceting: searched document by document in a place of a few documents, looked up in
-- `pa` (the same groups, for the places of many documents only) otherwise (see above).
DROP VIEW IF EXISTS year_over_year;
CREATE VIEW year_over_year AS
WITH big AS (
  SELECT coalesce(region, bureau) AS place FROM documents
  WHERE region IS NOT NULL
  GROUP BY coalesce(region, bureau) HAVING count(*) > 16
),
a AS (
  SELECT coalesce(documents.region, documents.bureau) AS place, documents.bureau, documents.region,
         facts.indicator_key, facts.year, facts.unit,
         count(DISTINCT facts.value) AS n_values,
         group_concat(DISTINCT facts.value) AS values_reported,
         CASE WHEN count(DISTINCT facts.value) = 1 THEN max(facts.value) END AS value,
         min(facts.rowid) AS fact_rowid
  FROM documents CROSS JOIN facts ON facts.document_id = documents.id
  WHERE documents.duplicate_of IS NULL AND facts.duplicate = 0 AND facts.aspect = 'level' AND facts.role = 'actual'
    AND facts.indicator_key IS NOT NULL AND facts.year IS NOT NULL
    AND documents.region IS NOT NULL
  GROUP BY coalesce(documents.region, documents.bureau), facts.indicator_key, facts.year, facts.unit
),
pa AS (
  SELECT coalesce(documents.region, documents.bureau) AS place, facts.indicator_key, facts.year, facts.unit,
         CASE WHEN count(DISTINCT facts.value) = 1 THEN max(facts.value) END AS value
  FROM documents CROSS JOIN facts ON facts.document_id = documents.id
  WHERE coalesce(documents.region, documents.bureau) IN big
    AND documents.duplicate_of IS NULL AND facts.duplicate = 0 AND facts.aspect = 'level' AND facts.role = 'actual'
    AND facts.indicator_key IS NOT NULL AND facts.year IS NOT NULL
  GROUP BY coalesce(documents.region, documents.bureau), facts.indicator_key, facts.year, facts.unit
),
b AS (
  SELECT a.*,
    CASE WHEN a.place IN big
      THEN (SELECT pa.value FROM pa WHERE pa.place = a.place AND pa.indicator_key = a.indicator_key
              AND pa.unit = a.unit AND pa.year = a.year - 1)
      ELSE (SELECT CASE WHEN count(DISTINCT p.value) = 1 THEN max(p.value) END FROM facts AS p
            WHERE p.document_id IN (SELECT id FROM documents WHERE coalesce(region, bureau) = a.place)
              AND p.duplicate = 0 AND p.aspect = 'level' AND p.role = 'actual'
              AND p.indicator_key = a.indicator_key AND p.year = a.year - 1 AND p.unit = a.unit)
    END AS previous_value
  FROM a
)
SELECT
  b.place, b.bureau, b.region, b.indicator_key, i.name AS indicator_name, b.year, b.unit,
  b.value, b.values_reported, b.n_values,
  b.previous_value,
  round(b.value - b.previous_value, 6) AS change,
  round(100.0 * (b.value - b.previous_value) / nullif(b.previous_value, 0), 2) AS change_percent,
  (SELECT id FROM facts WHERE rowid = b.fact_rowid) AS fact
FROM b
LEFT JOIN indicators AS i ON i.key = b.indicator_key;

-- The tidy panel for statistics packages: one row per place, indicator, year and unit,
-- with the target and the actual side by side.  A value is empty when that year states
-- several different ones (their count says so); fact_places explains each.
DROP VIEW IF EXISTS panel;
CREATE VIEW panel AS
SELECT
  f.place, max(f.bureau) AS bureau, max(f.region) AS region, f.indicator_key, i.name AS indicator_name,
  f.year, f.unit,
  CASE WHEN count(DISTINCT CASE WHEN f.role = 'target' THEN f.value END) = 1
       THEN max(CASE WHEN f.role = 'target' THEN f.value END) END AS target_value,
  max(CASE WHEN f.role = 'target' THEN f.qualifier END) AS target_qualifier,
  count(DISTINCT CASE WHEN f.role = 'target' THEN f.value END) AS n_targets,
  CASE WHEN count(DISTINCT CASE WHEN f.role = 'actual' THEN f.value END) = 1
       THEN max(CASE WHEN f.role = 'actual' THEN f.value END) END AS actual_value,
  count(DISTINCT CASE WHEN f.role = 'actual' THEN f.value END) AS n_actuals,
  i.good
FROM fact_places AS f
LEFT JOIN indicators AS i ON i.key = f.indicator_key
WHERE f.role IN ('target', 'actual')
GROUP BY f.place, f.indicator_key, f.year, f.unit;
