import type { Organization } from '../organizations/organization.js';
import { DomainError } from '../shared/domain-error.js';
import type { FundingCall } from './call.js';
import type { FundingErrorCode } from './errors.js';

export type EligibilityReason = { rule: 'organization_type' | 'country' | 'region' | 'size_class' | 'trl'; message: string };

/**
 * Checks an applicant against a call's eligibility rules and TRL window. Returns every reason
 * the applicant is not eligible (empty when eligible). An organization without a region or
 * size class fails a rule that restricts them: eligibility must be shown, not assumed.
 */
export function eligibilityProblems(
  call: Pick<FundingCall, 'eligibility' | 'trlMin' | 'trlMax'>,
  applicant: Pick<Organization, 'type' | 'country' | 'region' | 'sizeClass'>,
  trl: number | null,
): EligibilityReason[] {
  const e = call.eligibility;
  const reasons: EligibilityReason[] = [];
  if (e.organizationTypes.length > 0 && !e.organizationTypes.includes(applicant.type)) {
    reasons.push({ rule: 'organization_type', message: `The call is open to ${e.organizationTypes.join(', ')} organizations; the applicant is ${applicant.type}.` });
  }
  if (e.countries.length > 0 && !e.countries.includes(applicant.country)) {
    reasons.push({ rule: 'country', message: `The call is open to organizations in ${e.countries.join(', ')}; the applicant is in ${applicant.country}.` });
  }
  if (e.regions.length > 0) {
    const region = (applicant.region ?? '').trim().toLowerCase();
    if (!e.regions.some((r) => r.toLowerCase() === region)) {
      reasons.push({
        rule: 'region',
        message: applicant.region
          ? `The call is open to organizations in ${e.regions.join(', ')}; the applicant is in ${applicant.region}.`
          : `The call is open to organizations in ${e.regions.join(', ')}; the applicant's organization has no region on record.`,
      });
    }
  }
  if (e.sizeClasses.length > 0 && (applicant.sizeClass === null || !e.sizeClasses.includes(applicant.sizeClass))) {
    reasons.push({
      rule: 'size_class',
      message: applicant.sizeClass
        ? `The call is open to organizations of ${e.sizeClasses.join(', ')} staff; the applicant has ${applicant.sizeClass}.`
        : `The call is open to organizations of ${e.sizeClasses.join(', ')} staff; the applicant's organization has no size class on record.`,
    });
  }
  if (call.trlMin !== null || call.trlMax !== null) {
    const lo = call.trlMin ?? 1;
    const hi = call.trlMax ?? 9;
    if (trl === null) reasons.push({ rule: 'trl', message: `The call funds TRL ${lo}-${hi}; give the project's TRL.` });
    else if (trl < lo || trl > hi) reasons.push({ rule: 'trl', message: `The call funds TRL ${lo}-${hi}; the project is at TRL ${trl}.` });
  }
  return reasons;
}

/** Throws FUNDING_NOT_ELIGIBLE with every reason in details.reasons when there is any. */
export function assertEligible(reasons: EligibilityReason[]): void {
  if (reasons.length === 0) return;
  throw new DomainError<FundingErrorCode>('FUNDING_NOT_ELIGIBLE', `Not eligible for this call: ${reasons.map((r) => r.message).join(' ')}`, { reasons });
}
