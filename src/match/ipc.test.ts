import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from './weights.js';
import { ipcOverlap, parseIpc, sharedIpcLevel } from './ipc.js';

const p = (s: string) => parseIpc(s)!;

describe('IPC symbols', () => {
  it('parses any spacing into section, class, subclass and group', () => {
    expect(parseIpc('H01M 10/052')).toEqual({ code: 'H01M10/052', section: 'H', cls: 'H01', subclass: 'H01M', group: 'H01M10' });
    expect(parseIpc('h01m')).toEqual({ code: 'H01M', section: 'H', cls: 'H01', subclass: 'H01M', group: null });
    expect(parseIpc('not a code')).toBeNull();
  });

  it('finds the deepest shared level', () => {
    expect(sharedIpcLevel(p('H01M10/052'), p('H01M10/052'))).toBe('subgroup');
    expect(sharedIpcLevel(p('H01M10/052'), p('H01M10/42'))).toBe('group');
    expect(sharedIpcLevel(p('H01M10/052'), p('H01M4/58'))).toBe('subclass');
    expect(sharedIpcLevel(p('H01M10/052'), p('H01L31/00'))).toBe('class');
    expect(sharedIpcLevel(p('H01M10/052'), p('H02J7/00'))).toBe('section');
    expect(sharedIpcLevel(p('H01M10/052'), p('A61K9/00'))).toBeNull();
  });

  it('scores set overlap by the best match of each query code', () => {
    const r = ipcOverlap([p('H01M10/052'), p('A61K9/00')], [p('H01M4/58')], DEFAULT_WEIGHTS.ipcLevel)!;
    expect(r.score).toBeCloseTo(DEFAULT_WEIGHTS.ipcLevel.subclass / 2);
    expect(r.pairs).toEqual([{ query: 'H01M10/052', match: 'H01M4/58', level: 'subclass' }]);
    expect(ipcOverlap([], [p('H01M')], DEFAULT_WEIGHTS.ipcLevel)).toBeNull();
  });
});
