import { apportion } from '../programs/apportion.js';
import type { Disbursement, Milestone } from './call.js';

/**
 * The disbursement schedule of a grant of `awardMinor`: one payment per milestone of the
 * application, due on the milestone's date, in proportion to the milestone's share of the
 * requested amount, rounded by largest remainder so the payments sum exactly to the award.
 * E.g. milestones of 300, 500 and 200 (requested 1000) and an award of 800 give 240, 400, 160.
 */
export function disbursementSchedule(milestones: Milestone[], awardMinor: number): Disbursement[] {
  const ordered = [...milestones].sort((a, b) => a.seq - b.seq);
  const parts = apportion(
    awardMinor,
    ordered.map((m) => m.amountMinor),
  );
  return ordered.map((m, i) => ({
    seq: m.seq,
    milestoneTitle: m.title,
    dueOn: m.dueOn,
    amountMinor: parts[i]!,
    status: 'scheduled',
    releasedOn: null,
  }));
}
