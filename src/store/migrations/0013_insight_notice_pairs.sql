-- Insight reads strong-match notices as listing pairs: keep both listing ids as uuids beside the
-- key ('listingId>otherListingId'), computed once on write instead of parsed on every KPI query.
-- Other kinds of notice (listing@expiry) leave them null.
ALTER TABLE listing_notices
  ADD COLUMN a_id uuid GENERATED ALWAYS AS (
    CASE WHEN kind = 'strong_match' AND key ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
         THEN left(key, 36)::uuid END) STORED,
  ADD COLUMN b_id uuid GENERATED ALWAYS AS (
    CASE WHEN kind = 'strong_match' AND key ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
         THEN right(key, 36)::uuid END) STORED;

