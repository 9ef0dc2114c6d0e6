/** IPC/CPC symbols: parsing and hierarchical similarity (section / class / subclass / group / subgroup). */
import type { MatchWeights } from './weights.js';

export type IpcLevel = 'section' | 'class' | 'subclass' | 'group' | 'subgroup';

export type IpcParts = {
  /** Normalized symbol: 'H01M10/052', 'H01M10/00' or 'H01M'. */
  code: string;
  section: string;
  cls: string;
  subclass: string | null;
  /** Main group: 'H01M10' (null for a subclass alone). */
  group: string | null;
};

const IPC = /^([A-HY])(\d{2})([A-Z])?(?:(\d{1,4})(?:\/(\d{1,6}))?)?$/;

/** Parses an IPC/CPC symbol written with any spacing; null when it is not one. */
export const parseIpc = (raw: string): IpcParts | null => {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  const m = IPC.exec(s);
  if (m === null) return null;
  const [, sec = '', cl = '', sub, grp, subgrp] = m;
  const cls = sec + cl;
  const subclass = sub === undefined ? null : cls + sub;
  const group = subclass !== null && grp !== undefined ? subclass + String(Number(grp)) : null;
  const code = group !== null ? `${group}/${subgrp ?? '00'}` : (subclass ?? cls);
  return { code, section: sec, cls, subclass, group };
};

/** Deepest level two symbols share, or null. */
export const sharedIpcLevel = (a: IpcParts, b: IpcParts): IpcLevel | null => {
  if (a.section !== b.section) return null;
  if (a.cls !== b.cls) return 'section';
  if (a.subclass === null || a.subclass !== b.subclass) return 'class';
  if (a.group === null || a.group !== b.group) return 'subclass';
  return a.code === b.code ? 'subgroup' : 'group';
};

export type IpcMatch = { query: string; match: string; level: IpcLevel };

/**
 * Similarity of two IPC code sets in [0, 1]: for each query code its best match's level score,
 * averaged; plus the pairs shared at subclass level or deeper (for explanations).
 */
export const ipcOverlap = (
  q: readonly IpcParts[],
  d: readonly IpcParts[],
  levels: MatchWeights['ipcLevel'],
): { score: number; pairs: IpcMatch[] } | null => {
  if (q.length === 0 || d.length === 0) return null;
  let sum = 0;
  const pairs: IpcMatch[] = [];
  for (const a of q) {
    let best = 0;
    let bestPair: IpcMatch | null = null;
    for (const b of d) {
      const level = sharedIpcLevel(a, b);
      const s = level === null ? 0 : levels[level];
      if (s > best) {
        best = s;
        bestPair = { query: a.code, match: b.code, level: level as IpcLevel };
      }
    }
    sum += best;
    if (bestPair !== null && best >= levels.subclass) pairs.push(bestPair);
  }
  return { score: sum / q.length, pairs };
};
