import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ERROR_CODES, ERROR_STATUS } from './error-status.js';

const doc = fs.readFileSync(path.join(import.meta.dirname, '../../docs/errors.md'), 'utf8');

describe('error codes', () => {
  it('maps every code to a 4xx or 5xx status', () => {
    for (const code of ALL_ERROR_CODES) expect(ERROR_STATUS[code], code).toBeGreaterThanOrEqual(400);
  });

  it('documents every code in docs/errors.md with its status', () => {
    const missing = ALL_ERROR_CODES.filter((code) => !new RegExp(`\\| \`${code}\` \\| ${ERROR_STATUS[code]} \\|`).test(doc));
    expect(missing).toEqual([]);
  });

  it('documents no code that does not exist', () => {
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.filter((c) => !(ALL_ERROR_CODES as readonly string[]).includes(c!))).toEqual([]);
  });
});
