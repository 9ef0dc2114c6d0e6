/**
 * English (and any Latin-script) tokenization: lower-casing, stopwords, Snowball English
 * stemming, and technical tokens kept whole (IPC/CPC codes such as "H01M 10/052", chemical
 * formulas such as "LiFePO4", model numbers such as "RTX-4090").
 */
import snowball from 'snowball-stemmers';

/** A token of the text: the index term, its surface form and its offsets in the text. */
export type Token = { term: string; surface: string; start: number; end: number };

// The Snowball English stopword list, plus a few words that carry nothing in listings.
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not of off on once only or other ought our ours ourselves out over own same she should so ' +
    'some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours ' +
    'yourself yourselves also may might must shall via etc e.g i.e sth sb'
  ).split(' '),
);

const stemmer = snowball.newStemmer('english');
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 500_000;

/** Snowball English stem of a lower-case word, cached. */
export const stemEnglish = (word: string): string => {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length <= 2 ? word : stemmer.stem(word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
};

// IPC/CPC symbol: subclass, optional main group and subgroup ("H01M 10/052", "G06F17/30").
const IPC_RE = /^[A-H]\d{2}[A-Z](?:\s?\d{1,4}\s?\/\s?\d{1,6})?$/;
// Tokens: an IPC symbol with spaces, or a run of letters/digits joined by - _ . / + and apostrophes.
const TOKEN_RE =
  /[A-H]\d{2}[A-Z]\s?\d{1,4}\s?\/\s?\d{1,6}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:[-‐_./+][\p{L}\p{N}]+)*/gu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER = /\p{L}/u;
const SPLIT_RE = /[-‐_./+]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

const fold = (s: string): string => {
  let t = s.toLowerCase();
  if (NON_ASCII.test(t)) t = t.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase();
  return t;
};

/** Normalizes an IPC/CPC symbol: "H01M 10/052" -> "H01M10/052". */
export const normalizeIpc = (code: string): string => code.replace(/\s+/g, '').toUpperCase();

/** Is this surface token an IPC/CPC symbol? */
export const isIpcToken = (s: string): boolean => IPC_RE.test(s);

/** Term of one plain word (no separators): null for a stopword. */
export const englishWordTerm = (surface: string): string | null => {
  let w = fold(surface);
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (w.length === 0 || ENGLISH_STOPWORDS.has(w)) return null;
  if (HAS_DIGIT.test(w)) return w; // model numbers, formulas, numbers: kept as written
  return stemEnglish(w);
};

/**
 * Tokenizes a Latin-script run of `text` between `start` and `end`, pushing tokens to `out`.
 * Technical tokens stay whole; a joined token with letters and digits ("cortex-m4") also yields
 * its alphabetic parts so that "cortex" finds it.
 */
export const tokenizeLatin = (text: string, start: number, end: number, out: Token[]): void => {
  const run = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(run); m; m = TOKEN_RE.exec(run)) {
    const surface = m[0];
    const s = start + m.index;
    const e = s + surface.length;
    if (surface.length > 64) continue;
    const first = surface.charCodeAt(0);
    if (first >= 0x41 && first <= 0x48 && IPC_RE.test(surface)) {
      const code = normalizeIpc(surface);
      out.push({ term: code.toLowerCase(), surface, start: s, end: e });
      if (code.length > 4) out.push({ term: code.slice(0, 4).toLowerCase(), surface, start: s, end: e });
      continue;
    }
    if (!SPLIT_RE.test(surface)) {
      const term = englishWordTerm(surface);
      if (term !== null) out.push({ term, surface, start: s, end: e });
      continue;
    }
    const hasDigit = HAS_DIGIT.test(surface);
    if (hasDigit && (HAS_LETTER.test(surface) || /^[\d.,/]+$/u.test(surface))) {
      // A model number, formula or decimal number: whole, plus its alphabetic parts.
      out.push({ term: fold(surface).replace(/[‐’]/g, (c) => (c === '‐' ? '-' : "'")), surface, start: s, end: e });
      for (const part of surface.split(SPLIT_RE)) {
        if (part.length >= 3 && !HAS_DIGIT.test(part)) {
          const term = englishWordTerm(part);
          if (term !== null) out.push({ term, surface, start: s, end: e });
        }
      }
      continue;
    }
    // Hyphenated or slashed words ("state-of-the-art", "and/or"): each part is a word.
    let off = 0;
    for (const part of surface.split(SPLIT_RE)) {
      const ps = surface.indexOf(part, off);
      off = ps + part.length;
      if (part.length === 0) continue;
      const term = englishWordTerm(part);
      if (term !== null) out.push({ term, surface: part, start: s + ps, end: s + ps + part.length });
    }
  }
};

/** English terms of a text (no Han handling): a convenience for pure-English callers. */
export const englishTerms = (text: string): string[] => {
  const out: Token[] = [];
  tokenizeLatin(text, 0, text.length, out);
  return out.map((t) => t.term);
};
