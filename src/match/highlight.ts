/**
 * Highlights: snippets of a document's public fields with the matched words marked. Built only
 * from the document's indexed texts.
 */
import type { AnalyzedToken, Analyzer, TermSet } from './analyzer.js';
import { docTexts, type MatchDoc, TEXT_FIELDS, type TextField, type TextSource } from './doc.js';

export type Highlight = {
  field: TextField;
  /** 'original', or the language of the translation the snippet comes from. */
  lang: TextSource['lang'];
  /** A window of the field's text. */
  snippet: string;
  /** Marked ranges [start, end) within `snippet`. */
  marks: [number, number][];
  /** Whether text was cut before / after the snippet. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
};

/** The tokens of a document's texts that carry a query's terms, computed once per result. */
export type AnalyzedDoc = { sources: TextSource[]; tokens: AnalyzedToken[][] };

/**
 * The tokens of `terms` in a document's texts. With `fields` (a bit per TEXT_FIELDS index), only
 * texts of those fields are read: the others hold no matched term.
 */
export const analyzeDoc = (analyzer: Analyzer, doc: MatchDoc, terms: TermSet, fields = ALL_FIELDS): AnalyzedDoc => {
  const sources = docTexts(doc);
  const tokens = sources.map((s) => ((fields >>> TEXT_FIELDS.indexOf(s.field)) & 1 ? analyzer.locate(s.text, terms) : []));
  return { sources, tokens };
};

const ALL_FIELDS = (1 << TEXT_FIELDS.length) - 1;

const mergeRanges = (r: [number, number][]): [number, number][] => {
  r.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const x of r) {
    const last = out[out.length - 1];
    if (last !== undefined && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
};

/**
 * Up to `max` highlights: the title when it has a match, then the body texts with the most
 * matched words, each cut to about `width` characters around its densest part.
 */
export const highlight = (ad: AnalyzedDoc, matched: ReadonlySet<string>, max = 3, width = 180): Highlight[] => {
  const cands: { h: Highlight; hits: number; order: number }[] = [];
  ad.sources.forEach((src, i) => {
    const ranges: [number, number][] = [];
    for (const t of ad.tokens[i] ?? []) if (matched.has(t.term)) ranges.push([t.start, t.end]);
    if (ranges.length === 0) return;
    const merged = mergeRanges(ranges);
    const text = src.text;
    let start = 0;
    let end = text.length;
    if (text.length > width) {
      // The window of `width` characters holding the most marks.
      let best = 0;
      let bestStart = 0;
      for (let a = 0; a < merged.length; a++) {
        const s0 = merged[a]![0];
        let n = 0;
        for (let b = a; b < merged.length && merged[b]![1] <= s0 + width; b++) n++;
        if (n > best) {
          best = n;
          bestStart = s0;
        }
      }
      start = Math.max(0, bestStart - Math.floor(width / 5));
      end = Math.min(text.length, start + width);
      start = Math.max(0, end - width);
      // Do not cut a word in two.
      while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!) && !/\p{Script=Han}/u.test(text[start - 1]!)) start--;
      while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!) && !/\p{Script=Han}/u.test(text[end]!)) end++;
    }
    const marks = merged.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as [number, number]);
    cands.push({
      h: { field: src.field, lang: src.lang, snippet: text.slice(start, end), marks, truncatedStart: start > 0, truncatedEnd: end < text.length },
      hits: marks.length,
      order: i,
    });
  });
  const titles = cands.filter((c) => c.h.field === 'title').slice(0, 1);
  const rest = cands.filter((c) => c.h.field !== 'title').sort((a, b) => b.hits - a.hits || a.order - b.order);
  return [...titles, ...rest].slice(0, max).map((c) => c.h);
};
