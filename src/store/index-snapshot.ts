/**
 * Index snapshot files: the search engine's snapshot (src/match/snapshot.ts) written to and read
 * from a file. Written to a temporary file beside the target, flushed to disk and renamed over
 * it, so a reader sees the old snapshot or the new one, never half of one. The file ends with the
 * CRC-32 of everything before it: a damaged file is refused, not half-trusted. An adapter: file I/O.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { MatchEngine } from '../match/engine.js';
import { type SnapshotSource, snapshotInvalid } from '../match/snapshot.js';

const BUFFER = 8 << 20;

/** Writes the engine's snapshot to `file` (mode 0600: it holds members-only listings' texts). Returns its size in bytes. */
export const writeSnapshotFile = (engine: MatchEngine, file: string, tag: string): number => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  let size = 0;
  let crc = 0;
  try {
    const buf = Buffer.allocUnsafe(BUFFER);
    let used = 0;
    const writeAll = (bytes: Uint8Array) => {
      let at = 0;
      while (at < bytes.length) at += fs.writeSync(fd, bytes, at, bytes.length - at);
      size += bytes.length;
    };
    const flush = () => {
      writeAll(buf.subarray(0, used));
      used = 0;
    };
    engine.writeSnapshot(
      {
        write(bytes) {
          crc = zlib.crc32(bytes, crc);
          if (bytes.length >= BUFFER) {
            flush();
            writeAll(bytes);
            return;
          }
          if (used + bytes.length > BUFFER) flush();
          buf.set(bytes, used);
          used += bytes.length;
        },
      },
      tag,
    );
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32LE(crc >>> 0);
    if (used + trailer.length > BUFFER) flush();
    buf.set(trailer, used);
    used += 4;
    flush();
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  return size;
};

/**
 * Opens a snapshot file for reading: `use` gets its source and the file is closed after.
 * Returns null when there is no such file.
 */
export const readSnapshotFile = <T>(file: string, use: (source: SnapshotSource) => T): T | null => {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const buf = Buffer.allocUnsafe(BUFFER);
    let start = 0;
    let end = 0;
    /** Reads into `target` from `at` until at least `min` bytes came; returns how many did. */
    const readAtLeast = (target: Uint8Array, at: number, min: number): number => {
      let got = 0;
      while (got < min) {
        const n = fs.readSync(fd, target, at + got, target.length - at - got, null);
        if (n === 0) throw snapshotInvalid('the file ends too early');
        got += n;
      }
      return got;
    };
    let crc = 0;
    const source: SnapshotSource = {
      read(into) {
        const buffered = Math.min(end - start, into.length);
        into.set(buf.subarray(start, start + buffered));
        start += buffered;
        const missing = into.length - buffered;
        if (missing === 0) return;
        if (missing >= BUFFER) {
          // A large array: straight into place.
          readAtLeast(into, buffered, missing);
          return;
        }
        end = readAtLeast(buf, 0, missing);
        into.set(buf.subarray(0, missing), buffered);
        start = missing;
      },
    };
    // Every byte read goes through the checksum.
    const result = use({
      read(into) {
        source.read(into);
        crc = zlib.crc32(into, crc);
      },
    });
    const trailer = new Uint8Array(4);
    source.read(trailer);
    if (Buffer.from(trailer).readUInt32LE() !== crc >>> 0) throw snapshotInvalid('its checksum does not match its contents');
    const rest = new Uint8Array(1);
    try {
      source.read(rest);
    } catch {
      return result; // the end of the file, as it should be
    }
    throw snapshotInvalid('bytes follow its end');
  } finally {
    fs.closeSync(fd);
  }
};
