/**
 * The name keys an organization is indexed under, and word-level similarity helpers for the
 * organization resolver.
 */
import { countriesOfPlace } from './org-geo.js';
import { nameKey } from './org-normalize.js';

export type NameVariant = {
  /** The name as the registry writes it (what a match reports). */
  text: string;
  /** Normalized key of this variant. */
  key: string;
  /** Whether the name is a main name (display or Chinese name) rather than an alias. */
  isMain: boolean;
};

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * Distinct keys of an organization's names, each name also read without a trailing country
 * qualifier ("Amgen (United States)" is also "Amgen", but "HKUST (Guangzhou)" is not HKUST),
 * without a one-word prefix before a dash ("VSB - Technical University of Ostrava"), and with
 * German umlauts spelled out ("Tübingen" is also "Tuebingen").
 */
export function nameVariants(mainNames: readonly (string | null | undefined)[], aliases: readonly string[]): NameVariant[] {
  const out: NameVariant[] = [];
  const seen = new Set<string>();
  const push = (text: string, key: string, isMain: boolean): void => {
    if (key.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push({ text, key, isMain });
  };
  const all: [string, boolean][] = [
    ...mainNames.filter((n): n is string => !!n).map((n): [string, boolean] => [n, true]),
    ...aliases.map((n): [string, boolean] => [n, false]),
  ];
  for (const [text, isMain] of all) {
    push(text, nameKey(text), isMain);
    if (/[äöüÄÖÜ]/.test(text)) push(text, nameKey(text.replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c]!)), isMain);
    const qualifier = text.includes('(') ? /\s*\(([^()]*)\)\s*$/u.exec(text) : null;
    if (qualifier && countriesOfPlace(nameKey(qualifier[1]!))) push(text, nameKey(text.slice(0, qualifier.index)), isMain);
    const prefixed = /\s[-–—]\s/u.test(text) ? /^\s*[^\s\-–—]+\s+[-–—]\s+(.+)$/u.exec(text) : null;
    if (prefixed && prefixed[1]!.trim().includes(' ')) push(text, nameKey(prefixed[1]!), isMain);
  }
  return out;
}

/** Dice coefficient of the character bigrams of two words. */
export function diceBigrams(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 2 <= a.length; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 2 <= b.length; i++) {
    const g = b.slice(i, i + 2);
    const c = grams.get(g) ?? 0;
    if (c > 0) {
      shared++;
      grams.set(g, c - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

