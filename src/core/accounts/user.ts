import type { OrganizationRole, PlatformRole, TokenScope } from '../shared/actor.js';

export type User = {
  id: string;
  /** Normalized: trimmed, lower case. Unique. */
  email: string;
  name: string;
  /** argon2id PHC string; never leaves the accounts context. */
  passwordHash: string;
  emailVerifiedAt: Date | null;
  roles: PlatformRole[];
  createdAt: Date;
  updatedAt: Date;
};

export type Membership = {
  organizationId: string;
  userId: string;
  role: OrganizationRole;
  createdAt: Date;
};

/** A signed-in browser session. The cookie holds the token; the database holds only its hash. */
export type Session = {
  id: string;
  tokenHash: string;
  userId: string;
  /** Sent back by the client in X-CSRF-Token on every state-changing request (session-bound). */
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The absolute end of the session, whatever the activity. */
  expiresAt: Date;
};

/** A one-time link sent by e-mail (verify the address, reset the password). Stored hashed. */
export const ACCOUNT_LINK_PURPOSES = ['verify_email', 'reset_password'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

export type AccountLink = {
  tokenHash: string;
  userId: string;
  purpose: AccountLinkPurpose;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
};

/** A personal API token for integrations. The secret is shown once; the database holds its hash. */
export type ApiToken = {
  id: string;
  userId: string;
  name: string;
  scope: TokenScope;
  /** The first characters of the secret, to recognize it in a list. */
  prefix: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Failed sign-ins of one e-mail address (whether or not an account exists for it). */
export type SignInThrottle = {
  email: string;
  failures: number;
  lastFailureAt: Date | null;
  lockedUntil: Date | null;
};

export const EMAIL_MAX = 254;
export const NAME_MAX = 200;

// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is proven by the verification link.
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

/** Lower-cases and trims an e-mail address. */
export const normalizeEmail = (email: string): string => email.normalize('NFC').trim().toLowerCase();

export const isValidEmail = (normalized: string): boolean => normalized.length <= EMAIL_MAX && EMAIL.test(normalized);

export const normalizeName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');

export const isValidName = (normalized: string): boolean =>
  normalized.length >= 1 && [...normalized].length <= NAME_MAX && !/\p{Cc}/u.test(normalized);
