import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { FieldIssue } from '../shared/domain-error.js';
import { validateIndicatorRow, type IndicatorValue, type MappedRecord } from './indicators.js';
import type { InsightDeps } from './ports.js';

export type IndicatorImportResult = {
  /** Rows read (one per year column in the wide form). */
  total: number;
  imported: number;
  skipped: { line: number; reason: string }[];
  invalid: { line: number; issues: FieldIssue[] }[];
  dryRun: boolean;
};

/**
 * Validates mapped rows one by one and writes the valid ones (replacing the value a region,
 * indicator and year already had). Rows without a value ('NA', 'D', empty) are skipped; a row
 * repeating an earlier row's region, indicator and year is invalid. Nothing is written in a dry run.
 * Errors: the authorization codes (administrators; the CLI acts as the system).
 */
export async function importIndicators(
  deps: Pick<InsightDeps, 'indicators' | 'clock'>,
  actor: Actor,
  records: readonly MappedRecord[],
  options: { dryRun: boolean },
): Promise<IndicatorImportResult> {
  authorizeRoute(actor, 'admin:write');
  const result: IndicatorImportResult = { total: records.length, imported: 0, skipped: [], invalid: [], dryRun: options.dryRun };
  const seen = new Map<string, number>();
  const valid: IndicatorValue[] = [];
  for (const rec of records) {
    if ('error' in rec) {
      result.invalid.push({ line: rec.line, issues: [{ path: '', message: rec.error, code: 'INDICATOR_ROW_INVALID' }] });
      continue;
    }
    const v = validateIndicatorRow(rec.raw);
    if (v.ok) {
      const key = `${v.row.region}|${v.row.indicator}|${v.row.year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        result.invalid.push({ line: rec.line, issues: [{ path: 'region', code: 'INDICATOR_ROW_INVALID', message: `Repeats line ${first}: ${v.row.region}, ${v.row.indicator}, ${v.row.year}.` }] });
        continue;
      }
      seen.set(key, rec.line);
      valid.push(v.row);
    } else if (v.missing) result.skipped.push({ line: rec.line, reason: v.reason });
    else result.invalid.push({ line: rec.line, issues: v.issues });
  }
  result.imported = options.dryRun ? valid.length : await deps.indicators.upsert(valid, deps.clock.now());
  return result;
}
