import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../command.js';
import { runMatch } from './match.js';
import { runSimilarity } from './similarity.js';

const capture = () => {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  err.on('data', (c) => errs.push(String(c)));
  const ctx: CliContext = { stdout: out, stderr: err, isTty: false };
  return { ctx, lines: () => chunks.join('').split('\n').filter((l) => l.length > 0), errors: () => errs.join('') };
};

const dir = mkdtempSync(join(tmpdir(), 'ittc-match-'));
const file = (name: string, lines: object[]) => {
  const p = join(dir, name);
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join('\n'));
  return p;
};

describe('ittc match and ittc similarity', () => {
  it('writes one ranked line per query, best first, with reasons, and timings on stderr', async () => {
    const corpus = file('c.jsonl', [
      { id: 'o1', title: 'Lithium battery recycling', summary: 'Recovery of cobalt from spent batteries', lang: 'en' },
      { id: 'o2', title: 'Tomato harvesting robot', lang: 'en' },
      { id: 'o3', title: 'Battery thermal management', lang: 'en' },
    ]);
    const queries = file('q.jsonl', [{ id: 'q1', title: 'battery recycling and cobalt recovery' }, { id: 'q2', title: '锂电池回收', lang: 'zh' }]);
    const c = capture();
    expect(await runMatch(c.ctx, { corpus, queries, top: 2 })).toBe(0);
    const out = c.lines().map((l) => JSON.parse(l) as { query: string; results: { id: string; score: number; why: unknown[] }[] });
    expect(out.map((o) => o.query)).toEqual(['q1', 'q2']);
    expect(out[0]!.results.map((r) => r.id)).toEqual(['o1', 'o3']);
    expect(out[0]!.results[0]!.score).toBeGreaterThan(out[0]!.results[1]!.score);
    expect(out[1]!.results[0]!.id).toBe('o1');
    expect(out[0]!.results[0]!.why.length).toBeGreaterThan(0);
    expect(c.errors()).toMatch(/indexed 3 documents/);
  });

  it('scores phrase pairs in [0, 1]', async () => {
    const pairs = file('p.jsonl', [
      { id: 'a', a: 'noise reduction', b: 'noise reduction', context: 'H04' },
      { id: 'b', a: 'noise reduction', b: 'tomato' },
    ]);
    const c = capture();
    expect(await runSimilarity(c.ctx, pairs)).toBe(0);
    const out = c.lines().map((l) => JSON.parse(l) as { id: string; score: number });
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0]!.score).toBeGreaterThan(out[1]!.score);
    for (const o of out) expect(o.score >= 0 && o.score <= 1).toBe(true);
  });

  it('indexes a large corpus on analysis threads with the same results as on one thread', async () => {
    const words = (
      'battery robot vision sensor polymer coating hydrogen laser fiber wafer silicon carbide inverter motor drone gripper ' +
      'vaccine antibody protein enzyme catalyst solar turbine membrane filter desalination soil fertilizer packaging plastic ' +
      'recycling steel alloy ceramic graphene nanotube quantum antenna wireless radar lidar camera display bearing gear pump valve ' +
      '电池 机器人 传感器 涂层 储能 激光 光纤 晶圆 逆变器 无人机 疫苗 抗体 催化剂 光伏 海水淡化 肥料 包装 合金 陶瓷 石墨烯'
    ).split(' ');
    const docs = Array.from({ length: 6000 }, (_, i) => ({
      id: `d${i}`,
      title: [0, 1, 2].map((k) => words[(i * 7 + k * 5 + (i >> 3)) % words.length]).join(' '),
      description: [0, 1, 2, 3, 4].map((k) => words[(i * 13 + k * 3 + (i >> 5)) % words.length]).join(' '),
    }));
    const corpus = file('big.jsonl', docs);
    const queries = file('bigq.jsonl', [{ id: 'q1', title: 'battery sensor coating graphene' }, { id: 'q2', title: '机器人 激光 陶瓷' }]);
    const one = capture();
    const many = capture();
    expect(await runMatch(one.ctx, { corpus, queries, top: 5, threads: 0 })).toBe(0);
    expect(await runMatch(many.ctx, { corpus, queries, top: 5, threads: 2 })).toBe(0);
    expect(many.errors()).toMatch(/indexed 6000 documents in [\d.]+ s on 2 analysis threads/);
    expect(one.errors()).not.toMatch(/analysis threads/);
    expect(many.lines()).toEqual(one.lines());
    expect(JSON.parse(one.lines()[0]!).results).toHaveLength(5);
  }, 60_000);

  it('names the line of an invalid query file', async () => {
    const corpus = file('c2.jsonl', [{ id: 'o1', title: 'x' }]);
    const queries = file('q2.jsonl', [{ id: 'q1', title: 'x', trl: 12 }]);
    const c = capture();
    await expect(runMatch(c.ctx, { corpus, queries, top: 1 })).rejects.toThrow(/q2\.jsonl:1: trl/);
  });
});
