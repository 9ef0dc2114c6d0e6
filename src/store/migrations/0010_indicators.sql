-- Benchmark indicators: one value per region, indicator and year, with its unit and source.
-- Regions are keys: ISO 3166-1 alpha-2 countries (DE), subdivisions (CN-GD, US-CA), cities (CN-GD-SZ)
-- or aggregates (WORLD, EU27, OECD). A new import of the same region, indicator and year replaces the value.
CREATE TABLE indicator_values (
  region       text NOT NULL,
  indicator    text NOT NULL,
  year         smallint NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  value        double precision NOT NULL CHECK (value > '-Infinity'::float8 AND value < 'Infinity'::float8),
  unit         text NOT NULL,
  source       text NOT NULL,
  source_url   text,
  note         text,
  imported_at  timestamptz NOT NULL,
  PRIMARY KEY (region, indicator, year)
);
CREATE INDEX indicator_values_indicator_idx ON indicator_values (indicator, region, year);
