/**
 * The document the matching engine indexes: the public part of a listing (never its
 * confidential details: this type has no field for them, and nothing else enters the index).
 */
import type { CooperationType, IprStatus, ListingKind } from '../core/listings/listing.js';

export type MatchLanguage = 'zh' | 'en';

export type MatchText = { title: string; summary?: string; description?: string };

export type MatchDoc = {
  id: string;
  kind?: ListingKind | null;
  /** Language of title/summary/description; detected from the text when absent. */
  language?: MatchLanguage | null;
  title: string;
  summary?: string | null;
  description?: string | null;
  keywords?: readonly string[];
  /** Versions in other languages. */
  translations?: Partial<Record<MatchLanguage, MatchText>> | null;
  /** Sector codes such as 'wipo-06' or 'ind-ai-software'. */
  sectors?: readonly string[];
  /** IPC/CPC symbols, any spacing ('H01M 10/052', 'H01M10/052', 'H01M'). */
  ipcCodes?: readonly string[];
  /** Technology readiness level 1-9 (for a request: the level wanted). */
  trl?: number | null;
  iprStatus?: IprStatus | null;
  cooperationTypes?: readonly CooperationType[];
  /** Price (offers) or budget (requests) in CNY minor units (fen); null ends are open. */
  priceCny?: { min: number | null; max: number | null } | null;
  /** ISO 3166-1 alpha-2 country of origin. */
  country?: string | null;
  /** Countries the listing addresses (ISO alpha-2); empty = any. */
  targetCountries?: readonly string[];
  ownerOrganizationId?: string | null;
  /** Epoch milliseconds. */
  publishedAt?: number | null;
  /** Epoch milliseconds or null. */
  deadline?: number | null;
  /**
   * Visible to signed-in members only: queries for the public (`publicOnly`) never see it, nor
   * count it in totals and facets.
   */
  membersOnly?: boolean;
  /**
   * The version of the source the document was made from (the store puts a hash of the listing's
   * row here): kept with the document and in snapshots, so that a loaded snapshot can be checked
   * against the source. Never used for ranking.
   */
  version?: number | null;
};

/** The text fields of the index, in the order of `MatchWeights.fieldWeight`. */
export const TEXT_FIELDS = ['title', 'keywords', 'summary', 'description'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Where a piece of indexed text comes from (highlights and explanations name it). */
export type TextSource = { field: TextField; lang: MatchLanguage | 'original'; text: string };

/** The public texts of a document, each with its field and language version. */
export const docTexts = (doc: MatchDoc): TextSource[] => {
  const out: TextSource[] = [];
  pushText(out, 'title', 'original', doc.title);
  for (const k of doc.keywords ?? []) pushText(out, 'keywords', 'original', k);
  pushText(out, 'summary', 'original', doc.summary);
  pushText(out, 'description', 'original', doc.description);
  for (const lang of ['zh', 'en'] as const) {
    const t = doc.translations?.[lang];
    if (t == null) continue;
    pushText(out, 'title', lang, t.title);
    pushText(out, 'summary', lang, t.summary);
    pushText(out, 'description', lang, t.description);
  }
  return out;
};

const pushText = (out: TextSource[], field: TextField, lang: TextSource['lang'], text: string | null | undefined): void => {
  if (typeof text === 'string' && text.length > 0) out.push({ field, lang, text });
};
