/**
 * `ittc org import-ror FILE [--dry-run] [--include-inactive]`
 *
 * Loads a ROR v2 data dump (JSON array or JSON Lines, optionally gzip) into the organization
 * registry. Organizations already registered under the same ROR id are left as they are; the
 * new ones are inserted in one transaction with their aliases and acronyms, which name
 * resolution (GET /api/organizations/resolve) uses.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { validateOrganization } from '../../core/organizations/validate-organization.js';
import type { RorOrganizationInput } from '../../match/ror.js';
import { readRorOrganizations } from '../../store/ror-file.js';
import { organizationToRow } from '../../store/organization-store.js';
import { EXIT, type CliCommand } from '../command.js';
import { startProgress } from '../progress.js';
import { withDeps } from '../with-deps.js';

const BATCH = 500;

export const orgImportRorCommand: CliCommand = {
  path: ['org', 'import-ror'],
  summary: 'Import a ROR data dump (v2, JSON or JSON Lines, optionally gzip) into the organization registry',
  usage: 'FILE [--dry-run] [--include-inactive]',
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean' }, 'include-inactive': { type: 'boolean' } },
  run: async (ctx, args) => {
    const file = args.positionals[0];
    if (!file || args.positionals.length > 1) {
      ctx.stderr.write('Usage: ittc org import-ror FILE [--dry-run] [--include-inactive]\n');
      return EXIT.usage;
    }
    const started = performance.now();
    let invalid = 0;
    let skippedInactive = 0;
    let noCountry = 0;
    const records: RorOrganizationInput[] = [];
    for await (const org of readRorOrganizations(file, (position, error) => {
      invalid++;
      if (invalid <= 10) ctx.stderr.write(`record ${position}: ${error.message}\n`);
    })) {
      if (org.status !== 'active' && !args.values['include-inactive']) {
        skippedInactive++;
        continue;
      }
      if (!org.country) {
        noCountry++;
        continue;
      }
      records.push(org);
    }
    ctx.stderr.write(`read ${records.length} organizations in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

    return withDeps(async (deps) => {
      const existing = new Set(
        (await deps.database.db.selectFrom('organizations').select('ror_id').where('ror_id', 'is not', null).execute()).map((r) => r.ror_id!),
      );
      const fresh = records.filter((r) => !existing.has(r.rorId));
      const now = deps.clock.now();
      const rows: (ReturnType<typeof organizationToRow> & { aliases: string[]; acronyms: string[] })[] = [];
      for (const r of fresh) {
        try {
          const fields = validateOrganization({ ...r, country: r.country ?? "", description: null, sizeClass: null });
          rows.push({
            ...organizationToRow({ ...fields, id: randomUUID(), createdAt: now, updatedAt: now, version: 1 }),
            aliases: r.aliases.slice(0, 50),
            acronyms: r.acronyms.slice(0, 10),
          });
        } catch (err) {
          invalid++;
          if (invalid <= 10) ctx.stderr.write(`${r.rorId}: ${(err as Error).message}\n`);
        }
      }
      if (!args.values['dry-run']) {
        const progress = startProgress(ctx, 'importing', 'organizations');
        await deps.database.db.transaction().execute(async (tx) => {
          for (let i = 0; i < rows.length; i += BATCH) {
            await tx.insertInto('organizations').values(rows.slice(i, i + BATCH)).execute();
            progress.update(Math.min(i + BATCH, rows.length), rows.length);
          }
        });
        progress.stop();
      }
      const total = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM organizations`.execute(deps.database.db)).rows[0]!.n;
      ctx.stdout.write(
        `${args.values['dry-run'] ? 'would import' : 'imported'} ${rows.length} organizations; ` +
          `${records.length - fresh.length} already registered, ${skippedInactive} inactive skipped, ${noCountry} without country, ` +
          `${invalid} invalid; registry now ${total} organizations (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
      );
      return invalid > 0 ? EXIT.failure : EXIT.ok;
    });
  },
};
