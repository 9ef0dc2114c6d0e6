import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type TestServer = { url: string; dataDir: string; log: () => string; stop: () => Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no answer from ${url}/api/health within ${timeoutMs / 1000} s`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `node bin/ittc.js serve` on a free port with a fresh data directory (the demo data is
 * seeded on first start) and resolves once /api/health answers. `stop` ends it and removes the data.
 */
export async function startTestServer(root: string, timeoutMs = 180_000): Promise<TestServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ittc-web-'));
  // The search index's snapshot (written after the start-up build and at stop), removed with the data.
  const indexDir = mkdtempSync(path.join(os.tmpdir(), 'ittc-web-index-'));
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const server = spawn(process.execPath, ['bin/ittc.js', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ITTC_DATA_DIR: dataDir,
      ITTC_INDEX_SNAPSHOT: path.join(indexDir, 'market.snapshot'),
      ITTC_SEED_DEMO: 'true',
      // The specs sign in a dozen times within minutes from one address; the limiter has its own API tests.
      ITTC_RATE_LIMITS: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 300) lines.shift();
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const stop = async () => {
    await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(indexDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, server, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${lines.join('').split('\n').slice(-40).join('\n')}`);
  }
  return { url, dataDir, log: () => lines.join(''), stop };
}
