import { describe, expect, it } from 'vitest';
import { createOrgResolver, DEFAULT_ORG_THRESHOLD, type OrgResolverEntry } from './org-resolver.js';

// A small hand-made registry (ids are made up).
const registry: OrgResolverEntry[] = [
  {
    id: 'tsinghua',
    name: 'Tsinghua University',
    nameZh: '清华大学',
    aliases: ['Universidad de Tsinghua'],
    acronyms: ['THU'],
    country: 'CN',
    city: 'Beijing',
  },
  { id: 'pku', name: 'Peking University', nameZh: '北京大学', country: 'CN', city: 'Beijing' },
  { id: 'pku-third', name: 'Peking University Third Hospital', nameZh: '北京大学第三医院', country: 'CN', city: 'Beijing' },
  { id: 'uw-system', name: 'University of Wisconsin System', aliases: ['University of Wisconsin'], country: 'US', city: 'Madison' },
  { id: 'uw-madison', name: 'University of Wisconsin–Madison', aliases: ['UW-Madison'], country: 'US', city: 'Madison' },
  { id: 'york-ca', name: 'York University', country: 'CA', city: 'Toronto' },
  { id: 'york-us', name: 'York University', country: 'US', city: 'York' },
  { id: 'cnrs', name: 'Centre National de la Recherche Scientifique', acronyms: ['CNRS'], country: 'FR', city: 'Paris' },
  { id: 'harvard', name: 'Harvard University', country: 'US', city: 'Cambridge' },
  { id: 'hms', name: 'Harvard Medical School', acronyms: ['HMS'], country: 'US', city: 'Boston', status: 'withdrawn', successorIds: ['harvard'] },
  { id: 'brown', name: 'Brown University', country: 'US', city: 'Providence' },
  { id: 'providence-college', name: 'Providence College', country: 'US', city: 'Providence' },
  { id: 'amgen-us', name: 'Amgen (United States)', country: 'US', city: 'Thousand Oaks' },
  { id: 'tokyo', name: 'The University of Tokyo', aliases: ['東京大学'], country: 'JP', city: 'Tokyo' },
];

const resolver = createOrgResolver(registry);
const top = (text: string): string | undefined => resolver.resolve(text)[0]?.orgId;

describe('createOrgResolver().resolve', () => {
  it('finds the institution in an affiliation with a department, postal code and country', () => {
    const results = resolver.resolve('Dept. of Physics, Tsinghua University, Beijing 100084, China');
    expect(results[0]?.orgId).toBe('tsinghua');
    expect(results[0]?.how).toBe('exact');
    expect(results[0]?.score).toBeGreaterThanOrEqual(DEFAULT_ORG_THRESHOLD);
    expect(results[0]?.matchedName).toBe('Tsinghua University');
  });

  it('answers "no match" for text that names no registry organization', () => {
    expect(resolver.resolve('Quantum Flapdoodle Emporium, Springfield')).toEqual([]);
    expect(resolver.resolve('Editor')).toEqual([]);
    expect(resolver.resolve('')).toEqual([]);
  });

  it('resolves Chinese and Japanese names written without spaces', () => {
    expect(top('清华大学物理系，北京 100084')).toBe('tsinghua');
    expect(top('北京大学第三医院')).toBe('pku-third');
    expect(top('東京大学大学院理学系研究科')).toBe('tokyo');
  });

  it('prefers the longer name over the name inside it', () => {
    expect(top('Department of Orthopaedics, Peking University Third Hospital, Beijing')).toBe('pku-third');
    expect(top('University of Wisconsin, Madison, WI 53706')).toBe('uw-madison');
  });

  it('tells homonyms apart by the country or city the text mentions', () => {
    expect(top('Department of Biology, York University, Toronto, Canada')).toBe('york-ca');
    expect(top('York University, York, Nebraska, USA')).toBe('york-us');
  });

  it('is less sure of a homonym when nothing tells them apart', () => {
    const [first] = resolver.resolve('York University', { threshold: 0 });
    const [located] = resolver.resolve('York University, Toronto, Canada');
    expect(first!.score).toBeLessThan(located!.score);
  });

  it('matches a lone acronym', () => {
    expect(top('CNRS')).toBe('cnrs');
    expect(resolver.resolve('UMR 5001, CNRS, Grenoble, France', { threshold: 0 }).map((r) => r.orgId)).toContain('cnrs');
  });

  it('tolerates misspellings', () => {
    expect(top('Tsinghua Universty, Beijing')).toBe('tsinghua');
  });

  it('reads company names without legal forms or country qualifiers', () => {
    expect(top('Amgen Inc., Thousand Oaks, CA')).toBe('amgen-us');
  });

  it('does not take a place segment for an organization', () => {
    expect(top('Department of Chemistry, Brown University, Providence, Rhode Island 02912')).toBe('brown');
    expect(resolver.resolve('Providence, Rhode Island')).toEqual([]);
  });

  it("sends a withdrawn organization's match to its successor", () => {
    const results = resolver.resolve('Harvard Medical School, Boston, MA');
    expect(results[0]?.orgId).toBe('harvard');
    expect(results.map((r) => r.orgId)).toContain('hms');
  });

  it('returns at most `limit` results, best first, with scores in [0, 1]', () => {
    const results = resolver.resolve('University', { limit: 3, threshold: 0 });
    expect(results.length).toBeLessThanOrEqual(3);
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('createOrgResolver().add', () => {
  it('resolves organizations added after the first query', () => {
    const local = createOrgResolver(registry);
    expect(local.resolve('Shenzhen Bay Laboratory, Shenzhen, China')).toEqual([]);
    local.add({ id: 'szbl', name: 'Shenzhen Bay Laboratory', nameZh: '深圳湾实验室', country: 'CN', city: 'Shenzhen' });
    expect(local.size).toBe(registry.length + 1);
    expect(local.resolve('Shenzhen Bay Laboratory, Shenzhen, China')[0]?.orgId).toBe('szbl');
    expect(local.resolve('深圳湾实验室')[0]?.orgId).toBe('szbl');
    expect(local.resolve('Shenzen Bay Laboratory')[0]?.orgId).toBe('szbl');
  });

  it('replaces an organization added again with the same id', () => {
    const local = createOrgResolver(registry);
    local.add({ id: 'brown', name: 'Brown Institute for Advanced Study', country: 'US', city: 'Providence' });
    expect(local.resolve('Brown University, Providence, RI')[0]?.orgId).not.toBe('brown');
    expect(local.resolve('Brown Institute for Advanced Study')[0]?.orgId).toBe('brown');
    expect(local.size).toBe(registry.length);
  });
});
