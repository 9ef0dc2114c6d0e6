import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, dataDir: './var/data', databaseUrl: null, seedDemo: true, openWrites: true });
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

  it('closes open writes in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).openWrites).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ITTC_OPEN_WRITES: 'true' }).openWrites).toBe(true);
  });
});
