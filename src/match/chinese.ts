/**
 * Chinese analysis: word segmentation (jieba, loaded once), stopwords, and traditional -> simplified
 * folding of characters (from the dictionary), so that a traditional text finds a simplified one.
 */
import type { Token } from './english.js';

/** What the analyzer needs from a Chinese word segmenter (jieba-rs through @node-rs/jieba in production). */
export type Segmenter = {
  /** Precise-mode words. */
  cut(text: string): string[];
  /** Search-mode words: precise words plus the dictionary words inside long ones. */
  cutForSearch(text: string): string[];
  /**
   * Search-mode words with offsets (in characters of `text`); `words` are the precise words of
   * `text` when the caller has them already.
   */
  tokenize(text: string, words?: readonly string[]): { word: string; start: number; end: number }[];
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

// The longest stopword: a longer word is not looked up.
const STOPWORD_MAX = Math.max(...[...CHINESE_STOPWORDS].map((w) => w.length));

// A stopword, or a word of white space only (the segmenter returns the breaks between runs as words).
const isStop = (w: string): boolean => {
  if (w.length <= STOPWORD_MAX && CHINESE_STOPWORDS.has(w)) return true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
};

/** Folds characters one for one (traditional to simplified), keeping the length. */
export type CharFolder = (text: string) => string;

const UTF16 = new TextDecoder('utf-16le');

/**
 * A folder for a map of single characters: a table indexed by UTF-16 code, so that a text with
 * nothing to fold (nearly every text) costs one pass and no new string.
 */
export const createCharFolder = (map: ReadonlyMap<string, string> | null): CharFolder => {
  const table = new Uint16Array(65536);
  let size = 0;
  for (const [from, to] of map ?? []) {
    if (from.length !== 1 || to.length !== 1) continue;
    table[from.charCodeAt(0)] = to.charCodeAt(0);
    size++;
  }
  if (size === 0) return (text) => text;
  return (text) => {
    let i = 0;
    while (i < text.length && table[text.charCodeAt(i)] === 0) i++;
    if (i === text.length) return text;
    const codes = new Uint16Array(text.length);
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      codes[j] = table[c] || c;
    }
    return UTF16.decode(codes);
  };
};

/** Terms of one Han run (already folded). */
export const chineseTerms = (seg: Segmenter, run: string, mode: ChineseMode, out: string[]): void => {
  const words = mode.segmentation === 'search' ? seg.cutForSearch(run) : seg.cut(run);
  for (const w of words) if (!isStop(w)) out.push(w);
  if (mode.charBigrams)
    for (let i = 0; i + 1 < run.length; i++) if (run[i] !== '\n' && run[i + 1] !== '\n') out.push(run.slice(i, i + 2));
};

/**
 * Terms of several Han runs (already folded) joined by line breaks, with one segmenter call: the
 * terms of run r are appended to `outs[owners[r]]`. The segmenter answers each break with a word of
 * its own; false (nothing appended) when its words do not show every break.
 */
export const chineseTermsOfRuns = (
  seg: Segmenter,
  joined: string,
  mode: ChineseMode,
  owners: readonly number[],
  outs: readonly string[][],
): boolean => {
  const words = mode.segmentation === 'search' ? seg.cutForSearch(joined) : seg.cut(joined);
  let breaks = 0;
  for (const w of words) if (w === '\n') breaks++;
  if (breaks !== owners.length - 1) return false;
  let r = 0;
  let out = outs[owners[0] as number] as string[];
  for (const w of words) {
    if (w === '\n') out = outs[owners[++r] as number] as string[];
    else if (!isStop(w)) out.push(w);
  }
  if (mode.charBigrams) {
    r = 0;
    out = outs[owners[0] as number] as string[];
    for (let i = 0; i + 1 < joined.length; i++) {
      if (joined[i] === '\n') out = outs[owners[++r] as number] as string[];
      else if (joined[i + 1] !== '\n') out.push(joined.slice(i, i + 2));
    }
  }
  return true;
};

/**
 * Tokens of one Han run with offsets; `offset` is the run's start in the whole text, `words` the
 * run's precise words when the caller has them already.
 */
export const chineseTokens = (
  seg: Segmenter,
  folded: string,
  original: string,
  offset: number,
  mode: ChineseMode,
  out: Token[],
  words?: readonly string[],
): void => {
  const toks = mode.segmentation === 'search' ? seg.tokenize(folded, words) : withOffsets(words ?? seg.cut(folded));
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

const withOffsets = (words: readonly string[]): { word: string; start: number; end: number }[] => {
  const res: { word: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const w of words) {
    res.push({ word: w, start: pos, end: pos + w.length });
    pos += w.length;
  }
  return res;
};

/**
 * Search-mode tokens with offsets, from a text's precise words (`cut`) and its search-mode words
 * (`cutForSearch`, which lists for each precise word its dictionary 2-grams, then its 3-grams,
 * then the word itself). Offsets are in UTF-16 code units of the text.
 */
export const searchTokens = (words: readonly string[], search: readonly string[]): { word: string; start: number; end: number }[] => {
  const out: { word: string; start: number; end: number }[] = [];
  let pos = 0;
  let k = 0;
  for (const w of words) {
    // Where to look for the next 2-gram and the next 3-gram inside w.
    let from2 = 0;
    let from3 = 0;
    while (k < search.length) {
      const s = search[k++] as string;
      // A part is shorter than its word; the word itself closes its group.
      if (s.length >= w.length) {
        out.push({ word: w, start: pos, end: pos + w.length });
        break;
      }
      const two = charCount(s) === 2;
      const at = w.indexOf(s, two ? from2 : from3);
      if (at < 0) continue;
      if (two) from2 = at + 1;
      else from3 = at + 1;
      out.push({ word: s, start: pos + at, end: pos + at + s.length });
    }
    pos += w.length;
  }
  return out;
};

const charCount = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
};
