import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIttc, startServerProcess } from '../../../test/support/server-process.js';

describe('ittc serve on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-serve-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  /** Signs in over HTTP; returns the session cookie and CSRF token, and the user. */
  const signIn = async (url: string, email: string, password: string) => {
    const r = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(r.status).toBe(200);
    const setCookie = r.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http on loopback
    const body = (await r.json()) as { csrf_token: string; user: { roles: string[] } };
    return { cookie: setCookie.split(';')[0]!, csrf: body.csrf_token, user: body.user };
  };

  it('keeps data across a restart, and refuses a second process on the same directory', async () => {
    const env = {
      ITTC_DATA_DIR: dataDir,
      ITTC_SEED_DEMO: 'false',
      ITTC_ADMIN_EMAIL: 'root@serve.example.org',
      ITTC_ADMIN_PASSWORD: 'first admin passphrase',
    };
    const first = await startServerProcess(env);
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    const anonymous = await fetch(`${first.url}/api/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Survivor Ltd', type: 'enterprise', country: 'HK' }),
    });
    expect(anonymous.status).toBe(401);
    const admin = await signIn(first.url, 'root@serve.example.org', 'first admin passphrase');
    expect(admin.user.roles).toEqual(['admin']);
    const created = await fetch(`${first.url}/api/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      body: JSON.stringify({ name: 'Survivor Ltd', type: 'enterprise', country: 'HK' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const second = await runIttc(['db', 'migrate'], env);
    expect(second.code).toBe(3);
    expect(second.stderr).toMatch(/in use by another ITTC process/);

    expect(await first.stop()).toBe(0);
    const made = await runIttc(['users', 'create-admin', '--email', 'second@serve.example.org', '--password', 'second admin passphrase'], env);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Created administrator second@serve\.example\.org/);
    const weak = await runIttc(['users', 'create-admin', '--email', 'third@serve.example.org', '--password', 'password1234'], env);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/PASSWORD_TOO_COMMON/);

    const again = await startServerProcess(env);
    const org = await (await fetch(`${again.url}/api/organizations/${id}`)).json();
    expect(org).toMatchObject({ id, name: 'Survivor Ltd', country: 'HK' });
    const secondAdmin = await signIn(again.url, 'second@serve.example.org', 'second admin passphrase');
    expect(secondAdmin.user.roles).toEqual(['admin']);
    await again.stop();
  }, 180_000);

  it('exits with status 2 and lists every problem on invalid configuration', async () => {
    const r = await runIttc(['serve'], { PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://nope' });
    expect(r.code).toBe(2);
    for (const v of ['PORT', 'LOG_LEVEL', 'DATABASE_URL']) expect(r.stderr).toContain(v);
  }, 30_000);
});
