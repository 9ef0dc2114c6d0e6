import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArgon2Hasher } from '../../store/account-crypto.js';
import { parseCsv } from '../../store/csv.js';
import { openDatabase } from '../../store/db.js';
import { migrate } from '../../store/migrate.js';
import { seedDemo } from '../../store/seed-demo.js';
import type { CliContext } from '../command.js';
import { runCli } from '../main.js';
import { parseMajorAmount } from './allocate.js';

function capture(): CliContext & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  return { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), isTty: false, out: () => out, err: () => err };
}

describe('parseMajorAmount', () => {
  it('reads major units exactly into minor units', () => {
    expect(parseMajorAmount('100000000', 'CNY')).toBe(10_000_000_000);
    expect(parseMajorAmount('1234.5', 'CNY')).toBe(123_450);
    expect(parseMajorAmount('0.01', 'USD')).toBe(1);
    expect(parseMajorAmount('500', 'JPY')).toBe(500);
  });

  it('refuses more decimals than the currency has, signs, words and unknown currencies', () => {
    for (const [t, c] of [['1.001', 'CNY'], ['5.5', 'JPY'], ['-5', 'CNY'], ['1e9', 'CNY'], ['ten', 'CNY'], ['5', 'XYZ'], ['99999999999999999', 'CNY']]) {
      expect(parseMajorAmount(t!, c!), `${t} ${c}`).toBeNull();
    }
  });
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-allocate-cli-'));
const saved = { dir: process.env.ITTC_DATA_DIR, url: process.env.DATABASE_URL };
const Y = new Date().getUTCFullYear();

describe('ittc allocate and ittc programmes on the configured database', () => {
  beforeAll(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: tmp });
    await migrate(database);
    await seedDemo(database, new Date(), { hasher: createArgon2Hasher('low') });
    await database.close();
    process.env.ITTC_DATA_DIR = tmp;
    delete process.env.DATABASE_URL;
  }, 180_000);

  afterAll(() => {
    process.env.ITTC_DATA_DIR = saved.dir;
    if (saved.url) process.env.DATABASE_URL = saved.url;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints exactly the documented JSON, the proposed amounts summing to the budget in minor units', async () => {
    const ctx = capture();
    const code = await runCli(['allocate', '--period', String(Y + 1), '--budget', '37000000.01', '--currency', 'CNY', '--format', 'json'], ctx);
    expect(ctx.err()).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(ctx.out());
    expect(Object.keys(r)).toEqual(['period', 'budget', 'lines']);
    expect(r.period).toBe(Y + 1);
    expect(r.budget).toEqual({ amount_minor: 3_700_000_001, currency: 'CNY' });
    expect(r.lines).toHaveLength(2);
    for (const l of r.lines) expect(Object.keys(l)).toEqual(['programme_id', 'name', 'current_minor', 'proposed_minor', 'score', 'reasons']);
    expect(r.lines.reduce((s: number, l: { proposed_minor: number }) => s + l.proposed_minor, 0)).toBe(3_700_000_001);
  }, 60_000);

  it('prints a table with reasons, and refuses bad arguments with exit code 2', async () => {
    const ctx = capture();
    expect(await runCli(['allocate', '--period', String(Y + 1), '--budget', '37000000', '--currency', 'CNY'], ctx)).toBe(0);
    expect(ctx.out()).toContain('Technology Transfer Subsidy Programme');
    expect(ctx.out()).toMatch(/Multiplier \d\.\d{4}/);
    const bad = capture();
    expect(await runCli(['allocate', '--period', String(Y + 1), '--budget', '1.001', '--currency', 'CNY'], bad)).toBe(2);
    expect(bad.err()).toMatch(/at most 2 decimals/);
    expect(await runCli(['allocate', '--period', 'next', '--budget', '1', '--currency', 'CNY'], capture())).toBe(2);
  }, 60_000);

  it('writes a programme report as CSV and JSON', async () => {
    const list = capture();
    expect(await runCli(['programmes', 'list', '--format', 'json'], list)).toBe(0);
    const id = JSON.parse(list.out()).items.find((p: { name: string }) => p.name.startsWith('Technology Transfer')).id;
    const csv = capture();
    expect(await runCli(['programmes', 'report', id, '--format', 'csv'], csv)).toBe(0);
    const records = parseCsv(csv.out());
    expect(records[0]!.fields).toEqual(['section', 'year', 'item', 'unit', 'target', 'actual', 'verified', 'declared', 'rate', 'credit', 'cost_per_outcome', 'note']);
    expect(records.some((r) => r.fields[0] === 'score' && r.fields[1] === String(Y - 1) && r.fields[2] === 'score')).toBe(true);
    const json = capture();
    expect(await runCli(['programmes', 'report', id, '--format', 'json'], json)).toBe(0);
    expect(JSON.parse(json.out()).programme.id).toBe(id);
    const missing = capture();
    expect(await runCli(['programmes', 'report', '00000000-0000-4000-8000-000000000000'], missing)).toBe(1);
    expect(missing.err()).toMatch(/PROGRAMME_NOT_FOUND/);
  }, 60_000);
});
