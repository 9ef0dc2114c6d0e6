/**
 * A document's analyzed text, ready to index: its distinct terms with packed per-field
 * frequencies, and the length of each field. Computing it is most of what indexing costs (Chinese
 * segmentation, stemming), and it depends only on the document's text and the analyzer, so it is
 * computed once per document and may be computed on other threads (src/workers/analysis-pool.ts)
 * and sent back in its wire form.
 */
import type { Analyzer } from './analyzer.js';
import { docTexts, type MatchDoc, TEXT_FIELDS } from './doc.js';
import { ensure } from './growable.js';
import { FIELD_COUNT, MAX_FIELD_TF } from './postings.js';

export type DocTerms = {
  /** Distinct terms, in first-seen order. */
  terms: string[];
  /** Per term: four 4-bit field frequencies (title, keywords, summary, description) as `packTf` packs them. */
  tfs: Uint16Array;
  /** Per field: its length in terms (that of its longest language version), capped at 65535. */
  lens: Uint16Array;
  /**
   * When the terms came from another thread: each term's number in the decoder's dictionary
   * (`dict.strings[ids[i]] === terms[i]`), so that an index maps numbers to its own term ids once
   * per term and dictionary instead of looking every term up by its text.
   */
  ids?: Int32Array;
  dict?: TermDictionary;
  /**
   * The document's texts packed as an index stores them; set by the first index that adds the
   * document, so that any other index given the same terms shares one string.
   */
  texts?: string;
};

const FIELD_INDEX: Readonly<Record<string, number>> = Object.fromEntries(TEXT_FIELDS.map((f, i) => [f, i]));
const VERSION = { original: 0, zh: 1, en: 2 } as const;

/**
 * Analyzes documents into numbered terms: each distinct term gets a number in `strings` the first
 * time any document has it, and a document's frequencies are counted by number (one dictionary
 * lookup per word, arrays for the rest).
 */
class TermCollector {
  readonly strings: string[] = [];
  private readonly known = new Map<string, number>();
  /** Per term number: the last document that had it, and its place in that document's lists. */
  private seen = new Int32Array(0);
  private slot = new Int32Array(0);
  private docNo = 0;
  private readonly buf: string[] = [];
  private readonly lens = new Uint32Array(FIELD_COUNT * 3);
  /** The last document's distinct term numbers (first-seen order) and packed frequencies. */
  readonly ids: number[] = [];
  readonly tfs: number[] = [];
  /** The last document's field lengths. */
  readonly fieldLens = new Uint16Array(FIELD_COUNT);

  constructor(private readonly analyzer: Analyzer) {}

  add(doc: MatchDoc): void {
    const { ids, tfs, lens, buf, known, strings } = this;
    this.docNo++;
    ids.length = 0;
    tfs.length = 0;
    lens.fill(0);
    for (const src of docTexts(doc)) {
      const f = FIELD_INDEX[src.field] as number;
      buf.length = 0;
      this.analyzer.terms(src.text, buf);
      const li = f * 3 + VERSION[src.lang];
      lens[li] = (lens[li] as number) + buf.length;
      const shift = 4 * f;
      const one = 1 << shift;
      for (const t of buf) {
        let id = known.get(t);
        if (id === undefined) {
          id = strings.length;
          strings.push(t);
          known.set(t, id);
          if (id >= this.seen.length) {
            this.seen = ensure(this.seen, id + 1);
            this.slot = ensure(this.slot, id + 1);
          }
        }
        let k: number;
        if (this.seen[id] !== this.docNo) {
          this.seen[id] = this.docNo;
          this.slot[id] = k = ids.length;
          ids.push(id);
          tfs.push(0);
        } else k = this.slot[id] as number;
        const v = tfs[k] as number;
        if (((v >>> shift) & 15) < MAX_FIELD_TF) tfs[k] = v + one;
      }
    }
    for (let f = 0; f < FIELD_COUNT; f++) this.fieldLens[f] = Math.min(65535, Math.max(lens[f * 3] as number, lens[f * 3 + 1] as number, lens[f * 3 + 2] as number));
  }
}

/** Analyzes the public texts of a document into index terms. */
export const analyzeDocTerms = (analyzer: Analyzer, doc: MatchDoc): DocTerms => {
  const c = new TermCollector(analyzer);
  c.add(doc);
  return { terms: c.strings, tfs: Uint16Array.from(c.tfs), lens: c.fieldLens };
};

/**
 * The wire form of a batch of DocTerms: each term as a number in the analyzing thread's own
 * dictionary, and only the terms the decoder has not seen yet as text (one string). A batch
 * crosses a thread boundary as a few objects instead of thousands of small strings, and the index
 * maps each number to its own term id once (DocTerms.ids).
 */
export type PackedDocTerms = { newTerms: string; ids: Int32Array; counts: Uint32Array; tfs: Uint16Array; lens: Uint16Array };

// A term never holds U+0000 (the analyzer makes terms of letters, digits and a few joiners).
const SEP = '\u0000';

/**
 * Analyzes batches of documents into their wire form, for one decoder (createTermDecoder); the
 * pair must see the same batches in the same order.
 */
export const createBatchAnalyzer = (analyzer: Analyzer): ((docs: readonly MatchDoc[]) => PackedDocTerms) => {
  const c = new TermCollector(analyzer);
  let sent = 0;
  return (docs) => {
    const ids: number[] = [];
    const tfs: number[] = [];
    const counts = new Uint32Array(docs.length);
    const lens = new Uint16Array(docs.length * FIELD_COUNT);
    docs.forEach((doc, i) => {
      c.add(doc);
      counts[i] = c.ids.length;
      for (let j = 0; j < c.ids.length; j++) {
        ids.push(c.ids[j] as number);
        tfs.push(c.tfs[j] as number);
      }
      lens.set(c.fieldLens, i * FIELD_COUNT);
    });
    const newTerms = c.strings.slice(sent).join(SEP);
    sent = c.strings.length;
    return { newTerms, ids: Int32Array.from(ids), counts, tfs: Uint16Array.from(tfs), lens };
  };
};

/** A decoder's terms by number; it only grows. */
export type TermDictionary = { readonly strings: readonly string[] };

export const createTermDecoder = (): ((packed: PackedDocTerms) => DocTerms[]) => {
  const strings: string[] = [];
  const dict: TermDictionary = { strings };
  return (p) => {
    if (p.newTerms.length > 0) for (const t of p.newTerms.split(SEP)) strings.push(t);
    const out: DocTerms[] = [];
    let at = 0;
    for (let i = 0; i < p.counts.length; i++) {
      const n = p.counts[i] as number;
      const terms = new Array<string>(n);
      for (let j = 0; j < n; j++) terms[j] = strings[p.ids[at + j] as number] as string;
      out.push({ terms, tfs: p.tfs.subarray(at, at + n), lens: p.lens.subarray(i * FIELD_COUNT, (i + 1) * FIELD_COUNT), ids: p.ids.subarray(at, at + n), dict });
      at += n;
    }
    return out;
  };
};
