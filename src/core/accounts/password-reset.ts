import { issueLink, linkInvalid } from './account-helpers.js';
import { actorForUser } from './actor-for-user.js';
import { passwordResetMessage } from './messages.js';
import { checkPassword } from './password-policy.js';
import type { AccountDeps } from './ports.js';
import { normalizeEmail } from './user.js';

/**
 * Queues a password-reset e-mail when the address has an account (at most
 * settings.resetEmailsPerHour an hour); does nothing otherwise. The caller answers alike in
 * every case, so nobody learns whether an account exists. No errors.
 */
export async function requestPasswordReset(deps: AccountDeps, rawEmail: string): Promise<void> {
  const email = normalizeEmail(rawEmail);
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    const user = await tx.users.findByEmail(email);
    if (!user) return;
    const recent = await tx.links.countSince(user.id, 'reset_password', new Date(now.getTime() - 3_600_000));
    if (recent >= deps.settings.resetEmailsPerHour) return;
    const link = await issueLink(deps, tx, user, 'reset_password', deps.settings.resetLinkTtlMs);
    await tx.outbox.enqueue(passwordResetMessage(user, link, deps.settings.resetLinkTtlMs, now));
  });
}

/**
 * Sets a new password with the token of a reset link (once, before it expires). Also verifies
 * the e-mail address (the link proved it), ends every session of the account, clears the
 * sign-in lock, and voids other reset links.
 * Errors: ACCOUNT_LINK_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON.
 */
export async function resetPassword(deps: AccountDeps, token: string, password: string): Promise<void> {
  const hash = deps.secrets.hash(token);
  const link = await deps.links.findByTokenHash(hash);
  const now = deps.clock.now();
  if (!link || link.purpose !== 'reset_password' || link.usedAt || link.expiresAt <= now) throw linkInvalid();
  const user = await deps.users.findById(link.userId);
  if (!user) throw linkInvalid();
  checkPassword(password, { email: user.email, name: user.name });
  const passwordHash = await deps.hasher.hash(password);
  await deps.unitOfWork(async (tx) => {
    if (!(await tx.links.consume(hash, now))) throw linkInvalid();
    await tx.users.setPassword(user.id, passwordHash, now);
    if (!user.emailVerifiedAt) await tx.users.markVerified(user.id, now);
    await tx.links.invalidate(user.id, 'reset_password', now);
    const ended = await tx.sessions.deleteForUser(user.id);
    await tx.throttle.clear(user.email);
    await tx.audit.record({
      actor: actorForUser(user, []),
      action: 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
      summary: { changed: ['password'], note: { sessions_ended: ended } },
      at: now,
    });
  });
}
