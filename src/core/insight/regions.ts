/**
 * Region keys and labels for insight and indicators, and the center's home region.
 *
 * Keys: an ISO 3166-1 alpha-2 country ('DE'); a Chinese province ('CN-GD', ISO 3166-2:CN) or
 * city ('CN-GD-SZ'); 'CN-GD-OTHER' for a Guangdong city the tables do not name and 'CN-OTHER'
 * for a Chinese organization without a known region; a US state ('US-CA'); or an aggregate
 * ('WORLD', 'EU27', 'OECD').
 */
import { findCountry, isCountryCode } from '../taxonomy/countries.js';
import { DomainError } from '../shared/domain-error.js';
import type { InsightErrorCode } from './errors.js';
import {
  chinaCityByKey,
  chinaProvinceByCode,
  findChinaCity,
  findChinaProvince,
  foldPlaceName,
  isMunicipality,
} from './china-regions.js';
import { findUsState } from './us-states.js';

export type Label = { en: string; zh: string };

/** Where an organization (or a party to a contract) is: free-text region and city as entered. */
export type Place = { country: string; region: string | null; city: string | null };

/** The center's home: a country, optionally a region (province) and a city. */
export type HomeRegion = Place & { key: string; label: Label };

export const DEFAULT_HOME_REGION = 'CN/Guangdong/Shenzhen';

export const REGION_LEVELS = ['country', 'province', 'city'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const AGGREGATE_REGIONS: Readonly<Record<string, Label>> = {
  WORLD: { en: 'World', zh: '世界' },
  EU27: { en: 'EU-27', zh: '欧盟27国' },
  OECD: { en: 'OECD total', zh: '经合组织合计' },
};

const homeInvalid = (raw: string) =>
  new DomainError<InsightErrorCode>(
    'INSIGHT_HOME_REGION_INVALID',
    `"${raw.slice(0, 60)}" is not a home region: write COUNTRY[/REGION[/CITY]], e.g. CN/Guangdong/Shenzhen, or a key such as CN-GD-SZ.`,
    { issues: [{ path: 'home', message: 'Not a home region.' }] },
  );

/**
 * Parses a home region: 'CN', 'CN/Guangdong', 'CN/Guangdong/Shenzhen', 'CN/Shenzhen' (the
 * province is inferred for known cities), or a key 'CN-GD' / 'CN-GD-SZ'.
 * Throws INSIGHT_HOME_REGION_INVALID.
 */
export function parseHomeRegion(raw: string): HomeRegion {
  const s = raw.trim();
  if (/^[A-Za-z]{2}(-[A-Za-z]{1,3}){1,2}$/.test(s) && s.toUpperCase().startsWith('CN-')) {
    const [, p, c] = s.toUpperCase().split('-');
    const province = chinaProvinceByCode(p!);
    if (!province) throw homeInvalid(raw);
    const city = c ? chinaCityByKey(`${p}-${c}`) : undefined;
    if (c && !city) throw homeInvalid(raw);
    return home({ country: 'CN', region: province.en, city: city?.en ?? null });
  }
  const parts = s.split('/').map((x) => x.trim());
  if (parts.length < 1 || parts.length > 3 || parts.some((x) => x === '' || x.length > 100)) throw homeInvalid(raw);
  const country = parts[0]!.toUpperCase();
  if (!isCountryCode(country)) throw homeInvalid(raw);
  if (parts.length === 1) return home({ country, region: null, city: null });
  if (parts.length === 2 && country === 'CN') {
    const city = findChinaCity(parts[1]);
    if (city && !findChinaProvince(parts[1])) return home({ country, region: chinaProvinceByCode(city.province)!.en, city: city.en });
  }
  return home({ country, region: parts[1]!, city: parts[2] ?? null });
}

function home(place: Place): HomeRegion {
  const key = place.city ? placeKey(place, 'city') : place.region ? placeKey(place, 'province') : place.country;
  return { ...place, key, label: placeLabel(place) };
}

const chinaProvinceOf = (p: Place) =>
  findChinaProvince(p.region) ??
  (findChinaCity(p.city) ? chinaProvinceByCode(findChinaCity(p.city)!.province) : undefined) ??
  (findChinaCity(p.region) ? chinaProvinceByCode(findChinaCity(p.region)!.province) : undefined);

const chinaCityOf = (p: Place) => findChinaCity(p.city) ?? findChinaCity(p.region);

const same = (a: string | null, b: string | null) => a !== null && b !== null && foldPlaceName(a) === foldPlaceName(b);

/** Is `place` inside the home region (same country; same region and city when the home names them)? */
export function isInHome(place: Place, home: Place): boolean {
  if (place.country.toUpperCase() !== home.country.toUpperCase()) return false;
  if (home.region !== null) {
    const cn = home.country.toUpperCase() === 'CN';
    const regionOk = same(place.region, home.region) || (cn && chinaProvinceOf(place) !== undefined && chinaProvinceOf(place) === chinaProvinceOf(home));
    if (!regionOk) return false;
  }
  if (home.city !== null) {
    const cn = home.country.toUpperCase() === 'CN';
    const cityOk = same(place.city, home.city) || same(place.region, home.city) || (cn && chinaCityOf(place) !== undefined && chinaCityOf(place) === chinaCityOf(home));
    if (!cityOk) return false;
  }
  return true;
}

/**
 * The key of a place at a level: the country outside China; inside China the province
 * ('CN-GD') or city ('CN-GD-SZ'; municipalities are 'CN-BJ' at both levels).
 */
export function placeKey(place: Place, level: RegionLevel): string {
  const country = place.country.toUpperCase();
  if (level === 'country' || country !== 'CN') return country;
  const province = chinaProvinceOf(place);
  if (!province) return 'CN-OTHER';
  if (level === 'province' || isMunicipality(province.code)) return `CN-${province.code}`;
  const city = chinaCityOf(place);
  return city && city.province === province.code ? `CN-${province.code}-${city.code}` : `CN-${province.code}-OTHER`;
}

/** Bilingual label of a region key (see the module comment); the key itself when unknown. */
export function regionLabel(key: string): Label {
  const k = key.toUpperCase();
  const agg = AGGREGATE_REGIONS[k];
  if (agg) return agg;
  const parts = k.split('-');
  const country = findCountry(parts[0]!);
  if (!country) return { en: key, zh: key };
  if (parts.length === 1) return { en: country.en, zh: country.zh };
  if (parts[0] === 'CN') {
    if (parts[1] === 'OTHER') return { en: 'China, region not given', zh: '中国（地区未填）' };
    const province = chinaProvinceByCode(parts[1]!);
    if (!province) return { en: key, zh: key };
    if (parts.length === 2) return { en: province.en, zh: province.zh };
    if (parts[2] === 'OTHER') return { en: `${province.en}, other cities`, zh: `${province.zh}其他城市` };
    const city = chinaCityByKey(`${parts[1]}-${parts[2]}`);
    return city ? { en: `${city.en}, ${province.en}`, zh: `${province.zh}${city.zh}` } : { en: key, zh: key };
  }
  if (parts[0] === 'US' && parts.length === 2) {
    const state = findUsState(parts[1]!);
    if (state) return { en: state.en, zh: state.zh };
  }
  return { en: key, zh: key };
}

/** A readable bilingual label of a free-text place. */
export function placeLabel(place: Place): Label {
  const country = findCountry(place.country.toUpperCase());
  const cEn = country?.en ?? place.country;
  const cZh = country?.zh ?? place.country;
  if (place.country.toUpperCase() === 'CN') {
    const province = chinaProvinceOf(place);
    const city = chinaCityOf(place);
    const zh = [cZh, province?.zh ?? place.region ?? '', province && isMunicipality(province.code) ? '' : (city?.zh ?? place.city ?? '')].join('');
    const en = [city?.en ?? place.city, province?.en ?? place.region, cEn].filter((x, i, a) => x && a.indexOf(x) === i).join(', ');
    return { en, zh };
  }
  return { en: [place.city, place.region, cEn].filter(Boolean).join(', '), zh: [cZh, place.region, place.city].filter(Boolean).join(' ') };
}

/** Is `code` a region key the indicator store accepts (country, known subdivision, or aggregate)? */
export function isIndicatorRegion(code: string): boolean {
  if (AGGREGATE_REGIONS[code]) return true;
  if (/^[A-Z]{2}$/.test(code)) return isCountryCode(code);
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}(-[A-Z0-9]{1,3})?$/.test(code)) return isCountryCode(code.slice(0, 2));
  return false;
}
