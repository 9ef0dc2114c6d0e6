import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/support/databases.js';
import { testApp } from '../../../test/support/app.js';
import { createTestUser } from '../../../test/support/accounts.js';
import type { Database } from '../../store/db.js';
import type { ZApp } from '../app.js';

describe.each(testDatabases())('IPC lookup API on $kind', (factory) => {
  let database: Database;
  let app: ZApp;

  beforeAll(async () => {
    database = await factory.open();
    let deps;
    ({ app, deps } = await testApp(database));
    const user = await createTestUser(deps);
    const headers = await user.bearer('write');
    const org = (await app.inject({ method: 'POST', url: '/api/organizations', headers, payload: { name: 'Battery Lab', type: 'research_institute', country: 'DE' } })).json();
    for (const [title, ipc] of [
      ['Sulfide solid-state electrolyte for lithium batteries', 'H01M10/0562'],
      ['Solid-state lithium battery cell with ceramic separator', 'H01M10/052'],
      ['Antibody for tumour immunotherapy', 'C07K16/28'],
    ] as const) {
      const created = (
        await app.inject({
          method: 'POST',
          url: '/api/listings',
          headers,
          payload: {
            kind: 'technology_offer',
            language: 'en',
            title,
            summary: title,
            description: `${title}. Pilot results available.`,
            sectors: ['wipo-01'],
            ipc_codes: [ipc],
            trl: 5,
            cooperation_types: ['license'],
            country: 'DE',
            owner_organization_id: org.id,
          },
        })
      ).json();
      expect(created.id, JSON.stringify(created)).toBeTruthy();
      const pub = await app.inject({ method: 'POST', url: `/api/listings/${created.id}/publish`, headers, payload: { version: created.version } });
      expect(pub.statusCode, pub.body).toBe(200);
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lists codes under a prefix with bilingual labels', async () => {
    const r = await app.inject('/api/taxonomies/ipc?q=h01m&limit=3');
    expect(r.statusCode).toBe(200);
    expect(r.json().items[0]).toEqual({ code: 'H01M', en: 'Electricity › Electrical machinery, apparatus, energy', zh: '电学 › 电机、电气装置与电能', field: 'wipo-01', source: 'prefix' });
  });

  it('gives the sections for an empty query', async () => {
    const r = await app.inject('/api/taxonomies/ipc');
    expect(r.json().items.map((i: { code: string }) => i.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
  });

  it('suggests subclasses for words in either language from classified listings', async () => {
    for (const q of ['solid-state lithium battery', '固态锂电池']) {
      const r = await app.inject(`/api/taxonomies/ipc?q=${encodeURIComponent(q)}`);
      expect(r.statusCode).toBe(200);
      const items = r.json().items as { code: string; source: string }[];
      expect(items[0], q).toMatchObject({ code: 'H01M', source: 'text' });
      expect(items.map((i) => i.code)).not.toContain('C07K');
    }
  });

  it('refuses an overlong query with a coded 400', async () => {
    const r = await app.inject(`/api/taxonomies/ipc?q=${'x'.repeat(201)}`);
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBeTruthy();
  });
});
