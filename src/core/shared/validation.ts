import { DomainError, type FieldIssue } from './domain-error.js';

/** Collects field problems; `throwIfAny` turns them into one DomainError. */
export class IssueCollector {
  readonly issues: (FieldIssue & { code: string })[] = [];

  add(path: string, code: string, message: string): void {
    this.issues.push({ path, code, message });
  }

  /**
   * Throws a DomainError whose code is the issue's own code when there is one problem,
   * and `fallbackCode` (listing all issues in details) when there are several.
   */
  throwIfAny(fallbackCode: string, what: string): void {
    if (this.issues.length === 0) return;
    const first = this.issues[0]!;
    if (this.issues.length === 1) throw new DomainError(first.code, first.message, { issues: this.issues });
    throw new DomainError(fallbackCode, `${what} has ${this.issues.length} problems: ${this.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, {
      issues: this.issues,
    });
  }
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const DAY_MS = 86_400_000;
