-- Outcome reports: yearly, per grant (or for a programme as a whole when grant_id is null).
-- Their values are declared (flagged as such, with evidence); deals in ITTC count on their own.

CREATE TABLE outcome_reports (
  id                   uuid PRIMARY KEY,
  programme_id         uuid NOT NULL REFERENCES programmes (id),
  grant_id             uuid REFERENCES grants (id),
  year                 smallint NOT NULL,
  note                 text NOT NULL DEFAULT '',
  submitted_at         timestamptz NOT NULL,
  submitted_by_user_id uuid
);
-- One report per grant and year, and one programme-level report per year.
CREATE UNIQUE INDEX outcome_reports_grant_year_idx ON outcome_reports (programme_id, grant_id, year) WHERE grant_id IS NOT NULL;
CREATE UNIQUE INDEX outcome_reports_programme_year_idx ON outcome_reports (programme_id, year) WHERE grant_id IS NULL;

CREATE TABLE outcome_values (
  report_id     uuid NOT NULL REFERENCES outcome_reports (id) ON DELETE CASCADE,
  kpi           text NOT NULL,
  value         bigint NOT NULL CHECK (value >= 0),
  -- 'count', or the programme's currency code for money KPIs (value in minor units).
  unit          text NOT NULL,
  evidence_kind text NOT NULL CHECK (evidence_kind IN ('document', 'url', 'statement')),
  evidence_note text NOT NULL,
  evidence_url  text,
  PRIMARY KEY (report_id, kpi)
);
