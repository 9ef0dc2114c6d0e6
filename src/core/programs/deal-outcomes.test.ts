import { describe, expect, it } from 'vitest';
import { convertMinor, dealContributions, type DealOutcome } from './deal-outcomes.js';

const rates = new Map([
  ['CNY', 1],
  ['USD', 6.5],
  ['EUR', 7.83],
]);

const deal = (over: Partial<DealOutcome> = {}): DealOutcome => ({
  id: 'd1',
  listingId: 'l1',
  ownerOrganizationId: 'o1',
  interestedOrganizationId: 'o2',
  stage: 'registered',
  agreement: { type: 'license_exclusive', valueMinor: 100_000_00, currency: 'EUR', signedOn: '2025-12-20' },
  registration: {
    registrationNumber: '2026440300000123',
    registry: 'Shenzhen Technology Contract Registration Office',
    registeredOn: '2026-01-15',
    buyerCountry: 'CN',
    buyerRegion: 'Guangdong',
    sellerCountry: 'DE',
    sellerRegion: 'Bavaria',
    valueMinor: 100_000_00,
    currency: 'EUR',
  },
  ...over,
});

describe('dealContributions', () => {
  it('counts a registered inbound license: contract, value in the programme currency, license, inbound transfer', () => {
    const { contributions, notes } = dealContributions(deal(), 'CNY', 'CN', rates);
    expect(notes).toEqual([]);
    expect(contributions.map((c) => [c.kpi, c.year, c.value])).toEqual([
      ['licenses_executed', 2025, 1],
      ['contracts_registered', 2026, 1],
      // EUR 100,000.00 × 7.83 = CNY 783,000.00
      ['contract_value', 2026, 78_300_000],
      ['international_transfers_inbound', 2026, 1],
    ]);
  });

  it('counts an outbound assignment relative to the home country', () => {
    const d = deal({
      agreement: { type: 'technology_transfer', valueMinor: 5_000_000, currency: 'CNY', signedOn: '2026-03-01' },
      registration: { ...deal().registration!, sellerCountry: 'CN', buyerCountry: 'SG', valueMinor: 5_000_000, currency: 'CNY' },
    });
    const kpis = dealContributions(d, 'CNY', 'CN', rates).contributions.map((c) => c.kpi);
    expect(kpis).toEqual(['assignments', 'contracts_registered', 'contract_value', 'international_transfers_outbound']);
  });

  it('counts a signed investment as follow-on investment, before registration', () => {
    const d = deal({ stage: 'agreement', agreement: { type: 'investment', valueMinor: 1_000_000_00, currency: 'USD', signedOn: '2026-05-05' }, registration: null });
    expect(dealContributions(d, 'CNY', 'CN', rates).contributions).toEqual([
      expect.objectContaining({ kpi: 'follow_on_investment', year: 2026, value: 650_000_000 }),
    ]);
  });

  it('counts nothing for a lost or open deal', () => {
    expect(dealContributions(deal({ stage: 'closed_lost' }), 'CNY', 'CN', rates).contributions).toEqual([]);
    expect(dealContributions(deal({ stage: 'negotiation', agreement: null, registration: null }), 'CNY', 'CN', rates).contributions).toEqual([]);
  });

  it('notes a value it cannot convert instead of guessing', () => {
    const d = deal({ registration: { ...deal().registration!, currency: 'XAF' }, agreement: null });
    const r = dealContributions(d, 'CNY', 'CN', rates);
    expect(r.contributions.map((c) => c.kpi)).toEqual(['contracts_registered', 'international_transfers_inbound']);
    expect(r.notes[0]).toMatch(/no exchange rate for XAF/);
  });
});

describe('convertMinor', () => {
  it('converts through CNY with the rate table', () => {
    expect(convertMinor(100, 'USD', 'CNY', rates)).toBe(650);
    expect(convertMinor(650, 'CNY', 'USD', rates)).toBe(100);
    expect(convertMinor(783, 'EUR', 'USD', rates)).toBe(943);
    expect(convertMinor(5, 'EUR', 'EUR', rates)).toBe(5);
    expect(convertMinor(5, 'EUR', 'GBP', rates)).toBeNull();
  });
});
