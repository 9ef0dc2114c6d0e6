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
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  acronyms: ColumnType<string[], string[] | undefined, string[]>;
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

// Accounts (migration 0003) ------------------------------------------------------

export type UsersTable = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  email_verified_at: Timestamp | null;
  roles: string[];
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type SessionsTable = {
  id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
};

export type AccountLinksTable = {
  token_hash: string;
  user_id: string;
  purpose: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};

export type MembershipsTable = {
  organization_id: string;
  user_id: string;
  role: string;
  created_at: Timestamp;
};

export type ApiTokensTable = {
  id: string;
  user_id: string;
  name: string;
  scope: string;
  prefix: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
};

export type SignInThrottleTable = {
  email: string;
  failures: number;
  last_failure_at: Timestamp | null;
  locked_until: Timestamp | null;
};

// Audit log and outbox (migration 0004) ---------------------------------------------

export type AuditLogTable = {
  seq: Generated<number>;
  at: Timestamp;
  actor_kind: string;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: ColumnType<Record<string, unknown>, string, string>;
};

export type OutboxTable = {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
  user_id: string | null;
  created_at: Timestamp;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  claimed_at: Timestamp | null;
  sent_at: Timestamp | null;
  transport: string | null;
  last_error: string | null;
};

export type DB = {
  organizations: OrganizationsTable;
  listings: ListingsTable;
  exchange_rates: ExchangeRatesTable;
  listing_changes: ListingChangesTable;
  schema_migrations: SchemaMigrationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  account_links: AccountLinksTable;
  memberships: MembershipsTable;
  api_tokens: ApiTokensTable;
  sign_in_throttle: SignInThrottleTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
};
