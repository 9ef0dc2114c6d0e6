export const ORGANIZATION_TYPES = [
  'university',
  'research_institute',
  'enterprise',
  'investor',
  'government',
  'intermediary',
  'other',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const SIZE_CLASSES = ['1-10', '11-49', '50-249', '250+'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export type Organization = {
  id: string;
  /** English (or Latin-script) name; at least one of name and nameZh is set. */
  name: string | null;
  nameZh: string | null;
  type: OrganizationType;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: string | null;
  city: string | null;
  /** ROR id in its canonical 9-character form, e.g. 03cve4549. */
  rorId: string | null;
  website: string | null;
  sizeClass: SizeClass | null;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};
