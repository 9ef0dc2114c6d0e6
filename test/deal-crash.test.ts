import { describe, expect, it } from 'vitest';
import { runDealCrashTest } from './support/deal-crash.js';

const kinds = ['pglite' as const, ...(process.env.TEST_DATABASE_URL ? (['postgresql'] as const) : [])];

describe.each(kinds)('kill -9 during a burst of deal writes on %s', (kind) => {
  it('keeps every acknowledged write after a restart and leaves nothing half-written', async () => {
    const report = await runDealCrashTest({ kind, postgresUrl: process.env.TEST_DATABASE_URL, killAfterAcks: 60 });
    // The burst must really have been cut in the middle: writes acknowledged before, requests cut off by the kill.
    expect(report.acknowledged.eois + report.acknowledged.moves + report.acknowledged.messages).toBeGreaterThan(10);
    expect(report.cutOff).toBeGreaterThan(0);
    expect(report.missing).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.writableAfterRestart).toBe(true);
  }, 900_000);
});
