-- Comparison views over facts.  Facts link across documents only through their
-- canonical indicator, their place (region, else bureau) and an identical unit;
-- facts from republished copies (duplicate = 1) never enter.

DROP VIEW IF EXISTS fact_places;
CREATE VIEW fact_places AS
SELECT
  facts.*,
  documents.bureau,
  documents.region,
  coalesce(documents.region, documents.bureau) AS place,
  documents.title AS document_title
FROM facts
JOIN documents ON documents.id = facts.document_id
WHERE facts.duplicate = 0
  AND facts.indicator_key IS NOT NULL
  AND facts.year IS NOT NULL
  AND facts.aspect = 'level'
  AND coalesce(documents.region, documents.bureau) IS NOT NULL;

-- Every target beside every actual reported for the same place, indicator, year and unit.
-- Several targets or actuals for one key and year give several rows; the counts say so.
DROP VIEW IF EXISTS plan_vs_actual;
CREATE VIEW plan_vs_actual AS
WITH t AS (SELECT * FROM fact_places WHERE role = 'target'),
     a AS (SELECT * FROM fact_places WHERE role = 'actual')
SELECT
  t.place,
  t.bureau,
  t.region,
  t.indicator_key,
  i.name AS indicator_name,
  t.year,
  t.value AS target_value,
  t.unit AS target_unit,
  t.qualifier AS target_qualifier,
  t.indicator AS target_indicator,
  t.source AS target_source,
  t.document_id AS target_document,
  t.sentence AS target_sentence,
  t.id AS target_fact,
  a.value AS actual_value,
  a.unit AS actual_unit,
  a.qualifier AS actual_qualifier,
  a.indicator AS actual_indicator,
  a.source AS actual_source,
  a.document_id AS actual_document,
  a.sentence AS actual_sentence,
  a.id AS actual_fact,
  round(a.value - t.value, 6) AS gap,
  CASE
    WHEN a.value IS NULL THEN NULL
    WHEN t.qualifier = 'at_least' THEN a.value >= t.value
    WHEN t.qualifier = 'at_most' THEN a.value <= t.value
    WHEN t.qualifier = 'approx' THEN abs(a.value - t.value) <= 0.05 * abs(t.value)
    WHEN i.good = 'higher' THEN a.value >= t.value
    WHEN i.good = 'lower' THEN a.value <= t.value
    ELSE a.value = t.value
  END AS met,
  (SELECT count(*) FROM t AS t2 WHERE t2.place = t.place AND t2.indicator_key = t.indicator_key
     AND t2.year = t.year AND t2.unit = t.unit) AS targets_for_year,
  (SELECT count(*) FROM a AS a2 WHERE a2.place = t.place AND a2.indicator_key = t.indicator_key
     AND a2.year = t.year AND a2.unit = t.unit) AS actuals_for_year
FROM t
LEFT JOIN a ON a.place = t.place AND a.indicator_key = t.indicator_key AND a.year = t.year AND a.unit = t.unit
LEFT JOIN indicators AS i ON i.key = t.indicator_key;

-- The actual value of each place, indicator and year beside the year before.
-- `value` is null when a year reports several different values (see `values_reported`).
DROP VIEW IF EXISTS year_over_year;
CREATE VIEW year_over_year AS
WITH a AS (
  SELECT place, bureau, region, indicator_key, year, unit,
         count(DISTINCT value) AS n_values,
         group_concat(DISTINCT value) AS values_reported,
         CASE WHEN count(DISTINCT value) = 1 THEN max(value) END AS value,
         min(id) AS fact
  FROM fact_places
  WHERE role = 'actual'
  GROUP BY place, indicator_key, year, unit
)
SELECT
  a.place, a.bureau, a.region, a.indicator_key, i.name AS indicator_name, a.year, a.unit,
  a.value, a.values_reported, a.n_values,
  p.value AS previous_value,
  round(a.value - p.value, 6) AS change,
  CASE WHEN p.value IS NOT NULL AND p.value != 0 THEN round(100.0 * (a.value - p.value) / p.value, 2) END AS change_percent,
  a.fact
FROM a
LEFT JOIN a AS p ON p.place = a.place AND p.indicator_key = a.indicator_key AND p.unit = a.unit AND p.year = a.year - 1
LEFT JOIN indicators AS i ON i.key = a.indicator_key;

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
