import { describe, expect, it } from 'vitest';
import { COOPERATION_TYPES, IPR_STATUSES, LISTING_KINDS, LISTING_LIMITS } from '../../core/listings/listing.js';
import { publicationIssues, validateListing } from '../../core/listings/validate-listing.js';
import { isCountryCode } from '../../core/taxonomy/countries.js';
import { isCurrencyCode } from '../../core/taxonomy/currencies.js';
import { isNormalizedIpc } from '../../core/taxonomy/ipc.js';
import { INDUSTRY_SECTORS, isSectorCode } from '../../core/taxonomy/sectors.js';
import { overseasListings } from './overseas-listings.js';
import { overseasOrganizations } from './overseas-organizations.js';

const len = (s: string): number => [...s].length;
const orgByKey = new Map(overseasOrganizations.map((o) => [o.key, o]));
const share = (n: number): number => n / overseasListings.length;

describe('overseas organizations', () => {
  it('number at least 32 in at least 10 countries other than China, with unique country-prefixed keys', () => {
    expect(overseasOrganizations.length).toBeGreaterThanOrEqual(32);
    const countries = new Set(overseasOrganizations.map((o) => o.country));
    expect(countries.has('CN')).toBe(false);
    expect(countries.size).toBeGreaterThanOrEqual(10);
    expect(orgByKey.size).toBe(overseasOrganizations.length);
    for (const o of overseasOrganizations) {
      expect(o.key.startsWith(`${o.country.toLowerCase()}-`), o.key).toBe(true);
      expect(isCountryCode(o.country), o.key).toBe(true);
    }
  });

  it('mix universities, institutes, firms, investors and intermediaries, all fictional without ROR ids', () => {
    const types = new Set(overseasOrganizations.map((o) => o.type));
    for (const t of ['university', 'research_institute', 'enterprise', 'investor', 'intermediary'] as const) expect(types.has(t), t).toBe(true);
    for (const o of overseasOrganizations) {
      expect(o.ror_id, o.key).toBeNull();
      expect(o.name, o.key).toBeTruthy();
      expect(o.website ?? '', o.key).toMatch(/^https:\/\/[a-z0-9.-]+\.example$/);
    }
    expect(overseasOrganizations.filter((o) => o.name_zh !== null).length).toBeGreaterThanOrEqual(8);
  });
});

describe('overseas listings', () => {
  it('number at least 130, in English, with unique keys, titles and descriptions', () => {
    expect(overseasListings.length).toBeGreaterThanOrEqual(130);
    for (const l of overseasListings) expect(l.language, l.key).toBe('en');
    expect(new Set(overseasListings.map((l) => l.key)).size).toBe(overseasListings.length);
    expect(new Set(overseasListings.map((l) => l.title)).size).toBe(overseasListings.length);
    expect(new Set(overseasListings.map((l) => l.summary)).size).toBe(overseasListings.length);
    expect(new Set(overseasListings.map((l) => l.description.slice(0, 120))).size).toBe(overseasListings.length);
  });

  it('keep text within the listing limits and give every listing a real summary and description', () => {
    for (const l of overseasListings) {
      const texts = [l, ...Object.values(l.translations ?? {})];
      for (const t of texts) {
        expect(len(t.title), l.key).toBeLessThanOrEqual(LISTING_LIMITS.title);
        expect(len(t.summary), l.key).toBeLessThanOrEqual(LISTING_LIMITS.summary);
        expect(len(t.description), l.key).toBeLessThanOrEqual(LISTING_LIMITS.description);
      }
      expect(len(l.summary), l.key).toBeGreaterThan(80);
      expect(len(l.description), l.key).toBeGreaterThan(400);
      expect(l.keywords.length, l.key).toBeGreaterThan(0);
      expect(l.keywords.length, l.key).toBeLessThanOrEqual(LISTING_LIMITS.keywords);
      for (const k of l.keywords) expect(len(k), l.key).toBeLessThanOrEqual(LISTING_LIMITS.keywordLength);
    }
  });

  it('use only valid sector, IPC, currency and country codes and TRL 1-9', () => {
    for (const l of overseasListings) {
      expect(l.sectors.length, l.key).toBeGreaterThan(0);
      expect(l.sectors.length, l.key).toBeLessThanOrEqual(LISTING_LIMITS.sectors);
      for (const s of l.sectors) expect(isSectorCode(s), `${l.key} ${s}`).toBe(true);
      for (const c of l.ipc_codes) expect(isNormalizedIpc(c), `${l.key} ${c}`).toBe(true);
      if (l.price !== null) {
        expect(isCurrencyCode(l.price.currency), l.key).toBe(true);
        const { min_minor: min, max_minor: max } = l.price;
        for (const v of [min, max]) if (v !== null) expect(Number.isSafeInteger(v) && v >= 0, l.key).toBe(true);
        if (min !== null && max !== null) expect(min, l.key).toBeLessThanOrEqual(max);
      }
      expect(isCountryCode(l.country), l.key).toBe(true);
      for (const c of l.target_countries) expect(isCountryCode(c), `${l.key} ${c}`).toBe(true);
      if (l.trl !== null) expect(Number.isInteger(l.trl) && l.trl >= 1 && l.trl <= 9, l.key).toBe(true);
    }
  });

  it('pass the platform listing validation, and published ones are complete', () => {
    for (const l of overseasListings) {
      const fields = validateListing({
        kind: l.kind,
        language: l.language,
        title: l.title,
        summary: l.summary,
        description: l.description,
        translations: l.translations,
        confidentialDetails: l.confidential_details,
        keywords: l.keywords,
        sectors: l.sectors,
        ipcCodes: l.ipc_codes,
        trl: l.trl,
        iprStatus: l.ipr_status,
        patentNumbers: l.patent_numbers,
        cooperationTypes: l.cooperation_types,
        price: l.price && { minMinor: l.price.min_minor, maxMinor: l.price.max_minor, currency: l.price.currency },
        country: l.country,
        targetCountries: l.target_countries,
        ownerOrganizationId: l.owner,
        visibility: l.visibility,
        deadline: null,
      });
      expect(fields.ipcCodes, l.key).toEqual(l.ipc_codes);
      if (l.status !== 'draft') expect(publicationIssues(fields).issues, l.key).toEqual([]);
    }
  });

  it('belong to known overseas owners and carry their country', () => {
    for (const l of overseasListings) {
      const owner = orgByKey.get(l.owner);
      expect(owner, l.key).toBeDefined();
      expect(l.country, l.key).toBe(owner?.country);
      if (l.kind === 'investment_offer') expect(owner?.type, l.key).toBe('investor');
    }
  });

  it('cover every kind, IPR status and cooperation type, and mostly offer technology', () => {
    const kinds = new Map(LISTING_KINDS.map((k) => [k, overseasListings.filter((l) => l.kind === k).length]));
    for (const [k, n] of kinds) expect(n, k).toBeGreaterThanOrEqual(5);
    expect(kinds.get('technology_offer')!).toBeGreaterThan(overseasListings.length / 2);
    for (const s of IPR_STATUSES) expect(overseasListings.some((l) => l.ipr_status === s), s).toBe(true);
    for (const c of COOPERATION_TYPES) expect(overseasListings.some((l) => l.cooperation_types.includes(c)), c).toBe(true);
    const trls = new Set(overseasListings.map((l) => l.trl));
    for (let t = 1; t <= 9; t++) expect(trls.has(t), `TRL ${t}`).toBe(true);
  });

  it('give granted listings patent numbers and keep patent numbers to applied or granted ones', () => {
    for (const l of overseasListings) {
      if (l.ipr_status === 'granted') expect(l.patent_numbers.length, l.key).toBeGreaterThan(0);
      if (l.patent_numbers.length > 0) expect(['applied', 'granted'], l.key).toContain(l.ipr_status);
    }
  });

  it('price in several currencies', () => {
    const currencies = new Set(overseasListings.flatMap((l) => (l.price ? [l.price.currency] : [])));
    for (const c of ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'SEK', 'ILS', 'KRW', 'SGD']) expect(currencies.has(c), c).toBe(true);
  });

  it('keep status and publication dates consistent', () => {
    for (const l of overseasListings) {
      const d = l.published_days_ago;
      if (l.status === 'draft') expect(d, l.key).toBeNull();
      else expect(d, l.key).not.toBeNull();
      if (l.status === 'published') expect(d! >= 0 && d! <= 365, l.key).toBe(true);
      if (l.status === 'expired') expect(d!, l.key).toBeGreaterThan(365);
      if (d !== null && d > 365) expect(['expired', 'withdrawn'], l.key).toContain(l.status);
      if (l.deadline_in_days !== null) expect(l.deadline_in_days >= 30 && l.deadline_in_days <= 300, l.key).toBe(true);
    }
    const count = (s: string) => overseasListings.filter((l) => l.status === s).length;
    expect(count('published')).toBeGreaterThan(overseasListings.length * 0.75);
    expect(count('draft')).toBeGreaterThanOrEqual(3);
    expect(count('expired')).toBeGreaterThanOrEqual(3);
    expect(count('withdrawn')).toBeGreaterThanOrEqual(2);
  });

  it('translate about a third into Chinese and hold confidential details for about 60%', () => {
    const translated = overseasListings.filter((l) => l.translations?.zh !== undefined);
    expect(share(translated.length)).toBeGreaterThanOrEqual(0.28);
    expect(share(translated.length)).toBeLessThanOrEqual(0.45);
    for (const l of translated) {
      const zh = l.translations!.zh!;
      for (const t of [zh.title, zh.summary, zh.description]) expect(t, l.key).toMatch(/[\u4e00-\u9fff]/);
    }
    const confidential = overseasListings.filter((l) => l.confidential_details !== null).length;
    expect(share(confidential)).toBeGreaterThanOrEqual(0.5);
    expect(share(confidential)).toBeLessThanOrEqual(0.7);
    const members = overseasListings.filter((l) => l.visibility === 'members').length;
    expect(members).toBeGreaterThan(0);
    expect(share(members)).toBeLessThan(0.3);
  });

  it('mostly target China and cover every industry sector', () => {
    expect(share(overseasListings.filter((l) => l.target_countries.includes('CN')).length)).toBeGreaterThan(0.7);
    const used = new Set(overseasListings.flatMap((l) => l.sectors));
    for (const s of INDUSTRY_SECTORS) expect(used.has(s.code), s.code).toBe(true);
    expect([...used].filter((s) => s.startsWith('wipo-')).length).toBeGreaterThanOrEqual(28);
  });
});
