import { describe, expect, it } from 'vitest';
import type { FundingCall } from './call.js';
import { rankCallMatches, scoreCallMatch, textTerms } from './call-matching.js';

const call = {
  id: 'c1',
  title: 'Robotics adoption voucher',
  theme: 'Collaborative robot joints for SMEs',
  description: '',
  sectors: ['ind-robotics', 'ind-new-materials'],
  trlMin: 4,
  trlMax: 7,
  ceilingMinor: 5_000_000,
  currency: 'CNY',
  eligibility: { organizationTypes: ['enterprise'], countries: ['CN'], regions: [], sizeClasses: [] },
} satisfies Partial<FundingCall>;

const listing = (over: Record<string, unknown> = {}) => ({
  id: 'l1',
  title: 'Harmonic reducer for collaborative robot joints',
  summary: 'Seeking a pilot grant',
  keywords: [],
  translations: {},
  sectors: ['ind-robotics'],
  trl: 5,
  price: { minMinor: null, maxMinor: 4_000_000, currency: 'CNY' },
  priceCny: { minMinor: null, maxMinor: 4_000_000 },
  ...over,
});
const firm = { type: 'enterprise' as const, country: 'CN', region: 'Guangdong', sizeClass: '11-49' as const };

describe('call matching', () => {
  it('splits Latin words (stop words out) and CJK bigrams', () => {
    expect([...textTerms('The robot joints, 机器人关节')].sort()).toEqual(['人关', '关节', '器人', '机器', 'joints', 'robot'].sort());
  });

  it('scores a fitting request: worked example', () => {
    const m = scoreCallMatch(call, listing(), firm);
    // sector 0.5 + 0.5 × 1/1 = 1; TRL 5 in 4-7 = 1; 40 000 ≤ 50 000 = 1.
    expect(m.signals).toMatchObject({ sector: 1, trl: 1, amount: 1 });
    // Terms: call {robotics, adoption, voucher, collaborative, robot, joints, smes} (7),
    // listing {harmonic, reducer, collaborative, robot, joints, seeking, pilot, grant} (8);
    // shared 3 -> cosine 3/√56 = 0.4009 -> text min(1, 0.4009/0.25) = 1.
    expect(m.signals.text).toBe(1);
    expect(m.score).toBe(1);
    expect(m.eligible).toBe(true);
    expect(m.reasons.find((r) => r.kind === 'text')).toMatchObject({ terms: ['collaborative', 'joints', 'robot'] });
  });

  it('lowers the score outside the TRL window and above the ceiling', () => {
    const m = scoreCallMatch(call, listing({ trl: 9, price: { minMinor: null, maxMinor: 10_000_000, currency: 'CNY' }, sectors: ['ind-robotics', 'ind-agrifood'] }), firm);
    // sector 0.5 + 0.5 × 1/2 = 0.75; TRL 9 is 2 above 7 -> 1 - 2/3; ceiling 5/10 = 0.5.
    expect(m.signals).toMatchObject({ sector: 0.75, trl: 0.3333, amount: 0.5, text: 1 });
    // (30 × 0.75 + 20 × 0.3333 + 20 × 0.5 + 30 × 1) / 100
    expect(m.score).toBe(0.6917);
    expect(m.reasons).toContainEqual({ kind: 'amount', requestedMinor: 10_000_000, ceilingMinor: 5_000_000, currency: 'CNY', fits: false });
  });

  it('uses the CNY conversion for a CNY call and is neutral for other currencies', () => {
    const usd = listing({ price: { minMinor: null, maxMinor: 1_000_000, currency: 'USD' }, priceCny: { minMinor: null, maxMinor: 7_200_000 } });
    expect(scoreCallMatch(call, usd, firm).signals.amount).toBe(0.6944);
    expect(scoreCallMatch({ ...call, currency: 'EUR' }, usd, firm).signals.amount).toBe(0.5);
  });

  it('gates on eligibility: an ineligible owner ranks after every eligible one', () => {
    const uni = { ...firm, type: 'university' as const };
    const strong = scoreCallMatch(call, listing({ id: 'a' }), uni);
    const weak = scoreCallMatch(call, listing({ id: 'b', sectors: [], trl: null, title: 'Unrelated', summary: '' }), firm);
    expect(strong.eligible).toBe(false);
    expect(strong.reasons.find((r) => r.kind === 'eligibility')).toMatchObject({ eligible: false, problems: [{ rule: 'organization_type' }] });
    expect(strong.score).toBeGreaterThan(weak.score);
    expect(rankCallMatches([strong, weak], 'listing').map((m) => m.listingId)).toEqual(['b', 'a']);
    expect(scoreCallMatch(call, listing(), null).eligible).toBe(false);
  });
});
