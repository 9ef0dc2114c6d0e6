import { describe, expect, it } from 'vitest';
import type { DomainError } from '../shared/domain-error.js';
import { extendListing, transitionListing } from './lifecycle.js';
import type { Listing } from './listing.js';

const DAY = 86_400_000;
const t0 = new Date('2026-01-01T00:00:00Z');
const base: Listing = {
  id: 'l1', kind: 'technology_offer', language: 'en', title: 'T', summary: 'S', description: '', translations: {},
  confidentialDetails: null, keywords: [], sectors: ['wipo-01'], ipcCodes: [], trl: 5, iprStatus: 'none', patentNumbers: [],
  cooperationTypes: [], price: null, priceCny: null, country: 'DE', targetCountries: [], ownerOrganizationId: 'o1',
  visibility: 'public', status: 'draft', deadline: null, publishedAt: null, expiresAt: null, extensionCount: 0,
  createdAt: t0, updatedAt: t0, version: 1,
};

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('listing lifecycle', () => {
  it('publishing starts a 365-day validity', () => {
    const p = transitionListing(base, 'publish', t0);
    expect(p.status).toBe('published');
    expect(p.expiresAt!.getTime() - t0.getTime()).toBe(365 * DAY);
  });

  it('refuses to withdraw a draft', () => {
    expect(codeOf(() => transitionListing(base, 'withdraw', t0))).toBe('LISTING_TRANSITION_NOT_ALLOWED');
  });

  it('refuses to publish an archived listing', () => {
    const archived = transitionListing(base, 'archive', t0);
    expect(codeOf(() => transitionListing(archived, 'publish', t0))).toBe('LISTING_TRANSITION_NOT_ALLOWED');
  });

  it('allows an extension only from 30 days before expiry', () => {
    const p = transitionListing(base, 'publish', t0);
    expect(codeOf(() => extendListing(p, 365, new Date(t0.getTime() + 334 * DAY)))).toBe('LISTING_EXTENSION_NOT_ALLOWED');
    const e = extendListing(p, 365, new Date(t0.getTime() + 335 * DAY));
    expect(e.expiresAt!.getTime()).toBe(t0.getTime() + 730 * DAY);
    expect(e.extensionCount).toBe(1);
  });

  it('allows one extension only', () => {
    const p = transitionListing(base, 'publish', t0);
    const e = extendListing(p, 10, new Date(t0.getTime() + 360 * DAY));
    expect(codeOf(() => extendListing(e, 10, new Date(t0.getTime() + 370 * DAY)))).toBe('LISTING_EXTENSION_NOT_ALLOWED');
  });

  it('refuses extensions longer than 365 days', () => {
    const p = transitionListing(base, 'publish', t0);
    expect(codeOf(() => extendListing(p, 366, new Date(t0.getTime() + 360 * DAY)))).toBe('LISTING_EXTENSION_NOT_ALLOWED');
  });

  it('republishes an expired listing from now when extended', () => {
    const expired = transitionListing(transitionListing(base, 'publish', t0), 'expire', new Date(t0.getTime() + 365 * DAY));
    const now = new Date(t0.getTime() + 400 * DAY);
    const e = extendListing(expired, 30, now);
    expect(e.status).toBe('published');
    expect(e.expiresAt!.getTime()).toBe(now.getTime() + 30 * DAY);
  });
});
