import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, dataDir: './var/data', databaseUrl: null, seedDemo: true, rateLimits: true, smtpUrl: null });
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.passwordHashCost).toBe('standard');
    expect(c.sessionIdleMinutes * 60).toBeLessThan(c.sessionMaxHours * 3600);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    }
  });

  it('refuses the retired open-writes mode instead of ignoring it', () => {
    expect(() => loadConfig({ ITTC_OPEN_WRITES: 'true' })).toThrow(/ITTC_OPEN_WRITES/);
    expect(() => loadConfig({ ITTC_OPEN_WRITES: 'false' })).not.toThrow();
  });

  it('needs the first administrator’s e-mail and password together', () => {
    expect(() => loadConfig({ ITTC_ADMIN_EMAIL: 'root@example.org' })).toThrow(/ITTC_ADMIN_PASSWORD/);
    expect(loadConfig({ ITTC_ADMIN_EMAIL: 'root@example.org', ITTC_ADMIN_PASSWORD: 'long enough secret' }).admin).toEqual({
      email: 'root@example.org',
      password: 'long enough secret',
    });
  });

  it('takes the index build threads from ITTC_INDEX_THREADS, one per core by default', () => {
    expect(loadConfig({}).indexThreads).toBeNull();
    expect(loadConfig({ ITTC_INDEX_THREADS: '0' }).indexThreads).toBe(0);
    expect(() => loadConfig({ ITTC_INDEX_THREADS: 'many' })).toThrow(/ITTC_INDEX_THREADS/);
  });

  it('keeps the search index snapshot beside the data directory unless told, and none in tests', () => {
    expect(loadConfig({}).indexSnapshot).toBe(path.join('var', 'index', 'market.snapshot'));
    expect(loadConfig({ ITTC_DATA_DIR: '/srv/ittc/data' }).indexSnapshot).toBe('/srv/ittc/index/market.snapshot');
    expect(loadConfig({ ITTC_INDEX_SNAPSHOT: '/tmp/x.snapshot' }).indexSnapshot).toBe('/tmp/x.snapshot');
    expect(loadConfig({ ITTC_INDEX_SNAPSHOT: 'off' }).indexSnapshot).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test' }).indexSnapshot).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', ITTC_INDEX_SNAPSHOT: '/tmp/y.snapshot' }).indexSnapshot).toBe('/tmp/y.snapshot');
  });

  it('hashes passwords cheaply only in tests, unless told', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).passwordHashCost).toBe('low');
    expect(loadConfig({ NODE_ENV: 'production' }).passwordHashCost).toBe('standard');
    expect(loadConfig({ NODE_ENV: 'test', ITTC_PASSWORD_HASH_COST: 'standard' }).passwordHashCost).toBe('standard');
  });
});
