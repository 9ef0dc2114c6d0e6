import { describe, expect, it } from 'vitest';
import { COOPERATION_TYPES, IPR_STATUSES, LISTING_KINDS, LISTING_LIMITS, LISTING_VALIDITY_DAYS } from '../../core/listings/listing.js';
import { publicationIssues, validateListing } from '../../core/listings/validate-listing.js';
import { isCountryCode } from '../../core/taxonomy/countries.js';
import { isCurrencyCode } from '../../core/taxonomy/currencies.js';
import { wipoFieldsForIpcCodes } from '../../core/taxonomy/ipc-wipo.js';
import { isNormalizedIpc } from '../../core/taxonomy/ipc.js';
import { INDUSTRY_SECTORS, isSectorCode } from '../../core/taxonomy/sectors.js';
import { chinaListings } from './china-listings.js';
import { chinaOrganizations } from './china-organizations.js';

const len = (s: string): number => [...s].length;
const CJK = /[\u4e00-\u9fff]/;
const orgByKey = new Map(chinaOrganizations.map((o) => [o.key, o]));
const share = (n: number): number => n / chinaListings.length;
const ofKind = (k: string) => chinaListings.filter((l) => l.kind === k);

/** The check digit of a Chinese patent application number (12 digits, CNIPA scheme since 2003). */
const cnCheckDigit = (digits: string): string => {
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
};

describe('cnCheckDigit', () => {
  it('computes the CNIPA check digit, X for a remainder of 10', () => {
    expect(cnCheckDigit('202110383452')).toBe('2');
    expect(cnCheckDigit('202010815905')).toBe('X');
  });
});

describe('Chinese demo organizations', () => {
  it('number at least 32, mostly in Shenzhen, with unique keys prefixed by their country', () => {
    expect(chinaOrganizations.length).toBeGreaterThanOrEqual(32);
    expect(orgByKey.size).toBe(chinaOrganizations.length);
    for (const o of chinaOrganizations) {
      expect(['CN', 'HK'], o.key).toContain(o.country);
      expect(isCountryCode(o.country), o.key).toBe(true);
      expect(o.key.startsWith(`${o.country.toLowerCase()}-`), o.key).toBe(true);
    }
    const shenzhen = chinaOrganizations.filter((o) => o.city === 'Shenzhen');
    expect(shenzhen.length).toBeGreaterThan(chinaOrganizations.length / 2);
    for (const o of shenzhen) expect(o.region, o.key).toBe('Guangdong');
    const cities = new Set(chinaOrganizations.map((o) => o.city));
    for (const c of ['Beijing', 'Shanghai', 'Hangzhou', 'Guangzhou', 'Wuhan', "Xi'an", 'Hefei', 'Hong Kong']) expect(cities.has(c), c).toBe(true);
  });

  it('place Shenzhen organizations in its districts', () => {
    const text = chinaOrganizations.map((o) => o.description ?? '').join('\n');
    for (const d of ['南山区', '福田区', '宝安区', '龙岗区', '光明']) expect(text, d).toContain(d);
  });

  it('are fictional: Chinese names always, English names for most, no ROR ids, reserved .example websites', () => {
    for (const o of chinaOrganizations) {
      expect(o.name_zh ?? '', o.key).toMatch(CJK);
      expect(o.ror_id, o.key).toBeNull();
      if (o.website !== null) expect(o.website, o.key).toMatch(/^https:\/\/[a-z0-9.-]+\.example$/);
    }
    expect(chinaOrganizations.filter((o) => o.name !== null).length).toBeGreaterThan(chinaOrganizations.length * 0.8);
  });

  it('mix firms, universities, institutes, investors, intermediaries and the S&T commission', () => {
    const count = (t: string) => chinaOrganizations.filter((o) => o.type === t).length;
    expect(count('enterprise')).toBeGreaterThanOrEqual(15);
    expect(count('university')).toBeGreaterThanOrEqual(4);
    expect(count('research_institute')).toBeGreaterThanOrEqual(4);
    expect(count('investor')).toBeGreaterThanOrEqual(3);
    expect(count('intermediary')).toBeGreaterThanOrEqual(1);
    expect(count('government')).toBe(1);
  });
});

describe('Chinese demo listings', () => {
  it('number at least 130, written in Chinese, with keys unique across organizations and listings', () => {
    expect(chinaListings.length).toBeGreaterThanOrEqual(130);
    const keys = [...chinaOrganizations.map((o) => o.key), ...chinaListings.map((l) => l.key)];
    expect(new Set(keys).size).toBe(keys.length);
    for (const l of chinaListings) {
      expect(l.language, l.key).toBe('zh');
      expect(l.key, l.key).toMatch(/^(cn|hk)-[a-z0-9-]+$/);
      for (const t of [l.title, l.summary, l.description]) expect(t, l.key).toMatch(CJK);
    }
  });

  it('give every listing its own title, summary and description', () => {
    const n = chinaListings.length;
    expect(new Set(chinaListings.map((l) => l.title)).size).toBe(n);
    expect(new Set(chinaListings.map((l) => l.summary)).size).toBe(n);
    expect(new Set(chinaListings.map((l) => l.description.slice(0, 80))).size).toBe(n);
    expect(new Set(chinaListings.map((l) => l.description.slice(-80))).size).toBe(n);
  });

  it('keep text within the listing limits, with a real summary, description and keywords', () => {
    for (const l of chinaListings) {
      for (const t of [l, ...Object.values(l.translations ?? {})]) {
        expect(len(t.title), l.key).toBeLessThanOrEqual(LISTING_LIMITS.title);
        expect(len(t.summary), l.key).toBeLessThanOrEqual(LISTING_LIMITS.summary);
        expect(len(t.description), l.key).toBeLessThanOrEqual(LISTING_LIMITS.description);
      }
      expect(len(l.summary), l.key).toBeGreaterThanOrEqual(50);
      expect(len(l.description), l.key).toBeGreaterThanOrEqual(200);
      expect(l.keywords.length, l.key).toBeGreaterThan(0);
      expect(l.keywords.length, l.key).toBeLessThanOrEqual(LISTING_LIMITS.keywords);
      expect(new Set(l.keywords).size, l.key).toBe(l.keywords.length);
      for (const k of l.keywords) expect(len(k), l.key).toBeLessThanOrEqual(LISTING_LIMITS.keywordLength);
    }
  });

  it('translate about a third into English, with no Chinese left in the translation', () => {
    const translated = chinaListings.filter((l) => l.translations?.en !== undefined);
    expect(share(translated.length)).toBeGreaterThanOrEqual(0.28);
    expect(share(translated.length)).toBeLessThanOrEqual(0.45);
    for (const l of chinaListings) expect(Object.keys(l.translations ?? {}).every((k) => k === 'en'), l.key).toBe(true);
    for (const l of translated) {
      const en = l.translations!.en!;
      for (const t of [en.title, en.summary, en.description]) {
        expect(t, l.key).not.toMatch(CJK);
        expect(t.length, l.key).toBeGreaterThan(40);
      }
    }
  });

  it('use valid sector and IPC codes, an industry sector each and the WIPO fields of their IPC codes', () => {
    for (const l of chinaListings) {
      expect(l.sectors.length, l.key).toBeLessThanOrEqual(LISTING_LIMITS.sectors);
      for (const s of l.sectors) expect(isSectorCode(s), `${l.key} ${s}`).toBe(true);
      expect(l.sectors.some((s) => s.startsWith('ind-')), l.key).toBe(true);
      for (const c of l.ipc_codes) expect(isNormalizedIpc(c), `${l.key} ${c}`).toBe(true);
      for (const f of wipoFieldsForIpcCodes(l.ipc_codes)) expect(l.sectors, l.key).toContain(f);
      if (l.kind === 'technology_offer' || l.kind === 'technology_request') expect(l.ipc_codes.length, l.key).toBeGreaterThan(0);
    }
    const used = new Set(chinaListings.flatMap((l) => l.sectors));
    for (const s of INDUSTRY_SECTORS) expect(used.has(s.code), s.code).toBe(true);
  });

  it('price mostly in CNY, some in HKD and USD, as whole minor units', () => {
    const priced = chinaListings.filter((l) => l.price !== null);
    for (const l of priced) {
      const { min_minor: min, max_minor: max, currency } = l.price!;
      expect(isCurrencyCode(currency), l.key).toBe(true);
      expect(min !== null || max !== null, l.key).toBe(true);
      for (const v of [min, max]) if (v !== null) expect(Number.isSafeInteger(v) && v > 0, l.key).toBe(true);
      if (min !== null && max !== null) expect(min, l.key).toBeLessThanOrEqual(max);
    }
    const byCurrency = (c: string) => priced.filter((l) => l.price!.currency === c).length;
    expect(byCurrency('CNY')).toBeGreaterThan(priced.length * 0.75);
    expect(byCurrency('HKD')).toBeGreaterThanOrEqual(2);
    expect(byCurrency('USD')).toBeGreaterThanOrEqual(2);
    // 800万元 to 1500万元 is 8,000,000.00 to 15,000,000.00 yuan, in fen.
    const sulfide = chinaListings.find((l) => l.key === 'cn-req-pengyuan-sulfide-electrolyte');
    expect(sulfide?.price).toEqual({ min_minor: 800_000_000, max_minor: 1_500_000_000, currency: 'CNY' });
  });

  it('cover TRL 1 to 9, and give every technology offer and request a TRL', () => {
    const trls = new Set(chinaListings.map((l) => l.trl));
    for (let t = 1; t <= 9; t++) expect(trls.has(t), `TRL ${t}`).toBe(true);
    for (const l of chinaListings) {
      if (l.trl !== null) expect(Number.isInteger(l.trl) && l.trl >= 1 && l.trl <= 9, l.key).toBe(true);
      if (l.kind === 'technology_offer' || l.kind === 'technology_request') expect(l.trl, l.key).not.toBeNull();
    }
  });

  it('cover every kind, mostly technology requests and offers', () => {
    for (const k of LISTING_KINDS) expect(ofKind(k).length, k).toBeGreaterThanOrEqual(5);
    expect(ofKind('technology_request').length + ofKind('technology_offer').length).toBeGreaterThan(chinaListings.length * 0.7);
    expect(ofKind('technology_request').length).toBeGreaterThanOrEqual(ofKind('technology_offer').length);
  });

  it('cover every IPR status and cooperation type; funding listings ask for or offer investment', () => {
    for (const s of IPR_STATUSES) expect(chinaListings.some((l) => l.ipr_status === s), s).toBe(true);
    for (const c of COOPERATION_TYPES) expect(chinaListings.some((l) => l.cooperation_types.includes(c)), c).toBe(true);
    for (const l of chinaListings) {
      expect(l.cooperation_types.length, l.key).toBeGreaterThan(0);
      if (l.kind === 'funding_request' || l.kind === 'investment_offer') expect(l.cooperation_types, l.key).toContain('investment');
    }
  });

  it('give granted listings Chinese patent numbers with valid check digits, and patents only to applied or granted ones', () => {
    for (const l of chinaListings) {
      if (l.ipr_status === 'granted') expect(l.patent_numbers.length, l.key).toBeGreaterThan(0);
      if (l.patent_numbers.length > 0) expect(['applied', 'granted'], l.key).toContain(l.ipr_status);
      for (const p of l.patent_numbers) {
        const zl = /^ZL(\d{12})\.([\dX])$/.exec(p);
        if (zl) expect(zl[2], `${l.key} ${p}`).toBe(cnCheckDigit(zl[1]!));
        else expect(p, l.key).toMatch(/^CN\d{9}[BU]$/);
      }
    }
  });

  it('never give two owners the same patent number', () => {
    const ownerOf = new Map<string, string>();
    for (const l of chinaListings) {
      for (const p of l.patent_numbers) {
        expect(ownerOf.get(p) ?? l.owner, `${l.key} ${p}`).toBe(l.owner);
        ownerOf.set(p, l.owner);
      }
    }
  });

  it('belong to known owners and carry their country; investment offers come from investors', () => {
    for (const l of chinaListings) {
      const owner = orgByKey.get(l.owner);
      expect(owner, l.key).toBeDefined();
      expect(l.country, l.key).toBe(owner?.country);
      expect(l.key.startsWith(`${owner?.country.toLowerCase()}-`), l.key).toBe(true);
      for (const c of l.target_countries) {
        expect(isCountryCode(c), `${l.key} ${c}`).toBe(true);
        expect(c, l.key).not.toBe(l.country);
      }
      if (l.kind === 'investment_offer') expect(owner?.type, l.key).toBe('investor');
      if (owner?.type === 'government') expect(l.kind, l.key).toBe('rd_partnership');
    }
  });

  it('pass the platform listing validation, and published ones are complete', () => {
    for (const l of chinaListings) {
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
      expect(fields.title, l.key).toBe(l.title);
      expect(fields.ipcCodes, l.key).toEqual(l.ipc_codes);
      if (l.status !== 'draft') expect(publicationIssues(fields).issues, l.key).toEqual([]);
    }
  });

  it('keep status, publication days and deadlines consistent', () => {
    for (const l of chinaListings) {
      const d = l.published_days_ago;
      if (l.status === 'draft') expect(d, l.key).toBeNull();
      else expect(d !== null && d >= 0 && d <= 400, l.key).toBe(true);
      if (l.status === 'published') expect(d!, l.key).toBeLessThanOrEqual(LISTING_VALIDITY_DAYS);
      if (l.status === 'expired') expect(d!, l.key).toBeGreaterThan(LISTING_VALIDITY_DAYS);
      if (d !== null && d > LISTING_VALIDITY_DAYS) expect(['expired', 'withdrawn'], l.key).toContain(l.status);
      if (l.deadline_in_days !== null) expect(l.deadline_in_days >= 30 && l.deadline_in_days <= 300, l.key).toBe(true);
    }
    const count = (s: string) => chinaListings.filter((l) => l.status === s).length;
    expect(count('published')).toBeGreaterThan(chinaListings.length * 0.75);
    expect(count('draft')).toBeGreaterThanOrEqual(3);
    expect(count('expired')).toBeGreaterThanOrEqual(3);
    expect(count('withdrawn')).toBeGreaterThanOrEqual(2);
    expect(chinaListings.filter((l) => l.deadline_in_days !== null).length).toBeGreaterThanOrEqual(10);
  });

  it('hold confidential details for about 60% and show some listings to members only', () => {
    const confidential = chinaListings.filter((l) => l.confidential_details !== null);
    expect(share(confidential.length)).toBeGreaterThanOrEqual(0.5);
    expect(share(confidential.length)).toBeLessThanOrEqual(0.7);
    for (const l of confidential) expect(len(l.confidential_details!), l.key).toBeLessThanOrEqual(LISTING_LIMITS.confidentialDetails);
    const members = chinaListings.filter((l) => l.visibility === 'members').length;
    expect(members).toBeGreaterThan(0);
    expect(share(members)).toBeLessThan(0.3);
  });

  it('ask abroad for what foreign institutes typically offer', () => {
    const abroad = ofKind('technology_request').filter((l) => l.target_countries.length > 0);
    expect(abroad.length).toBeGreaterThanOrEqual(15);
    const topics = ['固态电解质', '碳化硅', '钙钛矿', 'PEM', '医学影像', '飞控', '夹爪', '降解', '反渗透', '土壤', '6G', '激光雷达', 'mRNA', '工业视觉'];
    for (const t of topics) expect(abroad.some((l) => l.title.includes(t) || l.keywords.some((k) => k.includes(t))), t).toBe(true);
  });

  it('let Chinese offers answer Chinese requests of other owners', () => {
    const offers = ofKind('technology_offer');
    const answered = ofKind('technology_request').filter((r) =>
      offers.some(
        (o) => o.owner !== r.owner && o.ipc_codes.some((c) => r.ipc_codes.includes(c)) && o.keywords.some((k) => r.keywords.includes(k)),
      ),
    );
    expect(answered.length).toBeGreaterThanOrEqual(15);
  });
});
