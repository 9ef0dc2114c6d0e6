import type { Actor } from '../shared/actor.js';
import { issueLink } from './account-helpers.js';
import { actorForUser } from './actor-for-user.js';
import { accountExistsMessage, verificationMessage } from './messages.js';
import type { AccountDeps } from './ports.js';
import type { User } from './user.js';
import { validateSignUp, type SignUpInput } from './validate-account.js';

/**
 * Signs a person up: creates an unverified account and queues a verification e-mail, in one
 * transaction. When the address already has an account, nothing is created and that account's
 * owner gets an e-mail instead; the answer is the same either way (no account enumeration).
 * Errors: ACCOUNT_INVALID, EMAIL_INVALID, NAME_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG,
 * PASSWORD_TOO_COMMON.
 */
export async function signUp(deps: AccountDeps, input: SignUpInput): Promise<{ email: string }> {
  const fields = validateSignUp(input);
  // Hashed whether or not the account exists, so both answers take as long.
  const passwordHash = await deps.hasher.hash(fields.password);
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    const existing = await tx.users.findByEmail(fields.email);
    const base = deps.settings.publicUrl;
    if (existing) {
      await tx.outbox.enqueue(accountExistsMessage(existing, `${base}/sign-in`, `${base}/reset-password`, now));
      return;
    }
    const user: User = {
      id: deps.ids.newId(),
      email: fields.email,
      name: fields.name,
      passwordHash,
      emailVerifiedAt: null,
      roles: [],
      createdAt: now,
      updatedAt: now,
    };
    await tx.users.insert(user);
    const link = await issueLink(deps, tx, user, 'verify_email', deps.settings.verifyLinkTtlMs);
    await tx.outbox.enqueue(verificationMessage(user, link, deps.settings.verifyLinkTtlMs, now));
    await tx.audit.record({
      actor: actorForUser(user, []),
      action: 'user.sign_up',
      entityType: 'user',
      entityId: user.id,
      summary: { changed: ['email', 'name'], after: { email: user.email, name: user.name } },
      at: now,
    });
  });
  return { email: fields.email };
}

/**
 * Queues a new verification e-mail for the address if it has an unverified account; silent
 * otherwise (no enumeration). No errors.
 */
export async function resendVerification(deps: AccountDeps, _actor: Actor, email: string): Promise<void> {
  const now = deps.clock.now();
  await deps.unitOfWork(async (tx) => {
    const user = await tx.users.findByEmail(email);
    if (!user || user.emailVerifiedAt) return;
    const recent = await tx.links.countSince(user.id, 'verify_email', new Date(now.getTime() - 3_600_000));
    if (recent >= deps.settings.resetEmailsPerHour) return;
    const link = await issueLink(deps, tx, user, 'verify_email', deps.settings.verifyLinkTtlMs);
    await tx.outbox.enqueue(verificationMessage(user, link, deps.settings.verifyLinkTtlMs, now));
  });
}
