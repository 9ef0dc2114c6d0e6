/**
 * Load test: autocannon against a running ITTC on loopback, bounded in time, in four phases:
 * sign-in only, search only, expressions of interest only, then the mix (sign in, search twice,
 * open a listing, express interest). Prints a table and writes bench/results/load.json.
 *
 *   npx tsx bench/load.ts [--duration 15] [--connections 16] [--url http://127.0.0.1:3000]
 *
 * Without --url it starts `ittc serve` itself on a fresh embedded database with the demo data
 * (or on DATABASE_URL's server when set), rate limits off (ITTC_RATE_LIMITS=false: this measures
 * the server, not the limiter), and stops it afterwards. With --url the server must have its rate
 * limits off and the demo accounts (admin@demo.ittc) for setting up the load users.
 * The client runs on the same 2 cores as the server: the figures are for the pair.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startServerProcess, type ServerProcess } from '../test/support/server-process.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    url: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const DEMO_PASSWORD = 'ittc-demo-2026';
const PASSWORD = 'load-test-password-2026!';
const QUERIES = ['solid-state battery', '固态电池', 'machine vision inspection', '医疗器械', 'hydrogen fuel cell', '工业机器人', 'water treatment membrane', '半导体 封装'];

type Session = { cookie: string; csrf: string };

async function call(base: string, method: string, url: string, body?: unknown, session?: Session): Promise<{ status: number; json: any; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (session) Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrf });
  const r = await fetch(`${base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null, headers: r.headers };
}

async function signIn(base: string, email: string, password: string): Promise<Session> {
  const r = await call(base, 'POST', '/api/auth/sign-in', { email, password });
  if (r.status !== 200) throw new Error(`sign-in of ${email}: ${r.status} ${JSON.stringify(r.json)}`);
  const cookie = (r.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: r.json.csrf_token };
}

/** One verified user with an organization of their own per connection (sign-up, e-mail link from the outbox, sign-in). */
async function setUpUsers(base: string, n: number): Promise<{ email: string; orgId: string }[]> {
  const admin = await signIn(base, 'admin@demo.ittc', DEMO_PASSWORD);
  const stamp = Date.now().toString(36);
  const users: { email: string; orgId: string }[] = [];
  for (let i = 0; i < n; i++) {
    const email = `load${i}.${stamp}@load.example.org`;
    const up = await call(base, 'POST', '/api/auth/sign-up', { email, password: PASSWORD, name: `Load User ${i}` });
    if (up.status !== 201) throw new Error(`sign-up: ${up.status} ${JSON.stringify(up.json)}`);
    const box = await call(base, 'GET', `/api/admin/outbox?to=${encodeURIComponent(email)}`, undefined, admin);
    const text: string = box.json.items?.[0]?.text ?? '';
    const token = /verify-email\?token=([^\s&]+)/.exec(text)?.[1];
    if (!token) throw new Error(`no verification link for ${email}`);
    const v = await call(base, 'POST', '/api/auth/verify', { token: decodeURIComponent(token) });
    if (v.status >= 300) throw new Error(`verify: ${v.status}`);
    const s = await signIn(base, email, PASSWORD);
    const org = await call(base, 'POST', '/api/organizations', { name: `Load Test Firm ${i} ${stamp}`, type: 'enterprise', country: 'CN', city: 'Shenzhen' }, s);
    if (org.status !== 201) throw new Error(`organization: ${org.status} ${JSON.stringify(org.json)}`);
    users.push({ email, orgId: org.json.id });
  }
  return users;
}

async function publishedListingIds(base: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= 20; page++) {
    const r = await call(base, 'GET', `/api/listings?status=published&page=${page}&page_size=100`);
    const items: { id: string }[] = r.json?.items ?? [];
    ids.push(...items.map((l) => l.id));
    if (items.length < 100) break;
  }
  return ids;
}

type Phase = { name: string; requests: autocannon.Request[]; initialContext?: Record<string, unknown> };
type Figures = { requests_per_s: number; latency_ms: { p50: number; p90: number; p99: number; max: number }; requests: number; non_2xx: number; errors: number; timeouts: number; status: Record<string, number> };

function runPhase(base: string, phase: Phase, conns: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections: conns, duration, requests: phase.requests, initialContext: phase.initialContext, timeout: 30 },
      (err, r) => {
        if (err) return reject(err);
        const status = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, Number((v as { count: number | string }).count)]));
        resolve({
          requests_per_s: Math.round(r.requests.average * 10) / 10,
          latency_ms: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
          requests: r.requests.total,
          non_2xx: r.non2xx,
          errors: r.errors,
          timeouts: r.timeouts,
          status,
        });
      },
    );
    process.once('SIGINT', () => instance.stop());
  });
}

async function main(): Promise<void> {
  let server: ServerProcess | null = null;
  let dataDir: string | null = null;
  let base = values.url?.replace(/\/$/, '') ?? '';
  try {
    if (!base) {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ittc-load-'));
      const started = performance.now();
      server = await startServerProcess({ ITTC_DATA_DIR: dataDir, ITTC_RATE_LIMITS: 'false', LOG_LEVEL: 'warn' }, 300_000);
      base = server.url.replace(/\/$/, '');
      console.error(`server ready at ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const users = await setUpUsers(base, connections);
    const listings = await publishedListingIds(base);
    console.error(`${users.length} load users, ${listings.length} published listings; ${duration} s per phase, ${connections} connections`);

    // Each connection signs in as its own user; EOIs walk the listings from a per-connection offset
    // so that (organization, listing) pairs rarely repeat (a repeat gets 409, counted as non-2xx).
    let nextUser = 0;
    const signInRequest = (): autocannon.Request => ({
      method: 'POST',
      path: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req, context) => {
        context.user ??= users[nextUser++ % users.length];
        context.eoi ??= Math.floor(Math.random() * listings.length);
        return { ...req, body: JSON.stringify({ email: (context.user as { email: string }).email, password: PASSWORD }) };
      },
      onResponse: (status, body, context, headers) => {
        if (status !== 200) return;
        const raw = (headers as Record<string, string | string[]>)['set-cookie'];
        const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
        context.cookie = list.map((c) => c.split(';')[0]).join('; ');
        context.csrf = JSON.parse(body).csrf_token;
      },
    });
    let q = 0;
    const searchRequest = (): autocannon.Request => ({
      method: 'GET',
      setupRequest: (req, context) => ({
        ...req,
        path: `/api/search?q=${encodeURIComponent(QUERIES[q++ % QUERIES.length]!)}&page_size=20`,
        headers: context.cookie ? { cookie: context.cookie as string } : ({} as Record<string, string>),
      }),
    });
    const listingRequest = (): autocannon.Request => ({
      method: 'GET',
      setupRequest: (req, context) => ({ ...req, path: `/api/listings/${listings[(context.eoi as number) % listings.length]}`, headers: { cookie: context.cookie as string } }),
    });
    const eoiRequest = (): autocannon.Request => ({
      method: 'POST',
      setupRequest: (req, context) => {
        const i = (context.eoi as number)++;
        return {
          ...req,
          path: `/api/listings/${listings[i % listings.length]}/interest`,
          headers: { 'content-type': 'application/json', cookie: context.cookie as string, 'x-csrf-token': context.csrf as string },
          body: JSON.stringify({ message: 'We would like to discuss a licence for our production line.', cooperation_type: 'license' }),
        };
      },
    });

    const phases: Phase[] = [
      { name: 'sign-in (argon2id)', requests: [signInRequest()] },
      { name: 'search (zh + en, facets)', requests: [searchRequest()] },
      { name: 'expression of interest', requests: [signInRequest(), eoiRequest(), eoiRequest(), eoiRequest(), eoiRequest(), eoiRequest()] },
      { name: 'mix: sign-in, 2 searches, listing, EOI', requests: [signInRequest(), searchRequest(), searchRequest(), listingRequest(), eoiRequest()] },
    ];
    const results: Record<string, Figures> = {};
    for (const phase of phases) {
      nextUser = 0;
      results[phase.name] = await runPhase(base, phase, connections);
      console.error(`${phase.name}: ${results[phase.name]!.requests_per_s} req/s, p99 ${results[phase.name]!.latency_ms.p99} ms`);
    }
    const out = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      database: process.env.DATABASE_URL && !values.url ? 'postgresql' : values.url ? 'as configured' : 'pglite',
      duration_s_per_phase: duration,
      connections,
      note: 'client and server share the machine; rate limits off; the EOI phase mixes in a sign-in per 5 EOIs',
      phases: results,
    };
    fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
    const file = path.join(import.meta.dirname, 'results', `load-${out.database === 'postgresql' ? 'postgresql' : 'pglite'}.json`);
    fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.table(
      Object.entries(results).map(([name, f]) => ({ phase: name, 'req/s': f.requests_per_s, 'p50 ms': f.latency_ms.p50, 'p99 ms': f.latency_ms.p99, 'non-2xx': f.non_2xx, errors: f.errors })),
    );
    console.error(`wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
