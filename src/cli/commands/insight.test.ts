import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ES, loadInsightFixture } from '../../../test/support/insight-fixture.js';
import { parseCsv } from '../../store/csv.js';
import { openDatabase } from '../../store/db.js';
import { migrate } from '../../store/migrate.js';
import type { CliContext } from '../command.js';
import { runCli } from '../main.js';

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

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-insight-cli-'));
const saved = { dir: process.env.ITTC_DATA_DIR, url: process.env.DATABASE_URL };

beforeAll(async () => {
  const database = await openDatabase({ kind: 'pglite', dataDir: tmp });
  await migrate(database);
  await loadInsightFixture(database);
  await database.close();
  process.env.ITTC_DATA_DIR = tmp;
  delete process.env.DATABASE_URL;
}, 120_000);
afterAll(() => {
  process.env.ITTC_DATA_DIR = saved.dir;
  if (saved.url) process.env.DATABASE_URL = saved.url;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const run = async (...argv: string[]) => {
  const ctx = capture();
  const code = await runCli(argv, ctx);
  return { code, out: ctx.out(), err: ctx.err() };
};

describe('ittc insight', () => {
  it('prints the balance by sector and region for a quarter as CSV', async () => {
    const r = await run('insight', 'balance', '--by', 'sector,region', '--period', '2026Q3', '--format', 'csv');
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.out).map((x) => x.fields);
    expect(header).toEqual(['sector', 'region', 'sector_label_en', 'sector_label_zh', 'region_label_en', 'region_label_zh', 'offers', 'requests', 'requests_matched', 'coverage', 'gap_index']);
    // Q3: SZ1's L4 and SZ2's L5 ask for energy storage in Shenzhen; SZ1's offer L3 came in October.
    expect(rows.find((x) => x[0] === ES && x[1] === 'CN-GD-SZ')?.slice(6, 8)).toEqual(['0', '2']);
    // The CLI sees members-only listings: SZ1's biomedicine request L6.
    expect(rows.find((x) => x[0] === 'ind-biomedicine' && x[1] === 'CN-GD-SZ')?.slice(6, 8)).toEqual(['0', '1']);
  });

  it('prints a table by default and JSON on request', async () => {
    const table = await run('insight', 'balance', '--by', 'sector');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^sector +label +offers +requests +matched +coverage +gap_index\n/);
    expect(table.out).toContain('Batteries and energy storage');
    const zh = await run('insight', 'balance', '--by', 'trl_band', '--lang', 'zh');
    expect(zh.out).toContain('TRL 4-6（开发）');
    const json = JSON.parse((await run('insight', 'balance', '--by', 'country', '--format', 'json')).out);
    expect(json.rows.find((x: { key: string }) => x.key === 'DE')).toMatchObject({ offers: 2, requests: 0 });
  });

  it('prints gaps, flows and KPIs', async () => {
    expect((await run('insight', 'gaps')).out).toContain('Isar Batterie GmbH');
    const flows = await run('insight', 'flows', '--period', '2026Q3', '--format', 'csv');
    expect(flows.out).toContain('outbound,Outbound international');
    const kpis = await run('insight', 'kpis', '--period', '2026Q3', '--format', 'csv');
    expect(kpis.out).toContain('agreements,Agreements signed,签署协议数,count,3');
  });

  it('refuses bad arguments with exit code 2 and domain errors with 1', async () => {
    expect((await run('insight', 'balance', '--format', 'xml')).code).toBe(2);
    const bad = await run('insight', 'balance', '--by', 'colour');
    expect([bad.code, bad.err]).toEqual([1, expect.stringContaining('INSIGHT_DIMENSION_INVALID')]);
  });
});

describe('ittc indicators', () => {
  it('imports a CSV through a mapping, reporting invalid and skipped rows by line', async () => {
    const file = path.join(tmp, 'gerd.csv');
    fs.writeFileSync(file, 'Country,Year,GERD\nGermany,2021,165\nAtlantis,2021,3\nKorea,2021,NA\nIsrael,2022,"27.5"\n');
    const r = await run('indicators', 'import', file, '--mapping', 'region=Country,region_as=name,year=Year,value=GERD,indicator=:gerd_ppp_usd_bn,unit=:billion current PPP USD,source=:Test table');
    expect(r.code).toBe(1);
    expect(r.err).toContain('line 3: INDICATOR_REGION_INVALID');
    expect(r.err).toContain('line 4: skipped: no value (NA)');
    expect(r.out).toBe('Imported 2 values; 1 skipped, 1 invalid (of 4 rows).\n');
    const list = await run('indicators', 'list', '--indicator', 'gerd_ppp_usd_bn', '--format', 'csv');
    const rows = parseCsv(list.out).slice(1).map((x) => [x.fields[0], x.fields[4], x.fields[5], x.fields[7]]);
    expect(rows).toEqual([['DE', '2021', '165', 'Test table'], ['IL', '2022', '27.5', 'Test table']]);
  });

  it('refuses a mapping naming a missing column, importing nothing', async () => {
    const file = path.join(tmp, 'x.csv');
    fs.writeFileSync(file, 'a,b\n1,2\n');
    const r = await run('indicators', 'import', file);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('INDICATOR_MAPPING_INVALID')]);
  });
});
