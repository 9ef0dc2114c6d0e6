/**
 * One server start from an index snapshot, in a process of its own (so that its memory is the
 * server's alone): `bench/match-bench.ts --startup` runs it after a start-up build has written
 * the snapshot. Prints one JSON line: the start's time, its parts and the process's memory.
 *
 *   node --expose-gc --import tsx bench/startup-from-snapshot.ts DATABASE_URL SNAPSHOT_FILE THREADS
 */
import { openDatabase } from '../src/store/db.js';
import { createLiveMarketIndex } from '../src/store/market-index.js';

const [url, file, threads] = process.argv.slice(2);
if (!url || !file) throw new Error('usage: startup-from-snapshot.ts DATABASE_URL SNAPSHOT_FILE THREADS');
const database = await openDatabase({ kind: 'postgresql', url });
try {
  const t = performance.now();
  const index = createLiveMarketIndex(database.db, () => Date.UTC(2026, 10, 26), { analysisThreads: Number(threads ?? 2), snapshotFile: file });
  const stats = await index.ready();
  const secs = (performance.now() - t) / 1000;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await new Promise((r) => setTimeout(r, 1500));
  gc?.();
  const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  // Still in use: the figure above is the memory of a server holding this index.
  const documents = index.stats().documents;
  console.log(JSON.stringify({ secs, source: stats.source, snapshot: stats.snapshot, documents, analyzerMillis: stats.analyzerMillis, rssMb }));
} finally {
  await database.close();
}
