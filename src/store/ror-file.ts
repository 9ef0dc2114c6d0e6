/**
 * Reads a ROR data dump file and yields its raw records: a JSON array (ROR's official
 * `v*-ror-data.json`) or JSON Lines, either one optionally gzip-compressed (detected from the
 * first bytes, not the file name). Arrays are split object by object while streaming, so the
 * full dump (hundreds of MB) never sits in memory as one string. Validation is the caller's
 * (src/match/ror.ts `parseRorRecord`).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { mapRorRecord, parseRorRecord, type RorOrganizationInput } from '../match/ror.js';

export type RawRorRecord = { line: number; value: unknown };

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await handle.read(buf, 0, 2, 0);
    return bytesRead === 2 && buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function* textChunks(path: string): AsyncGenerator<string> {
  const raw = createReadStream(path);
  const stream = (await isGzip(path)) ? raw.pipe(createGunzip()) : raw;
  stream.setEncoding('utf8');
  for await (const chunk of stream) yield chunk as string;
}

/**
 * Yields every record of the file with its 1-based position (line number for JSON Lines,
 * element number for an array). Throws SyntaxError (with the position) on malformed JSON.
 */
export async function* readRorFile(path: string): AsyncGenerator<RawRorRecord> {
  let mode: 'unknown' | 'lines' | 'array' = 'unknown';
  // JSON Lines state.
  let pending = '';
  let lineNo = 0;
  // Array state: depth and string tracking of the element being collected.
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element: string[] = [];
  let elementStart = -1;
  let elementNo = 0;

  for await (const chunk of textChunks(path)) {
    let text = chunk;
    if (mode === 'unknown') {
      const trimmed = (pending + text).replace(/^\uFEFF?\s*/, '');
      if (trimmed.length === 0) {
        pending += text;
        continue;
      }
      mode = trimmed[0] === '[' ? 'array' : 'lines';
      text = mode === 'array' ? trimmed.slice(1) : pending + text;
      pending = '';
    }
    if (mode === 'lines') {
      const parts = (pending + text).split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        lineNo++;
        const line = part.trim();
        if (line.length === 0) continue;
        yield { line: lineNo, value: parseJson(line, lineNo) };
      }
      continue;
    }
    // Array mode: collect each top-level object between balanced braces.
    elementStart = depth > 0 ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (c === 0x22) inString = depth > 0;
      else if (c === 0x7b || c === 0x5b) {
        if (depth === 0) elementStart = i;
        depth++;
      } else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) continue; // the closing bracket of the array
        depth--;
        if (depth === 0) {
          element.push(text.slice(elementStart, i + 1));
          elementNo++;
          yield { line: elementNo, value: parseJson(element.join(''), elementNo) };
          element = [];
          elementStart = -1;
        }
      }
    }
    if (depth > 0 && elementStart >= 0) element.push(text.slice(elementStart));
  }
  if (mode === 'lines' && pending.trim().length > 0) {
    lineNo++;
    yield { line: lineNo, value: parseJson(pending.trim(), lineNo) };
  }
  if (mode === 'array' && depth > 0) throw new SyntaxError(`ROR file ${path}: unterminated record ${elementNo + 1}`);
}

function parseJson(text: string, position: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new SyntaxError(`record ${position}: ${(e as Error).message}`);
  }
}

/**
 * Yields every valid record of a ROR dump mapped to an ITTC organization input. Invalid records
 * are passed to `onInvalid` (position and error) and skipped.
 */
export async function* readRorOrganizations(
  path: string,
  onInvalid: (position: number, error: Error) => void = () => {},
): AsyncGenerator<RorOrganizationInput> {
  for await (const { line, value } of readRorFile(path)) {
    let org: RorOrganizationInput;
    try {
      org = mapRorRecord(parseRorRecord(value));
    } catch (e) {
      onInvalid(line, e as Error);
      continue;
    }
    yield org;
  }
}
