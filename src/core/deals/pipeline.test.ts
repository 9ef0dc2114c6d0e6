import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../shared/domain-error.js';
import { DEAL_ROLES, DEAL_STAGES, TERMINAL_STAGES, type Deal, type DealRole, type DealStage } from './deal.js';
import { DEAL_TRANSITIONS, allowedMoves, checkTransition } from './pipeline.js';
import { dealRolesOf } from './deal-policy.js';

const t0 = new Date('2026-03-01T00:00:00Z');
const deal = (stage: DealStage, over: Partial<Deal> = {}): Deal => ({
  id: 'd1', listingId: 'l1', ownerOrganizationId: 'owner-org', interestedOrganizationId: 'buyer-org', createdByUserId: 'u1',
  stage, message: 'hi', cooperationType: 'license', declineReason: null, ndaVersion: null, ndaOwnerAcceptance: null,
  ndaInterestedAcceptance: null, ndaUnlockedAt: null, agreement: null, registration: null, lostReason: null, lostReasonText: null,
  createdAt: t0, updatedAt: t0, stageChangedAt: t0, closedAt: null, publishConsentOwnerAt: null, publishConsentInterestedAt: null, version: 1, ...over,
});

const codeOf = (f: () => unknown): string | null => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

describe('deal pipeline', () => {
  it('uses exactly the ten stage identifiers of the contract', () => {
    expect([...DEAL_STAGES]).toEqual(['interest', 'accepted', 'declined', 'nda', 'negotiation', 'agreement', 'registered', 'follow_up', 'closed_won', 'closed_lost']);
  });

  it('reaches every stage from interest and leaves no terminal stage', () => {
    const reached = new Set<DealStage>(['interest']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of DEAL_TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...DEAL_STAGES].sort());
    for (const s of TERMINAL_STAGES) expect(DEAL_TRANSITIONS.filter((t) => t.from === s)).toEqual([]);
  });

  it('lets every open stage be closed as lost, and only follow_up be closed as won', () => {
    const open = DEAL_STAGES.filter((s) => !TERMINAL_STAGES.includes(s) && s !== 'registered');
    for (const s of open) expect(DEAL_TRANSITIONS.some((t) => t.from === s && t.to === 'closed_lost'), s).toBe(true);
    expect(DEAL_TRANSITIONS.filter((t) => t.to === 'closed_won').map((t) => t.from)).toEqual(['follow_up']);
  });

  it('lets only the owner side (or an admin) answer an expression of interest', () => {
    for (const role of DEAL_ROLES) {
      const expected = role === 'owner' || role === 'admin' ? null : 'DEAL_ACTION_FORBIDDEN';
      expect(codeOf(() => checkTransition(deal('interest'), 'accepted', [role])), role).toBe(expected);
      expect(codeOf(() => checkTransition(deal('interest'), 'declined', [role])), role).toBe(expected);
    }
  });

  it('lets the interested side withdraw its interest but not the owner side', () => {
    expect(codeOf(() => checkTransition(deal('interest'), 'closed_lost', ['interested']))).toBeNull();
    expect(codeOf(() => checkTransition(deal('interest'), 'closed_lost', ['owner']))).toBe('DEAL_ACTION_FORBIDDEN');
  });

  it('answers a move the pipeline does not have with DEAL_TRANSITION_NOT_ALLOWED, whoever asks', () => {
    for (const roles of [['admin'], ['owner'], ['broker']] as DealRole[][]) {
      expect(codeOf(() => checkTransition(deal('interest'), 'agreement', roles))).toBe('DEAL_TRANSITION_NOT_ALLOWED');
      expect(codeOf(() => checkTransition(deal('closed_won'), 'negotiation', roles))).toBe('DEAL_TRANSITION_NOT_ALLOWED');
      expect(codeOf(() => checkTransition(deal('declined'), 'accepted', roles))).toBe('DEAL_TRANSITION_NOT_ALLOWED');
    }
  });

  it('starts negotiation only after both sides accepted the NDA', () => {
    const half = deal('nda', { ndaVersion: 1, ndaOwnerAcceptance: { userId: 'u', acceptedAt: t0, version: 1 } });
    expect(codeOf(() => checkTransition(half, 'negotiation', ['broker']))).toBe('DEAL_NDA_NOT_ACCEPTED');
    expect(allowedMoves(half, ['broker']).find((m) => m.to === 'negotiation')?.blockedBy).toBe('nda_accepted_by_both');
    const both = { ...half, ndaInterestedAcceptance: { userId: 'v', acceptedAt: t0, version: 1 }, ndaUnlockedAt: t0 };
    expect(codeOf(() => checkTransition(both, 'negotiation', ['broker']))).toBeNull();
  });

  it('lists the next moves a caller may make', () => {
    expect(allowedMoves(deal('interest'), ['owner']).map((m) => m.to)).toEqual(['accepted', 'declined']);
    expect(allowedMoves(deal('interest'), ['interested']).map((m) => m.to)).toEqual(['closed_lost']);
    expect(allowedMoves(deal('negotiation'), ['interested'])).toEqual([
      { to: 'agreement', needs: 'agreement', blockedBy: null },
      { to: 'closed_lost', needs: 'lost_reason', blockedBy: null },
    ]);
    expect(allowedMoves(deal('closed_lost'), ['admin'])).toEqual([]);
  });

  it('gives nobody outside the deal any role, and the system the admin role', () => {
    const d = deal('interest');
    expect(dealRolesOf({ kind: 'anonymous' }, d)).toEqual([]);
    expect(dealRolesOf({ kind: 'user', userId: 'x', organizationIds: ['elsewhere'], roles: ['programme_manager', 'funder'] }, d)).toEqual([]);
    expect(dealRolesOf({ kind: 'user', userId: 'x', organizationIds: ['buyer-org'], roles: ['broker'] }, d)).toEqual(['interested', 'broker']);
    expect(dealRolesOf({ kind: 'system' }, d)).toEqual(['admin']);
  });

  it('only ever moves along the table, whatever sequence of moves and roles is tried', () => {
    const allowed = new Set(DEAL_TRANSITIONS.map((t) => `${t.from}>${t.to}`));
    fc.assert(
      fc.property(
        fc.array(fc.record({ to: fc.constantFrom(...DEAL_STAGES), roles: fc.subarray([...DEAL_ROLES]) }), { maxLength: 25 }),
        fc.boolean(),
        (moves, ndaDone) => {
          let d = deal('interest', ndaDone ? { ndaUnlockedAt: t0 } : {});
          for (const m of moves) {
            try {
              checkTransition(d, m.to, m.roles);
              expect(allowed.has(`${d.stage}>${m.to}`)).toBe(true);
              d = { ...d, stage: m.to };
            } catch (e) {
              expect(e).toBeInstanceOf(DomainError);
              expect(['DEAL_TRANSITION_NOT_ALLOWED', 'DEAL_ACTION_FORBIDDEN', 'DEAL_NDA_NOT_ACCEPTED']).toContain((e as DomainError).code);
            }
          }
        },
      ),
    );
  });
});
