import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDatabase, type Database } from '../store/db.js';
import { testApp } from '../../test/support/app.js';
import type { ZApp } from './app.js';

/**
 * Random and malformed bodies to every write route of the OpenAPI document never produce a 500.
 * Path parameters are filled with real ids (so handlers run past the lookup) or junk.
 */
describe('write routes under random input', () => {
  let database: Database;
  let app: ZApp;
  let routes: { method: string; path: string }[] = [];
  const ids: string[] = [];

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: null });
    ({ app } = await testApp(database));
    const org = (await app.inject({ method: 'POST', url: '/api/organizations', payload: { name: 'Fuzz Org', type: 'enterprise', country: 'CN' } })).json();
    const listing = (
      await app.inject({
        method: 'POST',
        url: '/api/listings',
        payload: { kind: 'technology_offer', language: 'en', title: 'Fuzz target', summary: 's', sectors: ['wipo-06'], country: 'CN', owner_organization_id: org.id },
      })
    ).json();
    ids.push(org.id, listing.id);
    const doc = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('finds the write routes in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
  });

  const json = fc.jsonValue({ maxDepth: 3 });
  const nasty = fc.oneof(
    fc.constantFrom(null, '', 'null', '[]', '{}', '{"version":', '\u0000', 'x'.repeat(5000), -1, 1e308, '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '<script>'),
    fc.string(),
    fc.integer(),
    fc.double(),
    json,
  );
  // Bodies shaped like the real ones with hostile values, to get past the schema into the core.
  const shaped = fc.record(
    {
      version: fc.oneof(fc.integer({ min: -3, max: 5 }), nasty),
      kind: fc.oneof(fc.constantFrom('technology_offer', 'technology_request', 'rd_partnership'), nasty),
      language: fc.oneof(fc.constantFrom('zh', 'en'), nasty),
      title: fc.oneof(fc.string({ maxLength: 300 }), nasty),
      trl: fc.oneof(fc.integer({ min: -5, max: 15 }), nasty),
      country: fc.oneof(fc.constantFrom('CN', 'DE', 'zz', ''), nasty),
      owner_organization_id: fc.oneof(fc.constantFrom(...(ids.length ? ids : ['x'])), fc.uuid(), nasty),
      price: fc.oneof(fc.record({ min_minor: fc.integer(), max_minor: fc.integer(), currency: fc.constantFrom('EUR', 'XXX', '') }), nasty),
      ipc_codes: fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }), nasty),
      deadline: fc.oneof(fc.constantFrom('2027-02-30', '2027-01-01', 'tomorrow'), nasty),
      days: fc.oneof(fc.integer({ min: -400, max: 800 }), nasty),
      name: fc.oneof(fc.string(), nasty),
      type: fc.oneof(fc.constantFrom('university', 'enterprise'), nasty),
      ror_id: fc.oneof(fc.constantFrom('03cve4549', 'https://ror.org/03cve4549', 'bad'), nasty),
      cny_per_unit: fc.oneof(fc.double(), nasty),
      valid_from: fc.oneof(fc.constantFrom('2026-01-01', '2026-13-01'), nasty),
    },
    { requiredKeys: [] },
  );

  it('never answers 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.oneof(shaped, nasty),
        fc.oneof(fc.constantFrom(...(ids.length ? ids : ['x'])), fc.string({ maxLength: 40 }), fc.uuid()),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined),
        async (i, body, id, contentType) => {
          const route = routes[i % routes.length]!;
          const url = route.path.replace(/\{[a-z_]+\}/g, encodeURIComponent(id) || 'x') + (route.method === 'DELETE' ? '?version=1' : '');
          const payload = typeof body === 'string' && contentType !== 'application/json' ? body : JSON.stringify(body);
          const r = await app.inject({ method: route.method as 'POST', url, payload, headers: contentType ? { 'content-type': contentType } : {} });
          if (r.statusCode >= 500) throw new Error(`${route.method} ${url} -> ${r.statusCode}: ${r.body}`);
          if (r.statusCode !== 204) expect(r.json()).toBeTypeOf('object');
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
