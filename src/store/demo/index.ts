import { chinaListings } from './china-listings.js';
import { chinaOrganizations } from './china-organizations.js';
import { overseasListings } from './overseas-listings.js';
import { overseasOrganizations } from './overseas-organizations.js';
import type { DemoListing, DemoOrganization } from './types.js';

/** The whole shipped demo: written for ITTC, deterministic. */
export const demoOrganizations: DemoOrganization[] = [...chinaOrganizations, ...overseasOrganizations];
export const demoListings: DemoListing[] = [...chinaListings, ...overseasListings];
