import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { compose, type AppDeps } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { expressInterest } from '../../src/core/deals/express-interest.js';
import { changeListingStatus } from '../../src/core/listings/change-listing-status.js';
import { createListing } from '../../src/core/listings/create-listing.js';
import { SYSTEM, type Actor } from '../../src/core/shared/actor.js';
import { findDealIntegrityProblems } from '../../src/store/deal-integrity-store.js';
import { createTestOrganization, createTestUser, type TestUser } from './accounts.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

/**
 * The deal crash test: a real `ittc serve` takes a burst of concurrent deal writes (EOIs, stage
 * moves, NDA acceptances, thread messages), is killed with SIGKILL in the middle of it, and is
 * started again. Then every write the server acknowledged (2xx) must be in the database, and no
 * write may be half there (a move without its timeline event or audit entry, a message without
 * its event). Runs on PGlite (a data directory) or PostgreSQL (a database of its own).
 */

export type CrashOptions = {
  kind: 'pglite' | 'postgresql';
  /** Base URL of a PostgreSQL server (for kind postgresql); a database is created and dropped. */
  postgresUrl?: string;
  /** Concurrent clients during the burst. */
  workers?: number;
  /** Kill -9 once this many writes were acknowledged (or after two minutes)... */
  killAfterAcks?: number;
  /** ...plus this many milliseconds, so the kill lands at a different point of a request each time. */
  killJitterMs?: number;
  buyers?: number;
  listings?: number;
  log?: (line: string) => void;
};

export type CrashReport = {
  kind: 'pglite' | 'postgresql';
  workers: number;
  /** Milliseconds from the start of the burst to the kill. */
  killedAfterMs: number;
  acknowledged: { eois: number; moves: number; ndaAcceptances: number; messages: number };
  /** Requests refused by the rules during the burst (409 races and the like): acknowledged as not written. */
  refused: number;
  /** Requests cut off by the kill (no answer): may or may not have landed, but never half. */
  cutOff: number;
  /** Acknowledged writes not found after the restart. */
  missing: string[];
  /** Half-written or inconsistent rows (findDealIntegrityProblems). */
  problems: string[];
  /** A write made after the restart succeeded. */
  writableAfterRestart: boolean;
  /** How long the restart after the kill took (recovery included), in seconds. */
  restartSeconds: number;
  seconds: number;
};

type Ack =
  | { kind: 'eoi'; dealId: string }
  | { kind: 'move'; dealId: string; version: number; stage: string }
  | { kind: 'nda'; dealId: string; version: number }
  | { kind: 'message'; dealId: string; messageId: string };

/** Generous: a loaded machine (and PGlite recovering after the kill) can take minutes to start. */
const START_TIMEOUT_MS = 300_000;

const FLOW = ['message', 'accepted', 'nda', 'nda-accept', 'message', 'negotiation', 'closed_lost'] as const;

async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ittc_crash_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export async function runDealCrashTest(options: CrashOptions): Promise<CrashReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const workers = options.workers ?? 8;
  const killAfterAcks = options.killAfterAcks ?? 60;
  const killJitterMs = options.killJitterMs ?? 250;
  const buyerCount = options.buyers ?? 6;
  const listingCount = options.listings ?? 12;

  let dataDir: string | null = null;
  let pgDb: { url: string; drop: () => Promise<void> } | null = null;
  const env: Record<string, string> = { NODE_ENV: 'test', ITTC_SEED_DEMO: 'false', ITTC_RATE_LIMITS: 'false', LOG_LEVEL: 'warn', ITTC_WEB_DIR: '/nonexistent' };
  if (options.kind === 'pglite') {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-crash-'));
    env.ITTC_DATA_DIR = dataDir;
  } else {
    if (!options.postgresUrl) throw new Error('postgresUrl is needed for the PostgreSQL crash test');
    pgDb = await createPostgresDatabase(options.postgresUrl);
    env.DATABASE_URL = pgDb.url;
  }
  const open = () => compose(loadConfig(env));

  let server: ServerProcess | null = null;
  try {
    // 1. The scene, written straight through the use cases: a seller with listings, buyer
    // organizations with a member each, a broker, and open deals to move.
    let deps: AppDeps = await open();
    const sellerOrg = await createTestOrganization(deps, 'Crash Seller GmbH', 'DE');
    const seller = await createTestUser(deps, { memberOf: [sellerOrg] });
    const broker = await createTestUser(deps, { roles: ['broker'] });
    const buyers: { org: string; user: TestUser }[] = [];
    for (let i = 0; i < buyerCount; i++) {
      const org = await createTestOrganization(deps, `Crash Buyer ${i}`, 'CN');
      buyers.push({ org, user: await createTestUser(deps, { memberOf: [org] }) });
    }
    const listings: string[] = [];
    for (let i = 0; i < listingCount; i++) {
      const l = await createListing(deps.listings, SYSTEM, {
        kind: 'technology_offer', language: 'en', title: `Crash listing ${i}`, summary: 'A listing to express interest in.',
        sectors: ['ind-energy-storage'], country: 'DE', ownerOrganizationId: sellerOrg, confidentialDetails: `CRASH-SECRET-${i}`,
      });
      listings.push((await changeListingStatus(deps.listings, SYSTEM, l.id, 1, 'publish')).id);
    }
    // A quarter of the pairs get a deal now (to move during the burst); the rest are left for EOIs.
    const pairs = listings.flatMap((l) => buyers.map((b) => ({ listing: l, buyer: b })));
    const preset: { dealId: string; buyer: (typeof buyers)[number] }[] = [];
    const free: typeof pairs = [];
    for (const [i, p] of pairs.entries()) {
      if (i % 4 === 0) {
        const actor: Actor = { kind: 'user', userId: p.buyer.user.id, organizationIds: [p.buyer.org], roles: [] };
        const d = await expressInterest(deps.deals, actor, { listingId: p.listing, message: 'Preset interest.', cooperationType: 'license' });
        preset.push({ dealId: d.id, buyer: p.buyer });
      } else free.push(p);
    }
    await deps.close();
    log(`${options.kind}: ${listings.length} listings, ${buyers.length} buyers, ${preset.length} deals to move, ${free.length} EOIs possible`);

    // 2. The burst, and the kill.
    server = await startServerProcess(env, START_TIMEOUT_MS);
    const base = server.url;
    const acks: Ack[] = [];
    let refused = 0;
    let cutOff = 0;
    let stop = false;
    const post = async (who: TestUser, url: string, body: unknown): Promise<{ status: number; json: any } | null> => {
      try {
        const r = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...who.headers() }, body: JSON.stringify(body) });
        return { status: r.status, json: await r.json().catch(() => null) };
      } catch {
        cutOff++;
        return null;
      }
    };
    const progress = new Map(preset.map((p) => [p.dealId, { step: 0, version: 1 }]));
    const worker = async (w: number) => {
      let k = 0;
      while (!stop) {
        k++;
        if (k % 3 === 0 && free.length > 0) {
          const p = free.pop()!;
          const r = await post(p.buyer.user, `/api/listings/${p.listing}/interest`, { message: `Burst EOI ${w}.${k}`, cooperation_type: 'assignment' });
          if (r === null) continue;
          if (r.status === 201) acks.push({ kind: 'eoi', dealId: r.json.deal.id });
          else refused++;
          continue;
        }
        const d = preset[(w * 7 + k) % preset.length]!;
        const state = progress.get(d.dealId)!;
        const step = FLOW[state.step % FLOW.length]!;
        let r: { status: number; json: any } | null;
        if (step === 'message') {
          r = await post(d.buyer.user, `/api/deals/${d.dealId}/messages`, { body: `Burst message ${w}.${k}` });
          if (r?.status === 201) acks.push({ kind: 'message', dealId: d.dealId, messageId: r.json.message.id });
        } else if (step === 'nda-accept') {
          const who = state.version % 2 === 0 ? seller : d.buyer.user;
          r = await post(who, `/api/deals/${d.dealId}/nda/accept`, { nda_version: 1 });
          if (r?.status === 200) acks.push({ kind: 'nda', dealId: d.dealId, version: r.json.deal.version });
          if (r?.status === 200 && r.json.deal.nda.in_effect_since === null) {
            // The other side accepts next round.
            state.version = r.json.deal.version;
            continue;
          }
        } else {
          const who = step === 'accepted' ? seller : step === 'closed_lost' ? d.buyer.user : broker;
          r = await post(who, `/api/deals/${d.dealId}/transition`, { to: step, version: state.version, ...(step === 'closed_lost' ? { lost_reason: 'other', reason: 'crash test' } : {}) });
          if (r?.status === 200) acks.push({ kind: 'move', dealId: d.dealId, version: r.json.deal.version, stage: step });
        }
        if (r === null) continue;
        if (r.status >= 200 && r.status < 300) {
          if (r.json?.deal) state.version = r.json.deal.version;
          state.step++;
        } else {
          refused++;
          // Another worker moved it first: catch up from the server's answer where it tells.
          const current = r.json?.error?.details?.current_version;
          if (typeof current === 'number') state.version = current;
          if (r.json?.error?.code === 'DEAL_TRANSITION_NOT_ALLOWED' || r.json?.error?.code === 'DEAL_NDA_NOT_OPEN' || r.json?.error?.code === 'DEAL_CLOSED') state.step++;
        }
      }
    };
    const burstStart = Date.now();
    const burst = Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
    while (acks.length < killAfterAcks && Date.now() - burstStart < 120_000) await new Promise((res) => setTimeout(res, 10));
    await new Promise((res) => setTimeout(res, killJitterMs));
    const killedAfterMs = Date.now() - burstStart;
    // No new requests from here on; those in flight are cut off by the kill.
    stop = true;
    const exited = new Promise((res) => server!.child.once('exit', res));
    server.child.kill('SIGKILL');
    await exited;
    await burst;
    server = null;
    const counts = { eois: 0, moves: 0, ndaAcceptances: 0, messages: 0 };
    for (const a of acks) counts[a.kind === 'eoi' ? 'eois' : a.kind === 'move' ? 'moves' : a.kind === 'nda' ? 'ndaAcceptances' : 'messages']++;
    log(`${options.kind}: killed after ${killedAfterMs} ms with ${acks.length} acknowledged writes (${JSON.stringify(counts)}), ${refused} refused, ${cutOff} cut off`);

    // 3. Restart: the server must come up on what the kill left, and take writes again.
    const restartStart = Date.now();
    server = await startServerProcess(env, START_TIMEOUT_MS);
    const restartSeconds = Math.round((Date.now() - restartStart) / 100) / 10;
    const spare = free.pop();
    let writableAfterRestart = false;
    if (spare) {
      const r = await fetch(`${server.url}/api/listings/${spare.listing}/interest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...spare.buyer.user.headers() },
        body: JSON.stringify({ message: 'After the restart.', cooperation_type: 'license' }),
      });
      writableAfterRestart = r.status === 201;
      if (writableAfterRestart) acks.push({ kind: 'eoi', dealId: ((await r.json()) as { deal: { id: string } }).deal.id });
    }
    await server.stop();
    server = null;

    // 4. Every acknowledged write is there, and nothing is half there.
    deps = await open();
    const db = deps.database.db;
    const missing: string[] = [];
    for (const a of acks) {
      if (a.kind === 'eoi') {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM deals WHERE id = ${a.dealId}::uuid`.execute(db);
        if (r.rows[0]!.n !== 1) missing.push(`EOI deal ${a.dealId}`);
      } else if (a.kind === 'move') {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM deal_events WHERE deal_id = ${a.dealId}::uuid AND kind = 'stage_changed' AND deal_version = ${a.version} AND to_stage = ${a.stage}`.execute(db);
        if (r.rows[0]!.n !== 1) missing.push(`move of ${a.dealId} to ${a.stage} (v${a.version})`);
      } else if (a.kind === 'nda') {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM deal_events WHERE deal_id = ${a.dealId}::uuid AND kind = 'nda_accepted' AND deal_version = ${a.version}`.execute(db);
        if (r.rows[0]!.n !== 1) missing.push(`NDA acceptance on ${a.dealId} (v${a.version})`);
      } else {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM deal_messages WHERE id = ${a.messageId}::uuid`.execute(db);
        if (r.rows[0]!.n !== 1) missing.push(`message ${a.messageId}`);
      }
    }
    const problems = await findDealIntegrityProblems(db);
    await deps.close();
    return {
      kind: options.kind,
      workers,
      killedAfterMs,
      acknowledged: counts,
      refused,
      cutOff,
      missing,
      problems,
      writableAfterRestart,
      restartSeconds,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    if (server) await server.stop('SIGKILL').catch(() => null);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    if (pgDb) await pgDb.drop().catch(() => undefined);
  }
}
