-- The facts that can be compared, with their place.  The comparisons (comparisons.sql)
-- link facts across documents only through their canonical indicator, their place and an
-- identical unit; facts from republished copies (duplicate = 1) never enter.  The place
-- is the region: a bureau named without one (卫生局, 卫生健康局) is no place, and two
-- such reports may be two counties.

DROP VIEW IF EXISTS fact_places;
CREATE VIEW fact_places AS
SELECT
  facts.*,
  documents.bureau,
  documents.region,
  documents.region_code,
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
  AND facts.unit IS NOT NULL
  AND facts.aspect = 'level'
  AND documents.region IS NOT NULL;
