import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** The environment ITTC reads, in one schema. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  ITTC_DATA_DIR: z.string().min(1).default('./var/data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ITTC_SEED_DEMO: bool.default(true),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Removed with accounts (writes need a signed-in, verified user); setting it on is an error, not a silent no-op. */
  ITTC_OPEN_WRITES: bool
    .optional()
    .refine((v) => v !== true, 'open writes ended with accounts: sign in (or use a personal API token) to write'),
  ITTC_BODY_LIMIT: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  ITTC_WEB_DIR: z.string().default('web/dist'),
  /** Where e-mailed links point (https://ittc.example.org); default http://localhost:PORT. */
  ITTC_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp://user:pass@host:587 or smtps://user:pass@host:465; without it e-mails go to the log (and stay in the outbox). */
  ITTC_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  ITTC_MAIL_FROM: z.string().min(3).max(300).default('ITTC <no-reply@localhost>'),
  ITTC_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(43_200).default(120),
  ITTC_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(8_760).default(12),
  /** With ITTC_ADMIN_PASSWORD: the first administrator, made at start when none exists. */
  ITTC_ADMIN_EMAIL: z.string().max(254).optional(),
  ITTC_ADMIN_PASSWORD: z.string().max(256).optional(),
  /** Rate limits on sign-in, sign-up, password reset and expressions of interest. */
  ITTC_RATE_LIMITS: bool.default(true),
  /** argon2id cost: standard (OWASP minimum), or low for test suites only. Default low when NODE_ENV=test. */
  ITTC_PASSWORD_HASH_COST: z.enum(['standard', 'low']).optional(),
  /**
   * Which peers may tell the client's address and protocol (X-Forwarded-For/-Proto): true, false, or
   * addresses/CIDRs/loopback,linklocal,uniquelocal. Trusting everyone would let a client dodge rate limits.
   */
  ITTC_TRUST_PROXY: z.string().min(1).default('loopback,linklocal,uniquelocal'),
  /** Threads that analyze listing texts while the search index is built at start (0: the main thread only). Default: one per core. */
  ITTC_INDEX_THREADS: z.coerce.number().int().min(0).max(16).optional(),
  /**
   * The search index's snapshot file, loaded at start instead of analyzing every listing, or 'off'.
   * Default: index/market.snapshot beside ITTC_DATA_DIR (./var/index/market.snapshot); off when NODE_ENV=test.
   */
  ITTC_INDEX_SNAPSHOT: z.string().min(1).optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  seedDemo: boolean;
  env: 'development' | 'production' | 'test';
  bodyLimit: number;
  webDir: string;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** The first administrator to make at start when none exists. */
  admin: { email: string; password: string } | null;
  rateLimits: boolean;
  passwordHashCost: 'standard' | 'low';
  trustProxy: boolean | string;
  /** Analysis threads for the start-up index build; null = one per core. */
  indexThreads: number | null;
  /** The search index's snapshot file; null = none. */
  indexSnapshot: string | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = ConfigSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  if (Boolean(c.ITTC_ADMIN_EMAIL) !== Boolean(c.ITTC_ADMIN_PASSWORD)) {
    throw new ConfigError(['ITTC_ADMIN_EMAIL, ITTC_ADMIN_PASSWORD: set both or neither']);
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.ITTC_DATA_DIR,
    databaseUrl: c.DATABASE_URL ?? null,
    logLevel: c.LOG_LEVEL,
    seedDemo: c.ITTC_SEED_DEMO,
    env: c.NODE_ENV,
    bodyLimit: c.ITTC_BODY_LIMIT,
    webDir: c.ITTC_WEB_DIR,
    publicUrl: (c.ITTC_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    smtpUrl: c.ITTC_SMTP_URL ?? null,
    mailFrom: c.ITTC_MAIL_FROM,
    sessionIdleMinutes: c.ITTC_SESSION_IDLE_MINUTES,
    sessionMaxHours: c.ITTC_SESSION_MAX_HOURS,
    admin: c.ITTC_ADMIN_EMAIL && c.ITTC_ADMIN_PASSWORD ? { email: c.ITTC_ADMIN_EMAIL, password: c.ITTC_ADMIN_PASSWORD } : null,
    rateLimits: c.ITTC_RATE_LIMITS,
    passwordHashCost: c.ITTC_PASSWORD_HASH_COST ?? (c.NODE_ENV === 'test' ? 'low' : 'standard'),
    trustProxy: c.ITTC_TRUST_PROXY === 'true' ? true : c.ITTC_TRUST_PROXY === 'false' ? false : c.ITTC_TRUST_PROXY,
    indexThreads: c.ITTC_INDEX_THREADS ?? null,
    indexSnapshot:
      c.ITTC_INDEX_SNAPSHOT === 'off' ? null : (c.ITTC_INDEX_SNAPSHOT ?? (c.NODE_ENV === 'test' ? null : path.join(path.dirname(c.ITTC_DATA_DIR), 'index', 'market.snapshot'))),
  };
}
