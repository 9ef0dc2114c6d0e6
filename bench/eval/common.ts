/** Helpers shared by the evaluation tasks: data loading, CSV, metrics. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EvalResult } from './types.js';

export const readText = (path: string): string => {
  const buf = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
};

export const readJsonl = <T>(path: string): T[] =>
  readText(path)
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes); first row = header. */
export const readCsv = (path: string): Record<string, string>[] => {
  const text = readText(path);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const header = rows.shift() ?? [];
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '').map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
};

/** A skipped result when a required file is absent. */
export const missing = (task: string, split: string, paths: string[]): EvalResult | null => {
  const absent = paths.filter((p) => !existsSync(p));
  return absent.length === 0 ? null : { task, split, queries: 0, metrics: [], seconds: 0, skipped: `missing ${absent.join(', ')}` };
};

export const dataPath = (dataDir: string, ...parts: string[]): string => join(dataDir, ...parts);

export const ndcgAt = (ranked: readonly string[], relevant: ReadonlyMap<string, number>, k: number): number => {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    const rel = relevant.get(id) ?? 0;
    if (rel > 0) dcg += (Math.pow(2, rel) - 1) / Math.log2(i + 2);
  });
  const ideal = [...relevant.values()].sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  ideal.forEach((rel, i) => (idcg += (Math.pow(2, rel) - 1) / Math.log2(i + 2)));
  return idcg > 0 ? dcg / idcg : 0;
};

export const recallAt = (ranked: readonly string[], relevant: ReadonlySet<string> | ReadonlyMap<string, number>, k: number): number => {
  const size = relevant.size;
  if (size === 0) return 0;
  let hit = 0;
  for (const id of ranked.slice(0, k)) if (relevant.has(id)) hit++;
  return hit / size;
};

export const mrrAt = (ranked: readonly string[], isRelevant: (id: string) => boolean, k: number): number => {
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (isRelevant(ranked[i]!)) return 1 / (i + 1);
  return 0;
};

export const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export const pearson = (x: readonly number[], y: readonly number[]): number => {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i]! - mx;
    const b = y[i]! - my;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
};

const ranks = (x: readonly number[]): number[] => {
  const idx = x.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(x.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1]![0] === idx[i]![0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[idx[k]![1]] = avg;
    i = j + 1;
  }
  return r;
};

export const spearman = (x: readonly number[], y: readonly number[]): number => pearson(ranks(x), ranks(y));

export const seconds = (t0: number): number => Math.round((performance.now() - t0) / 10) / 100;

export const log = (msg: string): void => {
  process.stderr.write(`${msg}\n`);
};
