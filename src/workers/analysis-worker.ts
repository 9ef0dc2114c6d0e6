/**
 * One analysis thread: receives the texts of batches of match documents (BatchTexts), answers
 * with their index terms in the packed wire form (src/match/doc-terms.ts). Started by analysis-pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTermAnalyzer } from '../loaders/analyzers.js';
import type { TermSettings } from '../match/analyzer.js';
import { type BatchTexts, createBatchAnalyzer, type PackedDocTerms } from '../match/doc-terms.js';

export type AnalysisRequest = { id: number; batch: BatchTexts };
export type AnalysisReply = { id: number; packed: PackedDocTerms } | { id: number; error: string };

const port = parentPort;
if (port === null) throw new Error('analysis-worker runs as a worker thread');
const analyzer = await loadTermAnalyzer(workerData as TermSettings);
const analyze = createBatchAnalyzer(analyzer);
port.on('message', (req: AnalysisRequest) => {
  try {
    const packed = analyze(req.batch);
    const buffers = [packed.ids, packed.counts, packed.tfs, packed.lens].map((a) => a.buffer as ArrayBuffer);
    port.postMessage({ id: req.id, packed } satisfies AnalysisReply, buffers);
  } catch (e) {
    port.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) } satisfies AnalysisReply);
  }
});
port.postMessage({ ready: true });
