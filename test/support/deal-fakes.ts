import { createHash } from 'node:crypto';
import type { Listing } from '../../src/core/listings/listing.js';
import type { Deal, DealDocument, DealEvent, DealMessage, MatchFeedback } from '../../src/core/deals/deal.js';
import { isOpenStage } from '../../src/core/deals/deal.js';
import { ndaGrantsAccess } from '../../src/core/deals/deal-policy.js';
import type { DealDeps, DealTx, OrganizationSummary, Recipient } from '../../src/core/deals/ports.js';
import type { AuditRecord } from '../../src/core/audit/audit.js';
import type { NewMessage } from '../../src/core/outbox/message.js';
import type { Clock } from '../../src/core/shared/ports.js';

/** Everything the in-memory deal stores hold; a unit of work restores it when its work throws. */
export type DealFakeState = {
  listings: Map<string, Listing>;
  organizations: Map<string, OrganizationSummary>;
  deals: Map<string, Deal>;
  events: DealEvent[];
  messages: DealMessage[];
  documents: { doc: DealDocument; content: Uint8Array }[];
  feedback: MatchFeedback[];
  notices: Set<string>;
  audit: AuditRecord[];
  /** Messages queued in the outbox. */
  outbox: NewMessage[];
};

const page = <T>(all: T[], p: { page: number; pageSize: number }) => ({
  items: all.slice((p.page - 1) * p.pageSize, p.page * p.pageSize),
  total: all.length,
  page: p.page,
  pageSize: p.pageSize,
});

/** Deal ports over plain maps, for unit tests of the deals core. */
export function inMemoryDealDeps(seed: {
  listings: Listing[];
  organizations: OrganizationSummary[];
  clock: Clock;
  /** Mail recipients per organization id, and the brokers under the key 'brokers'. */
  recipients?: Record<string, Recipient[]>;
}): { deps: DealDeps; state: DealFakeState } {
  const recipients = seed.recipients ?? {};
  let state: DealFakeState = {
    listings: new Map(seed.listings.map((l) => [l.id, l])),
    organizations: new Map(seed.organizations.map((o) => [o.id, o])),
    deals: new Map(),
    events: [],
    messages: [],
    documents: [],
    feedback: [],
    notices: new Set(),
    audit: [],
    outbox: [],
  };
  let n = 0;
  const s = () => state;
  const tx: DealTx = {
    deals: {
      findById: async (id) => s().deals.get(id) ?? null,
      findByIdForUpdate: async (id) => s().deals.get(id) ?? null,
      findOpen: async (listingId, org) =>
        [...s().deals.values()].find((d) => d.listingId === listingId && d.interestedOrganizationId === org && isOpenStage(d.stage)) ?? null,
      insert: async (deal) => {
        const dup = [...s().deals.values()].some(
          (d) => d.listingId === deal.listingId && d.interestedOrganizationId === deal.interestedOrganizationId && isOpenStage(d.stage),
        );
        if (dup) return 'duplicate';
        s().deals.set(deal.id, deal);
        return 'inserted';
      },
      update: async (deal, expected) => {
        const cur = s().deals.get(deal.id);
        if (!cur || cur.version !== expected) return false;
        s().deals.set(deal.id, deal);
        return true;
      },
      list: async (f, p) => {
        const all = [...s().deals.values()].filter(
          (d) =>
            (!f.stages || f.stages.includes(d.stage)) &&
            (!f.listingId || d.listingId === f.listingId) &&
            (!f.ownerOrganizationIds || f.ownerOrganizationIds.includes(d.ownerOrganizationId)) &&
            (!f.interestedOrganizationIds || f.interestedOrganizationIds.includes(d.interestedOrganizationId)) &&
            (!f.partyOrganizationIds || f.partyOrganizationIds.includes(d.ownerOrganizationId) || f.partyOrganizationIds.includes(d.interestedOrganizationId)),
        );
        return page(all, p);
      },
      disclosedListings: async (orgs, listingIds) => [
        ...new Set(
          [...s().deals.values()]
            .filter((d) => listingIds.includes(d.listingId) && orgs.includes(d.interestedOrganizationId) && ndaGrantsAccess(d))
            .map((d) => d.listingId),
        ),
      ],
      appendEvent: async (e) => void s().events.push(e),
      events: async (dealId) => s().events.filter((e) => e.dealId === dealId),
    },
    messages: {
      insert: async (m) => void s().messages.push(m),
      list: async (dealId, p) => page(s().messages.filter((m) => m.dealId === dealId), p),
    },
    documents: {
      insert: async (doc, content) => void s().documents.push({ doc, content }),
      list: async (dealId) => s().documents.filter((d) => d.doc.dealId === dealId).map((d) => d.doc),
      findById: async (dealId, id) => s().documents.find((d) => d.doc.dealId === dealId && d.doc.id === id)?.doc ?? null,
      content: async (dealId, id) => s().documents.find((d) => d.doc.dealId === dealId && d.doc.id === id)?.content ?? null,
    },
    feedback: {
      upsert: async (f) => {
        const i = s().feedback.findIndex((x) => x.listingId === f.listingId && x.otherListingId === f.otherListingId && x.userId === f.userId);
        if (i >= 0) {
          const merged = { ...f, id: s().feedback[i]!.id, createdAt: s().feedback[i]!.createdAt };
          s().feedback[i] = merged;
          return merged;
        }
        s().feedback.push(f);
        return f;
      },
      list: async (f, p) =>
        page(
          s().feedback.filter(
            (x) => (!f.listingId || x.listingId === f.listingId) && (f.relevant === undefined || x.relevant === f.relevant) && (!f.reasons || (x.reason && f.reasons.includes(x.reason))),
          ),
          p,
        ),
      summary: async () => {
        const counts = new Map<string, { relevant: boolean; reason: MatchFeedback['reason']; count: number }>();
        for (const x of s().feedback) {
          const k = `${x.relevant}:${x.reason}`;
          counts.set(k, { relevant: x.relevant, reason: x.reason, count: (counts.get(k)?.count ?? 0) + 1 });
        }
        return [...counts.values()];
      },
    },
    notices: {
      claim: async (kind, key) => {
        const k = `${kind}:${key}`;
        if (s().notices.has(k)) return false;
        s().notices.add(k);
        return true;
      },
    },
    listings: {
      findById: async (id) => s().listings.get(id) ?? null,
      findExpiringBetween: async (from, to) =>
        [...s().listings.values()].filter((l) => l.status === 'published' && l.expiresAt && l.expiresAt >= from && l.expiresAt < to),
    },
    organizations: { findById: async (id) => s().organizations.get(id) ?? null },
    audit: { record: async (e) => void s().audit.push(e) },
    outbox: { enqueue: async (m) => void s().outbox.push(m) },
    recipients: {
      membersOf: async (orgs) => orgs.flatMap((o) => recipients[o] ?? []),
      brokers: async () => recipients.brokers ?? [],
    },
  };
  const deps: DealDeps = {
    ...tx,
    unitOfWork: async (work) => {
      const snapshot = structuredClone(state);
      try {
        return await work(tx);
      } catch (err) {
        state = snapshot;
        throw err;
      }
    },
    clock: seed.clock,
    ids: { newId: () => `id-${++n}` },
    digest: (b) => createHash('sha256').update(b).digest('hex'),
    publicUrl: 'https://ittc.test',
  };
  return { deps, get state() { return state; } } as { deps: DealDeps; state: DealFakeState };
}
