/**
 * Similarity of two short technical phrases in [0, 1] (`ittc similarity`): word overlap after
 * stemming, soft word matches (dictionary-pivot synonyms: two English words that share a
 * Chinese translation in our glossary or CC-CEDICT; spelling variants by character trigrams),
 * and character-trigram cosine, combined linearly. With a CPC/IPC context, the coefficients of
 * the context's section (its first letter, A-H) are used. The coefficients were fitted on the
 * development anchors of the patent phrase set (bench/eval/phrases.ts); never on reserved ones.
 */
import type { Analyzer } from './analyzer.js';

type Word = { term: string; surface: string };

const trigramCounts = (s: string): Map<string, number> => {
  const t = ` ${s} `;
  const m = new Map<string, number>();
  for (let i = 0; i + 3 <= t.length; i++) {
    const g = t.slice(i, i + 3);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
};

/** Cosine of character-trigram count vectors, in [0, 1]. */
export const trigramCosine = (a: string, b: string): number => {
  const x = trigramCounts(a.toLowerCase());
  const y = trigramCounts(b.toLowerCase());
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [g, c] of x) {
    nx += c * c;
    dot += c * (y.get(g) ?? 0);
  }
  for (const c of y.values()) ny += c * c;
  return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : 0;
};

const trigramDice = (a: string, b: string): number => {
  const x = new Set(trigramCounts(a).keys());
  const y = new Set(trigramCounts(b).keys());
  let inter = 0;
  for (const g of x) if (y.has(g)) inter++;
  return x.size + y.size > 0 ? (2 * inter) / (x.size + y.size) : 0;
};

const wordsOf = (analyzer: Analyzer, text: string): Word[] => {
  const toks = analyzer.tokens(text);
  const words = toks.map((t) => ({ term: t.term, surface: t.surface.toLowerCase() }));
  if (words.length > 0) return words;
  // Only stopwords ("above", "off"): compare the words themselves.
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => ({ term: w, surface: w }));
};

/** Feature vector of a phrase pair (exported for fitting and tests). */
export type PhraseFeatures = {
  /** Share of each side's words found exactly (same stem) on the other side. */
  exactA: number;
  exactB: number;
  /** The same with soft matches (synonyms, spelling variants). */
  softA: number;
  softB: number;
  /** Character-trigram cosine of the whole phrases. */
  trigram: number;
  /** 1 when both phrases have the same set of stems. */
  same: number;
  /** Best synonym strength between the two phrases' words (0 when none). */
  synonym: number;
  /** Cosine of the Chinese characters of both phrases' translations (related meanings share morphemes). */
  zhChars: number;
};

export const PHRASE_FEATURES: readonly (keyof PhraseFeatures)[] = ['exactA', 'exactB', 'softA', 'softB', 'trigram', 'same', 'synonym', 'zhChars'];

/** Chinese characters of a phrase's translations, weighted. */
const zhCharBag = (analyzer: Analyzer, text: string): Map<string, number> => {
  const bag = new Map<string, number>();
  for (const q of analyzer.query(text, { toEnglish: false, toChinese: true })) {
    if (!q.bridged) continue;
    for (const ch of q.term) bag.set(ch, Math.max(bag.get(ch) ?? 0, q.weight));
  }
  return bag;
};

const cosine = (x: Map<string, number>, y: Map<string, number>): number => {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [k, v] of x) {
    nx += v * v;
    dot += v * (y.get(k) ?? 0);
  }
  for (const v of y.values()) ny += v * v;
  return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : 0;
};

export const phraseFeatures = (analyzer: Analyzer, a: string, b: string): PhraseFeatures => {
  const A = wordsOf(analyzer, a);
  const B = wordsOf(analyzer, b);
  const bridge = analyzer.bridge;
  let synonym = 0;
  const sim = (x: Word, y: Word): { exact: number; soft: number } => {
    if (x.term === y.term) return { exact: 1, soft: 1 };
    let soft = 0;
    if (bridge !== null) {
      const s = Math.max(bridge.relatedEnglish(x.term).get(y.term) ?? 0, bridge.relatedEnglish(y.term).get(x.term) ?? 0);
      if (s > 0) {
        synonym = Math.max(synonym, s);
        soft = 0.5 + 0.5 * s;
      }
    }
    if (x.surface.length >= 4 && y.surface.length >= 4) {
      const d = trigramDice(x.surface, y.surface);
      if (d >= 0.5) soft = Math.max(soft, d);
    }
    return { exact: 0, soft };
  };
  const cover = (X: Word[], Y: Word[]): { exact: number; soft: number } => {
    if (X.length === 0) return { exact: 0, soft: 0 };
    let e = 0;
    let s = 0;
    for (const x of X) {
      let be = 0;
      let bs = 0;
      for (const y of Y) {
        const m = sim(x, y);
        if (m.exact > be) be = m.exact;
        if (m.soft > bs) bs = m.soft;
      }
      e += be;
      s += bs;
    }
    return { exact: e / X.length, soft: s / X.length };
  };
  const ca = cover(A, B);
  const cb = cover(B, A);
  const setA = new Set(A.map((w) => w.term));
  const setB = new Set(B.map((w) => w.term));
  const same = setA.size === setB.size && [...setA].every((t) => setB.has(t)) ? 1 : 0;
  const zhChars = bridge === null ? 0 : cosine(zhCharBag(analyzer, a), zhCharBag(analyzer, b));
  return { exactA: ca.exact, exactB: cb.exact, softA: ca.soft, softB: cb.soft, trigram: trigramCosine(a, b), same, synonym, zhChars };
};

/**
 * The model's inputs: the features, then interactions (weakest and strongest soft cover, the
 * signals that matter when no word is shared, and the product of both covers).
 */
export const phraseVector = (f: PhraseFeatures): number[] => {
  const none = f.exactA === 0 && f.exactB === 0 ? 1 : 0;
  return [
    1,
    ...PHRASE_FEATURES.map((k) => f[k]),
    Math.min(f.softA, f.softB),
    Math.max(f.softA, f.softB),
    none * f.zhChars,
    none * f.trigram,
    none,
    f.softA * f.softB,
    Math.sqrt(f.zhChars),
  ];
};

/** Least-squares coefficients of `phraseVector`, fitted on the development anchors only. */
export const PHRASE_COEFFICIENTS: readonly number[] = [
  0.16, -0.031, 0, 0.061, -0.049, 0.217, 0.173, 0.032, 0.04, 0.08, -0.068, 0.09, -0.07, 0.098, 0.363, -0.016,
];

/**
 * Per-section coefficients of `phraseVector`, used when the pair has a CPC/IPC context: the
 * human scores weigh the same signals differently by technical field (the rows differ mostly in the
 * intercept and the weights of the word covers; single coefficients are collinear, read rows whole).
 * Fitted jointly on the development anchors as one shared row plus a deviation row per section,
 * least squares with a ridge penalty of 30 on the deviations (shrinkage toward the shared row, so
 * D with 525 pairs stays close to it); the penalty was chosen by cross-validation inside the
 * development anchors. 2-fold cross-validation by anchor within development: Pearson 0.560 without
 * context, 0.566 with it; a section table with labels shuffled across classes gained nothing, so the
 * gain is the field, not the extra parameters. Per-class rows (106 classes) and overlap with the
 * section or class titles did not help by a clear margin and are not used.
 */
export const PHRASE_SECTION_COEFFICIENTS: Readonly<Record<string, readonly number[]>> = {
  A: [0.213, -0.128, 0.029, 0.499, 0.375, 0.202, 0.15, -0.006, 0.041, -0.478, -0.535, 0.181, -0.194, 0.037, 0.532, -0.023],
  B: [0.151, -0.182, 0.061, 0.53, 0.427, 0.262, 0.088, 0.006, 0.048, -0.344, -0.586, 0.167, -0.085, 0.098, 0.577, -0.066],
  C: [0.273, -0.118, -0.08, 0.58, 0.306, 0.293, 0.139, 0.01, 0.029, -0.446, -0.555, 0.187, -0.04, -0.036, 0.448, 0.002],
  D: [0.22, -0.126, -0.003, 0.548, 0.364, 0.227, 0.154, 0.018, 0.024, -0.431, -0.544, 0.164, -0.089, 0.024, 0.533, -0.05],
  E: [0.23, -0.162, 0.013, 0.522, 0.398, 0.201, 0.143, 0.03, 0.053, -0.413, -0.554, 0.172, -0.064, 0.04, 0.511, -0.011],
  F: [0.223, -0.138, 0.009, 0.53, 0.384, 0.213, 0.186, -0.019, 0.06, -0.401, -0.572, 0.167, -0.117, 0.033, 0.529, -0.044],
  G: [0.257, -0.068, -0.037, 0.502, 0.334, 0.259, 0.172, 0.058, 0.055, -0.476, -0.575, 0.131, -0.076, 0.038, 0.499, -0.006],
  H: [0.223, -0.084, -0.056, 0.604, 0.313, 0.212, 0.165, 0.015, 0.04, -0.489, -0.481, 0.184, -0.1, 0.036, 0.525, -0.053],
};

/**
 * The section (A-H) of a CPC/IPC context such as 'H04', 'h04l' or 'G06F 17/30'; null when there is
 * no context or it names no section the model knows (CPC's Y, free text), so `PHRASE_COEFFICIENTS` apply.
 */
export const contextSection = (context?: string): string | null => {
  const m = /^\s*([A-Ha-h])(?![A-Za-z]{2})/.exec(context ?? '');
  return m === null ? null : m[1]!.toUpperCase();
};

/** The coefficient row for a context: its section's row, else the context-free one. */
export const phraseCoefficients = (context?: string): readonly number[] => {
  const s = contextSection(context);
  return (s !== null ? PHRASE_SECTION_COEFFICIENTS[s] : undefined) ?? PHRASE_COEFFICIENTS;
};

/**
 * Similarity of two technical phrases in [0, 1]. `context` (a CPC/IPC class such as 'H01') selects
 * the coefficients of its section; without one (or with an unknown one) the score is the
 * context-free model's.
 */
export const phraseSimilarity = (analyzer: Analyzer, a: string, b: string, context?: string): number => {
  const v = phraseVector(phraseFeatures(analyzer, a, b));
  const w = phraseCoefficients(context);
  let s = 0;
  v.forEach((x, i) => (s += (w[i] ?? 0) * x));
  return Math.min(1, Math.max(0, s));
};
