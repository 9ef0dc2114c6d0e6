import type { AuditLog } from '../audit/audit.js';
import type { Outbox } from '../outbox/message.js';
import type { OrganizationRole, PlatformRole } from '../shared/actor.js';
import type { Clock, IdGenerator, Page, PageRequest, UnitOfWork } from '../shared/ports.js';
import type { AccountLink, AccountLinkPurpose, ApiToken, Membership, Session, SignInThrottle, User } from './user.js';

export type UserFilter = { q?: string; role?: PlatformRole };
export type UserWithCounts = User & { membershipCount: number };

export type UserStore = {
  findById: (id: string) => Promise<User | null>;
  findByEmail: (email: string) => Promise<User | null>;
  insert: (user: User) => Promise<void>;
  setPassword: (id: string, passwordHash: string, at: Date) => Promise<void>;
  setName: (id: string, name: string, at: Date) => Promise<void>;
  markVerified: (id: string, at: Date) => Promise<void>;
  setRoles: (id: string, roles: PlatformRole[], at: Date) => Promise<void>;
  countWithRole: (role: PlatformRole) => Promise<number>;
  list: (filter: UserFilter, page: PageRequest) => Promise<Page<UserWithCounts>>;
};

export type SessionStore = {
  insert: (session: Session) => Promise<void>;
  findByTokenHash: (tokenHash: string) => Promise<Session | null>;
  touch: (id: string, at: Date) => Promise<void>;
  delete: (id: string) => Promise<void>;
  /** Deletes every session of the user but `exceptId`; returns how many. */
  deleteForUser: (userId: string, exceptId?: string) => Promise<number>;
  /** Deletes sessions past their absolute end or idle since before `idleBefore`. */
  purgeExpired: (now: Date, idleBefore: Date) => Promise<number>;
};

export type AccountLinkStore = {
  insert: (link: AccountLink) => Promise<void>;
  findByTokenHash: (tokenHash: string) => Promise<AccountLink | null>;
  /** Marks the link used if it is still unused and unexpired at `at`; false otherwise (exactly one caller wins). */
  consume: (tokenHash: string, at: Date) => Promise<boolean>;
  /** Marks every unused link of the user for `purpose` used. */
  invalidate: (userId: string, purpose: AccountLinkPurpose, at: Date) => Promise<void>;
  countSince: (userId: string, purpose: AccountLinkPurpose, since: Date) => Promise<number>;
  purgeExpired: (before: Date) => Promise<number>;
};

export type MembershipWithOrganization = Membership & { organizationName: string | null; organizationNameZh: string | null };
export type MembershipWithUser = Membership & { email: string; name: string };

export type MembershipStore = {
  find: (organizationId: string, userId: string) => Promise<Membership | null>;
  listForUser: (userId: string) => Promise<MembershipWithOrganization[]>;
  listForOrganization: (organizationId: string) => Promise<MembershipWithUser[]>;
  insert: (membership: Membership) => Promise<void>;
  setRole: (organizationId: string, userId: string, role: OrganizationRole) => Promise<void>;
  delete: (organizationId: string, userId: string) => Promise<void>;
  countAdmins: (organizationId: string) => Promise<number>;
};

export type ApiTokenStore = {
  insert: (token: ApiToken) => Promise<void>;
  findByTokenHash: (tokenHash: string) => Promise<ApiToken | null>;
  listForUser: (userId: string) => Promise<ApiToken[]>;
  /** Revokes the user's token; false when there is no such unrevoked token of that user. */
  revoke: (id: string, userId: string, at: Date) => Promise<boolean>;
  touch: (id: string, at: Date) => Promise<void>;
};

export type SignInThrottleStore = {
  find: (email: string) => Promise<SignInThrottle | null>;
  /** Counts one more failure (starting again at 1 when the last one was before `resetBefore`); returns the count. */
  recordFailure: (email: string, at: Date, resetBefore: Date) => Promise<number>;
  lock: (email: string, until: Date) => Promise<void>;
  clear: (email: string) => Promise<void>;
};

/** argon2id in production; the parameters are the adapter's. */
export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  verify: (hash: string, password: string) => Promise<boolean>;
};

/** Random secrets and their one-way hashes (tokens are stored hashed). */
export type Secrets = {
  /** A URL-safe random token with at least 256 bits of entropy. */
  token: () => string;
  /** A one-way hash of a token, as stored (hex SHA-256). */
  hash: (token: string) => string;
};

/** The stores bound to one transaction. */
export type AccountsTx = {
  users: UserStore;
  sessions: SessionStore;
  links: AccountLinkStore;
  memberships: MembershipStore;
  apiTokens: ApiTokenStore;
  throttle: SignInThrottleStore;
  outbox: Outbox;
  audit: AuditLog;
};

export type AccountSettings = {
  /** Where links in e-mails point, e.g. https://ittc.example.org (no trailing slash). */
  publicUrl: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  verifyLinkTtlMs: number;
  resetLinkTtlMs: number;
  /** At most this many password-reset e-mails per account per hour (more requests are answered alike but send nothing). */
  resetEmailsPerHour: number;
};

export type AccountDeps = Omit<AccountsTx, 'outbox' | 'audit'> & {
  unitOfWork: UnitOfWork<AccountsTx>;
  clock: Clock;
  ids: IdGenerator;
  hasher: PasswordHasher;
  secrets: Secrets;
  settings: AccountSettings;
  organizationExists: (organizationId: string) => Promise<boolean>;
};
