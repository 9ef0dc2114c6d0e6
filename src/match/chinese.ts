/**
 * Chinese analysis: word segmentation (jieba, loaded once), stopwords, and traditional -> simplified
 * folding of characters (from the dictionary), so that a traditional text finds a simplified one.
 */
import type { Token } from './english.js';

/** What the analyzer needs from a Chinese word segmenter (jieba-wasm in production). */
export type Segmenter = {
  /** Precise-mode words. */
  cut(text: string): string[];
  /** Search-mode words: precise words plus the dictionary words inside long ones. */
  cutForSearch(text: string): string[];
  /** Search-mode words with offsets (in characters of `text`). */
  tokenize(text: string): { word: string; start: number; end: number }[];
};

// Function words and a few fillers that say nothing about a technology.
export const CHINESE_STOPWORDS: ReadonlySet<string> = new Set(
  (
    '的 了 和 与 及 或 在 对 是 为 等 其 以 于 之 并 而 及其 把 被 从 由 这 那 也 就 都 将 ' +
    '可 一种 一个 所 该 此 各 中 上 下 以及 或者 并且 以便 通过 用于 进行 具有 包括 我们 本 其中 ' +
    '个 着 过 得 地 者 每 使 有 无 能 会 要 如 若 则 即 又 但 还 已 已经 很 更 最 非常'
  ).split(' '),
);

/**
 * How Chinese runs become terms. 'search' = jieba search mode (words and the words inside them);
 * 'words' = precise mode only. Bigrams of characters can be added for recall on unknown words.
 */
export type ChineseMode = { segmentation: 'search' | 'words'; charBigrams: boolean };

export const DEFAULT_CHINESE_MODE: ChineseMode = { segmentation: 'search', charBigrams: false };

const isStop = (w: string): boolean => CHINESE_STOPWORDS.has(w) || w.trim().length === 0;

/** Folds traditional characters to simplified ones, keeping the length (one char for one). */
export const foldChars = (text: string, map: ReadonlyMap<string, string> | null): string => {
  if (map === null || map.size === 0) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const s = map.get(ch);
    if (s !== undefined) {
      out += s;
      changed = true;
    } else out += ch;
  }
  return changed ? out : text;
};

/** Terms of one Han run (already folded). */
export const chineseTerms = (seg: Segmenter, run: string, mode: ChineseMode, out: string[]): void => {
  const words = mode.segmentation === 'search' ? seg.cutForSearch(run) : seg.cut(run);
  for (const w of words) if (!isStop(w)) out.push(w);
  if (mode.charBigrams)
    for (let i = 0; i + 1 < run.length; i++) if (run[i] !== '\n' && run[i + 1] !== '\n') out.push(run.slice(i, i + 2));
};

/** Tokens of one Han run with offsets; `offset` is the run's start in the whole text. */
export const chineseTokens = (
  seg: Segmenter,
  folded: string,
  original: string,
  offset: number,
  mode: ChineseMode,
  out: Token[],
): void => {
  const toks = mode.segmentation === 'search' ? seg.tokenize(folded) : cutWithOffsets(seg, folded);
  const n = original.length;
  for (const t of toks) {
    if (isStop(t.word)) continue;
    const s = Math.min(t.start, n);
    const e = Math.min(t.end, n);
    out.push({ term: t.word, surface: original.slice(s, e), start: offset + s, end: offset + e });
  }
  if (mode.charBigrams)
    for (let i = 0; i + 1 < folded.length; i++)
      out.push({ term: folded.slice(i, i + 2), surface: original.slice(i, i + 2), start: offset + i, end: offset + i + 2 });
};

const cutWithOffsets = (seg: Segmenter, text: string): { word: string; start: number; end: number }[] => {
  const res: { word: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const w of seg.cut(text)) {
    res.push({ word: w, start: pos, end: pos + w.length });
    pos += w.length;
  }
  return res;
};
