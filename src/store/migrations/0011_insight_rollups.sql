-- Insight: consent to publish a success story, a rollup of listing counts, and the indexes the
-- insight benchmark (bench/insight-bench.ts) asked for.

-- Success stories (the Atom feed /feeds/success-stories.atom) show a closed-won deal only when both
-- parties agreed to publish it: each side's consent is the time one of its members gave it.
ALTER TABLE deals ADD COLUMN publish_consent_owner_at timestamptz;
ALTER TABLE deals ADD COLUMN publish_consent_interested_at timestamptz;

-- Listing counts per kind, status, visibility, sector and month of first publication, kept current by
-- statement triggers on listings. sector '' counts every listing once (the totals); month is the first
-- day of the month of published_at in China Standard Time (UTC+8, the center's calendar,
-- CENTER_UTC_OFFSET_MINUTES), or 1900-01-01 for listings never published. The balance by sector, the
-- public statistics and the listing KPIs read it when no other filter applies.
CREATE TABLE insight_listing_rollup (
  kind        text NOT NULL,
  status      text NOT NULL,
  visibility  text NOT NULL,
  sector      text NOT NULL,
  month       date NOT NULL,
  n           integer NOT NULL,
  PRIMARY KEY (kind, status, visibility, sector, month)
);

CREATE FUNCTION insight_month(ts timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(date_trunc('month', (ts AT TIME ZONE 'UTC') + interval '8 hours')::date, DATE '1900-01-01')
$$;

-- A restore that writes rollup rows itself (a backup restored with triggers on) must not count the
-- listings it restores a second time: a direct write to the rollup turns maintenance off for the rest
-- of its transaction. The maintenance functions mark their own writes so they do not trip it.
CREATE FUNCTION insight_rollup_direct_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('ittc.insight_rollup_internal', true), '') <> 'on' THEN
    PERFORM set_config('ittc.insight_rollup_direct', 'on', true);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER insight_rollup_direct BEFORE INSERT OR UPDATE OR DELETE ON insight_listing_rollup
  FOR EACH STATEMENT EXECUTE FUNCTION insight_rollup_direct_write();

-- The counted columns of changed listings, signed: +1 for rows now there, -1 for rows gone.
CREATE TYPE insight_rollup_change AS (kind text, status text, visibility text, sectors text[], published_at timestamptz, delta int);

-- Applies changes to the rollup (unless this transaction wrote the rollup directly, see above).
CREATE FUNCTION insight_rollup_apply(changes insight_rollup_change[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('ittc.insight_rollup_direct', true), '') = 'on' OR cardinality(changes) = 0 THEN
    RETURN;
  END IF;
  PERFORM set_config('ittc.insight_rollup_internal', 'on', true);
  INSERT INTO insight_listing_rollup AS r (kind, status, visibility, sector, month, n)
  SELECT c.kind, c.status, c.visibility, s.sector, insight_month(c.published_at), sum(c.delta)::int
  FROM unnest(changes) AS c CROSS JOIN LATERAL unnest(c.sectors || ''::text) AS s(sector)
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(c.delta) <> 0
  -- One order for every writer, so concurrent transactions lock rollup rows in the same order.
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (kind, status, visibility, sector, month) DO UPDATE SET n = r.n + EXCLUDED.n;
  PERFORM set_config('ittc.insight_rollup_internal', 'off', true);
END;
$$;

CREATE FUNCTION insight_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM insight_rollup_apply(ARRAY(SELECT ROW(kind, status, visibility, sectors, published_at, 1)::insight_rollup_change FROM inserted));
  RETURN NULL;
END;
$$;

CREATE FUNCTION insight_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM insight_rollup_apply(ARRAY(SELECT ROW(kind, status, visibility, sectors, published_at, -1)::insight_rollup_change FROM deleted));
  RETURN NULL;
END;
$$;

-- Only rows whose counted columns changed move counts (edits of texts and prices do not).
CREATE FUNCTION insight_rollup_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM insight_rollup_apply(ARRAY(
    SELECT c FROM before_rows o JOIN after_rows a ON a.id = o.id
    CROSS JOIN LATERAL (VALUES (ROW(o.kind, o.status, o.visibility, o.sectors, o.published_at, -1)::insight_rollup_change),
                               (ROW(a.kind, a.status, a.visibility, a.sectors, a.published_at, 1)::insight_rollup_change)) AS v(c)
    WHERE (o.kind, o.status, o.visibility, o.sectors, o.published_at) IS DISTINCT FROM (a.kind, a.status, a.visibility, a.sectors, a.published_at)));
  RETURN NULL;
END;
$$;

CREATE TRIGGER insight_rollup_insert AFTER INSERT ON listings REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION insight_rollup_after_insert();
CREATE TRIGGER insight_rollup_update AFTER UPDATE ON listings REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION insight_rollup_after_update();
CREATE TRIGGER insight_rollup_delete AFTER DELETE ON listings REFERENCING OLD TABLE AS deleted
  FOR EACH STATEMENT EXECUTE FUNCTION insight_rollup_after_delete();

-- The listings already there.
SELECT set_config('ittc.insight_rollup_internal', 'on', true);
INSERT INTO insight_listing_rollup (kind, status, visibility, sector, month, n)
SELECT l.kind, l.status, l.visibility, s.sector, insight_month(l.published_at), count(*)::int
FROM listings l CROSS JOIN LATERAL unnest(l.sectors || ''::text) AS s(sector)
GROUP BY 1, 2, 3, 4, 5;
SELECT set_config('ittc.insight_rollup_internal', 'off', true);

-- KPIs count deal events by their dates.
CREATE INDEX deals_created_at_idx ON deals (created_at);
CREATE INDEX deals_agreement_signed_on_idx ON deals (agreement_signed_on) WHERE agreement_signed_on IS NOT NULL;
CREATE INDEX deals_registered_on_idx ON deals (registered_on) WHERE registered_on IS NOT NULL;
CREATE INDEX deals_nda_unlocked_at_idx ON deals (nda_unlocked_at) WHERE nda_unlocked_at IS NOT NULL;
CREATE INDEX deals_closed_won_idx ON deals (closed_at) WHERE stage = 'closed_won';
CREATE INDEX listing_notices_noticed_idx ON listing_notices (kind, noticed_at);
-- Stale listings: published ones by last update (with the id, so counting them reads the index only).
CREATE INDEX listings_published_updated_idx ON listings (updated_at) INCLUDE (id) WHERE status = 'published';
