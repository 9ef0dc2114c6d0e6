import { linkInvalid } from './account-helpers.js';
import { actorForUser } from './actor-for-user.js';
import type { AccountDeps } from './ports.js';
import type { User } from './user.js';

/**
 * Verifies an e-mail address with the token of a verification link (once, before it expires).
 * Errors: ACCOUNT_LINK_INVALID.
 */
export async function verifyEmail(deps: AccountDeps, token: string): Promise<User> {
  const hash = deps.secrets.hash(token);
  const now = deps.clock.now();
  return deps.unitOfWork(async (tx) => {
    const link = await tx.links.findByTokenHash(hash);
    if (!link || link.purpose !== 'verify_email' || !(await tx.links.consume(hash, now))) throw linkInvalid();
    const user = await tx.users.findById(link.userId);
    if (!user) throw linkInvalid();
    if (!user.emailVerifiedAt) {
      await tx.users.markVerified(user.id, now);
      await tx.audit.record({
        actor: actorForUser(user, []),
        action: 'user.verify_email',
        entityType: 'user',
        entityId: user.id,
        summary: { changed: ['email_verified'], before: { email_verified: false }, after: { email_verified: true } },
        at: now,
      });
    }
    return { ...user, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now };
  });
}
