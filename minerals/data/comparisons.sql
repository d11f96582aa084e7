-- The rows of plan_vs_actual, year_over_year and panel, as temporary views (*_made) that
-- minerals/comparisons.py stores in tables (*_rows).  Each is made in one pass over the
-- comparable facts (fact_places, views.sql), sorted once: a view evaluated per request
-- would search the facts again for every row it shows or counts.
--
-- Every row is of one place and made from that place's facts alone (each window and join
-- is by place), so the rows can be made for the places in temp.comparison_scope only; an
-- empty scope is every place.

DROP TABLE IF EXISTS temp.placed;
DROP VIEW IF EXISTS temp.joint_places;
DROP TABLE IF EXISTS temp.first_plans;
DROP TABLE IF EXISTS temp.first_actuals;
DROP VIEW IF EXISTS temp.plan_vs_actual_made;
DROP VIEW IF EXISTS temp.year_over_year_made;
DROP VIEW IF EXISTS temp.panel_made;

-- The comparable facts of the scope's places, with when their document was written (`stated`:
-- its report year, else the year before its plan year, else last).  A plan of an indicator
-- that is the quota of another's result (签约任务数, set for 签约人数) is compared under that
-- indicator's key, beside the result it was set for.  A fact's place is its
-- document's region (fact_places holds no document without one): a few places' facts are
-- found through its index, all of them in the order they were stored, which on a big
-- database reads the file once rather than place by place.
CREATE TEMP TABLE placed AS
SELECT f.id, f.place, f.bureau, f.region, f.region_code, f.role,
       CASE WHEN f.role IN ('target', 'quota') THEN coalesce(i.quota_of, f.indicator_key) ELSE f.indicator_key END AS indicator_key,
       f.year, f.unit, f.value, f.qualifier, coalesce(d.report_year, d.plan_year - 1, 9999) AS stated, f.document_id, f.start
FROM fact_places AS f JOIN documents AS d ON d.id = f.document_id LEFT JOIN indicators AS i ON i.key = f.indicator_key
WHERE NOT EXISTS (SELECT 1 FROM temp.comparison_scope)
UNION ALL
SELECT f.id, f.place, f.bureau, f.region, f.region_code, f.role,
       CASE WHEN f.role IN ('target', 'quota') THEN coalesce(i.quota_of, f.indicator_key) ELSE f.indicator_key END AS indicator_key,
       f.year, f.unit, f.value, f.qualifier, coalesce(d.report_year, d.plan_year - 1, 9999) AS stated, f.document_id, f.start
FROM fact_places AS f JOIN documents AS d ON d.id = f.document_id LEFT JOIN indicators AS i ON i.key = f.indicator_key
WHERE f.region IN (SELECT place FROM temp.comparison_scope);

-- A fact of one number for several indicators (高血压、糖尿病患者规范管理率均不低于75%) is
-- compared under each other one's key too (other_keys): such facts of the scope's places, once
-- per other key, found through idx_facts_joint (the + before two terms keeps idx_facts_compare,
-- which would read every fact, out of the plan).
CREATE TEMP VIEW joint_places AS
SELECT facts.id, documents.region AS place, documents.bureau, documents.region, documents.region_code, facts.role, joint.value AS indicator_key,
       facts.year, facts.unit, facts.value, facts.qualifier,
       coalesce(documents.report_year, documents.plan_year - 1, 9999) AS stated, facts.document_id, facts.start
FROM documents
CROSS JOIN facts ON facts.document_id = documents.id
JOIN json_each('["' || replace(facts.other_keys, ',', '","') || '"]') AS joint
WHERE documents.duplicate_of IS NULL AND documents.region IS NOT NULL
  AND facts.other_keys IS NOT NULL AND +facts.duplicate = 0 AND +facts.aspect = 'level'
  AND facts.year IS NOT NULL AND facts.unit IS NOT NULL;

INSERT INTO placed
SELECT f.id, f.place, f.bureau, f.region, f.region_code, f.role,
       CASE WHEN f.role IN ('target', 'quota') THEN coalesce(i.quota_of, f.indicator_key) ELSE f.indicator_key END,
       f.year, f.unit, f.value, f.qualifier, f.stated, f.document_id, f.start
FROM temp.joint_places AS f LEFT JOIN indicators AS i ON i.key = f.indicator_key
WHERE NOT EXISTS (SELECT 1 FROM temp.comparison_scope) OR f.region IN (SELECT place FROM temp.comparison_scope);

-- A plan (a target, or a quota: a task set from above) stated again with the same value
-- (in a later report's outlook or review, in a 工作要点 and its list, or as the task the
-- review says was done) is one plan: its first statement (the earliest document by
-- report year; of one year, a statement that says 以上 or 以内 before a bare one, which
-- often shortens it; then the earlier in the text), with `statements` counting them.
-- Different values for one key and year (a target revised) are several plans, counted.
CREATE TEMP TABLE first_plans AS
SELECT *, count(*) OVER (PARTITION BY place, indicator_key, year, unit) AS targets_for_year
FROM (
  SELECT *,
    row_number() OVER (PARTITION BY place, indicator_key, year, unit, value
                       ORDER BY stated, qualifier IS 'exact', document_id, start) AS nth,
    count(*) OVER (PARTITION BY place, indicator_key, year, unit, value) AS statements
  FROM placed WHERE role IN ('target', 'quota')
) WHERE nth = 1;

-- A result restated is one result: its first statement likewise; `nth_of_year` orders
-- the year's different results.
CREATE TEMP TABLE first_actuals AS
SELECT *,
  count(*) OVER (PARTITION BY place, indicator_key, year, unit) AS actuals_for_year,
  row_number() OVER (PARTITION BY place, indicator_key, year, unit ORDER BY stated, document_id, start) AS nth_of_year
FROM (
  SELECT *, row_number() OVER (PARTITION BY place, indicator_key, year, unit, value
                               ORDER BY stated, document_id, start) AS nth
  FROM placed WHERE role = 'actual'
) WHERE nth = 1;
CREATE INDEX temp.first_actuals_key ON first_actuals (place, indicator_key, year, unit);

-- Every plan beside each distinct result reported for the same place, indicator, year and unit.
CREATE TEMP VIEW plan_vs_actual_made AS
SELECT
  t.place,
  t.bureau,
  t.region,
  t.region_code,
  t.indicator_key,
  i.name AS indicator_name,
  t.year,
  t.role AS plan_role,
  t.value AS target_value,
  t.unit AS target_unit,
  t.qualifier AS target_qualifier,
  tf.indicator AS target_indicator,
  tf.source AS target_source,
  t.document_id AS target_document,
  tf.sentence AS target_sentence,
  t.id AS target_fact,
  tf.flags AS target_flags,
  a.value AS actual_value,
  a.unit AS actual_unit,
  a.qualifier AS actual_qualifier,
  af.indicator AS actual_indicator,
  af.source AS actual_source,
  a.document_id AS actual_document,
  af.sentence AS actual_sentence,
  a.id AS actual_fact,
  af.flags AS actual_flags,
  round(a.value - t.value, 6) AS gap,
  -- CAST gives the column INTEGER affinity, so that a filter met=1 (as Datasette's facet
  -- links write it) matches; a bare CASE has none, and 1 = '1' is false.
  CAST(CASE
    WHEN a.value IS NULL THEN NULL
    -- a range (基金使用率控制在85%—90%): within it where a band is good, up to its top where less is
    WHEN tf.value_max IS NOT NULL AND i.good = 'band' THEN a.value BETWEEN t.value AND tf.value_max
    WHEN tf.value_max IS NOT NULL AND i.good = 'lower' THEN a.value <= tf.value_max
    WHEN t.qualifier = 'at_least' THEN a.value >= t.value
    WHEN t.qualifier = 'at_most' THEN a.value <= t.value
    -- about a value (7000万元左右): within 5 % of it, or beyond it the way the indicator is better
    WHEN t.qualifier = 'approx' AND i.good = 'higher' THEN a.value >= t.value - 0.05 * abs(t.value)
    WHEN t.qualifier = 'approx' AND i.good = 'lower' THEN a.value <= t.value + 0.05 * abs(t.value)
    WHEN t.qualifier = 'approx' THEN abs(a.value - t.value) <= 0.05 * abs(t.value)
    WHEN i.good = 'higher' THEN a.value >= t.value
    WHEN i.good = 'lower' THEN a.value <= t.value
    -- an activity planned (发放健康教育资料15万份) is done when as much or more was done, and
    -- so is a task set from above (下达任务5000人) of an indicator with no better direction known
    WHEN i.good = 'none' OR t.role = 'quota' THEN a.value >= t.value
    ELSE a.value = t.value
  END AS INTEGER) AS met,
  t.statements,
  t.targets_for_year,
  coalesce(a.actuals_for_year, 0) AS actuals_for_year
FROM first_plans AS t
JOIN facts AS tf ON tf.id = t.id
LEFT JOIN first_actuals AS a
  ON a.place = t.place AND a.indicator_key = t.indicator_key AND a.year = t.year AND a.unit = t.unit
LEFT JOIN facts AS af ON af.id = a.id
LEFT JOIN indicators AS i ON i.key = t.indicator_key
ORDER BY t.place, t.indicator_key, t.year, t.unit, t.value, t.role, a.value;

-- The result of each place, indicator and year beside the year before's.  `value` is null
-- when a year reports several different values (see `values_reported`); `fact` is the
-- year's first statement.
CREATE TEMP VIEW year_over_year_made AS
WITH y AS (
  SELECT place, max(bureau) AS bureau, max(region) AS region, max(region_code) AS region_code, indicator_key, year, unit,
         count(*) AS n_values, group_concat(value) AS values_reported,
         CASE WHEN count(*) = 1 THEN max(value) END AS value,
         max(CASE WHEN nth_of_year = 1 THEN id END) AS fact
  FROM first_actuals GROUP BY place, indicator_key, year, unit
)
SELECT
  y.place, y.bureau, y.region, y.region_code, y.indicator_key, i.name AS indicator_name, y.year, y.unit,
  y.value, y.values_reported, y.n_values,
  p.value AS previous_value,
  round(y.value - p.value, 6) AS change,
  round(100.0 * (y.value - p.value) / nullif(p.value, 0), 2) AS change_percent,
  y.fact
FROM y
LEFT JOIN y AS p ON p.place = y.place AND p.indicator_key = y.indicator_key AND p.unit = y.unit AND p.year = y.year - 1
LEFT JOIN indicators AS i ON i.key = y.indicator_key
ORDER BY y.place, y.indicator_key, y.year, y.unit;

-- The tidy panel for statistics packages: one row per place, indicator, year and unit,
-- with the target and the actual side by side.  A value is empty when that year states
-- several different ones (their count says so); fact_places explains each.
CREATE TEMP VIEW panel_made AS
SELECT
  f.place, max(f.bureau) AS bureau, max(f.region) AS region, max(f.region_code) AS region_code, f.indicator_key, i.name AS indicator_name,
  f.year, f.unit,
  CASE WHEN count(DISTINCT CASE WHEN f.role = 'target' THEN f.value END) = 1
       THEN max(CASE WHEN f.role = 'target' THEN f.value END) END AS target_value,
  max(CASE WHEN f.role = 'target' THEN f.qualifier END) AS target_qualifier,
  count(DISTINCT CASE WHEN f.role = 'target' THEN f.value END) AS n_targets,
  CASE WHEN count(DISTINCT CASE WHEN f.role = 'actual' THEN f.value END) = 1
       THEN max(CASE WHEN f.role = 'actual' THEN f.value END) END AS actual_value,
  count(DISTINCT CASE WHEN f.role = 'actual' THEN f.value END) AS n_actuals,
  i.good
FROM placed AS f
LEFT JOIN indicators AS i ON i.key = f.indicator_key
WHERE f.role IN ('target', 'actual')
GROUP BY f.place, f.indicator_key, f.year, f.unit
ORDER BY f.place, f.indicator_key, f.year, f.unit;
