/**
 * Text analysis on worker threads, for bulk indexing (the server's start-up build, `ittc match`,
 * the benchmark). Segmenting Chinese and stemming English is most of what indexing costs and is
 * independent per document, so batches go to the least busy of N threads while the caller's
 * thread inserts the terms that came back. Each thread loads jieba alone (no CC-CEDICT): it
 * gets the caller's analyzer settings, so its terms are the ones the caller's analyzer would make.
 *
 *   const pool = await createAnalysisPool(analyzer);
 *   const terms = await pool.analyze(docs); // DocTerms[], in the order of docs
 *   await pool.close();
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../match/analyzer.js';
import { analyzeDocTerms, batchTexts, createTermDecoder, type DocTerms } from '../match/doc-terms.js';
import type { MatchDoc } from '../match/doc.js';
import type { AnalysisReply, AnalysisRequest } from './analysis-worker.js';

export type AnalysisPool = {
  /** Number of worker threads (0: analysis runs on the caller's thread). */
  readonly threads: number;
  analyze(docs: MatchDoc[]): Promise<DocTerms[]>;
  close(): Promise<void>;
};

type Pending = { resolve: (t: DocTerms[]) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; busy: number; decode: ReturnType<typeof createTermDecoder> };

/**
 * Below this many documents, starting threads (each loads the segmenter, about 0.6 s) costs more
 * than it saves: the start-up build and `ittc match` analyze on the caller's thread.
 */
export const THREADS_WORTHWHILE_FROM = 5000;

/** Groups the items of a stream into arrays of `n` (the last may be shorter). */
export async function* inBatches<T>(xs: AsyncIterable<T> | Iterable<T>, n: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const x of xs) {
    batch.push(x);
    if (batch.length === n) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Threads used by default: one per core (the caller's thread inserts while they analyze). */
export const defaultAnalysisThreads = (): number => Math.max(1, Math.min(8, os.availableParallelism()));

/**
 * Starts `threads` analysis threads (default: one per core). With `threads: 0` every batch is
 * analyzed on the caller's thread (same results, no workers).
 */
export const createAnalysisPool = async (analyzer: Analyzer, opts: { threads?: number } = {}): Promise<AnalysisPool> => {
  const threads = Math.max(0, opts.threads ?? defaultAnalysisThreads());
  if (threads === 0)
    return { threads: 0, analyze: async (docs) => docs.map((d) => analyzeDocTerms(analyzer, d)), close: async () => {} };
  const settings = analyzer.termSettings();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | null = null;
  let closed = false;
  const fail = (e: Error) => {
    if (closed) return; // terminate() ends threads with a non-zero code
    failure ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const slots: Slot[] = await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(new URL('./analysis-worker.mjs', import.meta.url), { workerData: settings });
      const slot: Slot = { worker, busy: 0, decode: createTermDecoder() };
      return new Promise<Slot>((resolve, reject) => {
        const onError = (e: Error) => reject(e);
        worker.once('error', onError);
        worker.once('message', () => {
          worker.off('error', onError);
          worker.on('error', fail);
          worker.on('exit', (code) => {
            if (code !== 0) fail(new Error(`an analysis thread exited with code ${code}`));
          });
          worker.on('message', (reply: AnalysisReply) => {
            // Decode every reply, even one nobody waits for: the decoder follows the worker's dictionary.
            const terms = 'error' in reply ? null : slot.decode(reply.packed);
            const p = pending.get(reply.id);
            if (p === undefined) return;
            pending.delete(reply.id);
            slot.busy--;
            if (terms === null) p.reject(new Error((reply as { error: string }).error));
            else p.resolve(terms);
          });
          resolve(slot);
        });
      });
    }),
  );
  return {
    threads,
    analyze(docs) {
      if (closed) return Promise.reject(new Error('the analysis pool is closed'));
      if (failure !== null) return Promise.reject(failure);
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      slot.busy++;
      return new Promise<DocTerms[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const batch = batchTexts(docs);
        slot.worker.postMessage({ id, batch } satisfies AnalysisRequest, [batch.counts.buffer as ArrayBuffer, batch.sources.buffer as ArrayBuffer]);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
};

/**
 * Analyzes batches of items on the pool and calls `add` for each item with its document and terms,
 * in the order of the batches. Up to threads + 1 batches are analyzed while the next is read, so
 * every thread stays busy while the caller inserts. Every batch has settled when it returns or throws.
 */
export async function forEachAnalyzed<T>(
  pool: AnalysisPool,
  batches: AsyncIterable<T[]> | Iterable<T[]>,
  toDoc: (item: T) => MatchDoc,
  add: (item: T, doc: MatchDoc, terms: DocTerms) => void,
): Promise<void> {
  type Job = Promise<{ items: T[]; docs: MatchDoc[]; terms: DocTerms[] }>;
  const inFlight: Job[] = [];
  const insert = async (job: Job) => {
    const { items, docs, terms } = await job;
    items.forEach((item, i) => add(item, docs[i]!, terms[i]!));
  };
  try {
    for await (const items of batches) {
      if (items.length === 0) continue;
      const docs = items.map(toDoc);
      inFlight.push(pool.analyze(docs).then((terms) => ({ items, docs, terms })));
      if (inFlight.length > pool.threads) await insert(inFlight.shift()!);
    }
    while (inFlight.length > 0) await insert(inFlight.shift()!);
  } finally {
    await Promise.allSettled(inFlight);
  }
}
