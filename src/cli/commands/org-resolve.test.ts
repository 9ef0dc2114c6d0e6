import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../command.js';
import { orgResolveCommand } from './org-resolve.js';

const dir = mkdtempSync(join(tmpdir(), 'ittc-org-resolve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const registry = join(dir, 'ror.jsonl');
writeFileSync(
  registry,
  [
    { id: 'https://ror.org/03cve4549', name: 'Tsinghua University', zh: '清华大学', city: 'Beijing', country: 'CN' },
    { id: 'https://ror.org/02v51f717', name: 'Peking University', zh: '北京大学', city: 'Beijing', country: 'CN' },
  ]
    .map((o) =>
      JSON.stringify({
        id: o.id,
        names: [
          { value: o.name, types: ['ror_display', 'label'], lang: 'en' },
          { value: o.zh, types: ['label'], lang: 'zh' },
        ],
        types: ['education'],
        status: 'active',
        locations: [{ geonames_id: null, geonames_details: { name: o.city, country_code: o.country } }],
      }),
    )
    .join('\n'),
);

async function run(values: Record<string, string | undefined>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await orgResolveCommand.run({ stdout, stderr, isTty: false }, { values, positionals: [] });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('ittc org resolve', () => {
  it('writes one result line per query, with an empty list for no match', async () => {
    const queries = join(dir, 'q.jsonl');
    writeFileSync(
      queries,
      [
        { id: 'a', affiliation: 'Dept. of Physics, Tsinghua University, Beijing 100084, China' },
        { id: 2, affiliation: '北京大学化学学院' },
        { id: 'c', affiliation: 'Editor' },
      ]
        .map((q) => JSON.stringify(q))
        .join('\n'),
    );
    const { code, stdout, stderr } = await run({ registry, queries });
    expect(code).toBe(EXIT.ok);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: unknown; results: { id: string; score: number }[] });
    expect(lines.map((l) => l.query)).toEqual(['a', 2, 'c']);
    expect(lines[0]!.results.map((r) => r.id)).toEqual(['03cve4549']);
    expect(lines[1]!.results.map((r) => r.id)).toEqual(['02v51f717']);
    expect(lines[2]!.results).toEqual([]);
    expect(stderr).toMatch(/resolved 3 queries \(2 matched\)/);
  });

  it('fails with a usage error when --registry is missing', async () => {
    const { code, stderr } = await run({ queries: 'q.jsonl' });
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/--registry/);
  });

  it('reports bad query lines on stderr and exits with failure', async () => {
    const queries = join(dir, 'bad.jsonl');
    writeFileSync(queries, '{"id": 1, "affiliation": "Peking University"}\nnot json\n');
    const { code, stdout, stderr } = await run({ registry, queries, top: '3' });
    expect(code).toBe(EXIT.failure);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/line 2/);
  });
});
