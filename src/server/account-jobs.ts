import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../compose.js';
import { bootstrapFirstAdministrator } from '../core/accounts/manage-users.js';
import { purgeExpiredSessions } from '../core/accounts/sessions.js';
import { drainOutbox } from '../core/outbox/drain-outbox.js';
import type { MailTransport } from '../core/outbox/message.js';
import { createLogTransport } from '../store/mail-transport.js';

const OUTBOX_EVERY_MS = 5_000;
const PURGE_EVERY_MS = 3_600_000;

export type AccountJobs = {
  /** Sends what is due in the outbox now (also runs every few seconds). */
  drainNow: () => Promise<{ sent: number; failed: number }>;
  /** Stops the timers and waits for a send in progress. */
  stop: () => Promise<void>;
};

/**
 * What the server does for accounts while it runs: makes the first administrator from
 * ITTC_ADMIN_EMAIL / ITTC_ADMIN_PASSWORD when there is none, drains the outbox (SMTP, or the log
 * at info level without ITTC_SMTP_URL), and purges expired sessions and e-mail links hourly.
 */
export async function startAccountJobs(deps: AppDeps, log: FastifyBaseLogger): Promise<AccountJobs> {
  if (deps.config.admin) {
    const admin = await bootstrapFirstAdministrator(deps.accounts, deps.config.admin);
    if (admin) log.info({ email: admin.email }, 'first administrator made from ITTC_ADMIN_EMAIL');
  }
  const transport: MailTransport = deps.mail.smtp ?? createLogTransport((fields, message) => log.info(fields, message));
  if (!deps.mail.smtp && deps.config.env === 'production') {
    log.warn('ITTC_SMTP_URL is not set: e-mails (verification, password reset) are only written to the log');
  }

  let draining: Promise<{ sent: number; failed: number }> | null = null;
  const drainNow = () =>
    (draining ??= drainOutbox({ outbox: deps.mail.outbox, transport, clock: deps.clock }).finally(() => {
      draining = null;
    }));
  const safely = (name: string, job: () => Promise<unknown>) => () => {
    job().catch((err) => log.error({ err }, `${name} failed`));
  };
  const outboxTimer = setInterval(safely('outbox sender', drainNow), OUTBOX_EVERY_MS);
  const purgeTimer = setInterval(safely('session purge', () => purgeExpiredSessions(deps.accounts)), PURGE_EVERY_MS);
  outboxTimer.unref();
  purgeTimer.unref();
  safely('outbox sender', drainNow)();
  return {
    drainNow,
    stop: async () => {
      clearInterval(outboxTimer);
      clearInterval(purgeTimer);
      await draining?.catch(() => undefined);
    },
  };
}
