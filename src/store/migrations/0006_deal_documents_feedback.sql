-- Deal documents (content in the database, checked by type and size before it gets here),
-- match feedback for tuning the ranker, and the log of notices sent once per key.

CREATE TABLE deal_documents (
  seq                  bigserial PRIMARY KEY,
  id                   uuid NOT NULL UNIQUE,
  deal_id              uuid NOT NULL REFERENCES deals (id),
  filename             text NOT NULL,
  content_type         text NOT NULL,
  document_type        text NOT NULL CHECK (document_type IN ('pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg', 'txt')),
  size_bytes           integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
  sha256               char(64) NOT NULL,
  content              bytea NOT NULL,
  uploaded_by_user_id  uuid NOT NULL,
  uploaded_by_role     text NOT NULL,
  created_at           timestamptz NOT NULL,
  CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX deal_documents_deal_idx ON deal_documents (deal_id, seq);

-- One judgement per user and suggested pair (listing, other listing); the latest replaces the earlier.
CREATE TABLE match_feedback (
  id                uuid PRIMARY KEY,
  listing_id        uuid NOT NULL REFERENCES listings (id),
  other_listing_id  uuid NOT NULL REFERENCES listings (id),
  user_id           uuid NOT NULL,
  relevant          boolean NOT NULL,
  reason            text CHECK (reason IN ('wrong_field', 'wrong_trl', 'wrong_region', 'too_expensive', 'already_known', 'other')),
  comment           text,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL,
  UNIQUE (listing_id, other_listing_id, user_id),
  CHECK (listing_id <> other_listing_id),
  CHECK (relevant = (reason IS NULL))
);
CREATE INDEX match_feedback_listing_idx ON match_feedback (listing_id);
CREATE INDEX match_feedback_updated_idx ON match_feedback (updated_at DESC);

-- Notices sent once per key: listing expiry warnings (listing@expiry), strong-match alerts (listing>other).
CREATE TABLE listing_notices (
  kind        text NOT NULL,
  key         text NOT NULL,
  noticed_at  timestamptz NOT NULL,
  PRIMARY KEY (kind, key)
);
