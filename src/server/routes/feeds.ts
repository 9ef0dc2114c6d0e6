import type { AppDeps } from '../../compose.js';
import { listListings } from '../../core/listings/query-listings.js';
import { ANONYMOUS } from '../../core/shared/actor.js';
import { DomainError } from '../../core/shared/domain-error.js';
import { LISTING_KIND_LABELS } from '../../core/taxonomy/labels.js';
import { findSector, isSectorCode } from '../../core/taxonomy/sectors.js';
import { findCountry } from '../../core/taxonomy/countries.js';
import type { Listing } from '../../core/listings/listing.js';
import type { ZApp } from '../app.js';
import { renderAtom, type AtomEntry } from '../atom.js';
import * as C from '../insight-contracts.js';

const FEED_SIZE = 50;
const ATOM = 'application/atom+xml; charset=utf-8';

/**
 * Atom feeds: newly published public listings (all, or ?sector=) and success stories. Built
 * from public fields only, as an anonymous visitor sees them: never confidential details.
 */
export function feedRoutes(app: ZApp, deps: AppDeps) {
  const base = deps.config.publicUrl.replace(/\/$/, '');

  app.get('/feeds/listings.atom', { config: { permission: 'public' }, schema: { hide: true, querystring: C.FeedQuery } }, async (req, reply) => {
    const sectors = req.query.sector ?? [];
    const bad = sectors.find((s) => !isSectorCode(s));
    if (bad) throw new DomainError('INSIGHT_QUERY_INVALID', `Unknown sector ${bad.slice(0, 40)}.`, { issues: [{ path: 'sector', message: 'Unknown sector.' }] });
    const lang = req.query.lang ?? 'en';
    // As an anonymous visitor: public, published listings only.
    const page = await listListings(deps.listings, ANONYMOUS, { statuses: ['published'], ...(sectors.length ? { sectors } : {}), sort: 'newest' }, { page: 1, pageSize: FEED_SIZE });
    const entries = page.items.map((l) => listingEntry(l, lang, base));
    const query = sectors.length ? `?sector=${encodeURIComponent(sectors.join(','))}` : '';
    const sectorName = sectors.map((s) => (lang === 'zh' ? findSector(s)?.zh : findSector(s)?.en) ?? s).join(', ');
    const xml = renderAtom({
      id: `${base}/feeds/listings.atom${query}`,
      title: lang === 'zh' ? `ITTC 最新发布${sectorName ? `：${sectorName}` : ''}` : `ITTC new listings${sectorName ? `: ${sectorName}` : ''}`,
      subtitle: lang === 'zh' ? '新发布的公开技术供给与需求' : 'Newly published public technology offers and requests',
      selfUrl: `${base}/feeds/listings.atom${query}`,
      alternateUrl: `${base}/`,
      updated: page.items[0]?.publishedAt ?? deps.clock.now(),
      lang: lang === 'zh' ? 'zh-CN' : 'en',
      entries,
    });
    return reply.type(ATOM).serializer((p: unknown) => p as string).send(xml);
  });

  app.get('/feeds/success-stories.atom', { config: { permission: 'public' }, schema: { hide: true, querystring: C.FeedQuery } }, async (req, reply) => {
    const lang = req.query.lang ?? 'en';
    const stories = await deps.insight.store.successStories(FEED_SIZE);
    const country = (c: string) => (lang === 'zh' ? findCountry(c)?.zh : findCountry(c)?.en) ?? c;
    const entries: AtomEntry[] = stories.map((s) => {
      const title = (lang === 'zh' ? s.listingTitleZh : s.listingTitleEn) ?? s.listingTitle;
      const seller = (lang === 'zh' ? (s.sellerNameZh ?? s.sellerName) : (s.sellerName ?? s.sellerNameZh)) ?? '';
      const buyer = (lang === 'zh' ? (s.buyerNameZh ?? s.buyerName) : (s.buyerName ?? s.buyerNameZh)) ?? '';
      return {
        id: `urn:uuid:${s.dealId}`,
        title: lang === 'zh' ? `成功案例：${title}` : `Success story: ${title}`,
        updated: s.closedAt,
        published: s.closedAt,
        link: `${base}/listings/${s.listingId}`,
        summary:
          lang === 'zh'
            ? `${seller}（${country(s.sellerCountry)}）与${buyer}（${country(s.buyerCountry)}）就“${title}”达成合作。`
            : `${seller} (${country(s.sellerCountry)}) and ${buyer} (${country(s.buyerCountry)}) closed a technology transfer on “${title}”.`,
        categories: s.sectors.map((c) => ({ term: c, label: (lang === 'zh' ? findSector(c)?.zh : findSector(c)?.en) ?? c })),
      };
    });
    const xml = renderAtom({
      id: `${base}/feeds/success-stories.atom`,
      title: lang === 'zh' ? 'ITTC 成功案例' : 'ITTC success stories',
      subtitle: lang === 'zh' ? '双方同意公开的成功技术转移' : 'Technology transfers closed successfully, published with both parties’ consent',
      selfUrl: `${base}/feeds/success-stories.atom`,
      alternateUrl: `${base}/stats`,
      updated: stories[0]?.closedAt ?? deps.clock.now(),
      lang: lang === 'zh' ? 'zh-CN' : 'en',
      entries,
    });
    return reply.type(ATOM).serializer((p: unknown) => p as string).send(xml);
  });
}

function listingEntry(l: Listing, lang: 'en' | 'zh', base: string): AtomEntry {
  const tr = l.translations[lang];
  const title = l.language === lang ? l.title : (tr?.title ?? l.title);
  const summary = l.language === lang ? l.summary : (tr?.summary ?? l.summary);
  const kind = LISTING_KIND_LABELS[l.kind][lang];
  return {
    id: `urn:uuid:${l.id}`,
    title: `${kind}: ${title}`,
    updated: l.publishedAt ?? l.updatedAt,
    ...(l.publishedAt ? { published: l.publishedAt } : {}),
    link: `${base}/listings/${l.id}`,
    // Public fields only: title, summary, sectors, country. Never confidentialDetails.
    summary,
    categories: [
      { term: l.kind, label: kind },
      ...l.sectors.map((s) => ({ term: s, label: (lang === 'zh' ? findSector(s)?.zh : findSector(s)?.en) ?? s })),
    ],
  };
}
