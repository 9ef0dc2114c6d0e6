import type { AuditSummary } from './audit.js';

export type SummarizeOptions = {
  /** Fields (camelCase, as on the domain object) whose values must never be stored. */
  confidential?: readonly string[];
  /** Fields that are bookkeeping, not content (version, timestamps). */
  ignore?: readonly string[];
};

const STRING_MAX = 120;
const ARRAY_MAX = 10;
const JSON_MAX = 300;

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A short, JSON-safe rendering of a value for the audit log. */
export function clipValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return [...v].length > STRING_MAX ? `${[...v].slice(0, STRING_MAX).join('')}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) {
    const head = v.slice(0, ARRAY_MAX).map(clipValue);
    return v.length > ARRAY_MAX ? [...head, `…(+${v.length - ARRAY_MAX})`] : head;
  }
  const json = JSON.stringify(v);
  return json.length > JSON_MAX ? `${json.slice(0, JSON_MAX)}…` : JSON.parse(json);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Summarizes a write for the audit log: which fields changed between `before` and `after`
 * (null for a creation or a deletion), with clipped values of non-confidential fields.
 * Confidential fields appear by name only.
 */
export function summarizeChange<T extends object>(before: T | null, after: T | null, options: SummarizeOptions = {}): AuditSummary {
  const confidential = new Set(options.confidential ?? []);
  const ignore = new Set(options.ignore ?? []);
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !ignore.has(k));
  const changed = keys.filter((k) => (before === null || after === null ? (before ? b[k] : a[k]) != null : !same(b[k], a[k])));
  const summary: AuditSummary = { changed: changed.map(snake) };
  const shown = changed.filter((k) => !confidential.has(k));
  if (before && shown.length) summary.before = Object.fromEntries(shown.map((k) => [snake(k), clipValue(b[k])]));
  if (after && shown.length) summary.after = Object.fromEntries(shown.map((k) => [snake(k), clipValue(a[k])]));
  return summary;
}
