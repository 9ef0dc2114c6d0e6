import { describe, expect, it } from 'vitest';
import { isDomainError } from '../core/shared/domain-error.js';
import { canonicalRorId, mapRorRecord, mapRorType, parseRorRecord, rorResolverEntry } from './ror.js';

// One record in ROR's v2 dump shape, written by hand.
const tsinghua = {
  id: 'https://ror.org/03cve4549',
  names: [
    { value: 'Tsinghua University', types: ['ror_display', 'label'], lang: 'en' },
    { value: '清华大学', types: ['label'], lang: 'zh' },
    { value: 'Universidad de Tsinghua', types: ['label'], lang: 'es' },
    { value: 'Qinghua Daxue', types: ['alias'], lang: null },
    { value: 'THU', types: ['acronym'], lang: null },
  ],
  types: ['education', 'funder'],
  status: 'active',
  established: 1911,
  locations: [
    {
      geonames_id: 1816670,
      geonames_details: {
        name: 'Beijing',
        country_code: 'CN',
        country_name: 'China',
        country_subdivision_name: 'Beijing',
        lat: 39.9075,
        lng: 116.39723,
      },
    },
  ],
  links: [
    { type: 'wikipedia', value: 'https://en.wikipedia.org/wiki/Tsinghua_University' },
    { type: 'website', value: 'https://www.tsinghua.edu.cn' },
  ],
  domains: ['tsinghua.edu.cn'],
  external_ids: [{ type: 'grid', all: ['grid.12527.33'], preferred: 'grid.12527.33' }],
  relationships: [
    { type: 'child', id: 'https://ror.org/000190731', label: 'Some Lab' },
    { type: 'related', id: 'https://ror.org/02v51f717', label: 'Peking University' },
  ],
  admin: { created: { date: '2018-11-14', schema_version: '1.0' } },
};

describe('parseRorRecord + mapRorRecord', () => {
  it('maps a v2 record to an ITTC organization input', () => {
    const org = mapRorRecord(parseRorRecord(tsinghua));
    expect(org).toEqual({
      name: 'Tsinghua University',
      nameZh: '清华大学',
      type: 'university',
      country: 'CN',
      region: 'Beijing',
      city: 'Beijing',
      rorId: '03cve4549',
      website: 'https://www.tsinghua.edu.cn',
      aliases: ['Universidad de Tsinghua', 'Qinghua Daxue'],
      acronyms: ['THU'],
      status: 'active',
      established: 1911,
      relationships: [
        { type: 'child', rorId: '000190731' },
        { type: 'related', rorId: '02v51f717' },
      ],
    });
  });

  it('leaves nameZh, region, city and website null when the record has none', () => {
    const bare = {
      id: 'https://ror.org/000025p04',
      names: [{ value: 'Thailand Science Research and Innovation', types: ['ror_display', 'label'], lang: 'en' }],
      types: ['funder', 'government'],
      status: 'active',
      locations: [],
    };
    const org = mapRorRecord(parseRorRecord(bare));
    expect(org.nameZh).toBeNull();
    expect(org.country).toBeNull();
    expect(org.city).toBeNull();
    expect(org.region).toBeNull();
    expect(org.website).toBeNull();
    expect(org.type).toBe('government');
    expect(org.established).toBeNull();
  });

  it('rejects a record without names with ROR_RECORD_INVALID and the field path', () => {
    try {
      parseRorRecord({ ...tsinghua, names: [] });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e)).toBe(true);
      if (!isDomainError(e)) return;
      expect(e.code).toBe('ROR_RECORD_INVALID');
      expect(e.details?.issues?.[0]?.path).toBe('names');
    }
  });

  it('rejects an unknown status', () => {
    expect(() => parseRorRecord({ ...tsinghua, status: 'deleted' })).toThrow(/invalid/);
  });

  it('gives the resolver the ROR id, names and successors', () => {
    const withdrawn = {
      ...tsinghua,
      status: 'withdrawn',
      relationships: [{ type: 'successor', id: 'https://ror.org/02v51f717', label: 'Peking University' }],
    };
    const entry = rorResolverEntry(mapRorRecord(parseRorRecord(withdrawn)));
    expect(entry.id).toBe('03cve4549');
    expect(entry.status).toBe('withdrawn');
    expect(entry.successorIds).toEqual(['02v51f717']);
    expect(entry.acronyms).toEqual(['THU']);
  });
});

describe('mapRorType', () => {
  it('maps by priority: education before funder, government before funder, funder alone to investor', () => {
    expect(mapRorType(['education', 'funder'])).toBe('university');
    expect(mapRorType(['funder', 'government'])).toBe('government');
    expect(mapRorType(['funder'])).toBe('investor');
    expect(mapRorType(['company'])).toBe('enterprise');
    expect(mapRorType(['facility', 'nonprofit'])).toBe('research_institute');
    expect(mapRorType(['healthcare'])).toBe('other');
    expect(mapRorType([])).toBe('other');
  });
});

describe('canonicalRorId', () => {
  it('accepts the URL, the bare host form and the bare id', () => {
    expect(canonicalRorId('https://ror.org/03cve4549')).toBe('03cve4549');
    expect(canonicalRorId('ror.org/03CVE4549')).toBe('03cve4549');
    expect(canonicalRorId(' 03cve4549 ')).toBe('03cve4549');
  });

  it('rejects ids with a wrong checksum, letters ROR never uses (i, l, o, u) or the wrong length', () => {
    expect(() => canonicalRorId('03cve4548')).toThrow(/Not a ROR id/);
    expect(() => canonicalRorId('03cve454')).toThrow(/Not a ROR id/);
    expect(() => canonicalRorId('0lcve4549')).toThrow(/Not a ROR id/);
    expect(() => canonicalRorId('https://example.org/03cve4549')).toThrow(/Not a ROR id/);
  });
});
