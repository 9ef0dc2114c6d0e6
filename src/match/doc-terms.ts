/**
 * A document's analyzed text, ready to index: its distinct terms with packed per-field
 * frequencies, and the length of each field. Computing it is most of what indexing costs (Chinese
 * segmentation, stemming), and it depends only on the document's text and the analyzer, so it is
 * computed once per document and may be computed on other threads (src/workers/analysis-pool.ts)
 * and sent back in its wire form.
 */
import type { Analyzer } from './analyzer.js';
import { docTexts, type MatchDoc, TEXT_FIELDS, type TextSource } from './doc.js';
import { ensure } from './growable.js';
import { FIELD_COUNT, MAX_FIELD_TF } from './postings.js';
import { TermNumbers } from './term-numbers.js';

export type DocTerms = {
  /** Distinct terms, in first-seen order. */
  terms: string[];
  /** Per term: four 4-bit field frequencies (title, keywords, summary, description) as `packTf` packs them. */
  tfs: Uint16Array;
  /** Per field: its length in terms (that of its longest language version), capped at 65535. */
  lens: Uint16Array;
  /**
   * The document's texts packed as an index stores them; set by the first index that adds the
   * document, so that any other index given the same terms shares one string.
   */
  texts?: string;
};

const FIELD_INDEX: Readonly<Record<string, number>> = Object.fromEntries(TEXT_FIELDS.map((f, i) => [f, i]));
const VERSION = { original: 0, zh: 1, en: 2 } as const;
/** A text's source as one number: its field's index * 3 + its version (original, zh, en). */
const sourceCode = (src: TextSource): number => (FIELD_INDEX[src.field] as number) * 3 + VERSION[src.lang];

/**
 * The texts of a batch of documents, as analysis needs them: per document, its number of texts;
 * per text, the text and its source (sourceCode). A batch crosses a thread boundary as one list of
 * strings and two arrays of numbers, not as document objects.
 */
export type BatchTexts = { texts: string[]; counts: Uint32Array; sources: Uint8Array };

export const batchTexts = (docs: readonly MatchDoc[]): BatchTexts => {
  const texts: string[] = [];
  const sources: number[] = [];
  const counts = new Uint32Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const ts = docTexts(docs[i] as MatchDoc);
    counts[i] = ts.length;
    for (const src of ts) {
      texts.push(src.text);
      sources.push(sourceCode(src));
    }
  }
  return { texts, counts, sources: Uint8Array.from(sources) };
};

/**
 * Analyzes documents into numbered terms: each distinct term gets a number in `strings` the first
 * time any document has it, and a document's frequencies are counted by number (one dictionary
 * lookup per word, arrays for the rest).
 */
class TermCollector {
  readonly strings: string[] = [];
  private readonly known = new TermNumbers();
  /** Per term number: the last document that had it, and its place in `ids` and `tfs`. */
  private seen = new Int32Array(0);
  private slot = new Int32Array(0);
  private docNo = 0;
  /** Each text's terms, for the document being added. */
  private readonly bufs: string[][] = [];
  private readonly lens = new Uint32Array(FIELD_COUNT * 3);
  /**
   * The documents added since `clear`, one after another: each one's distinct term numbers
   * (first-seen order) and packed frequencies. `size` entries are in use.
   */
  ids = new Int32Array(256);
  tfs = new Uint16Array(256);
  size = 0;
  /** The last document's field lengths. */
  readonly fieldLens = new Uint16Array(FIELD_COUNT);

  constructor(private readonly analyzer: Analyzer) {}

  clear(): void {
    this.size = 0;
  }

  /** Adds one document: its texts `texts[from..to)`, each from the source `sources[i]` (sourceCode). */
  add(texts: readonly string[], sources: ArrayLike<number>, from: number, to: number): void {
    const { lens, bufs, known, strings } = this;
    this.docNo++;
    lens.fill(0);
    this.analyzer.termsOfEach(texts, from, to, bufs);
    for (let i = from; i < to; i++) {
      const li = sources[i] as number;
      const f = (li / 3) | 0;
      const buf = bufs[i - from] as string[];
      lens[li] = (lens[li] as number) + buf.length;
      const shift = 4 * f;
      const one = 1 << shift;
      for (const t of buf) {
        let id = known.get(t);
        if (id < 0) {
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
          this.slot[id] = k = this.size++;
          if (k === this.ids.length) {
            this.ids = ensure(this.ids, k + 1);
            this.tfs = ensure(this.tfs, k + 1);
          }
          this.ids[k] = id;
          this.tfs[k] = 0;
        } else k = this.slot[id] as number;
        const v = this.tfs[k] as number;
        if (((v >>> shift) & 15) < MAX_FIELD_TF) this.tfs[k] = v + one;
      }
    }
    for (let f = 0; f < FIELD_COUNT; f++) this.fieldLens[f] = Math.min(65535, Math.max(lens[f * 3] as number, lens[f * 3 + 1] as number, lens[f * 3 + 2] as number));
  }
}

/** Analyzes the public texts of a document into index terms. */
export const analyzeDocTerms = (analyzer: Analyzer, doc: MatchDoc): DocTerms => {
  const c = new TermCollector(analyzer);
  const { texts, sources } = batchTexts([doc]);
  c.add(texts, sources, 0, texts.length);
  return { terms: c.strings, tfs: c.tfs.slice(0, c.size), lens: c.fieldLens };
};

/**
 * The wire form of a batch of DocTerms: each term as a number in the analyzing thread's own
 * dictionary, and only the terms the decoder has not seen yet as text (one string). A batch
 * crosses a thread boundary as a few objects instead of thousands of small strings, and the index
 * maps each number to its own term id once (BatchDocTerms).
 */
export type PackedDocTerms = { newTerms: string; ids: Int32Array; counts: Uint32Array; tfs: Uint16Array; lens: Uint16Array };

// A term never holds U+0000 (the analyzer makes terms of letters, digits and a few joiners).
const SEP = '\u0000';

/**
 * Analyzes batches of documents into their wire form, for one decoder (createTermDecoder); the
 * pair must see the same batches in the same order.
 */
export const createBatchAnalyzer = (analyzer: Analyzer): ((batch: BatchTexts) => PackedDocTerms) => {
  const c = new TermCollector(analyzer);
  let sent = 0;
  return ({ texts, counts: textCounts, sources }) => {
    const n = textCounts.length;
    const counts = new Uint32Array(n);
    const lens = new Uint16Array(n * FIELD_COUNT);
    c.clear();
    for (let i = 0, at = 0; i < n; i++) {
      const end = at + (textCounts[i] as number);
      const before = c.size;
      c.add(texts, sources, at, end);
      at = end;
      counts[i] = c.size - before;
      lens.set(c.fieldLens, i * FIELD_COUNT);
    }
    const newTerms = c.strings.slice(sent).join(SEP);
    sent = c.strings.length;
    return { newTerms, ids: c.ids.slice(0, c.size), counts, tfs: c.tfs.slice(0, c.size), lens };
  };
};

/** A decoder's terms by number; it only grows. */
export type TermDictionary = { readonly strings: readonly string[] };

/**
 * A decoded document's terms: views into its batch's arrays, made only when asked for (the index
 * reads the batch's arrays directly, so a batch of a thousand documents costs a few objects, not
 * thousands of arrays).
 */
export class BatchDocTerms implements DocTerms {
  texts?: string;
  constructor(
    readonly batch: PackedDocTerms,
    readonly dict: TermDictionary,
    /** The document's first entry in the batch's `ids` and `tfs`, and its number of terms. */
    readonly at: number,
    readonly n: number,
    /** The document's place in the batch (its field lengths are at `index * FIELD_COUNT`). */
    readonly index: number,
  ) {}

  get terms(): string[] {
    const out = new Array<string>(this.n);
    for (let j = 0; j < this.n; j++) out[j] = this.dict.strings[this.batch.ids[this.at + j] as number] as string;
    return out;
  }
  get tfs(): Uint16Array {
    return this.batch.tfs.subarray(this.at, this.at + this.n);
  }
  get lens(): Uint16Array {
    return this.batch.lens.subarray(this.index * FIELD_COUNT, (this.index + 1) * FIELD_COUNT);
  }
}

export const createTermDecoder = (): ((packed: PackedDocTerms) => BatchDocTerms[]) => {
  const strings: string[] = [];
  const dict: TermDictionary = { strings };
  return (p) => {
    if (p.newTerms.length > 0) for (const t of p.newTerms.split(SEP)) strings.push(t);
    const out = new Array<BatchDocTerms>(p.counts.length);
    let at = 0;
    for (let i = 0; i < p.counts.length; i++) {
      const n = p.counts[i] as number;
      out[i] = new BatchDocTerms(p, dict, at, n, i);
      at += n;
    }
    return out;
  };
};
