-- Programmes under results-based budgeting: budget lines and KPI targets per year, the grants
-- and deals that count towards them, and allocation proposals. Money is integer minor units of
-- the programme's currency.

CREATE TABLE programmes (
  id                    uuid PRIMARY KEY,
  name                  text NOT NULL,
  name_zh               text,
  description           text NOT NULL DEFAULT '',
  owner_organization_id uuid REFERENCES organizations (id),
  currency              char(3) NOT NULL,
  home_country          char(2) NOT NULL,
  start_year            smallint NOT NULL,
  end_year              smallint NOT NULL,
  status                text NOT NULL CHECK (status IN ('draft', 'active', 'closed')),
  manager_user_ids      text[] NOT NULL DEFAULT '{}',
  catalogue_version     text NOT NULL,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  version               integer NOT NULL DEFAULT 1,
  CHECK (end_year >= start_year)
);

CREATE TABLE programme_budget_lines (
  programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  year         smallint NOT NULL,
  line_key     text NOT NULL,
  label        text NOT NULL,
  amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
  PRIMARY KEY (programme_id, year, line_key)
);

-- Targets from the versioned KPI catalogue (src/core/programs/kpi-catalogue.ts): counts, or
-- minor units of the programme currency for money KPIs.
CREATE TABLE programme_targets (
  programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  year         smallint NOT NULL,
  kpi          text NOT NULL,
  target_value bigint NOT NULL CHECK (target_value > 0),
  PRIMARY KEY (programme_id, year, kpi)
);

-- A grant counts in one programme only, charged to one of its budget lines (or none).
CREATE TABLE programme_grants (
  programme_id        uuid NOT NULL REFERENCES programmes (id),
  grant_id            uuid NOT NULL UNIQUE REFERENCES grants (id),
  budget_line_key     text,
  attached_at         timestamptz NOT NULL,
  attached_by_user_id uuid,
  PRIMARY KEY (programme_id, grant_id)
);

-- A deal counts in one programme only; its registered contract fills KPIs automatically.
CREATE TABLE programme_deals (
  programme_id        uuid NOT NULL REFERENCES programmes (id),
  deal_id             uuid NOT NULL UNIQUE REFERENCES deals (id),
  grant_id            uuid REFERENCES grants (id),
  attached_at         timestamptz NOT NULL,
  attached_by_user_id uuid,
  PRIMARY KEY (programme_id, deal_id)
);

-- Next period's allocation between programmes: proposed by the formula, approved (possibly
-- adjusted) by a programme manager.
CREATE TABLE allocation_proposals (
  id                    uuid PRIMARY KEY,
  period                smallint NOT NULL,
  budget_minor          bigint NOT NULL CHECK (budget_minor >= 0),
  currency              char(3) NOT NULL,
  policy_version        text NOT NULL,
  score_weights_version text NOT NULL,
  -- [{programme_id, name, current_minor, proposed_minor, score, reasons, approved_minor}]
  lines                 jsonb NOT NULL,
  status                text NOT NULL CHECK (status IN ('proposed', 'approved')),
  note                  text,
  created_at            timestamptz NOT NULL,
  created_by_user_id    uuid,
  approved_at           timestamptz,
  approved_by_user_id   uuid,
  version               integer NOT NULL DEFAULT 1
);
CREATE INDEX allocation_proposals_period_idx ON allocation_proposals (period, created_at DESC);
