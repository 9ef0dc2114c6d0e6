import type { ColumnType, Generated } from 'kysely';

/** Row types of the database, as Kysely sees them (snake_case; stores map to camelCase). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type OrganizationsTable = {
  id: string;
  name: string | null;
  name_zh: string | null;
  type: string;
  country: string;
  region: string | null;
  city: string | null;
  ror_id: string | null;
  website: string | null;
  size_class: string | null;
  description: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
};

export type ListingsTable = {
  id: string;
  kind: string;
  language: string;
  title: string;
  summary: string;
  description: string;
  translations: ColumnType<Record<string, unknown>, string, string>;
  confidential_details: string | null;
  keywords: string[];
  sectors: string[];
  ipc_codes: string[];
  trl: number | null;
  ipr_status: string;
  patent_numbers: string[];
  cooperation_types: string[];
  price_min_minor: number | null;
  price_max_minor: number | null;
  price_currency: string | null;
  price_cny_min_minor: number | null;
  price_cny_max_minor: number | null;
  country: string;
  target_countries: string[];
  owner_organization_id: string;
  visibility: string;
  status: string;
  deadline: string | null;
  published_at: Timestamp | null;
  expires_at: Timestamp | null;
  extension_count: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
};

export type ExchangeRatesTable = {
  currency: string;
  valid_from: string;
  cny_per_unit: ColumnType<string, string | number, string | number>;
  source: string;
};

export type ListingChangesTable = {
  seq: Generated<number>;
  listing_id: string;
  changed_at: Generated<Date>;
};

export type SchemaMigrationsTable = {
  version: number;
  name: string;
  applied_at: Date;
};

export type DB = {
  organizations: OrganizationsTable;
  listings: ListingsTable;
  exchange_rates: ExchangeRatesTable;
  listing_changes: ListingChangesTable;
  schema_migrations: SchemaMigrationsTable;
};
