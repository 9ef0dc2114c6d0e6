import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../test/support/databases.js';
import type { Database } from './db.js';
import { BACKUP_ERROR_CODES } from './backup.js';
import { IMPORT_ISSUE_CODES, ImportFileError, importListings, importOrganizations, keyId, readRecords, type ImportResult } from './import-rows.js';
import { createListingStore } from './listing-store.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const codes = (r: ImportResult) => r.invalid.map((row) => [row.line, row.issues.map((i) => i.code)]);

it('documents every import, backup and restore code in docs/import-formats.md', () => {
  const doc = fs.readFileSync(new URL('../../docs/import-formats.md', import.meta.url), 'utf8');
  for (const code of [...IMPORT_ISSUE_CODES, ...BACKUP_ERROR_CODES]) expect(doc, code).toContain(`| \`${code}\` |`);
});

describe('readRecords', () => {
  it('turns CSV columns into the API shape: lists, numbers, price, translations; empty cells are absent', () => {
    const [rec] = readRecords(
      'listings',
      'csv',
      csv(
        'title,keywords,trl,price_min_minor,price_currency,translation_zh_title,summary,deadline',
        '"Solar, cheap",pv; perovskite;;a\\;b,4,150000,eur,太阳能,,',
      ),
    );
    expect(rec).toEqual({
      line: 2,
      value: {
        title: 'Solar, cheap',
        keywords: ['pv', 'perovskite', 'a;b'],
        trl: 4,
        price: { currency: 'eur', min_minor: 150000 },
        translations: { zh: { title: '太阳能' } },
      },
    });
  });

  it('refuses a CSV header with unknown or repeated columns, naming them', () => {
    expect(() => readRecords('organizations', 'csv', csv('name,type,colour', 'x,enterprise,red'))).toThrow(/Unknown column "colour"/);
    expect(() => readRecords('organizations', 'csv', csv('name,name', 'x,y'))).toThrow(ImportFileError);
    // A listing column is unknown to organizations.
    expect(() => readRecords('organizations', 'csv', csv('name,trl'))).toThrow(/"trl"/);
  });

  it('reports a CSV row of the wrong width and a malformed number with its line, still judging the rest of the row', () => {
    const records = readRecords('listings', 'csv', csv('title,trl', '"two\nlines",x', 'a,1,extra'));
    expect(records[0]).toMatchObject({ line: 2, value: { title: 'two\nlines' }, issues: [{ code: 'IMPORT_ROW_MALFORMED', path: 'trl' }] });
    expect(records[1]).toMatchObject({ line: 4, issues: [{ code: 'IMPORT_ROW_MALFORMED', message: 'The row has 3 fields; the header has 2.' }] });
  });

  it('reads JSON Lines with line numbers that count blank lines, and reports lines that are not objects', () => {
    const records = readRecords('organizations', 'jsonl', '{"name":"A"}\n\n{oops\n[1]\r\n{"name":"B"}');
    expect(records.map((r) => [r.line, r.value?.name ?? r.issues?.[0]?.code])).toEqual([
      [1, 'A'],
      [3, 'IMPORT_ROW_MALFORMED'],
      [4, 'IMPORT_ROW_MALFORMED'],
      [5, 'B'],
    ]);
  });
});

describe.each(testDatabases())('import on $kind', (factory) => {
  let database: Database;
  const count = async (table: 'organizations' | 'listings') =>
    (await database.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    database = await openMigrated(factory);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  const ORGS = csv(
    'key,name,name_zh,type,country,city,ror_id,website',
    'tsinghua,Tsinghua University,清华大学,university,cn,Beijing,https://ror.org/03cve4549,tsinghua.example.edu.cn',
    'castle,,,castle,XX,,12345,', // line 3: four problems
    'acme,"Acme, Inc.",,enterprise,DE,"Berlin',
    'Mitte",,', // line 4 spans two lines
    'copy,Tsinghua copy,,university,CN,,03cve4549,', // line 6: same ROR id as line 2
    'acme,Acme again,,enterprise,DE,,,', // line 7: key repeated
    ',Nameless Key GmbH,,enterprise,DE,,,',
  );

  it('imports the valid organization rows, reports invalid ones by line, skips a repeated ROR id', async () => {
    const before = await count('organizations');
    const r = await importOrganizations(database.db, readRecords('organizations', 'csv', ORGS), { dryRun: false, now: NOW });
    expect(r.imported).toBe(3);
    expect(codes(r)).toEqual([
      [3, ['ORGANIZATION_NAME_REQUIRED', 'ORGANIZATION_TYPE_INVALID', 'ORGANIZATION_COUNTRY_INVALID', 'ORGANIZATION_ROR_ID_INVALID']],
      [7, ['IMPORT_KEY_DUPLICATE']],
    ]);
    expect(r.invalid[1]!.issues[0]!.message).toBe('The key "acme" is already used on line 4.');
    expect(r.skipped).toEqual([{ line: 6, reason: 'same ROR id 03cve4549 as line 2' }]);
    expect(await count('organizations')).toBe(before + 3);
    const acme = await database.db.selectFrom('organizations').selectAll().where('id', '=', keyId('organizations', 'acme')).executeTakeFirstOrThrow();
    expect(acme).toMatchObject({ name: 'Acme, Inc.', city: 'Berlin\r\nMitte', country: 'DE', version: 1 });
    const tsinghua = await database.db.selectFrom('organizations').selectAll().where('ror_id', '=', '03cve4549').executeTakeFirstOrThrow();
    expect(tsinghua).toMatchObject({ id: keyId('organizations', 'tsinghua'), country: 'CN', website: 'https://tsinghua.example.edu.cn' });
  });

  it('skips every row already imported when the same file comes again', async () => {
    const before = await count('organizations');
    const records = readRecords('organizations', 'csv', ORGS).filter((r) => r.line !== 8); // the keyless row would be new again
    const r = await importOrganizations(database.db, records, { dryRun: false, now: NOW });
    expect(r.imported).toBe(0);
    expect(r.skipped.map((s) => s.line)).toEqual([2, 4, 6]);
    expect(r.skipped[0]!.reason).toMatch(/is already present/);
    expect(await count('organizations')).toBe(before);
  });

  it('skips an organization whose ROR id another organization already has', async () => {
    const r = await importOrganizations(database.db, readRecords('organizations', 'jsonl', '{"name":"Other","type":"university","country":"CN","ror_id":"03cve4549"}'), {
      dryRun: false,
      now: NOW,
    });
    expect(r.imported).toBe(0);
    expect(r.skipped[0]!.reason).toBe(`an organization with ROR id 03cve4549 already exists (${keyId('organizations', 'tsinghua')})`);
  });

  it('writes nothing in a dry run but reports what it would do', async () => {
    const before = await count('organizations');
    const text = csv('name,type,country', 'Dry Run Ltd,enterprise,GB', 'Wet,pond,GB');
    const r = await importOrganizations(database.db, readRecords('organizations', 'csv', text), { dryRun: true, now: NOW });
    expect(r).toMatchObject({ dryRun: true, imported: 1 });
    expect(codes(r)).toEqual([[3, ['ORGANIZATION_TYPE_INVALID']]]);
    expect(await count('organizations')).toBe(before);
  });

  it('commits the valid rows in one transaction: when one insert fails, none lands', async () => {
    await database.execScript(`
      CREATE FUNCTION ittc_test_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$;
      CREATE TRIGGER ittc_test_boom BEFORE INSERT ON organizations FOR EACH ROW WHEN (NEW.name = 'Boom') EXECUTE FUNCTION ittc_test_boom();`);
    try {
      const before = await count('organizations');
      const text = csv('name,type,country', 'Fine One,enterprise,GB', 'Boom,enterprise,GB');
      await expect(importOrganizations(database.db, readRecords('organizations', 'csv', text), { dryRun: false, now: NOW })).rejects.toThrow(/boom/);
      expect(await count('organizations')).toBe(before);
    } finally {
      await database.execScript('DROP TRIGGER ittc_test_boom ON organizations; DROP FUNCTION ittc_test_boom();');
    }
  });

  it('imports listings owned by key, ROR id or id, publishing those marked published', async () => {
    const acme = keyId('organizations', 'acme');
    const text = csv(
      'key,kind,language,status,title,summary,sectors,keywords,ipc_codes,trl,price_min_minor,price_max_minor,price_currency,country,owner_key,owner_ror_id,owner_organization_id,translation_zh_title,confidential_details',
      'l1,technology_offer,en,published,Sodium battery,"Cheap; safe",ind-energy-storage;wipo-01,sodium;battery,H01M10/054,5,100000,500000,usd,cn,tsinghua,,,钠电池,secret recipe',
      `l2,technology_request,zh,,需求,,,,,,,,,CN,,https://ror.org/03cve4549,,,`,
      `l3,rd_partnership,en,draft,Joint lab,,,,,,,,,DE,,,${acme.toUpperCase()},,`,
    );
    const before = await sql<{ n: number }>`SELECT count(*)::int n FROM listing_changes`.execute(database.db);
    const r = await importListings(database.db, readRecords('listings', 'csv', text), { dryRun: false, now: NOW });
    expect(codes(r)).toEqual([]);
    expect(r.imported).toBe(3);

    const store = createListingStore(database.db);
    const l1 = (await store.findById(keyId('listings', 'l1')))!;
    expect(l1).toMatchObject({
      status: 'published',
      ownerOrganizationId: keyId('organizations', 'tsinghua'),
      summary: 'Cheap; safe',
      keywords: ['sodium', 'battery'],
      ipcCodes: ['H01M 10/054'],
      price: { minMinor: 100000, maxMinor: 500000, currency: 'USD' },
      priceCny: { minMinor: 650000, maxMinor: 3250000 },
      translations: { zh: { title: '钠电池', summary: '', description: '' } },
      confidentialDetails: 'secret recipe',
      publishedAt: NOW,
      expiresAt: new Date(NOW.getTime() + 365 * 86_400_000),
      version: 1,
    });
    expect((await store.findById(keyId('listings', 'l2')))!).toMatchObject({ status: 'draft', publishedAt: null, ownerOrganizationId: keyId('organizations', 'tsinghua') });
    expect((await store.findById(keyId('listings', 'l3')))!.ownerOrganizationId).toBe(acme);
    const after = await sql<{ n: number }>`SELECT count(*)::int n FROM listing_changes`.execute(database.db);
    expect(after.rows[0]!.n - before.rows[0]!.n).toBe(3);
  });

  it('reports listing problems by line with the domain codes, and commits the valid rows', async () => {
    const jsonl = [
      { key: 'ok', kind: 'technology_offer', language: 'en', title: 'Fine', country: 'DE', owner_key: 'acme', price: { min_minor: 5, currency: 'EUR' } },
      { kind: 'technology_offer', language: 'en', status: 'published', title: 'Bare', country: 'DE', owner_key: 'acme' },
      { kind: 'gadget', language: 'fr', title: '', trl: 12, country: 'DE', owner_key: 'acme' },
      { kind: 'technology_offer', language: 'en', title: 'Two owners', country: 'DE', owner_key: 'acme', owner_ror_id: '03cve4549' },
      { kind: 'technology_offer', language: 'en', title: 'Nobody', country: 'DE', owner_key: 'nobody' },
      { kind: 'technology_offer', language: 'en', title: 'Ghost', country: 'DE', owner_organization_id: '00000000-0000-4000-8000-000000000000' },
      { kind: 'technology_offer', language: 'en', title: 'Bad ROR', country: 'DE', owner_ror_id: 'ror.org/12345' },
      { kind: 'technology_offer', language: 'en', title: 'Gone', country: 'DE', owner_key: 'acme', status: 'expired', colour: 'red' },
      { kind: 'technology_offer', language: 'en', title: 'Not a uuid', country: 'DE', owner_organization_id: 'abc' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const before = await count('listings');
    const r = await importListings(database.db, readRecords('listings', 'jsonl', jsonl), { dryRun: false, now: NOW });
    expect(r.imported).toBe(1);
    expect(codes(r)).toEqual([
      [2, ['LISTING_INCOMPLETE', 'LISTING_INCOMPLETE']],
      [3, ['LISTING_KIND_INVALID', 'LISTING_LANGUAGE_INVALID', 'LISTING_TITLE_REQUIRED', 'LISTING_TRL_OUT_OF_RANGE']],
      [4, ['IMPORT_OWNER_AMBIGUOUS']],
      [5, ['LISTING_OWNER_NOT_FOUND']],
      [6, ['LISTING_OWNER_NOT_FOUND']],
      [7, ['LISTING_OWNER_NOT_FOUND']],
      [8, ['IMPORT_FIELD_UNKNOWN']],
      [9, ['LISTING_OWNER_NOT_FOUND']],
    ]);
    expect(r.invalid.find((i) => i.line === 5)!.issues[0]).toEqual({ code: 'LISTING_OWNER_NOT_FOUND', message: 'No organization was imported with key "nobody".', path: 'owner_key' });
    expect(r.invalid.find((i) => i.line === 3)!.issues.map((i) => i.path)).toEqual(['kind', 'language', 'title', 'trl']);
    expect(await count('listings')).toBe(before + 1);

    const statusOnly = await importListings(
      database.db,
      readRecords('listings', 'jsonl', JSON.stringify({ kind: 'technology_offer', language: 'en', title: 'Gone', country: 'DE', owner_key: 'acme', status: 'expired' })),
      { dryRun: true, now: NOW },
    );
    expect(codes(statusOnly)).toEqual([[1, ['IMPORT_STATUS_INVALID']]]);
  });
});
