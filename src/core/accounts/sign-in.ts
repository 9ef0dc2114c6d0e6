import { accountError, verifyPassword } from './account-helpers.js';
import { actorForUser } from './actor-for-user.js';
import type { AccountDeps } from './ports.js';
import { lockAfterFailure, lockRemainingMs, SIGN_IN_THROTTLE } from './sign-in-throttle.js';
import { normalizeEmail, type Session, type User } from './user.js';

export type SignedIn = { user: User; session: Session; sessionToken: string };

/**
 * Signs in with e-mail and password and opens a session (the token goes in the cookie; the
 * database keeps its hash). Repeated failures lock the address with exponential back-off.
 * Errors: AUTH_INVALID_CREDENTIALS, SIGN_IN_LOCKED (details.retry_after_seconds).
 */
export async function signIn(deps: AccountDeps, input: { email: string; password: string }): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const now = deps.clock.now();
  const locked = lockRemainingMs(await deps.throttle.find(email), now);
  if (locked > 0) throw lockedError(locked);

  const user = await deps.users.findByEmail(email);
  const ok = [...input.password].length <= 256 && (await verifyPassword(deps, user, input.password));
  if (!ok || !user) {
    const lockMs = await deps.unitOfWork(async (tx) => {
      const failures = await tx.throttle.recordFailure(email, now, new Date(now.getTime() - SIGN_IN_THROTTLE.resetAfterMs));
      const until = lockAfterFailure(failures, now);
      if (until) await tx.throttle.lock(email, until);
      return until ? until.getTime() - now.getTime() : 0;
    });
    throw lockMs > 0
      ? accountError('AUTH_INVALID_CREDENTIALS', 'Wrong e-mail address or password. Too many attempts: wait before trying again.', {
          retry_after_seconds: Math.ceil(lockMs / 1000),
        })
      : accountError('AUTH_INVALID_CREDENTIALS', 'Wrong e-mail address or password.');
  }

  const token = deps.secrets.token();
  const session: Session = {
    id: deps.ids.newId(),
    tokenHash: deps.secrets.hash(token),
    userId: user.id,
    csrfToken: deps.secrets.token(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + deps.settings.sessionAbsoluteMs),
  };
  await deps.unitOfWork(async (tx) => {
    await tx.throttle.clear(email);
    await tx.sessions.insert(session);
    await tx.audit.record({
      actor: actorForUser(user, []),
      action: 'session.sign_in',
      entityType: 'session',
      entityId: session.id,
      summary: { changed: [], note: { expires_at: session.expiresAt.toISOString() } },
      at: now,
    });
  });
  return { user, session, sessionToken: token };
}

const lockedError = (ms: number) =>
  accountError('SIGN_IN_LOCKED', `Too many failed sign-ins for this address. Try again in ${Math.ceil(ms / 1000)} seconds, or reset your password.`, {
    retry_after_seconds: Math.ceil(ms / 1000),
  });
