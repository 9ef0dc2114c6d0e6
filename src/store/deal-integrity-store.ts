import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/**
 * Checks that every deal write landed whole (the crash test and the demo tests use it):
 * - a deal's version equals the number of its versioned timeline events (EOI, moves, NDA
 *   acceptances), the newest of which carries that version and, for moves, the deal's stage;
 * - every thread message and document has exactly one timeline event;
 * - the audit log has one entry per versioned write of a deal, and one per message and document.
 * Returns one line per problem (empty when all is well).
 */
export async function findDealIntegrityProblems(db: Kysely<DB>): Promise<string[]> {
  const problems: string[] = [];
  const versions = await sql<{ id: string; version: number; stage: string; events: number; top: number | null; last_stage: string | null; audits: number }>`
    SELECT d.id, d.version, d.stage,
      (SELECT count(*)::int FROM deal_events e WHERE e.deal_id = d.id AND e.kind IN ('interest_expressed', 'stage_changed', 'nda_accepted', 'publish_consent_changed')) AS events,
      (SELECT max(e.deal_version)::int FROM deal_events e WHERE e.deal_id = d.id) AS top,
      (SELECT e.to_stage FROM deal_events e WHERE e.deal_id = d.id AND e.to_stage IS NOT NULL ORDER BY e.seq DESC LIMIT 1) AS last_stage,
      (SELECT count(*)::int FROM audit_log a WHERE a.entity_type = 'deal' AND a.entity_id = d.id::text) AS audits
    FROM deals d`.execute(db);
  for (const r of versions.rows) {
    if (r.events !== r.version) problems.push(`deal ${r.id}: version ${r.version} but ${r.events} versioned events`);
    if (r.top !== r.version) problems.push(`deal ${r.id}: version ${r.version} but newest event has ${r.top}`);
    if (r.last_stage !== r.stage) problems.push(`deal ${r.id}: stage ${r.stage} but last move went to ${r.last_stage}`);
    if (r.audits !== r.version) problems.push(`deal ${r.id}: version ${r.version} but ${r.audits} audit entries`);
  }
  const orphans = await sql<{ what: string; id: string; events: number; audits: number }>`
    SELECT 'message' AS what, m.id::text AS id,
      (SELECT count(*)::int FROM deal_events e WHERE e.kind = 'message_posted' AND e.data->>'message_id' = m.id::text) AS events,
      (SELECT count(*)::int FROM audit_log a WHERE a.entity_type = 'deal_message' AND a.entity_id = m.id::text) AS audits
    FROM deal_messages m
    UNION ALL
    SELECT 'document', d.id::text,
      (SELECT count(*)::int FROM deal_events e WHERE e.kind = 'document_added' AND e.data->>'document_id' = d.id::text),
      (SELECT count(*)::int FROM audit_log a WHERE a.entity_type = 'deal_document' AND a.entity_id = d.id::text)
    FROM deal_documents d`.execute(db);
  for (const r of orphans.rows) {
    if (r.events !== 1) problems.push(`${r.what} ${r.id}: ${r.events} timeline events`);
    if (r.audits !== 1) problems.push(`${r.what} ${r.id}: ${r.audits} audit entries`);
  }
  const strays = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM deal_events e
    WHERE (e.kind = 'message_posted' AND NOT EXISTS (SELECT 1 FROM deal_messages m WHERE m.id::text = e.data->>'message_id'))
       OR (e.kind = 'document_added' AND NOT EXISTS (SELECT 1 FROM deal_documents d WHERE d.id::text = e.data->>'document_id'))`.execute(db);
  if ((strays.rows[0]?.n ?? 0) > 0) problems.push(`${strays.rows[0]!.n} timeline events point at missing messages or documents`);
  return problems;
}
