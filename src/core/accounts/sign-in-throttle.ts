import type { SignInThrottle } from './user.js';

/**
 * Lockout after repeated failed sign-ins of one e-mail address (whether or not an account
 * exists, so the lock tells nothing about accounts): the first `freeFailures` cost nothing,
 * each further one locks the address for `baseLockMs`, doubled per failure, up to `maxLockMs`.
 * A day without failures starts the count again; a successful sign-in clears it.
 */
export const SIGN_IN_THROTTLE = {
  freeFailures: 5,
  baseLockMs: 30_000,
  maxLockMs: 3_600_000,
  resetAfterMs: 86_400_000,
};

export type ThrottlePolicy = typeof SIGN_IN_THROTTLE;

/** The lock to set after the `failures`-th consecutive failure at `now`, or null for none. */
export function lockAfterFailure(failures: number, now: Date, policy: ThrottlePolicy = SIGN_IN_THROTTLE): Date | null {
  if (failures < policy.freeFailures) return null;
  const ms = Math.min(policy.baseLockMs * 2 ** (failures - policy.freeFailures), policy.maxLockMs);
  return new Date(now.getTime() + ms);
}

/** Milliseconds the address stays locked from `now` (0 when not locked). */
export function lockRemainingMs(throttle: SignInThrottle | null, now: Date): number {
  if (!throttle?.lockedUntil) return 0;
  return Math.max(0, throttle.lockedUntil.getTime() - now.getTime());
}
