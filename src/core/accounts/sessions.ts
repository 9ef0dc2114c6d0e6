import type { Actor, UserActor } from '../shared/actor.js';
import { actorForUser } from './actor-for-user.js';
import type { AccountDeps, AccountSettings } from './ports.js';
import type { Session, User } from './user.js';

/** How often at most a session's last activity is written (saves a write per request). */
export const SESSION_TOUCH_MS = 60_000;

/** Whether the session has ended at `now`: past its absolute end, or idle for too long. */
export function isSessionExpired(session: Pick<Session, 'expiresAt' | 'lastSeenAt'>, now: Date, settings: Pick<AccountSettings, 'sessionIdleMs'>): boolean {
  return now.getTime() >= session.expiresAt.getTime() || now.getTime() - session.lastSeenAt.getTime() >= settings.sessionIdleMs;
}

export type ResolvedSession = { actor: UserActor; session: Session; user: User };

/**
 * The session a cookie token opens, with its actor, or null when the token is unknown or the
 * session has expired (an expired session is deleted). Records activity for idle expiry.
 */
export async function resolveSession(deps: AccountDeps, token: string): Promise<ResolvedSession | null> {
  if (token.length < 16 || token.length > 200) return null;
  const session = await deps.sessions.findByTokenHash(deps.secrets.hash(token));
  if (!session) return null;
  const now = deps.clock.now();
  if (isSessionExpired(session, now, deps.settings)) {
    await deps.sessions.delete(session.id);
    return null;
  }
  const user = await deps.users.findById(session.userId);
  if (!user) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
    await deps.sessions.touch(session.id, now);
    session.lastSeenAt = now;
  }
  const memberships = await deps.memberships.listForUser(user.id);
  return { actor: actorForUser(user, memberships, { kind: 'session' }), session, user };
}

/** Ends one session (signing out). No errors: an unknown session is already gone. */
export async function signOut(deps: AccountDeps, actor: Actor, sessionId: string | null): Promise<void> {
  if (!sessionId || actor.kind !== 'user') return;
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    await tx.sessions.delete(sessionId);
    await tx.audit.record({ actor, action: 'session.sign_out', entityType: 'session', entityId: sessionId, summary: { changed: [] }, at: now });
  });
}

/** Ends every session of the signed-in user, on every device. Returns how many ended. Errors: AUTH_REQUIRED. */
export async function signOutEverywhere(deps: AccountDeps, actor: Actor): Promise<number> {
  if (actor.kind !== 'user') return 0;
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const n = await tx.sessions.deleteForUser(actor.userId);
    await tx.audit.record({
      actor,
      action: 'session.sign_out_everywhere',
      entityType: 'user',
      entityId: actor.userId,
      summary: { changed: [], note: { sessions_ended: n } },
      at: now,
    });
    return n;
  });
}

/** Deletes expired sessions and e-mail links (a periodic job). Returns how many rows went. */
export async function purgeExpiredSessions(deps: AccountDeps): Promise<number> {
  const now = deps.clock.now();
  const sessions = await deps.sessions.purgeExpired(now, new Date(now.getTime() - deps.settings.sessionIdleMs));
  const links = await deps.links.purgeExpired(new Date(now.getTime() - 7 * 86_400_000));
  return sessions + links;
}
