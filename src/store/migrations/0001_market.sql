-- Organizations and listings: the market. Money is integer minor units plus an ISO 4217 code.

CREATE TABLE organizations (
  id            uuid PRIMARY KEY,
  name          text,
  name_zh       text,
  type          text NOT NULL,
  country       char(2) NOT NULL,
  region        text,
  city          text,
  ror_id        text UNIQUE,
  website       text,
  size_class    text,
  description   text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  version       integer NOT NULL DEFAULT 1,
  CHECK (name IS NOT NULL OR name_zh IS NOT NULL)
);
CREATE INDEX organizations_country_idx ON organizations (country);
CREATE INDEX organizations_type_idx ON organizations (type);

CREATE TABLE listings (
  id                    uuid PRIMARY KEY,
  kind                  text NOT NULL,
  language              text NOT NULL,
  title                 text NOT NULL,
  summary               text NOT NULL DEFAULT '',
  description           text NOT NULL DEFAULT '',
  translations          jsonb NOT NULL DEFAULT '{}'::jsonb,
  confidential_details  text,
  keywords              text[] NOT NULL DEFAULT '{}',
  sectors               text[] NOT NULL DEFAULT '{}',
  ipc_codes             text[] NOT NULL DEFAULT '{}',
  trl                   smallint CHECK (trl BETWEEN 1 AND 9),
  ipr_status            text NOT NULL DEFAULT 'none',
  patent_numbers        text[] NOT NULL DEFAULT '{}',
  cooperation_types     text[] NOT NULL DEFAULT '{}',
  price_min_minor       bigint,
  price_max_minor       bigint,
  price_currency        char(3),
  -- The price range in CNY minor units at the rate in force when it was last written or rates changed.
  price_cny_min_minor   bigint,
  price_cny_max_minor   bigint,
  country               char(2) NOT NULL,
  target_countries      text[] NOT NULL DEFAULT '{}',
  owner_organization_id uuid NOT NULL REFERENCES organizations (id),
  visibility            text NOT NULL DEFAULT 'public',
  status                text NOT NULL DEFAULT 'draft',
  deadline              date,
  published_at          timestamptz,
  expires_at            timestamptz,
  extension_count       smallint NOT NULL DEFAULT 0,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  version               integer NOT NULL DEFAULT 1
);
CREATE INDEX listings_status_kind_idx ON listings (status, kind);
CREATE INDEX listings_owner_idx ON listings (owner_organization_id);
CREATE INDEX listings_country_idx ON listings (country);
CREATE INDEX listings_published_at_idx ON listings (published_at DESC);
CREATE INDEX listings_expires_at_idx ON listings (expires_at) WHERE status = 'published';
CREATE INDEX listings_sectors_idx ON listings USING gin (sectors);

-- Exchange rates: CNY per one major unit of a currency, from a date on. Seeded, editable.
CREATE TABLE exchange_rates (
  currency     char(3) NOT NULL,
  valid_from   date NOT NULL,
  cny_per_unit numeric(20, 8) NOT NULL CHECK (cny_per_unit > 0),
  source       text NOT NULL DEFAULT 'manual',
  PRIMARY KEY (currency, valid_from)
);

-- A change log of listing writes: lets each server process catch up on writes made by others.
CREATE TABLE listing_changes (
  seq         bigserial PRIMARY KEY,
  listing_id  uuid NOT NULL,
  changed_at  timestamptz NOT NULL DEFAULT now()
);
