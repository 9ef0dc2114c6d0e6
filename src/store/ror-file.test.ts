import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readRorFile, readRorOrganizations } from './ror-file.js';

const dir = mkdtempSync(join(tmpdir(), 'ittc-ror-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (id: string, name: string) => ({
  id: `https://ror.org/${id}`,
  names: [{ value: name, types: ['ror_display', 'label'], lang: 'en' }],
  types: ['education'],
  status: 'active',
  locations: [{ geonames_id: null, geonames_details: { name: 'Beijing', country_code: 'CN', country_name: 'China' } }],
  // Braces and brackets inside strings must not confuse the array splitter.
  links: [{ type: 'website', value: 'https://example.org/{a}[b]"c' }],
});
const records = [record('03cve4549', 'Tsinghua University'), record('02v51f717', 'Peking University')];

async function collect(path: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const { value } of readRorFile(path)) out.push(value);
  return out;
}

describe('readRorFile', () => {
  it('reads JSON Lines', async () => {
    const path = join(dir, 'records.jsonl');
    writeFileSync(path, `${records.map((r) => JSON.stringify(r)).join('\n')}\n\n`);
    expect(await collect(path)).toEqual(records);
  });

  it('reads a gzip-compressed JSON array, whatever the file is called', async () => {
    const path = join(dir, 'dump.json');
    writeFileSync(path, gzipSync(`  [\n${records.map((r) => JSON.stringify(r, null, 2)).join(',\n')}\n]\n`));
    expect(await collect(path)).toEqual(records);
  });

  it('reports the position of a malformed record', async () => {
    const path = join(dir, 'broken.jsonl');
    writeFileSync(path, `${JSON.stringify(records[0])}\n{"id": \n`);
    await expect(collect(path)).rejects.toThrow(/record 2/);
  });
});

describe('readRorOrganizations', () => {
  it('maps valid records and reports invalid ones with their position', async () => {
    const path = join(dir, 'mixed.jsonl');
    writeFileSync(path, [records[0], { id: 'https://ror.org/02v51f717', names: [] }, records[1]].map((r) => JSON.stringify(r)).join('\n'));
    const invalid: number[] = [];
    const names: string[] = [];
    for await (const org of readRorOrganizations(path, (position) => invalid.push(position))) names.push(`${org.rorId} ${org.name}`);
    expect(names).toEqual(['03cve4549 Tsinghua University', '02v51f717 Peking University']);
    expect(invalid).toEqual([2]);
  });
});
