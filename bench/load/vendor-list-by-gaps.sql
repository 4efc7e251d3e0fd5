-- Proposed shape for lib/vendors/list/loaders.ts when sorting by open gaps (measured in bench/load/README.md).
-- Today every one of the tenant's 5,000 vendors gets both LATERAL subqueries (gap counts and evidence)
-- before the sort can pick 25 rows. Here the gap counts come from one GROUP BY over the tenant's open
-- gaps, the page's 25 ids are chosen from that, and the evidence LATERAL runs for those 25 only.
-- Returns the same 25 rows in the same order as today's query (checked on the bench tenant).
--   psql "$DATABASE_URL" -v tenant=<tenant uuid> -f bench/load/vendor-list-by-gaps.sql
WITH g AS (
  SELECT gp."vendorId",
         count(*) FILTER (WHERE severity = 'critical')::int AS critical,
         count(*) FILTER (WHERE severity = 'high')::int AS high,
         count(*) FILTER (WHERE severity = 'medium')::int AS medium,
         count(*) FILTER (WHERE severity = 'low')::int AS low
  FROM "Gap" gp WHERE gp."tenantId" = :'tenant'::uuid AND gp.status IN ('open', 'in_progress')
  GROUP BY gp."vendorId"
), page AS (
  SELECT v.id, v."tenantId", v."legalName", COALESCE(g.critical, 0) AS critical, COALESCE(g.high, 0) AS high, COALESCE(g.medium, 0) AS medium, COALESCE(g.low, 0) AS low
  FROM "Vendor" v LEFT JOIN g ON g."vendorId" = v.id
  WHERE v."tenantId" = :'tenant'::uuid
  ORDER BY (COALESCE(g.critical,0) * 1000000 + COALESCE(g.high,0) * 10000 + COALESCE(g.medium,0) * 100 + COALESCE(g.low,0)) DESC NULLS LAST, v."legalName" ASC
  LIMIT 25 OFFSET 900
)
SELECT page.*, e.expires, e.n FROM page
LEFT JOIN LATERAL (
  SELECT min(x) AS expires, count(*)::int AS n FROM (
    SELECT ic."expiryDate" AS x FROM "IsoCertificate" ic JOIN "Document" d ON d.id = ic."documentId"
      WHERE d."tenantId" = page."tenantId" AND d."vendorId" = page.id
    UNION ALL
    SELECT (COALESCE(sr."periodEnd", sr."asOfDate") + interval '12 months')::date FROM "SocReport" sr JOIN "Document" d ON d.id = sr."documentId"
      WHERE d."tenantId" = page."tenantId" AND d."vendorId" = page.id
  ) t
) e ON true
ORDER BY (page.critical * 1000000 + page.high * 10000 + page.medium * 100 + page.low) DESC, page."legalName";
