import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIttc, startServerProcess } from '../../../test/support/server-process.js';

describe('ittc serve on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-serve-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a restart, and refuses a second process on the same directory', async () => {
    const env = { ITTC_DATA_DIR: dataDir, ITTC_SEED_DEMO: 'false' };
    const first = await startServerProcess(env);
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    const created = await fetch(`${first.url}/api/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Survivor Ltd', type: 'enterprise', country: 'HK' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const second = await runIttc(['db', 'migrate'], env);
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/in use by another ITTC process/);

    expect(await first.stop()).toBe(0);
    const again = await startServerProcess(env);
    const org = await (await fetch(`${again.url}/api/organizations/${id}`)).json();
    expect(org).toMatchObject({ id, name: 'Survivor Ltd', country: 'HK' });
    await again.stop();
  }, 120_000);

  it('exits with status 2 and lists every problem on invalid configuration', async () => {
    const r = await runIttc(['serve'], { PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://nope' });
    expect(r.code).toBe(2);
    for (const v of ['PORT', 'LOG_LEVEL', 'DATABASE_URL']) expect(r.stderr).toContain(v);
  }, 30_000);
});
