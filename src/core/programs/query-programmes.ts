import { authorizeRoute } from '../accounts/authorize.js';
import type { Actor } from '../shared/actor.js';
import { loadEvidence, measureProgramme, type ProgrammeMeasurement } from './measure-programme.js';
import { programmeNotFound } from './policy.js';
import { budgetOfYear, type OutcomeReport, type Programme, type ProgrammeDealLink, type ProgrammeGrantLink, type ProgrammeStatus } from './programme.js';
import type { ProgrammeDeps } from './ports.js';

export type ProgrammeSummary = Programme & { budgetThisYearMinor: number };

/** Programmes (for signed-in users: programmes are public within the platform), with this year's budget. */
export async function listProgrammes(deps: ProgrammeDeps, actor: Actor, filter: { statuses?: ProgrammeStatus[] }): Promise<ProgrammeSummary[]> {
  authorizeRoute(actor, 'programme:read');
  const year = deps.clock.now().getUTCFullYear();
  return (await deps.programmes.list(filter)).map((p) => ({ ...p, budgetThisYearMinor: budgetOfYear(p, year) }));
}

export type ProgrammeDetail = {
  programme: Programme;
  grantLinks: ProgrammeGrantLink[];
  dealLinks: ProgrammeDealLink[];
  reports: OutcomeReport[];
};

/** One programme with what is attached to it and its outcome reports. Errors: PROGRAMME_NOT_FOUND. */
export async function getProgramme(deps: ProgrammeDeps, actor: Actor, id: string): Promise<ProgrammeDetail> {
  authorizeRoute(actor, 'programme:read');
  const programme = await deps.programmes.findById(id);
  if (!programme) throw programmeNotFound(id);
  const [grantLinks, dealLinks, reports] = await Promise.all([deps.links.grantLinks(id), deps.links.dealLinks(id), deps.reports.listForProgramme(id)]);
  return { programme, grantLinks, dealLinks, reports };
}

/**
 * A programme's performance per year and per grant (see measureProgramme), with the trace of
 * every verified value to its deal. Errors: PROGRAMME_NOT_FOUND.
 */
export async function getProgrammePerformance(deps: ProgrammeDeps, actor: Actor, id: string): Promise<{ programme: Programme } & ProgrammeMeasurement> {
  authorizeRoute(actor, 'programme:read');
  const programme = await deps.programmes.findById(id);
  if (!programme) throw programmeNotFound(id);
  return { programme, ...measureProgramme(await loadEvidence(deps, programme)) };
}
