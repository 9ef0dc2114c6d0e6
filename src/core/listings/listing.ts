/**
 * Listings: what the market holds. Offers and requests of technology, projects seeking
 * money, funders' theses and research partnerships.
 */

export const LISTING_KINDS = [
  'technology_offer',
  'technology_request',
  'funding_request',
  'investment_offer',
  'rd_partnership',
] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LISTING_STATUSES = ['draft', 'published', 'expired', 'withdrawn', 'archived'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const IPR_STATUSES = ['none', 'secret_know_how', 'applied', 'granted'] as const;
export type IprStatus = (typeof IPR_STATUSES)[number];

export const COOPERATION_TYPES = [
  'license',
  'assignment',
  'joint_development',
  'technical_service',
  'investment',
  'commercial_agreement',
] as const;
export type CooperationType = (typeof COOPERATION_TYPES)[number];

/** Who may read the public part; the confidential part is always NDA-gated. */
export const VISIBILITIES = ['public', 'members'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export type LocalizedText = { title: string; summary: string; description: string };

/** A price (offers) or budget (requests) range in integer minor units of an ISO 4217 currency. */
export type PriceRange = { minMinor: number | null; maxMinor: number | null; currency: string };

export type Listing = {
  id: string;
  kind: ListingKind;
  /** The language the listing was written in; title/summary/description are in it. */
  language: Language;
  title: string;
  summary: string;
  description: string;
  /** Versions in other languages (never the original language). */
  translations: Partial<Record<Language, LocalizedText>>;
  /** Never public: only the owner, brokers and parties under an accepted NDA see it. */
  confidentialDetails: string | null;
  keywords: string[];
  sectors: string[];
  ipcCodes: string[];
  trl: number | null;
  iprStatus: IprStatus;
  patentNumbers: string[];
  cooperationTypes: CooperationType[];
  price: PriceRange | null;
  /** The price range converted to CNY minor units with the rate table in force when written. */
  priceCny: { minMinor: number | null; maxMinor: number | null } | null;
  /** ISO 3166-1 alpha-2 country of origin. */
  country: string;
  targetCountries: string[];
  ownerOrganizationId: string;
  visibility: Visibility;
  status: ListingStatus;
  deadline: string | null; // ISO date YYYY-MM-DD
  publishedAt: Date | null;
  expiresAt: Date | null;
  extensionCount: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export const LISTING_LIMITS = {
  title: 256,
  summary: 500,
  description: 4000,
  confidentialDetails: 20000,
  keywords: 10,
  keywordLength: 64,
  patentNumbers: 50,
  sectors: 10,
  ipcCodes: 20,
} as const;

/** Validity of a published listing, and of its one extension (EEN practice). */
export const LISTING_VALIDITY_DAYS = 365;
export const LISTING_EXTENSION_MAX_DAYS = 365;
export const LISTING_EXTENSION_WINDOW_DAYS = 30;

/** Which kinds answer which: a request is matched with offers, and the reverse. */
export const COMPLEMENTARY_KINDS: Record<ListingKind, ListingKind[]> = {
  technology_offer: ['technology_request'],
  technology_request: ['technology_offer'],
  funding_request: ['investment_offer'],
  investment_offer: ['funding_request'],
  rd_partnership: ['rd_partnership'],
};
