import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzers } from '../loaders/analyzers.js';
import type { Analyzer } from '../match/analyzer.js';
import { createMatchEngine, type MatchEngine } from '../match/engine.js';
import { readSnapshotFile, writeSnapshotFile } from './index-snapshot.js';

let analyzer: Analyzer;
let dir: string;
beforeAll(async () => {
  analyzer = (await loadAnalyzers()).analyzer;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-snapshot-file-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const engine = (n: number): MatchEngine => {
  const e = createMatchEngine({ analyzer });
  for (let i = 0; i < n; i++)
    e.add({ id: `l-${i}`, title: i % 2 ? `固态电池 电解质 ${i}` : `solid-state battery electrolyte ${i}`, summary: 'x'.repeat(i % 50), version: i });
  return e;
};
const load = (file: string, tag = 't') => readSnapshotFile(file, (source) => createMatchEngine({ analyzer, snapshot: { source, tag } }));

describe('index snapshot files', () => {
  it('round-trip, readable by the owner only, with no temporary file left', () => {
    const file = path.join(dir, 'a', 'b', 'market.snapshot');
    const a = engine(3000);
    const size = writeSnapshotFile(a, file, 't');
    expect(fs.statSync(file).size).toBe(size);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['market.snapshot']);
    const b = load(file)!;
    expect(b.size).toBe(3000);
    expect(b.search({ text: '固态电池', limit: 5 })).toEqual(a.search({ text: '固态电池', limit: 5 }));
    expect(new Map(b.versions())).toEqual(new Map(a.versions()));
    expect(load(path.join(dir, 'none.snapshot'))).toBeNull();
  });

  it('refuses a file with any byte changed, cut short or with bytes added', () => {
    const file = path.join(dir, 'damaged.snapshot');
    writeSnapshotFile(engine(500), file, 't');
    const bytes = fs.readFileSync(file);
    // A changed byte in the middle of the postings (structurally still a snapshot) and one in the checksum.
    for (const at of [Math.floor(bytes.length * 0.8), bytes.length - 1]) {
      const bad = Buffer.from(bytes);
      bad[at] = (bad[at] as number) ^ 0x10;
      fs.writeFileSync(file, bad);
      expect(() => load(file)).toThrow(expect.objectContaining({ code: 'MATCH_SNAPSHOT_INVALID' }));
    }
    fs.writeFileSync(file, Buffer.concat([bytes, Buffer.from([0])]));
    expect(() => load(file)).toThrow(expect.objectContaining({ code: 'MATCH_SNAPSHOT_INVALID' }));
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 2));
    expect(() => load(file)).toThrow(expect.objectContaining({ code: 'MATCH_SNAPSHOT_INVALID' }));
    fs.writeFileSync(file, bytes);
    expect(load(file)!.size).toBe(500);
  });

  it('a failed write leaves the previous snapshot as it was', () => {
    const file = path.join(dir, 'kept.snapshot');
    writeSnapshotFile(engine(10), file, 't');
    const before = fs.readFileSync(file);
    const failing = engine(20);
    failing.writeSnapshot = () => {
      throw new Error('disk full');
    };
    expect(() => writeSnapshotFile(failing, file, 't')).toThrow('disk full');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('kept.snapshot'))).toEqual(['kept.snapshot']);
  });
});
