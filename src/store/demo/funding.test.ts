import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigrated, testDatabases } from '../../../test/support/databases.js';
import { compose, type AppDeps } from '../../compose.js';
import { loadConfig } from '../../config.js';
import { proposeAllocation } from '../../core/programs/propose-allocation.js';
import { getProgrammePerformance, listProgrammes } from '../../core/programs/query-programmes.js';
import { SYSTEM } from '../../core/shared/actor.js';
import { createArgon2Hasher } from '../account-crypto.js';
import type { Database } from '../db.js';
import { seedDemo } from '../seed-demo.js';

/** The demo's funding and programmes: true on first start, every number traceable to rows. */
describe.each(testDatabases())('demo funding and programmes on $kind', (factory) => {
  for (const now of [new Date('2026-11-26T08:00:00Z'), new Date('2027-01-08T08:00:00Z')]) {
    describe(`seeded on ${now.toISOString().slice(0, 10)}`, () => {
      let database: Database;
      let deps: AppDeps;
      const Y = now.getUTCFullYear();

      beforeAll(async () => {
        database = await openMigrated(factory);
        await seedDemo(database, now, { hasher: createArgon2Hasher('low') });
        deps = await compose(loadConfig({ NODE_ENV: 'test', ITTC_SEED_DEMO: 'false' }), { database, clock: { now: () => now } });
      }, 180_000);

      afterAll(async () => {
        await database?.close();
      });

      it('has calls in every state, applications, reviews and grants', async () => {
        const calls = await deps.funding.calls.list({});
        expect(calls.map((c) => c.status).sort()).toEqual(['closed', 'draft', 'published', 'published', 'published']);
        // One published call has passed its closing date with reviewed applications waiting for a decision.
        const waiting = calls.find((c) => c.title.startsWith('Lab-to-market validation vouchers'))!;
        expect(waiting.closesOn < now.toISOString().slice(0, 10)).toBe(true);
        const pending = await deps.funding.applications.listForCall(waiting.id);
        expect(pending.map((a) => a.status)).toEqual(expect.arrayContaining([expect.any(String), expect.any(String)]));
        expect(pending.every((a) => a.status !== 'awarded')).toBe(true);
        const open = calls.find((c) => c.instrument === 'equity')!;
        expect(open.status).toBe('published');
        const grants = await deps.funding.grants.list({});
        expect(grants.length).toBe(Y === 2027 ? 3 : 5);
        for (const g of grants) expect(g.disbursements.reduce((s, d) => s + d.amountMinor, 0)).toBe(g.amountMinor);
        const fromListing = (await deps.funding.applications.listForCall(open.id)).filter((a) => a.listingId !== null);
        expect(fromListing).toHaveLength(1);
      });

      it('measures both programmes over two years, with verified values traced to demo deals', async () => {
        const list = await listProgrammes(deps.programmes, SYSTEM, {});
        expect(list.map((p) => p.name).sort()).toEqual(['International Technology Cooperation Programme', 'Technology Transfer Subsidy Programme']);
        for (const p of list) {
          const perf = await getProgrammePerformance(deps.programmes, SYSTEM, p.id);
          const [last, current] = [perf.years.find((y) => y.year === Y - 1)!, perf.years.find((y) => y.year === Y)!];
          expect(last.ipoe.score).not.toBeNull();
          expect(last.kpis.some((k) => k.declared > 0)).toBe(true);
          expect(current.budgetMinor).toBeGreaterThan(0);
          for (const c of perf.contributions) expect(await deps.deals.deals.findById(c.dealId)).not.toBeNull();
        }
        const transfer = list.find((p) => p.name.startsWith('Technology Transfer'))!;
        const perf = await getProgrammePerformance(deps.programmes, SYSTEM, transfer.id);
        expect(perf.contributions.filter((c) => c.kpi === 'contracts_registered').length).toBeGreaterThanOrEqual(2);
        expect(perf.years.find((y) => y.year === Y - 1)!.spentMinor).toBeGreaterThan(0);
      });

      it('proposes next year’s allocation from measured performance, summing exactly to the budget', async () => {
        const p = await proposeAllocation(deps.programmes, SYSTEM, { period: Y + 1, budgetMinor: 3_700_000_001, currency: 'CNY' }, { save: false });
        expect(p.lines).toHaveLength(2);
        expect(p.lines.reduce((s, l) => s + l.proposedMinor, 0)).toBe(3_700_000_001);
        for (const l of p.lines) {
          expect(l.currentMinor).toBeGreaterThan(0);
          expect(l.score).not.toBeNull();
          expect(l.reasons[0]).toMatch(new RegExp(`^Score [0-9.]+ for ${Y}`));
        }
      });
    });
  }
});
