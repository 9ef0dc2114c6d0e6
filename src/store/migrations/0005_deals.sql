-- The brokerage pipeline: deals between a listing's owner organization and an interested
-- organization, their timeline (one event per write) and their message thread.
-- Money is integer minor units plus an ISO 4217 code. User ids are kept without a foreign key
-- so that the record of who did what outlives an account.

CREATE TABLE deals (
  id                          uuid PRIMARY KEY,
  listing_id                  uuid NOT NULL REFERENCES listings (id),
  owner_organization_id       uuid NOT NULL REFERENCES organizations (id),
  interested_organization_id  uuid NOT NULL REFERENCES organizations (id),
  created_by_user_id          uuid,
  stage                       text NOT NULL CHECK (stage IN ('interest', 'accepted', 'declined', 'nda', 'negotiation', 'agreement',
                                                            'registered', 'follow_up', 'closed_won', 'closed_lost')),
  message                     text NOT NULL,
  cooperation_type            text NOT NULL,
  decline_reason              text,
  nda_version                 integer,
  nda_owner_accepted_by       uuid,
  nda_owner_accepted_at       timestamptz,
  nda_owner_version           integer,
  nda_interested_accepted_by  uuid,
  nda_interested_accepted_at  timestamptz,
  nda_interested_version      integer,
  nda_unlocked_at             timestamptz,
  agreement_type              text,
  agreement_value_minor       bigint CHECK (agreement_value_minor >= 0),
  agreement_currency          char(3),
  agreement_signed_on         date,
  registration_number         text,
  registry                    text,
  registered_on               date,
  buyer_country               char(2),
  buyer_region                text,
  seller_country              char(2),
  seller_region               text,
  registered_value_minor      bigint CHECK (registered_value_minor >= 0),
  registered_currency         char(3),
  lost_reason                 text,
  lost_reason_text            text,
  created_at                  timestamptz NOT NULL,
  updated_at                  timestamptz NOT NULL,
  stage_changed_at            timestamptz NOT NULL,
  closed_at                   timestamptz,
  version                     integer NOT NULL DEFAULT 1,
  CHECK (owner_organization_id <> interested_organization_id),
  CHECK ((agreement_type IS NULL) = (agreement_value_minor IS NULL)),
  CHECK ((registration_number IS NULL) = (registered_value_minor IS NULL)),
  -- The NDA is in effect only when both sides accepted it.
  CHECK (nda_unlocked_at IS NULL OR (nda_owner_accepted_at IS NOT NULL AND nda_interested_accepted_at IS NOT NULL))
);

-- One open deal per listing and interested organization; closed ones do not count.
CREATE UNIQUE INDEX deals_one_open_idx ON deals (listing_id, interested_organization_id)
  WHERE stage NOT IN ('declined', 'closed_won', 'closed_lost');
CREATE INDEX deals_owner_idx ON deals (owner_organization_id, stage);
CREATE INDEX deals_interested_idx ON deals (interested_organization_id, stage);
CREATE INDEX deals_stage_idx ON deals (stage, updated_at DESC);
CREATE INDEX deals_listing_idx ON deals (listing_id);

-- The timeline: every write of a deal appends one event in the same transaction.
CREATE TABLE deal_events (
  seq            bigserial PRIMARY KEY,
  id             uuid NOT NULL UNIQUE,
  deal_id        uuid NOT NULL REFERENCES deals (id),
  kind           text NOT NULL,
  actor_user_id  uuid,
  actor_role     text NOT NULL,
  from_stage     text,
  to_stage       text,
  deal_version   integer NOT NULL,
  data           jsonb NOT NULL DEFAULT '{}'::jsonb,
  at             timestamptz NOT NULL
);
CREATE INDEX deal_events_deal_idx ON deal_events (deal_id, seq);

-- The thread between the parties and the brokers.
CREATE TABLE deal_messages (
  seq             bigserial PRIMARY KEY,
  id              uuid NOT NULL UNIQUE,
  deal_id         uuid NOT NULL REFERENCES deals (id),
  author_user_id  uuid NOT NULL,
  author_role     text NOT NULL,
  body            text NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX deal_messages_deal_idx ON deal_messages (deal_id, seq);
