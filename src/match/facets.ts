/**
 * Search filters and facet counts. A facet dimension counts the documents that match the query
 * and every filter except that dimension's own (so a user sees the other values they could pick).
 */
import {
  COOPERATION_TYPES,
  type CooperationType,
  IPR_STATUSES,
  type IprStatus,
  LISTING_KINDS,
  type ListingKind,
} from '../core/listings/listing.js';
import type { MatchLanguage } from './doc.js';
import { COOP_BIT, type DocIndex, IPR_CODE, KIND_CODE, LANG_CODE } from './doc-index.js';
import { parseIpc } from './ipc.js';

export type SearchFilters = {
  kinds?: readonly ListingKind[];
  /** Any of these sector codes. */
  sectors?: readonly string[];
  /** Country of origin, any of (ISO alpha-2). */
  countries?: readonly string[];
  /** TRL within [min, max]; documents without a TRL are excluded when set. */
  trl?: { min?: number | null; max?: number | null };
  iprStatuses?: readonly IprStatus[];
  /** Any of these cooperation types. */
  cooperationTypes?: readonly CooperationType[];
  /** Price/budget range in CNY minor units that the document's range must overlap. */
  budgetCny?: { min?: number | null; max?: number | null };
  /** IPC prefixes: 'H01M', 'H01M10', 'H01M10/052'. */
  ipc?: readonly string[];
  languages?: readonly MatchLanguage[];
};

export const FACET_DIMENSIONS = ['kind', 'sector', 'country', 'trl', 'iprStatus', 'cooperationType', 'ipc', 'language'] as const;
export type FacetDimension = (typeof FACET_DIMENSIONS)[number];
export type FacetValue = { value: string; count: number };
export type FacetCounts = Record<FacetDimension, FacetValue[]>;

const KIND_NAMES = ['', ...LISTING_KINDS];
const IPR_NAMES = ['', ...IPR_STATUSES];
const LANG_NAMES = ['', 'zh', 'en'];

/** A filter compiled against the index's columns. `fails(d)` gives a bit per failed facet dimension; budget failure is BUDGET_FAIL. */
export type CompiledFilter = { fails: (d: number) => number; active: boolean };
export const BUDGET_FAIL = 1 << FACET_DIMENSIONS.length;
/** A document the viewer may not see (members only, for a public query): counted nowhere. */
export const HIDDEN = BUDGET_FAIL << 1;

const setOf = (vals: readonly string[] | undefined, code: (v: string) => number | undefined): Set<number> | null => {
  if (vals === undefined || vals.length === 0) return null;
  const s = new Set<number>();
  for (const v of vals) {
    const c = code(v);
    if (c !== undefined && c >= 0) s.add(c);
  }
  return s;
};

/** With `publicOnly`, documents visible to members only fail with HIDDEN. */
export const compileFilter = (ix: DocIndex, f: SearchFilters = {}, publicOnly = false): CompiledFilter => {
  const kinds = setOf(f.kinds, (v) => KIND_CODE.get(v));
  const sectors = setOf(f.sectors, (v) => ix.sectorDict.find(v));
  const countries = setOf(f.countries, (v) => ix.countryDict.find(v.toUpperCase()));
  const iprs = setOf(f.iprStatuses, (v) => IPR_CODE.get(v));
  const langs = setOf(f.languages, (v) => LANG_CODE.get(v));
  let coopMask = 0;
  for (const c of f.cooperationTypes ?? []) coopMask |= COOP_BIT.get(c) ?? 0;
  const hasCoop = (f.cooperationTypes?.length ?? 0) > 0;
  const trlMin = f.trl?.min ?? null;
  const trlMax = f.trl?.max ?? null;
  const hasTrl = trlMin !== null || trlMax !== null;
  const bMin = f.budgetCny?.min ?? null;
  const bMax = f.budgetCny?.max ?? null;
  const hasBudget = bMin !== null || bMax !== null;
  let ipcOk: Uint8Array | null = null;
  if (f.ipc !== undefined && f.ipc.length > 0) {
    const prefixes = f.ipc.map((p) => {
      const parts = parseIpc(p);
      // A main group without subgroup ('H01M10') matches 'H01M10/...'; a full symbol matches itself.
      if (parts === null) return { p: p.replace(/\s+/g, '').toUpperCase(), exact: false };
      if (/\//.test(p)) return { p: parts.code, exact: true };
      return { p: parts.group !== null ? `${parts.group}/` : (parts.subclass ?? parts.cls), exact: false };
    });
    ipcOk = new Uint8Array(ix.ipcDict.size);
    ix.ipcDict.values.forEach((code, id) => {
      if (prefixes.some(({ p, exact }) => (exact ? code === p : code.startsWith(p)))) (ipcOk as Uint8Array)[id] = 1;
    });
  }
  const hide = publicOnly && ix.membersOnlyCount > 0;
  const active = hide || kinds !== null || sectors !== null || countries !== null || iprs !== null || langs !== null || hasCoop || hasTrl || hasBudget || ipcOk !== null;
  // Reads the flat multi-value columns directly (no subarray per document).
  const anyIn = (col: DocIndex['sectors'], d: number, set: Set<number>) => {
    const s = col.start[d]!;
    const e = s + col.count[d]!;
    for (let i = s; i < e; i++) if (set.has(col.values[i]!)) return true;
    return false;
  };
  const fails = (d: number): number => {
    if (hide && ix.membersOnly[d] === 1) return HIDDEN;
    let m = 0;
    if (kinds !== null && !kinds.has(ix.kind[d]!)) m |= 1;
    if (sectors !== null && !anyIn(ix.sectors, d, sectors)) m |= 2;
    if (countries !== null && !countries.has(ix.country[d]!)) m |= 4;
    if (hasTrl) {
      const t = ix.trl[d]!;
      if (t === 0 || (trlMin !== null && t < trlMin) || (trlMax !== null && t > trlMax)) m |= 8;
    }
    if (iprs !== null && !iprs.has(ix.ipr[d]!)) m |= 16;
    if (hasCoop && (ix.coop[d]! & coopMask) === 0) m |= 32;
    if (ipcOk !== null) {
      const s = ix.ipc.start[d]!;
      const e = s + ix.ipc.count[d]!;
      let ok = false;
      for (let i = s; i < e && !ok; i++) ok = ipcOk[ix.ipc.values[i]!] === 1;
      if (!ok) m |= 64;
    }
    if (langs !== null && !langs.has(ix.lang[d]!)) m |= 128;
    if (hasBudget) {
      const lo = ix.priceMin[d]!;
      const hi = ix.priceMax[d]!;
      if (Number.isNaN(lo) && Number.isNaN(hi)) m |= BUDGET_FAIL;
      else {
        const dlo = Number.isNaN(lo) ? Number.NEGATIVE_INFINITY : lo;
        const dhi = Number.isNaN(hi) ? Number.POSITIVE_INFINITY : hi;
        if ((bMax !== null && dlo > bMax) || (bMin !== null && dhi < bMin)) m |= BUDGET_FAIL;
      }
    }
    return m;
  };
  return { fails, active };
};

/** Accumulates facet counts over documents, given each document's failed-dimension bits. */
export class FacetCounter {
  private readonly kind = new Float64Array(KIND_NAMES.length);
  private readonly ipr = new Float64Array(IPR_NAMES.length);
  private readonly lang = new Float64Array(LANG_NAMES.length);
  private readonly trl = new Float64Array(10);
  private readonly coop = new Float64Array(COOPERATION_TYPES.length);
  private readonly sector: Float64Array;
  private readonly country: Float64Array;
  private readonly ipc: Float64Array;
  private readonly seen: Int32Array;

  constructor(private readonly ix: DocIndex) {
    this.sector = new Float64Array(ix.sectorDict.size);
    this.country = new Float64Array(ix.countryDict.size);
    this.ipc = new Float64Array(ix.subclassDict.size);
    this.seen = new Int32Array(ix.subclassDict.size).fill(-1);
  }

  /** Counts document `d` in every dimension (fails = 0) or only in the one it fails. */
  add(d: number, fails: number): void {
    if (fails & (BUDGET_FAIL | HIDDEN)) return;
    if (fails !== 0 && (fails & (fails - 1)) !== 0) return;
    const all = fails === 0;
    const ix = this.ix;
    if (all || fails === 1) this.kind[ix.kind[d]!]!++;
    if (all || fails === 2) {
      const col = ix.sectors;
      for (let i = col.start[d]!, e = i + col.count[d]!; i < e; i++) this.sector[col.values[i]!]!++;
    }
    if (all || fails === 4) {
      const c = ix.country[d]!;
      if (c >= 0) this.country[c]!++;
    }
    if (all || fails === 8) this.trl[ix.trl[d]!]!++;
    if (all || fails === 16) this.ipr[ix.ipr[d]!]!++;
    if (all || fails === 32) {
      const c = ix.coop[d]!;
      for (let i = 0; i < COOPERATION_TYPES.length; i++) if (c & (1 << i)) this.coop[i]!++;
    }
    if (all || fails === 64) {
      const col = ix.ipc;
      for (let i = col.start[d]!, e = i + col.count[d]!; i < e; i++) {
        const sc = ix.ipcSubclass[col.values[i]!]!;
        if (this.seen[sc] !== d) {
          this.seen[sc] = d;
          this.ipc[sc]!++;
        }
      }
    }
    if (all || fails === 128) this.lang[ix.lang[d]!]!++;
  }

  result(limit: number): FacetCounts {
    const list = (counts: Float64Array, name: (i: number) => string, skipZeroIndex: boolean): FacetValue[] => {
      const out: FacetValue[] = [];
      for (let i = skipZeroIndex ? 1 : 0; i < counts.length; i++) if (counts[i]! > 0) out.push({ value: name(i), count: counts[i]! });
      out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      return out.slice(0, limit);
    };
    const ix = this.ix;
    return {
      kind: list(this.kind, (i) => KIND_NAMES[i]!, true),
      sector: list(this.sector, (i) => ix.sectorDict.values[i]!, false),
      country: list(this.country, (i) => ix.countryDict.values[i]!, false),
      trl: list(this.trl, (i) => String(i), true),
      iprStatus: list(this.ipr, (i) => IPR_NAMES[i]!, true),
      cooperationType: list(this.coop, (i) => COOPERATION_TYPES[i]!, false),
      ipc: list(this.ipc, (i) => ix.subclassDict.values[i]!, false),
      language: list(this.lang, (i) => LANG_NAMES[i]!, true),
    };
  }
}
