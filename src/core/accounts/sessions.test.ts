import { describe, expect, it } from 'vitest';
import { isSessionExpired } from './sessions.js';
import { lockAfterFailure, lockRemainingMs } from './sign-in-throttle.js';

const t0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe('session expiry', () => {
  const settings = { sessionIdleMs: 120 * MIN };
  const session = { lastSeenAt: t0, expiresAt: at(12 * 60 * MIN) };

  it('ends a session idle for the idle timeout', () => {
    expect(isSessionExpired(session, at(119 * MIN), settings)).toBe(false);
    expect(isSessionExpired(session, at(120 * MIN), settings)).toBe(true);
  });

  it('ends an active session at its absolute end', () => {
    const active = { ...session, lastSeenAt: at(12 * 60 * MIN - MIN) };
    expect(isSessionExpired(active, at(12 * 60 * MIN - 1), settings)).toBe(false);
    expect(isSessionExpired(active, at(12 * 60 * MIN), settings)).toBe(true);
  });
});

describe('sign-in lockout', () => {
  it('costs nothing for the first four failures, then locks for 30 s doubling up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => lockAfterFailure(n, t0))).toEqual([null, null, null, null]);
    const lock = (n: number) => lockAfterFailure(n, t0)!.getTime() - t0.getTime();
    expect([5, 6, 7, 8].map(lock)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(lock(12)).toBe(3_600_000);
    expect(lock(40)).toBe(3_600_000);
  });

  it('tells how long a lock still holds', () => {
    const throttle = { email: 'x@y.z', failures: 5, lastFailureAt: t0, lockedUntil: at(30_000) };
    expect(lockRemainingMs(throttle, at(10_000))).toBe(20_000);
    expect(lockRemainingMs(throttle, at(31_000))).toBe(0);
    expect(lockRemainingMs(null, t0)).toBe(0);
  });
});
