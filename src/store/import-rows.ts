import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Listing } from '../core/listings/listing.js';
import type { Organization } from '../core/organizations/organization.js';
import { transitionListing } from '../core/listings/lifecycle.js';
import { priceInCny } from '../core/listings/listing-helpers.js';
import { publicationIssues, validateListing, type ListingFields } from '../core/listings/validate-listing.js';
import { normalizeRorId } from '../core/organizations/ror-id.js';
import { validateOrganization, type OrganizationFields } from '../core/organizations/validate-organization.js';
import { isDomainError } from '../core/shared/domain-error.js';
import { parseCsv, splitList } from './csv.js';
import { LIST_FIELDS, listingColumns, NUMBER_FIELDS, ORGANIZATION_COLUMNS, PRICE_COLUMNS } from './export-rows.js';
import { isUuid, listingToRow } from './listing-store.js';
import { organizationToRow } from './organization-store.js';
import { createRateStore, toRateTable } from './rate-store.js';
import type { DB } from './schema.js';

/**
 * Bulk import of organizations and listings from CSV or JSON Lines, in the layout export writes
 * (export-rows.ts). Field names are the HTTP API's; validation is the core's (validateOrganization,
 * validateListing), so codes and messages are the domain's.
 */

export type ImportEntity = 'organizations' | 'listings';
export type ImportFormat = 'csv' | 'jsonl';

/** Codes of problems only an import file can have (the rest are the domain's codes). */
export const IMPORT_ISSUE_CODES = [
  'IMPORT_ROW_MALFORMED',
  'IMPORT_FIELD_UNKNOWN',
  'IMPORT_KEY_DUPLICATE',
  'IMPORT_OWNER_AMBIGUOUS',
  'IMPORT_STATUS_INVALID',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export type RowIssue = { code: string; message: string; path?: string };
export type InvalidRow = { line: number; issues: RowIssue[] };
export type SkippedRow = { line: number; reason: string };

/** A record read from a file: its line, its value in the API's JSON shape, and problems found in reading it. */
export type SourceRecord = { line: number; value?: Record<string, unknown>; issues?: RowIssue[] };

export type ImportResult = {
  entity: ImportEntity;
  total: number;
  imported: number;
  /** Ids of the rows imported (or that would be, in a dry run). */
  ids: string[];
  skipped: SkippedRow[];
  invalid: InvalidRow[];
  dryRun: boolean;
};

/** The file cannot be read at all (no header, unknown or repeated columns); nothing was imported. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
}

/** Fields export writes that import reads past: the database sets them. */
const IGNORED = {
  organizations: ['created_at', 'updated_at', 'version', 'listing_count'],
  listings: ['published_at', 'expires_at', 'extension_count', 'created_at', 'updated_at', 'version', 'price_cny', 'price_cny_min_minor', 'price_cny_max_minor', 'has_confidential_details', 'owner'],
} as const;
const KEYS = ['key', 'external_key'];
const OWNER_REFS = ['owner_organization_id', 'owner_ror_id', 'owner_key'] as const;

/** Every CSV column import accepts for `entity`. */
export function importColumns(entity: ImportEntity): Set<string> {
  return entity === 'organizations'
    ? new Set([...ORGANIZATION_COLUMNS, ...KEYS, ...IGNORED.organizations])
    : new Set([...listingColumns(true), ...KEYS, ...OWNER_REFS, ...IGNORED.listings]);
}

// Reading ---------------------------------------------------------------------

/** Reads a whole file into records. Throws ImportFileError when the file has no usable header. */
export function readRecords(entity: ImportEntity, format: ImportFormat, text: string): SourceRecord[] {
  return format === 'csv' ? readCsv(entity, text) : readJsonLines(text);
}

function readCsv(entity: ImportEntity, text: string): SourceRecord[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  if (head.error) throw new ImportFileError(`The header row is malformed: ${head.error}.`);
  const header = head.fields.map((h) => h.trim());
  const accepted = importColumns(entity);
  const unknown = header.filter((h) => !accepted.has(h));
  if (unknown.length > 0) {
    throw new ImportFileError(
      `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} in the header. ` +
        `Columns for ${entity}: ${[...accepted].join(', ')}.`,
    );
  }
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (repeated.length > 0) throw new ImportFileError(`Column "${repeated[0]}" appears more than once in the header.`);

  return rows.map((row): SourceRecord => {
    if (row.error) return { line: row.line, issues: [{ code: 'IMPORT_ROW_MALFORMED', message: `The row is not valid CSV: ${row.error}.` }] };
    if (row.fields.length !== header.length) {
      return {
        line: row.line,
        issues: [{ code: 'IMPORT_ROW_MALFORMED', message: `The row has ${row.fields.length} fields; the header has ${header.length}.` }],
      };
    }
    const flat: Record<string, unknown> = {};
    const issues: RowIssue[] = [];
    header.forEach((column, i) => {
      const cell = row.fields[i]!;
      // An empty cell is an absent value.
      if (cell.trim() === '') return;
      if (LIST_FIELDS.includes(column)) flat[column] = splitList(cell);
      else if (NUMBER_FIELDS.includes(column)) {
        const n = Number(cell.trim());
        if (Number.isFinite(n)) flat[column] = n;
        else issues.push({ code: 'IMPORT_ROW_MALFORMED', message: `"${cell.trim().slice(0, 40)}" is not a number.`, path: column });
      } else flat[column] = cell;
    });
    // A bad number is left out, so the domain still reports the row's other problems.
    return issues.length > 0 ? { line: row.line, value: foldColumns(flat), issues } : { line: row.line, value: foldColumns(flat) };
  });
}

function readJsonLines(text: string): SourceRecord[] {
  const records: SourceRecord[] = [];
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      records.push({ line, issues: [{ code: 'IMPORT_ROW_MALFORMED', message: `Not valid JSON: ${(err as Error).message}.` }] });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      records.push({ line, issues: [{ code: 'IMPORT_ROW_MALFORMED', message: 'Each line must hold one JSON object.' }] });
      return;
    }
    records.push({ line, value: foldColumns(value as Record<string, unknown>) });
  });
  return records;
}

/** Turns the flat price_* and translation_<lang>_* columns into the API's nested price and translations. */
function foldColumns(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const price: Record<string, unknown> = {};
  const translations: Record<string, Record<string, unknown>> = {};
  for (const [k, v] of Object.entries(flat)) {
    const t = /^translation_([a-z]{2,3})_(title|summary|description)$/.exec(k);
    if (PRICE_COLUMNS.includes(k)) {
      if (v !== null && v !== undefined) price[k === 'price_currency' ? 'currency' : k.slice('price_'.length)] = v;
    } else if (t) {
      if (v !== null && v !== undefined) (translations[t[1]!] ??= {})[t[2]!] = v;
    } else out[k] = v;
  }
  if (Object.keys(price).length > 0 && out.price === undefined) out.price = { currency: '', ...price };
  if (Object.keys(translations).length > 0) out.translations = { ...translations, ...(out.translations as object | undefined) };
  return out;
}

// Shapes ----------------------------------------------------------------------

const optText = z.string().nullable().optional();
const list = z.array(z.string()).nullable().optional();
const ignored = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, z.unknown().optional()]));

// Types only: the domain (validateOrganization, validateListing) judges the values.
const OrganizationRecord = z
  .object({
    id: optText,
    key: optText,
    external_key: optText,
    name: optText,
    name_zh: optText,
    type: optText,
    country: optText,
    region: optText,
    city: optText,
    ror_id: optText,
    website: optText,
    size_class: optText,
    description: optText,
    ...ignored(IGNORED.organizations),
  })
  .strict();

const ListingRecord = z
  .object({
    id: optText,
    key: optText,
    external_key: optText,
    kind: optText,
    language: optText,
    status: optText,
    title: optText,
    summary: optText,
    description: optText,
    translations: z.record(z.string(), z.object({ title: optText, summary: optText, description: optText }).strict()).nullable().optional(),
    confidential_details: optText,
    keywords: list,
    sectors: list,
    ipc_codes: list,
    trl: z.number().nullable().optional(),
    ipr_status: optText,
    patent_numbers: list,
    cooperation_types: list,
    price: z
      .object({ min_minor: z.number().nullable().optional(), max_minor: z.number().nullable().optional(), currency: z.string() })
      .strict()
      .nullable()
      .optional(),
    country: optText,
    target_countries: list,
    owner_organization_id: optText,
    owner_ror_id: optText,
    owner_key: optText,
    visibility: optText,
    deadline: optText,
    ...ignored(IGNORED.listings),
  })
  .strict();

function shapeIssues(error: z.ZodError): RowIssue[] {
  return error.issues.flatMap((i): RowIssue[] => {
    const path = i.path.join('.');
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((k) => ({ code: 'IMPORT_FIELD_UNKNOWN', message: `Unknown field "${k}".`, path: path ? `${path}.${k}` : k }));
    }
    return [{ code: 'IMPORT_ROW_MALFORMED', message: i.message, ...(path ? { path } : {}) }];
  });
}

function domainIssues(err: unknown): RowIssue[] {
  if (!isDomainError(err)) throw err;
  const issues = err.details?.issues;
  if (!issues?.length) return [{ code: err.code, message: err.message }];
  return issues.map((i) => ({ code: i.code ?? err.code, message: i.message, path: i.path }));
}

const text = (v: string | null | undefined) => v ?? undefined;
const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/** A stable id for a key given in an import file, so later imports can refer to it (owner_key) and re-imports skip it. */
export function keyId(entity: ImportEntity, key: string): string {
  const h = createHash('sha1').update(`ittc-import:${entity}:${key.trim()}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Identity = { id: string; key: string | null };
type Keyed = { id?: string | null | undefined; key?: string | null | undefined; external_key?: string | null | undefined };

/** The row's id: its `id`, else one derived from its key, else a new one. */
function rowIdentity(entity: ImportEntity, r: Keyed, newId: () => string, issues: RowIssue[]): Identity | null {
  const key = present(r.key) ? r.key.trim() : present(r.external_key) ? r.external_key.trim() : null;
  if (!present(r.id)) return { id: key ? keyId(entity, key) : newId(), key };
  const id = r.id.trim().toLowerCase();
  if (isUuid(id)) return { id, key };
  issues.push({ code: 'IMPORT_ROW_MALFORMED', message: 'id must be a UUID (leave it empty to get a new one).', path: 'id' });
  return null;
}

/** Refuses a row whose key or id repeats an earlier row of the file. */
class RepeatGuard {
  private readonly ids = new Map<string, number>();
  private readonly keys = new Map<string, number>();

  check(identity: Identity, line: number): RowIssue | null {
    for (const [what, value, seen] of [['key', identity.key, this.keys], ['id', identity.id, this.ids]] as const) {
      if (value === null) continue;
      const first = seen.get(value);
      if (first !== undefined) return { code: 'IMPORT_KEY_DUPLICATE', message: `The ${what} "${value}" is already used on line ${first}.`, path: what };
    }
    if (identity.key !== null) this.keys.set(identity.key, line);
    this.ids.set(identity.id, line);
    return null;
  }
}

async function existingIds(db: Kysely<DB>, table: 'organizations' | 'listings', ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  const valid = [...new Set(ids.filter(isUuid))];
  for (let i = 0; i < valid.length; i += 500) {
    const rows = await db.selectFrom(table).select('id').where('id', 'in', valid.slice(i, i + 500)).execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

async function organizationsByRor(db: Kysely<DB>, rorIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(rorIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('organizations').select(['id', 'ror_id']).where('ror_id', 'in', unique.slice(i, i + 500)).execute();
    for (const r of rows) if (r.ror_id) found.set(r.ror_id, r.id);
  }
  return found;
}

// Rows ------------------------------------------------------------------------

type OrganizationRow = { line: number; identity: Identity; fields: OrganizationFields };

function parseOrganizationRow(rec: SourceRecord, newId: () => string): OrganizationRow | RowIssue[] {
  const issues = [...(rec.issues ?? [])];
  if (!rec.value) return issues;
  const parsed = OrganizationRecord.safeParse(rec.value);
  if (!parsed.success) return [...issues, ...shapeIssues(parsed.error)];
  const r = parsed.data;
  const identity = rowIdentity('organizations', r, newId, issues);
  try {
    const fields = validateOrganization({
      name: r.name,
      nameZh: r.name_zh,
      type: r.type ?? '',
      country: r.country ?? '',
      region: r.region,
      city: r.city,
      rorId: r.ror_id,
      website: r.website,
      sizeClass: r.size_class,
      description: r.description,
    });
    return identity && issues.length === 0 ? { line: rec.line, identity, fields } : issues;
  } catch (err) {
    return [...issues, ...domainIssues(err)];
  }
}

type OwnerRef = { path: (typeof OWNER_REFS)[number]; raw: string; id: string | null; ror: string | null };
type ListingRow = { line: number; identity: Identity; fields: ListingFields; publish: boolean; owner: OwnerRef };

function parseOwner(r: Partial<Record<(typeof OWNER_REFS)[number], string | null>>, issues: RowIssue[]): OwnerRef | null {
  const given = OWNER_REFS.filter((k) => present(r[k]));
  if (given.length === 0) {
    issues.push({ code: 'LISTING_OWNER_NOT_FOUND', message: 'Give owner_organization_id, owner_ror_id or owner_key.', path: 'owner_organization_id' });
    return null;
  }
  if (given.length > 1) {
    issues.push({ code: 'IMPORT_OWNER_AMBIGUOUS', message: `Give one owner only, not ${given.join(' and ')}.`, path: given[1]! });
    return null;
  }
  const path = given[0]!;
  const raw = r[path]!.trim();
  if (path === 'owner_key') return { path, raw, id: keyId('organizations', raw), ror: null };
  if (path === 'owner_organization_id') return { path, raw, id: raw.toLowerCase(), ror: null };
  const ror = normalizeRorId(raw);
  if (!ror) issues.push({ code: 'LISTING_OWNER_NOT_FOUND', message: `"${raw.slice(0, 60)}" is not a valid ROR id.`, path });
  return ror ? { path, raw, id: null, ror } : null;
}

function parseListingRow(rec: SourceRecord, newId: () => string): ListingRow | RowIssue[] {
  const issues = [...(rec.issues ?? [])];
  if (!rec.value) return issues;
  const parsed = ListingRecord.safeParse(rec.value);
  if (!parsed.success) return [...issues, ...shapeIssues(parsed.error)];
  const r = parsed.data;
  const identity = rowIdentity('listings', r, newId, issues);
  const owner = parseOwner(r, issues);
  const status = present(r.status) ? r.status.trim() : 'draft';
  const publish = status === 'published';
  if (status !== 'draft' && status !== 'published') {
    issues.push({
      code: 'IMPORT_STATUS_INVALID',
      message: 'status must be draft or published, or empty for draft (other statuses move with ittc backup and restore).',
      path: 'status',
    });
  }
  // Judged on the given values, so that a row with other problems hears of these too.
  const given = { summary: (r.summary ?? '').trim(), description: (r.description ?? '').trim(), sectors: (r.sectors ?? []).filter(present) };
  const unpublishable = publish ? publicationIssues(given).issues.map(({ code, message, path }) => ({ code, message, path })) : [];
  try {
    const fields = validateListing({
      kind: r.kind ?? '',
      language: r.language ?? '',
      title: r.title ?? '',
      summary: text(r.summary),
      description: text(r.description),
      translations: r.translations
        ? Object.fromEntries(
            Object.entries(r.translations).map(([lang, t]) => [lang, { title: text(t.title), summary: text(t.summary), description: text(t.description) }]),
          )
        : undefined,
      confidentialDetails: r.confidential_details,
      keywords: r.keywords ?? undefined,
      sectors: r.sectors ?? undefined,
      ipcCodes: r.ipc_codes ?? undefined,
      trl: r.trl,
      iprStatus: text(r.ipr_status),
      patentNumbers: r.patent_numbers ?? undefined,
      cooperationTypes: r.cooperation_types ?? undefined,
      price: r.price ? { minMinor: r.price.min_minor, maxMinor: r.price.max_minor, currency: r.price.currency } : null,
      country: r.country ?? '',
      targetCountries: r.target_countries ?? undefined,
      ownerOrganizationId: owner?.id ?? '',
      visibility: text(r.visibility),
      deadline: r.deadline,
    });
    issues.push(...unpublishable);
    return identity && owner && issues.length === 0 ? { line: rec.line, identity, fields, publish, owner } : issues;
  } catch (err) {
    return [...issues, ...domainIssues(err), ...unpublishable];
  }
}

// Import ----------------------------------------------------------------------

// Rows per INSERT: multi-row inserts are several times faster than a statement per row (PGlite and
// PostgreSQL), and 200 listings stay far below PostgreSQL's 65,535 parameters per statement.
const INSERT_BATCH = 200;

export type ImportOptions = {
  dryRun: boolean;
  now: Date;
  newId?: () => string;
  /** Called as rows are settled (imported, skipped or found invalid). */
  onProgress?: (done: number, total: number) => void;
};

/** Collects the outcome of each row. */
class Outcome {
  readonly result: ImportResult;
  private done = 0;

  constructor(entity: ImportEntity, private readonly records: SourceRecord[], private readonly options: ImportOptions) {
    this.result = { entity, total: records.length, imported: 0, ids: [], skipped: [], invalid: [], dryRun: options.dryRun };
  }

  invalid(line: number, issues: RowIssue[]) {
    this.result.invalid.push({ line, issues });
    this.tick();
  }
  skipped(line: number, reason: string) {
    this.result.skipped.push({ line, reason });
    this.tick();
  }
  imported(id: string) {
    this.result.imported++;
    this.result.ids.push(id);
    this.tick();
  }
  private tick() {
    this.options.onProgress?.(++this.done, this.records.length);
  }
  /** The result, reports in file order. */
  settle(): ImportResult {
    this.result.invalid.sort((a, b) => a.line - b.line);
    this.result.skipped.sort((a, b) => a.line - b.line);
    return this.result;
  }
}

/**
 * Imports organizations: every valid row in one transaction (none in a dry run). Rows whose id,
 * key or ROR id is already present (in the database or earlier in the file) are skipped.
 */
export async function importOrganizations(db: Kysely<DB>, records: SourceRecord[], options: ImportOptions): Promise<ImportResult> {
  const outcome = new Outcome('organizations', records, options);
  const guard = new RepeatGuard();
  const rorLines = new Map<string, number>();
  const rows: OrganizationRow[] = [];
  for (const rec of records) {
    const row = parseOrganizationRow(rec, options.newId ?? randomUUID);
    const repeat = Array.isArray(row) ? null : guard.check(row.identity, rec.line);
    if (Array.isArray(row) || repeat) {
      outcome.invalid(rec.line, Array.isArray(row) ? row : [repeat!]);
      continue;
    }
    const ror = row.fields.rorId;
    const sameRor = ror ? rorLines.get(ror) : undefined;
    if (sameRor !== undefined) outcome.skipped(rec.line, `same ROR id ${ror} as line ${sameRor}`);
    else {
      if (ror) rorLines.set(ror, rec.line);
      rows.push(row);
    }
  }

  await db.transaction().execute(async (tx) => {
    const fresh: Organization[] = [];
    const known = await existingIds(tx, 'organizations', rows.map((r) => r.identity.id));
    const byRor = await organizationsByRor(tx, [...rorLines.keys()]);
    for (const { line, identity, fields } of rows) {
      const rorOwner = fields.rorId ? byRor.get(fields.rorId) : undefined;
      if (known.has(identity.id)) outcome.skipped(line, `organization ${identity.id} is already present`);
      else if (rorOwner) outcome.skipped(line, `an organization with ROR id ${fields.rorId} already exists (${rorOwner})`);
      else {
        fresh.push({ ...fields, id: identity.id, createdAt: options.now, updatedAt: options.now, version: 1 });
        outcome.imported(identity.id);
      }
    }
    if (!options.dryRun) {
      for (let i = 0; i < fresh.length; i += INSERT_BATCH) {
        await tx.insertInto('organizations').values(fresh.slice(i, i + INSERT_BATCH).map(organizationToRow)).execute();
      }
    }
  });
  return outcome.settle();
}

/**
 * Imports listings: every valid row in one transaction (none in a dry run). The owner is
 * owner_organization_id, owner_ror_id or owner_key (the key its organization was imported with).
 * status published publishes on import (published now, valid 365 days). Rows whose id or key is
 * already present are skipped.
 */
export async function importListings(db: Kysely<DB>, records: SourceRecord[], options: ImportOptions): Promise<ImportResult> {
  const outcome = new Outcome('listings', records, options);
  const guard = new RepeatGuard();
  const rows: ListingRow[] = [];
  for (const rec of records) {
    const row = parseListingRow(rec, options.newId ?? randomUUID);
    const repeat = Array.isArray(row) ? null : guard.check(row.identity, rec.line);
    if (Array.isArray(row) || repeat) outcome.invalid(rec.line, Array.isArray(row) ? row : [repeat!]);
    else rows.push(row);
  }

  await db.transaction().execute(async (tx) => {
    const fresh: Listing[] = [];
    const rates = toRateTable(await createRateStore(tx).ratesOn(options.now.toISOString().slice(0, 10)));
    const owners = await existingIds(tx, 'organizations', rows.flatMap((r) => (r.owner.id ? [r.owner.id] : [])));
    const byRor = await organizationsByRor(tx, rows.flatMap((r) => (r.owner.ror ? [r.owner.ror] : [])));
    const known = await existingIds(tx, 'listings', rows.map((r) => r.identity.id));
    for (const { line, identity, fields, publish, owner } of rows) {
      const ownerId = owner.ror ? byRor.get(owner.ror) : owner.id && owners.has(owner.id) ? owner.id : undefined;
      if (!ownerId) {
        outcome.invalid(line, [{ code: 'LISTING_OWNER_NOT_FOUND', message: ownerMissing(owner), path: owner.path }]);
        continue;
      }
      if (known.has(identity.id)) {
        outcome.skipped(line, `listing ${identity.id} is already present`);
        continue;
      }
      const draft: Listing = {
        ...fields,
        id: identity.id,
        ownerOrganizationId: ownerId,
        priceCny: priceInCny(fields.price, rates),
        status: 'draft',
        publishedAt: null,
        expiresAt: null,
        extensionCount: 0,
        createdAt: options.now,
        updatedAt: options.now,
        version: 1,
      };
      fresh.push(publish ? transitionListing(draft, 'publish', options.now) : draft);
      outcome.imported(identity.id);
    }
    if (!options.dryRun) {
      for (let i = 0; i < fresh.length; i += INSERT_BATCH) {
        const batch = fresh.slice(i, i + INSERT_BATCH);
        await tx.insertInto('listings').values(batch.map(listingToRow)).execute();
        // As the listing store does for each write: servers catch up on other processes' writes from this log.
        await tx.insertInto('listing_changes').values(batch.map((l) => ({ listing_id: l.id }))).execute();
      }
    }
  });
  return outcome.settle();
}

function ownerMissing(owner: OwnerRef): string {
  if (owner.path === 'owner_key') return `No organization was imported with key "${owner.raw.slice(0, 60)}".`;
  if (owner.path === 'owner_ror_id') return `No organization has ROR id ${owner.ror}.`;
  return 'No such organization.';
}
