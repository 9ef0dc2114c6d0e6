-- Funding: funders' calls, applications, reviewer assignments, reviews, and the grants awards
-- create with their disbursement schedules. Money is integer minor units of the call's currency.
-- User ids are kept without a foreign key so that the record of who did what outlives an account.

CREATE TABLE funding_calls (
  id                     uuid PRIMARY KEY,
  funder_organization_id uuid NOT NULL REFERENCES organizations (id),
  title                  text NOT NULL,
  theme                  text NOT NULL DEFAULT '',
  description            text NOT NULL DEFAULT '',
  sectors                text[] NOT NULL DEFAULT '{}',
  trl_min                smallint CHECK (trl_min BETWEEN 1 AND 9),
  trl_max                smallint CHECK (trl_max BETWEEN 1 AND 9),
  instrument             text NOT NULL CHECK (instrument IN ('grant', 'equity', 'loan', 'voucher', 'prize')),
  currency               char(3) NOT NULL,
  budget_minor           bigint NOT NULL CHECK (budget_minor > 0),
  ceiling_minor          bigint NOT NULL CHECK (ceiling_minor > 0),
  -- {organization_types, countries, regions, size_classes}: lists, empty means no restriction.
  eligibility            jsonb NOT NULL,
  -- [{key, label, weight}], weights in whole percents summing to 100.
  criteria               jsonb NOT NULL,
  opens_on               date NOT NULL,
  closes_on              date NOT NULL,
  status                 text NOT NULL CHECK (status IN ('draft', 'published', 'closed', 'cancelled')),
  published_at           timestamptz,
  created_by_user_id     uuid,
  created_at             timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  version                integer NOT NULL DEFAULT 1,
  CHECK (ceiling_minor <= budget_minor),
  CHECK (closes_on >= opens_on),
  CHECK (trl_min IS NULL OR trl_max IS NULL OR trl_min <= trl_max)
);
CREATE INDEX funding_calls_status_idx ON funding_calls (status, closes_on);
CREATE INDEX funding_calls_funder_idx ON funding_calls (funder_organization_id);

CREATE TABLE funding_applications (
  id                        uuid PRIMARY KEY,
  call_id                   uuid NOT NULL REFERENCES funding_calls (id),
  applicant_organization_id uuid NOT NULL REFERENCES organizations (id),
  listing_id                uuid REFERENCES listings (id),
  title                     text NOT NULL,
  plan                      text NOT NULL,
  requested_minor           bigint NOT NULL CHECK (requested_minor > 0),
  co_funding_minor          bigint NOT NULL DEFAULT 0 CHECK (co_funding_minor >= 0),
  trl                       smallint CHECK (trl BETWEEN 1 AND 9),
  -- [{seq, title, due_on, amount_minor}], amounts summing to requested_minor.
  milestones                jsonb NOT NULL,
  status                    text NOT NULL CHECK (status IN ('submitted', 'awarded', 'rejected', 'withdrawn')),
  submitted_at              timestamptz NOT NULL,
  submitted_by_user_id      uuid,
  decided_at                timestamptz,
  version                   integer NOT NULL DEFAULT 1
);
-- One live application per organization and call.
CREATE UNIQUE INDEX funding_applications_one_live_idx ON funding_applications (call_id, applicant_organization_id)
  WHERE status <> 'withdrawn';
CREATE INDEX funding_applications_applicant_idx ON funding_applications (applicant_organization_id);

CREATE TABLE funding_review_assignments (
  id                         uuid PRIMARY KEY,
  call_id                    uuid NOT NULL REFERENCES funding_calls (id),
  application_id             uuid NOT NULL REFERENCES funding_applications (id),
  reviewer_user_id           uuid NOT NULL,
  -- The reviewer's organizations when assigned: none is the applicant (conflict of interest).
  reviewer_organization_ids  text[] NOT NULL DEFAULT '{}',
  assigned_at                timestamptz NOT NULL,
  assigned_by_user_id        uuid,
  UNIQUE (application_id, reviewer_user_id)
);
CREATE INDEX funding_review_assignments_reviewer_idx ON funding_review_assignments (reviewer_user_id);
CREATE INDEX funding_review_assignments_call_idx ON funding_review_assignments (call_id);

CREATE TABLE funding_reviews (
  id                   uuid PRIMARY KEY,
  assignment_id        uuid NOT NULL UNIQUE REFERENCES funding_review_assignments (id),
  call_id              uuid NOT NULL REFERENCES funding_calls (id),
  application_id       uuid NOT NULL REFERENCES funding_applications (id),
  reviewer_user_id     uuid NOT NULL,
  -- [{criterion_key, score (0-10), comment}]
  scores               jsonb NOT NULL,
  comment              text NOT NULL DEFAULT '',
  weighted_hundredths  integer NOT NULL CHECK (weighted_hundredths BETWEEN 0 AND 1000),
  conflict_declaration text NOT NULL,
  submitted_at         timestamptz NOT NULL
);
CREATE INDEX funding_reviews_call_idx ON funding_reviews (call_id);

CREATE TABLE grants (
  id                        uuid PRIMARY KEY,
  call_id                   uuid NOT NULL REFERENCES funding_calls (id),
  application_id            uuid NOT NULL UNIQUE REFERENCES funding_applications (id),
  recipient_organization_id uuid NOT NULL REFERENCES organizations (id),
  funder_organization_id    uuid NOT NULL REFERENCES organizations (id),
  title                     text NOT NULL,
  instrument                text NOT NULL,
  currency                  char(3) NOT NULL,
  amount_minor              bigint NOT NULL CHECK (amount_minor > 0),
  status                    text NOT NULL CHECK (status IN ('active', 'completed', 'terminated')),
  awarded_at                timestamptz NOT NULL,
  awarded_by_user_id        uuid,
  version                   integer NOT NULL DEFAULT 1
);
CREATE INDEX grants_call_idx ON grants (call_id);
CREATE INDEX grants_recipient_idx ON grants (recipient_organization_id);
CREATE INDEX grants_funder_idx ON grants (funder_organization_id);

-- One payment per milestone of the application; amounts sum to the grant amount.
CREATE TABLE grant_disbursements (
  grant_id        uuid NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
  seq             smallint NOT NULL CHECK (seq >= 1),
  milestone_title text NOT NULL,
  due_on          date NOT NULL,
  amount_minor    bigint NOT NULL CHECK (amount_minor >= 0),
  status          text NOT NULL CHECK (status IN ('scheduled', 'released')),
  released_on     date,
  PRIMARY KEY (grant_id, seq),
  CHECK ((status = 'released') = (released_on IS NOT NULL))
);
