import { DomainError } from '../shared/domain-error.js';
import type { AccountErrorCode } from './errors.js';
import type { AccountDeps, AccountsTx } from './ports.js';
import type { AccountLinkPurpose, User } from './user.js';

export const accountError = (code: AccountErrorCode, message: string, details?: Record<string, unknown>) =>
  new DomainError(code, message, details);

export const linkInvalid = () =>
  accountError('ACCOUNT_LINK_INVALID', 'This link is invalid, already used or expired. Ask for a new one.');

/** Creates a one-time e-mail link for `purpose` and returns its URL (the token itself is stored only hashed). */
export async function issueLink(
  deps: Pick<AccountDeps, 'secrets' | 'settings' | 'clock'>,
  tx: Pick<AccountsTx, 'links'>,
  user: Pick<User, 'id'>,
  purpose: AccountLinkPurpose,
  ttlMs: number,
): Promise<string> {
  const token = deps.secrets.token();
  const now = deps.clock.now();
  await tx.links.insert({ tokenHash: deps.secrets.hash(token), userId: user.id, purpose, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs), usedAt: null });
  const page = purpose === 'verify_email' ? 'verify-email' : 'reset-password';
  return `${deps.settings.publicUrl}/${page}?token=${encodeURIComponent(token)}`;
}

const dummyHashes = new WeakMap<object, Promise<string>>();

/**
 * Verifies a password against a hash, or against a dummy hash when there is no user, so that
 * an unknown e-mail address takes as long to refuse as a wrong password.
 */
export async function verifyPassword(deps: Pick<AccountDeps, 'hasher'>, user: Pick<User, 'passwordHash'> | null, password: string): Promise<boolean> {
  if (user) return deps.hasher.verify(user.passwordHash, password);
  let dummy = dummyHashes.get(deps.hasher);
  if (!dummy) dummyHashes.set(deps.hasher, (dummy = deps.hasher.hash('no such account: timing filler')));
  await deps.hasher.verify(await dummy, password);
  return false;
}
