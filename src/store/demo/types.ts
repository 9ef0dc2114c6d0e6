/**
 * Shapes of the shipped demo data. Written by us for ITTC (never copied from third-party
 * sources) and deterministic: no randomness, no clock. The seeder (src/store/seed-demo.ts)
 * turns keys into stable ids and dates relative to a fixed reference day into timestamps.
 */
import type { CooperationType, IprStatus, Language, ListingKind, ListingStatus, Visibility } from '../../core/listings/listing.js';
import type { OrganizationType, SizeClass } from '../../core/organizations/organization.js';

export type DemoOrganization = {
  /** Stable key, unique across all demo files, e.g. 'cn-sz-bydtech' or 'de-fraunhofer-ise'. */
  key: string;
  name: string | null;
  name_zh: string | null;
  type: OrganizationType;
  country: string; // ISO 3166-1 alpha-2
  region: string | null; // e.g. 'Guangdong', 'Bavaria'
  city: string | null;
  ror_id: string | null; // only real-looking format, 9 chars, e.g. '0' + 6 base32 + 2 digits; null for firms
  website: string | null;
  size_class: SizeClass | null;
  description: string | null;
};

export type DemoLocalized = { title: string; summary: string; description: string };

export type DemoListing = {
  /** Stable key, unique across all demo files. */
  key: string;
  kind: ListingKind;
  language: Language;
  title: string;
  summary: string;
  description: string;
  /** Optional version in the other language. */
  translations?: Partial<Record<Language, DemoLocalized>>;
  confidential_details: string | null;
  keywords: string[];
  sectors: string[];
  ipc_codes: string[];
  trl: number | null;
  ipr_status: IprStatus;
  patent_numbers: string[];
  cooperation_types: CooperationType[];
  price: { min_minor: number | null; max_minor: number | null; currency: string } | null;
  country: string;
  target_countries: string[];
  owner: string; // DemoOrganization.key
  visibility: Visibility;
  status: ListingStatus;
  /** Days before the demo reference day on which it was published (null for drafts). */
  published_days_ago: number | null;
  /** Deadline as days after the reference day, or null. */
  deadline_in_days: number | null;
};
