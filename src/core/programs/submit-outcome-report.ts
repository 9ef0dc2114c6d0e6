import { authorizeRoute } from '../accounts/authorize.js';
import { isMemberOf, userIdOf, type Actor } from '../shared/actor.js';
import { DomainError } from '../shared/domain-error.js';
import { IssueCollector } from '../shared/validation.js';
import type { ProgrammeErrorCode } from './errors.js';
import { isKpiKey, kpiDefinition, KPI_KEYS } from './kpi-catalogue.js';
import { canManageProgramme, programmeNotFound } from './policy.js';
import { assertNotClosed, auditProgramme } from './programme-helpers.js';
import { EVIDENCE_KINDS, PROGRAMME_LIMITS, type EvidenceKind, type OutcomeReport, type OutcomeValue, type Programme } from './programme.js';
import type { ProgrammeDeps } from './ports.js';

export type OutcomeValueInput = {
  kpi: string;
  value: number;
  /** 'count' for count KPIs, the programme's currency code for money KPIs. */
  unit: string;
  evidenceKind?: string | undefined;
  evidenceNote?: string | undefined;
  evidenceUrl?: string | null | undefined;
};

export type OutcomeReportInput = { grantId?: string | null | undefined; year: number; note?: string | undefined; values: OutcomeValueInput[] };

const fail = (code: ProgrammeErrorCode, message: string, details?: Record<string, unknown>) => new DomainError<ProgrammeErrorCode>(code, message, details);
const clean = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim();

/** The unit a KPI's values are given in for this programme: 'count', or its currency code for money KPIs. */
export const expectedUnit = (programme: Pick<Programme, 'currency'>, kpi: Parameters<typeof kpiDefinition>[0]): string =>
  kpiDefinition(kpi).unit === 'count' ? 'count' : programme.currency;

/**
 * Validates declared KPI values: catalogue keys, once each, in the KPI's unit ('count', or the
 * programme currency for money KPIs, whose values are minor units), whole non-negative numbers,
 * each with evidence (a note; a web address for kind `url`). Throws PROGRAMME_INVALID with every
 * problem, or the one problem's own code (PROGRAMME_KPI_UNKNOWN, PROGRAMME_KPI_UNIT_MISMATCH,
 * PROGRAMME_KPI_VALUE_INVALID, PROGRAMME_EVIDENCE_REQUIRED).
 */
export function validateOutcomeValues(programme: Pick<Programme, 'currency'>, input: OutcomeValueInput[]): OutcomeValue[] {
  const issues = new IssueCollector();
  if (input.length === 0 || input.length > KPI_KEYS.length) issues.add('values', 'PROGRAMME_KPI_VALUE_INVALID', `Report 1 to ${KPI_KEYS.length} KPI values.`);
  const seen = new Set<string>();
  const out: OutcomeValue[] = [];
  input.forEach((v, i) => {
    const kpi = clean(v.kpi);
    if (!isKpiKey(kpi)) {
      issues.add(`values.${i}.kpi`, 'PROGRAMME_KPI_UNKNOWN', `"${kpi.slice(0, 60)}" is not a KPI of the catalogue.`);
      return;
    }
    if (seen.has(kpi)) issues.add(`values.${i}.kpi`, 'PROGRAMME_KPI_VALUE_INVALID', `${kpi} is reported twice.`);
    seen.add(kpi);
    const unit = clean(v.unit);
    const expected = expectedUnit(programme, kpi);
    if (unit !== expected) {
      issues.add(
        `values.${i}.unit`,
        'PROGRAMME_KPI_UNIT_MISMATCH',
        `${kpi} is measured in ${expected === 'count' ? 'counts (unit "count")' : `${expected} minor units (unit "${expected}")`}, not "${unit.slice(0, 12)}".`,
      );
    }
    if (!Number.isSafeInteger(v.value) || v.value < 0) {
      issues.add(`values.${i}.value`, 'PROGRAMME_KPI_VALUE_INVALID', 'A value is a whole, non-negative number (minor units for money KPIs).');
    }
    const kind = clean(v.evidenceKind ?? 'statement');
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) issues.add(`values.${i}.evidence_kind`, 'PROGRAMME_EVIDENCE_REQUIRED', `evidence_kind is one of ${EVIDENCE_KINDS.join(', ')}.`);
    const note = clean(v.evidenceNote);
    if (note.length === 0) issues.add(`values.${i}.evidence_note`, 'PROGRAMME_EVIDENCE_REQUIRED', 'Say what backs the value (a document, an address, a statement).');
    if ([...note].length > PROGRAMME_LIMITS.evidenceNote) issues.add(`values.${i}.evidence_note`, 'PROGRAMME_TEXT_TOO_LONG', 'The evidence note is too long.');
    const url = clean(v.evidenceUrl) || null;
    if (url !== null && (!/^https?:\/\/[^\s]+$/i.test(url) || url.length > PROGRAMME_LIMITS.evidenceUrl)) {
      issues.add(`values.${i}.evidence_url`, 'PROGRAMME_EVIDENCE_REQUIRED', 'evidence_url is an http(s) address.');
    }
    if (kind === 'url' && url === null) issues.add(`values.${i}.evidence_url`, 'PROGRAMME_EVIDENCE_REQUIRED', 'Evidence of kind url needs evidence_url.');
    out.push({ kpi, value: v.value, unit, evidenceKind: kind as EvidenceKind, evidenceNote: note, evidenceUrl: url });
  });
  issues.throwIfAny('PROGRAMME_INVALID', 'The outcome report');
  return out;
}

/**
 * Files a yearly outcome report for a programme: per grant (by a member of the grant's
 * recipient organization or a manager of the programme) or for the programme as a whole (its
 * managers). Values are declared and flagged as such; deals in ITTC count on their own. One
 * report per grant (or programme) and year; the year must be within the period and not in the
 * future. Nothing is written when anything is refused.
 * Errors: PROGRAMME_NOT_FOUND, PROGRAMME_FORBIDDEN, PROGRAMME_CLOSED, PROGRAMME_GRANT_NOT_ATTACHED,
 * PROGRAMME_REPORT_YEAR_INVALID, PROGRAMME_TEXT_TOO_LONG, the codes of validateOutcomeValues,
 * PROGRAMME_REPORT_EXISTS.
 */
export async function submitOutcomeReport(deps: ProgrammeDeps, actor: Actor, programmeId: string, input: OutcomeReportInput): Promise<OutcomeReport> {
  authorizeRoute(actor, 'verified:write');
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const programme = await tx.programmes.findById(programmeId);
    if (!programme) throw programmeNotFound(programmeId);
    const manages = canManageProgramme(actor, programme);
    const grantId = input.grantId ?? null;
    if (grantId === null) {
      if (!manages) throw fail('PROGRAMME_FORBIDDEN', 'Only the programme’s managers report for the programme as a whole.');
    } else {
      const attached = (await tx.links.grantLinks(programmeId)).some((l) => l.grantId === grantId);
      const [grant] = attached ? await tx.grants.findByIds([grantId]) : [];
      if (!grant) throw fail('PROGRAMME_GRANT_NOT_ATTACHED', 'That grant is not attached to this programme.', { issues: [{ path: 'grant_id', message: 'Not in the programme.' }] });
      if (!manages && !isMemberOf(actor, grant.recipientOrganizationId)) {
        throw fail('PROGRAMME_FORBIDDEN', 'Only the grant’s recipient and the programme’s managers report on this grant.');
      }
    }
    assertNotClosed(programme);
    const thisYear = now.getUTCFullYear();
    if (!Number.isInteger(input.year) || input.year < programme.startYear || input.year > programme.endYear || input.year > thisYear) {
      throw fail('PROGRAMME_REPORT_YEAR_INVALID', `Report on a year of the programme (${programme.startYear}-${programme.endYear}) that has begun.`, {
        issues: [{ path: 'year', message: 'Outside the programme period or in the future.' }],
      });
    }
    const note = clean(input.note);
    if ([...note].length > PROGRAMME_LIMITS.reportNote) throw fail('PROGRAMME_TEXT_TOO_LONG', `The note has at most ${PROGRAMME_LIMITS.reportNote} characters.`);
    const values = validateOutcomeValues(programme, input.values);
    const report: OutcomeReport = {
      id: deps.ids.newId(),
      programmeId,
      grantId,
      year: input.year,
      note,
      values,
      submittedAt: now,
      submittedByUserId: userIdOf(actor),
    };
    if ((await tx.reports.insert(report)) === 'duplicate') {
      throw fail('PROGRAMME_REPORT_EXISTS', `There is already a report on ${input.year} for this ${grantId ? 'grant' : 'programme'}.`);
    }
    await auditProgramme(tx.audit, actor, 'submit', 'outcome_report', report.id, null, null, now, {
      programme_id: programmeId,
      grant_id: grantId,
      year: input.year,
      values: values.map((v) => ({ kpi: v.kpi, value: v.value, unit: v.unit })),
    });
    return report;
  });
}
