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
// Surface form -> term (or null for a stopword): most words repeat, so most tokens cost one lookup.
const surfaceCache = new Map<string, string | null>();
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
const IPC_RE = /^[A-HY]\d{2}[A-Z](?:\s?\d{1,4}\s?\/\s?\d{1,6})?$/;
const IPC_AT = /[A-HY]\d{2}[A-Z](?:\s?\d{1,4}\s?\/\s?\d{1,6})?(?![\p{L}\p{N}])/uy;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /\p{M}+/gu;

const isWordCode = (c: number, text: string, i: number): boolean => {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return WORD_CHAR.test(text[i] as string);
};
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
// Characters that join a technical token: - _ . / + and the Unicode hyphen.
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x5f || c === 0x2e || c === 0x2f || c === 0x2b || c === 0x2010;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

const fold = (s: string, ascii: boolean): string => {
  const t = s.toLowerCase();
  return ascii ? t : t.normalize('NFKD').replace(MARKS, '').normalize('NFKC').toLowerCase();
};

/** Normalizes an IPC/CPC symbol: "H01M 10/052" -> "H01M10/052". */
export const normalizeIpc = (code: string): string => code.replace(/\s+/g, '').toUpperCase();

/** Is this surface token an IPC/CPC symbol? */
export const isIpcToken = (s: string): boolean => IPC_RE.test(s);

/** Term of one plain word (letters/digits, maybe an apostrophe): null for a stopword. */
export const englishWordTerm = (surface: string): string | null => {
  let ascii = true;
  for (let i = 0; i < surface.length; i++) if (surface.charCodeAt(i) >= 0x80) { ascii = false; break; }
  return wordTerm(surface, ascii, /\d/.test(surface));
};

const wordTerm = (surface: string, ascii: boolean, hasDigit: boolean): string | null => {
  let w = fold(surface, ascii);
  if (w.length > 2) {
    const l = w.length;
    const c2 = w.charCodeAt(l - 2);
    if (w.charCodeAt(l - 1) === 0x73 && isApostrophe(c2)) w = w.slice(0, -2);
  }
  if (w.includes("'") || w.includes('’')) w = w.replace(/['’]/g, '');
  if (w.length === 0 || ENGLISH_STOPWORDS.has(w)) return null;
  if (hasDigit || (!ascii && /\p{N}/u.test(w))) return w; // model numbers, formulas, numbers: as written
  return stemEnglish(w);
};

/** Emits (term, start, end) for each token of text[start, end). */
export type TermSink = (term: string, start: number, end: number) => void;

/**
 * Scans a Latin-script run. Technical tokens stay whole: IPC symbols (plus their subclass),
 * letter-digit tokens joined by - _ . / + ("cortex-m4", "LiFePO4", "3.5"), which also yield
 * their alphabetic parts so that "cortex" finds "cortex-m4". Other joined words
 * ("state-of-the-art", "and/or") are split into words.
 */
export const scanLatin = (text: string, start: number, end: number, emit: TermSink): void => {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c, text, i)) {
      i++;
      continue;
    }
    // IPC symbol?
    if (c >= 0x41 && c <= 0x59 && (c <= 0x48 || c === 0x59) && isDigitCode(text.charCodeAt(i + 1)) && isDigitCode(text.charCodeAt(i + 2))) {
      IPC_AT.lastIndex = i;
      const m = IPC_AT.exec(text);
      if (m !== null && i + m[0].length <= end) {
        const code = normalizeIpc(m[0]);
        const e = i + m[0].length;
        emit(code.toLowerCase(), i, e);
        if (code.length > 4) emit(code.slice(0, 4).toLowerCase(), i, e);
        i = e;
        continue;
      }
    }
    let j = i;
    let hasDigit = false;
    let hasLetter = false;
    let joined = false;
    let ascii = true;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isWordCode(d, text, j)) {
        if (isDigitCode(d)) hasDigit = true;
        else hasLetter = true;
        if (d >= 0x80) ascii = false;
        j++;
      } else if ((isJoiner(d) || isApostrophe(d)) && j + 1 < end && isWordCode(text.charCodeAt(j + 1), text, j + 1)) {
        if (!isApostrophe(d)) joined = true;
        j++;
      } else break;
    }
    if (j - i > 64) {
      i = j;
      continue;
    }
    const surface = text.slice(i, j);
    if (!joined) {
      let t = surfaceCache.get(surface);
      if (t === undefined) {
        t = wordTerm(surface, ascii, hasDigit);
        if (surfaceCache.size >= STEM_CACHE_MAX) surfaceCache.clear();
        surfaceCache.set(surface, t);
      }
      if (t !== null) emit(t, i, j);
    } else if (hasDigit) {
      // A model number, formula or decimal number: whole, plus its alphabetic parts.
      emit(fold(surface, ascii).replace(/‐/g, '-'), i, j);
      if (hasLetter) {
        for (const part of surface.split(/[-‐_./+]+/)) {
          if (part.length >= 3 && !/\d/.test(part)) {
            const t = wordTerm(part, ascii, false);
            if (t !== null) emit(t, i, j);
          }
        }
      }
    } else {
      // Joined words: each part is a word, with its own offsets.
      let ps = i;
      for (let k = i; k <= j; k++) {
        const d = k < j ? text.charCodeAt(k) : 0x20;
        if (k === j || isJoiner(d)) {
          if (k > ps) {
            const t = wordTerm(text.slice(ps, k), ascii, false);
            if (t !== null) emit(t, ps, k);
          }
          ps = k + 1;
        }
      }
    }
    i = j;
  }
};

/** Tokens of a Latin-script run of `text` between `start` and `end`, appended to `out`. */
export const tokenizeLatin = (text: string, start: number, end: number, out: Token[]): void => {
  scanLatin(text, start, end, (term, s, e) => out.push({ term, surface: text.slice(s, e), start: s, end: e }));
};

/** English terms of a text (no Han handling): a convenience for pure-English callers. */
export const englishTerms = (text: string): string[] => {
  const out: Token[] = [];
  tokenizeLatin(text, 0, text.length, out);
  return out.map((t) => t.term);
};
