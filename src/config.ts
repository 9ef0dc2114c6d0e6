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
  /** Before accounts: whether anyone may write. Defaults to on outside production. */
  ITTC_OPEN_WRITES: bool.optional(),
  ITTC_BODY_LIMIT: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  ITTC_WEB_DIR: z.string().default('web/dist'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  seedDemo: boolean;
  env: 'development' | 'production' | 'test';
  openWrites: boolean;
  bodyLimit: number;
  webDir: string;
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
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.ITTC_DATA_DIR,
    databaseUrl: c.DATABASE_URL ?? null,
    logLevel: c.LOG_LEVEL,
    seedDemo: c.ITTC_SEED_DEMO,
    env: c.NODE_ENV,
    openWrites: c.ITTC_OPEN_WRITES ?? c.NODE_ENV !== 'production',
    bodyLimit: c.ITTC_BODY_LIMIT,
    webDir: c.ITTC_WEB_DIR,
  };
}
