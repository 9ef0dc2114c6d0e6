import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wipoFieldForIpc, wipoFieldNumberForIpc, wipoFieldsForIpcCodes } from './ipc-wipo.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const sharedData = process.env.ITTC_SHARED_DATA ?? join(repoRoot, '../shared/data');
const concordancePath = join(sharedData, 'classification_schemes/ipc_to_wipo_technology_fields.csv');

describe('wipoFieldForIpc', () => {
  it('maps subclasses and subgroups to their field', () => {
    expect(wipoFieldForIpc('H01M 10/052')).toBe('wipo-01');
    expect(wipoFieldForIpc('H01L 29/1608')).toBe('wipo-08');
    expect(wipoFieldForIpc('G06F 16/30')).toBe('wipo-06');
    expect(wipoFieldForIpc('G06Q')).toBe('wipo-07');
    expect(wipoFieldForIpc('C25B 1/04')).toBe('wipo-21');
    expect(wipoFieldForIpc('B01D 69/02')).toBe('wipo-23');
    expect(wipoFieldForIpc('B25J 15/00')).toBe('wipo-25');
  });

  it('lets a main-group rule override its subclass (longest prefix wins)', () => {
    expect(wipoFieldForIpc('A61K')).toBe('wipo-16');
    expect(wipoFieldForIpc('A61K 31/4745')).toBe('wipo-16');
    expect(wipoFieldForIpc('A61K 8/02')).toBe('wipo-14');
    expect(wipoFieldForIpc('G01N 21/65')).toBe('wipo-10');
    expect(wipoFieldForIpc('G01N 33/574')).toBe('wipo-11');
    expect(wipoFieldForIpc('H04N 21/234')).toBe('wipo-04');
    expect(wipoFieldForIpc('H04N 1/00')).toBe('wipo-03');
    expect(wipoFieldForIpc('H04N 5/33')).toBe('wipo-02');
    expect(wipoFieldForIpc('B01D 53/86')).toBe('wipo-24');
  });

  it('accepts unnormalized input', () => {
    expect(wipoFieldForIpc('h01l21/02')).toBe('wipo-08');
    expect(wipoFieldNumberForIpc('A61K0031000000')).toBe(16);
  });

  it('covers subclasses newer than the 2008 table through class rules', () => {
    expect(wipoFieldForIpc('B64U 10/13')).toBe('wipo-32');
    expect(wipoFieldForIpc('G06V 10/82')).toBe('wipo-06');
    expect(wipoFieldForIpc('H10K 30/50')).toBe('wipo-08');
  });

  it('maps a class only when all its subclasses agree', () => {
    expect(wipoFieldForIpc('B60')).toBe('wipo-32');
    expect(wipoFieldForIpc('H02')).toBe('wipo-01');
    expect(wipoFieldForIpc('H01')).toBeNull();
    expect(wipoFieldForIpc('G01')).toBeNull();
  });

  it('returns null for invalid codes', () => {
    expect(wipoFieldForIpc('X01M')).toBeNull();
    expect(wipoFieldForIpc('')).toBeNull();
  });

  it('collects distinct fields of several codes in order', () => {
    expect(wipoFieldsForIpcCodes(['H01M 10/0562', 'H01M 4/13', 'C01B 25/14', 'nonsense'])).toEqual(['wipo-01', 'wipo-20']);
  });
});

describe('agreement with the published concordance', () => {
  const present = existsSync(concordancePath);
  if (!present) console.log(`skipping concordance check: ${concordancePath} not found (set ITTC_SHARED_DATA)`);

  it.skipIf(!present)('maps every IPC pattern of the concordance file to the same field', () => {
    const lines = readFileSync(concordancePath, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
    const disagreements: string[] = [];
    let checked = 0;
    for (const line of lines) {
      const field = Number(line.slice(0, line.indexOf(',')));
      const pattern = /,([A-H]\d{2}[A-Z](?:\s+\d+\/)?)%/.exec(line)?.[1];
      if (pattern === undefined) continue;
      // 'A61K   8/%' stands for any code in main group A61K 8/; test its /00 form.
      const code = pattern.endsWith('/') ? `${pattern.replace(/\s+/g, ' ')}00` : pattern;
      checked++;
      const got = wipoFieldNumberForIpc(code);
      if (got !== field) disagreements.push(`${code}: expected ${field}, got ${got}`);
    }
    expect(checked).toBeGreaterThan(700);
    expect(disagreements).toEqual([]);
  });
});
