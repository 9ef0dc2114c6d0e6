/**
 * Parsing of an affiliation string for the organization resolver: tokens with their segments,
 * which segments only name a place ("Beijing 100084", "Seattle, WA", "China"), the places the
 * text mentions, and the tokens that may be acronyms.
 */
import { countriesOfPlace, findPlaces, isUsPostalCode, maxPlaceNameTokens, type PlaceMention } from './org-geo.js';
import { splitSegments, tokenize } from './org-normalize.js';

export type ParsedQuery = {
  /** Canonical token keys of the whole text, segment after segment. */
  keys: string[];
  /** The same tokens as written. */
  raws: string[];
  /** Segment number of each token. */
  segOf: number[];
  /** Token range [segStart[s], segEnd[s]) of each segment. */
  segStart: number[];
  segEnd: number[];
  /**
   * Core [coreStart[s], coreEnd[s]) of each segment: without leading and trailing numbers,
   * postal codes and "cedex" ("Kharagpur 721 302" -> "Kharagpur").
   */
  coreStart: number[];
  coreEnd: number[];
  /** Segments made only of place names, numbers and postal codes. */
  isPlaceSegment: boolean[];
  places: PlaceMention[];
  /** Token positions that may be acronyms ("CNRS", "UFSCar"). */
  acronymTokens: number[];
};

const HAS_DIGIT = /\d/;
const ACRONYM_SHAPE = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}][\p{L}\p{N}]{2,11}$/u;

/**
 * Tokenizes and segments `text`. `cityCountries` gives the countries of a known city (the
 * resolver knows its organizations' cities), or undefined. Cities count as place mentions only
 * in segments that name nothing but places ("Cambridge", "London, UK").
 */
export function parseQuery(text: string, cityCountries: (key: string) => ReadonlySet<string> | undefined): ParsedQuery {
  const keys: string[] = [];
  const raws: string[] = [];
  const segOf: number[] = [];
  const segStart: number[] = [];
  const segEnd: number[] = [];
  for (const segment of splitSegments(text)) {
    const tokens = tokenize(segment);
    if (tokens.length === 0) continue;
    const s = segStart.length;
    segStart.push(keys.length);
    for (const t of tokens) {
      keys.push(t.key);
      raws.push(t.raw);
      segOf.push(s);
    }
    segEnd.push(keys.length);
  }
  const isNoise = (i: number): boolean => HAS_DIGIT.test(raws[i]!) || isUsPostalCode(raws[i]!) || keys[i] === 'cedex';
  const coreStart: number[] = [];
  const coreEnd: number[] = [];
  segStart.forEach((start, s) => {
    let a = start;
    let b = segEnd[s]!;
    while (a < b && isNoise(a)) a++;
    while (b > a && isNoise(b - 1)) b--;
    coreStart.push(a);
    coreEnd.push(b);
  });
  const places = findPlaces(keys, raws);
  const isPlaceSegment = segStart.map((start, s) => isPlaceOnly(keys, raws, start, segEnd[s]!, cityCountries, places));
  const hasLower = raws.some((r) => r !== r.toUpperCase());
  const acronymTokens: number[] = [];
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    if (!ACRONYM_SHAPE.test(raw) || countriesOfPlace(keys[i]!)) continue;
    // In an all-capitals text every word looks like an acronym: trust only lone tokens.
    const alone = segEnd[segOf[i]!]! - segStart[segOf[i]!]! === 1;
    if (!hasLower && !alone) continue;
    acronymTokens.push(i);
  }
  return { keys, raws, segOf, segStart, segEnd, coreStart, coreEnd, isPlaceSegment, places, acronymTokens };
}

/**
 * Whether tokens [start, end) are only places, numbers, postal codes and US state codes; when
 * they are, the cities among them are added to `places`.
 */
function isPlaceOnly(
  keys: readonly string[],
  raws: readonly string[],
  start: number,
  end: number,
  cityCountries: (key: string) => ReadonlySet<string> | undefined,
  places: PlaceMention[],
): boolean {
  const maxN = Math.max(4, maxPlaceNameTokens());
  const cities: PlaceMention[] = [];
  let i = start;
  while (i < end) {
    const raw = raws[i]!;
    if (HAS_DIGIT.test(raw) || isUsPostalCode(raw) || keys[i] === 'cedex') {
      i++;
      continue;
    }
    // Longest place phrase starting at i.
    let matched = 0;
    let city: ReadonlySet<string> | undefined;
    let phrase = '';
    for (let n = 1; n <= maxN && i + n <= end; n++) {
      phrase = n === 1 ? keys[i]! : `${phrase} ${keys[i + n - 1]!}`;
      const countries = cityCountries(phrase);
      if (countriesOfPlace(phrase) || countries) {
        matched = n;
        city = countriesOfPlace(phrase) ? undefined : countries;
      }
    }
    if (matched === 0) return false;
    if (city) cities.push({ start: i, end: i + matched, countries: city });
    i += matched;
  }
  places.push(...cities);
  return true;
}
