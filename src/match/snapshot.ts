/**
 * The index's snapshot format: what an index writes so that a later process can load it instead
 * of analyzing every document again. Pure: the bytes go to a `SnapshotSink` and come from a
 * `SnapshotSource` that an adapter backs with a file (src/store/index-snapshot.ts).
 *
 * Layout: a header (magic, format, byte order, JSON meta), then sections in a fixed order, each a
 * typed array's bytes or a list of strings (their UTF-8 byte lengths, then their bytes). A
 * snapshot carries the fingerprint of the analyzer that made its terms; loading it with another
 * analyzer is refused, since its terms would not be the ones that analyzer makes.
 */
import { DomainError } from '../core/shared/domain-error.js';
import type { Analyzer } from './analyzer.js';

export type SnapshotErrorCode = 'MATCH_SNAPSHOT_INVALID' | 'MATCH_SNAPSHOT_STALE';

/** Where a snapshot's bytes go, in order. */
export type SnapshotSink = { write(bytes: Uint8Array): void };

/** Where a snapshot's bytes come from, in order. */
export type SnapshotSource = {
  /** Fills `into` with the next bytes; throws when the snapshot ends first. */
  read(into: Uint8Array): void;
};

const MAGIC = 'ITTCIDX\u0001';
/** Bumped whenever the layout or the meaning of a section changes. */
export const SNAPSHOT_FORMAT = 1;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

type Typed = Int32Array | Uint32Array | Uint8Array | Uint16Array | Float64Array | Float32Array;

const bytesOf = (a: Typed): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export const snapshotInvalid = (why: string): DomainError<SnapshotErrorCode> => new DomainError<SnapshotErrorCode>('MATCH_SNAPSHOT_INVALID', `The index snapshot cannot be read: ${why}.`);

/** Writes a snapshot's header and sections. */
export class SnapshotWriter {
  constructor(private readonly sink: SnapshotSink) {}

  header(meta: Record<string, unknown>): void {
    const json = Buffer.from(JSON.stringify({ ...meta, format: SNAPSHOT_FORMAT, littleEndian: LITTLE_ENDIAN }), 'utf8');
    this.sink.write(Buffer.from(MAGIC, 'latin1'));
    this.sink.write(bytesOf(Uint32Array.of(json.length)));
    this.sink.write(json);
  }

  array(a: Typed): void {
    this.sink.write(bytesOf(Uint32Array.of(a.length)));
    if (a.byteLength > 0) this.sink.write(bytesOf(a));
  }

  /** One array written in parts (`total` values in all, given in order). */
  parts(total: number, parts: Iterable<Typed>): void {
    this.sink.write(bytesOf(Uint32Array.of(total)));
    let n = 0;
    for (const p of parts) {
      n += p.length;
      if (p.byteLength > 0) this.sink.write(bytesOf(p));
    }
    if (n !== total) throw new Error(`snapshot: ${n} values written where ${total} were announced`);
  }

  /** Strings as UTF-8, in chunks of about 4 MB (lengths first, then bytes). */
  strings(xs: readonly string[]): void {
    this.sink.write(bytesOf(Uint32Array.of(xs.length)));
    for (let start = 0; start < xs.length; ) {
      let end = start;
      let bytes = 0;
      while (end < xs.length && (end === start || bytes < CHUNK)) bytes += Buffer.byteLength(xs[end++] as string, 'utf8');
      const lens = new Uint32Array(end - start);
      const buf = Buffer.allocUnsafe(bytes);
      let at = 0;
      for (let i = start; i < end; i++) {
        const n = buf.write(xs[i] as string, at, 'utf8');
        lens[i - start] = n;
        at += n;
      }
      this.sink.write(bytesOf(Uint32Array.of(end - start, bytes)));
      this.sink.write(bytesOf(lens));
      this.sink.write(buf);
      start = end;
    }
  }
}

const CHUNK = 4 << 20;

/** Reads what a SnapshotWriter wrote, in the same order. */
export class SnapshotReader {
  constructor(private readonly source: SnapshotSource) {}

  private u32(): number {
    const b = new Uint32Array(1);
    this.source.read(bytesOf(b));
    return b[0] as number;
  }

  /** The header's meta; refuses another format or byte order. */
  header(): Record<string, unknown> {
    const magic = new Uint8Array(MAGIC.length);
    this.source.read(magic);
    if (Buffer.from(magic).toString('latin1') !== MAGIC) throw snapshotInvalid('not an ITTC index snapshot');
    const n = this.u32();
    if (n > 64 << 20) throw snapshotInvalid('header too long');
    const json = new Uint8Array(n);
    this.source.read(json);
    let meta: Record<string, unknown>;
    try {
      meta = JSON.parse(Buffer.from(json).toString('utf8')) as Record<string, unknown>;
    } catch {
      throw snapshotInvalid('header is not JSON');
    }
    if (meta.format !== SNAPSHOT_FORMAT) throw new DomainError<SnapshotErrorCode>('MATCH_SNAPSHOT_STALE', `The index snapshot has format ${String(meta.format)}, not ${SNAPSHOT_FORMAT}.`);
    if (meta.littleEndian !== LITTLE_ENDIAN) throw snapshotInvalid('written on a machine of the other byte order');
    return meta;
  }

  /** The next array, of a known length when `expect` is given. */
  array<T extends Typed>(make: new (n: number) => T, expect?: number, capacity?: number): T {
    const n = this.u32();
    if (expect !== undefined && n !== expect) throw snapshotInvalid(`an array holds ${n} values where ${expect} were expected`);
    const a = new make(Math.max(n, capacity ?? 0));
    if (n > 0) this.source.read(bytesOf(a).subarray(0, n * a.BYTES_PER_ELEMENT));
    return a;
  }

  /** Reads the next array's values into `into` (its length must match). */
  arrayInto(into: Typed): void {
    const n = this.u32();
    if (n !== into.length) throw snapshotInvalid(`an array holds ${n} values where ${into.length} were expected`);
    if (n > 0) this.source.read(bytesOf(into));
  }

  /** Reads an array written in parts into `views`, one after another (their lengths must add up). */
  partsInto(views: readonly Typed[]): void {
    const n = this.u32();
    let total = 0;
    for (const v of views) total += v.length;
    if (n !== total) throw snapshotInvalid(`an array holds ${n} values where ${total} were expected`);
    for (const v of views) if (v.length > 0) this.source.read(bytesOf(v));
  }

  strings(expect?: number): string[] {
    const n = this.u32();
    if (expect !== undefined && n !== expect) throw snapshotInvalid(`a list holds ${n} strings where ${expect} were expected`);
    const out = new Array<string>(n);
    let i = 0;
    while (i < n) {
      const count = this.u32();
      const bytes = this.u32();
      if (count === 0 || i + count > n) throw snapshotInvalid('a string chunk is out of bounds');
      const lens = new Uint32Array(count);
      this.source.read(bytesOf(lens));
      const buf = Buffer.allocUnsafe(bytes);
      this.source.read(buf);
      let at = 0;
      for (let j = 0; j < count; j++) {
        const len = lens[j] as number;
        if (at + len > bytes) throw snapshotInvalid('a string is out of bounds');
        // One string each (a slice of one big string would keep the whole chunk alive, and in
        // two bytes a character when any text of the chunk is Chinese).
        out[i++] = buf.toString('utf8', at, at + len);
        at += len;
      }
    }
    return out;
  }
}

/**
 * A short fingerprint of what the analyzer makes of a fixed sample (Chinese, traditional
 * characters, English, technical tokens) and of its term settings: a snapshot made with another
 * analyzer (another jieba dictionary, stemmer, glossary or folding) has another fingerprint.
 */
export const analyzerFingerprint = (analyzer: Analyzer): string => {
  const terms = FINGERPRINT_SAMPLES.map((s) => analyzer.terms(s).join(' ')).join('\n');
  const settings = analyzer.termSettings();
  return `${fnv1a(terms)}-${fnv1a(JSON.stringify(settings))}`;
};

const FINGERPRINT_SAMPLES = [
  '一种基于石墨烯复合材料的锂离子电池负极及其制备方法，用于新能源汽车动力电池',
  '固態電池電解質的製備工藝與量產設備',
  'A solid-state lithium battery electrolyte with LiFePO4 cathodes, tested at 3.5 V (H01M 10/052, cortex-m4).',
  'Machine-learning based inspection of welded joints; 高速视觉检测 for automotive assembly lines.',
];

/** FNV-1a, 32 bits, over UTF-16 code units, as 8 hex digits. */
export const fnv1a = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
};
