/**
 * A document's analyzed text, ready to index: its distinct terms with packed per-field
 * frequencies, and the length of each field. Computing it is most of what indexing costs (Chinese
 * segmentation, stemming), and it depends only on the document's text and the analyzer, so it is
 * computed once per document (shared by the members' and the public index) and may be computed on
 * other threads (src/workers/analysis-pool.ts) and sent back in its wire form.
 */
import type { Analyzer } from './analyzer.js';
import { docTexts, type MatchDoc, TEXT_FIELDS } from './doc.js';
import { FIELD_COUNT, MAX_FIELD_TF } from './postings.js';

export type DocTerms = {
  /** Distinct terms, in first-seen order. */
  terms: string[];
  /** Per term: four 4-bit field frequencies (title, keywords, summary, description) as `packTf` packs them. */
  tfs: Uint16Array;
  /** Per field: its length in terms (that of its longest language version), capped at 65535. */
  lens: Uint16Array;
  /**
   * The document's texts packed as an index stores them; set by the first index that adds the
   * document, so that the others (the public and the members' index) share one string.
   */
  texts?: string;
};

const FIELD_INDEX: Readonly<Record<string, number>> = Object.fromEntries(TEXT_FIELDS.map((f, i) => [f, i]));
const VERSION = { original: 0, zh: 1, en: 2 } as const;

/** Analyzes the public texts of a document into index terms. */
export const analyzeDocTerms = (analyzer: Analyzer, doc: MatchDoc): DocTerms => {
  const tf = new Map<string, number>();
  const lens = new Uint32Array(FIELD_COUNT * 3);
  const buf: string[] = [];
  for (const src of docTexts(doc)) {
    const f = FIELD_INDEX[src.field] as number;
    buf.length = 0;
    analyzer.terms(src.text, buf);
    const li = f * 3 + VERSION[src.lang];
    lens[li] = (lens[li] as number) + buf.length;
    const shift = 4 * f;
    const one = 1 << shift;
    for (const t of buf) {
      const v = tf.get(t) ?? 0;
      if (((v >>> shift) & 15) < MAX_FIELD_TF) tf.set(t, v + one);
    }
  }
  const out: DocTerms = { terms: [...tf.keys()], tfs: Uint16Array.from(tf.values()), lens: new Uint16Array(FIELD_COUNT) };
  for (let f = 0; f < FIELD_COUNT; f++) out.lens[f] = Math.min(65535, Math.max(lens[f * 3] as number, lens[f * 3 + 1] as number, lens[f * 3 + 2] as number));
  return out;
};

/**
 * The wire form of a batch of DocTerms: each term as a number in the encoder's own dictionary,
 * and only the terms the decoder has not seen yet as text (one string). A batch crosses a thread
 * boundary as a few objects instead of thousands of small strings, and the decoder hands out one
 * string object per term, whose hash the index's dictionary has already computed.
 */
export type PackedDocTerms = { newTerms: string; ids: Int32Array; counts: Uint32Array; tfs: Uint16Array; lens: Uint16Array };

// A term never holds U+0000 (the analyzer makes terms of letters, digits and a few joiners).
const SEP = '\u0000';

/** Encodes batches for one decoder; the pair must see the same batches in the same order. */
export const createTermEncoder = (): ((batch: readonly DocTerms[]) => PackedDocTerms) => {
  const known = new Map<string, number>();
  return (batch) => {
    let total = 0;
    for (const d of batch) total += d.terms.length;
    const ids = new Int32Array(total);
    const counts = new Uint32Array(batch.length);
    const tfs = new Uint16Array(total);
    const lens = new Uint16Array(batch.length * FIELD_COUNT);
    const fresh: string[] = [];
    let at = 0;
    batch.forEach((d, i) => {
      counts[i] = d.terms.length;
      tfs.set(d.tfs, at);
      lens.set(d.lens, i * FIELD_COUNT);
      for (const t of d.terms) {
        let id = known.get(t);
        if (id === undefined) {
          id = known.size;
          known.set(t, id);
          fresh.push(t);
        }
        ids[at++] = id;
      }
    });
    return { newTerms: fresh.join(SEP), ids, counts, tfs, lens };
  };
};

export const createTermDecoder = (): ((packed: PackedDocTerms) => DocTerms[]) => {
  const strings: string[] = [];
  return (p) => {
    if (p.newTerms.length > 0) for (const t of p.newTerms.split(SEP)) strings.push(t);
    const out: DocTerms[] = [];
    let at = 0;
    for (let i = 0; i < p.counts.length; i++) {
      const n = p.counts[i] as number;
      const terms = new Array<string>(n);
      for (let j = 0; j < n; j++) terms[j] = strings[p.ids[at + j] as number] as string;
      out.push({ terms, tfs: p.tfs.subarray(at, at + n), lens: p.lens.subarray(i * FIELD_COUNT, (i + 1) * FIELD_COUNT) });
      at += n;
    }
    return out;
  };
};
