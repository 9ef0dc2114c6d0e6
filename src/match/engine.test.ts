import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnalyzers } from '../loaders/analyzers.js';
import type { Analyzer } from './analyzer.js';
import { docTexts, type MatchDoc } from './doc.js';
import { createMatchEngine, type MatchEngine, type MatchReason } from './engine.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = (await loadAnalyzers()).analyzer;
});

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 0, 1);

const offers: MatchDoc[] = [
  {
    id: 'battery-offer',
    kind: 'technology_offer',
    language: 'en',
    title: 'Lithium-ion battery recycling process',
    summary: 'Hydrometallurgical recovery of cobalt, nickel and cathode materials from spent batteries.',
    ipcCodes: ['H01M 10/54'],
    sectors: ['wipo-01'],
    trl: 6,
    cooperationTypes: ['license'],
    priceCny: { min: 100_000_00, max: 500_000_00 },
    country: 'DE',
    targetCountries: ['CN'],
    ownerOrganizationId: 'org-de',
    publishedAt: NOW - 10 * DAY,
  },
  {
    id: 'imaging-offer',
    kind: 'technology_offer',
    language: 'en',
    title: 'Deep learning for medical image diagnosis',
    summary: 'A neural network that detects tumours in CT scans.',
    sectors: ['wipo-13'],
    ownerOrganizationId: 'org-uk',
    publishedAt: NOW - 100 * DAY,
  },
  {
    id: 'solar-offer',
    kind: 'technology_offer',
    language: 'en',
    title: 'Perovskite solar cell',
    summary: 'High efficiency photovoltaic cell with a perovskite absorber.',
    ownerOrganizationId: 'org-uk',
    publishedAt: NOW - 50 * DAY,
  },
];

const build = (docs: MatchDoc[]): MatchEngine => {
  const e = createMatchEngine({ analyzer, now: () => NOW });
  for (const d of docs) e.add(d);
  return e;
};

const termsOf = (why: MatchReason[]) => why.flatMap((r) => (r.type === 'terms' ? r.terms : []));

describe('cross-language matching', () => {
  it('finds an English offer for a Chinese request and names the translation in the reasons', () => {
    const e = build(offers);
    const request: MatchDoc = {
      id: 'zh-request',
      kind: 'technology_request',
      language: 'zh',
      title: '寻求废旧锂电池回收技术',
      summary: '从废旧电池中回收钴和正极材料',
      ipcCodes: ['H01M 10/54'],
      trl: 5,
    };
    const hits = e.matches(request, { limit: 3 });
    expect(hits[0]?.id).toBe('battery-offer');
    const terms = termsOf(hits[0]!.why);
    const battery = terms.find((t) => t.term.toLowerCase().startsWith('batter'));
    expect(battery?.via).toBeDefined();
    expect('寻求废旧锂电池回收技术从废旧电池中回收钴和正极材料').toContain(battery!.via!);
    expect(hits[0]!.why.some((r) => r.type === 'ipc')).toBe(true);
    expect(hits[0]!.why.find((r) => r.type === 'trl')).toMatchObject({ query: 5, match: 6, score: 1 });
  });

  it('finds a Chinese offer for an English request', () => {
    const e = build([
      ...offers,
      { id: 'zh-offer', kind: 'technology_offer', language: 'zh', title: '钙钛矿太阳能电池', summary: '高效率光伏电池技术' },
    ]);
    const hits = e.matches({ id: 'en-req', kind: 'technology_request', language: 'en', title: 'Looking for solar cell technology' }, { limit: 5 });
    expect(hits.map((h) => h.id)).toContain('zh-offer');
    const zh = hits.find((h) => h.id === 'zh-offer')!;
    expect(termsOf(zh.why).some((t) => t.via !== undefined)).toBe(true);
  });
});

describe('ranking', () => {
  it('orders by BM25: title over body, more occurrences over fewer', () => {
    const e = build([
      { id: 'a', title: 'Graphene sensor', description: 'A sensor for gas.' },
      { id: 'b', title: 'Gas sensor', description: 'A sensor made with graphene.' },
      { id: 'c', title: 'Gas sensor', description: 'A sensor made with graphene and more graphene.' },
      { id: 'd', title: 'Valve', description: 'A hydraulic valve.' },
    ]);
    const ids = e.search({ text: 'graphene' }).hits.map((h) => h.id);
    expect(ids).toEqual(['a', 'c', 'b']);
  });

  it('filters by complementary kind and leaves out the querying organization', () => {
    const e = build([
      ...offers,
      { id: 'other-request', kind: 'technology_request', title: 'Battery recycling wanted' },
      { id: 'own-offer', kind: 'technology_offer', title: 'Battery recycling line', ownerOrganizationId: 'org-me' },
      { id: 'kindless', title: 'Battery recycling notes' },
    ]);
    const ids = e.matches({ id: 'q', kind: 'technology_request', title: 'battery recycling', ownerOrganizationId: 'org-me' }).map((h) => h.id);
    expect(ids).toContain('battery-offer');
    expect(ids).toContain('kindless');
    expect(ids).not.toContain('other-request');
    expect(ids).not.toContain('own-offer');
  });

  it('falls back to shared IPC subclasses and sectors when no word matches', () => {
    const e = build(offers);
    const hits = e.matches({ id: 'q', kind: 'technology_request', title: 'Xyzzy', ipcCodes: ['H01M 4/58'] });
    expect(hits.map((h) => h.id)).toEqual(['battery-offer']);
    expect(hits[0]!.why.find((r) => r.type === 'ipc')).toMatchObject({ codes: [{ query: 'H01M4/58', match: 'H01M10/54', level: 'subclass' }] });
  });

  it('ranks a fitting budget and cooperation type above a misfit with the same text', () => {
    const base = { kind: 'technology_offer' as const, title: 'Water purification membrane', summary: 'Membrane filtration module.' };
    const e = build([
      { ...base, id: 'fit', cooperationTypes: ['license'], priceCny: { min: 1_000_00, max: 2_000_00 } },
      { ...base, id: 'misfit', cooperationTypes: ['assignment'], priceCny: { min: 90_000_00, max: 99_000_00 } },
    ]);
    const hits = e.matches({ id: 'q', kind: 'technology_request', title: 'membrane for water purification', cooperationTypes: ['license'], priceCny: { min: null, max: 3_000_00 } });
    expect(hits.map((h) => h.id)).toEqual(['fit', 'misfit']);
    expect(hits[0]!.why.find((r) => r.type === 'budget')).toMatchObject({ overlap: true });
    expect(hits[0]!.why.find((r) => r.type === 'cooperation')).toMatchObject({ types: ['license'] });
  });
});

describe('explanations and highlights', () => {
  it('never carry text that is not in the indexed fields', () => {
    const secret = { ...offers[0]!, id: 'secret', confidentialDetails: 'ZEBRAFISH formula kept under NDA' } as MatchDoc;
    const e = build([secret, ...offers.slice(1)]);
    const query: MatchDoc = { id: 'q', title: '锂电池 recycling zebrafish formula', summary: 'cobalt recovery' };
    const res = e.search({ text: `${query.title} ${query.summary}` });
    const hits = [...res.hits, ...e.matches(query), ...e.similar('imaging-offer')];
    expect(JSON.stringify(res)).not.toMatch(/ZEBRAFISH|NDA/);
    for (const h of hits) {
      const doc = e.get(h.id)!;
      const publicText = docTexts(doc).map((s) => s.text).join('\n');
      for (const t of termsOf(h.why)) {
        expect(publicText).toContain(t.term);
        if (t.via !== undefined) expect(`${query.title} ${query.summary}`).toContain(t.via);
      }
    }
    for (const h of res.hits)
      for (const hl of h.highlights) {
        expect(publicText(e.get(h.id)!)).toContain(hl.snippet);
        for (const [s, t] of hl.marks) expect(t).toBeGreaterThan(s);
      }
  });

  it('marks the matched words in highlights', () => {
    const e = build(offers);
    const h = e.search({ text: 'cobalt recovery' }).hits[0]!;
    const marked = h.highlights.flatMap((hl) => hl.marks.map(([s, t]) => hl.snippet.slice(s, t).toLowerCase()));
    expect(marked).toContain('cobalt');
    expect(marked).toContain('recovery');
  });
});

const publicText = (doc: MatchDoc) => docTexts(doc).map((s) => s.text).join('\n');

describe('search', () => {
  it('browses with filters only, newest first, with pagination', () => {
    const e = build(offers);
    const all = e.search({});
    expect(all.total).toBe(3);
    expect(all.hits.map((h) => h.id)).toEqual(['battery-offer', 'solar-offer', 'imaging-offer']);
    const page = e.search({ offset: 1, limit: 1 });
    expect(page.hits.map((h) => h.id)).toEqual(['solar-offer']);
    const uk = e.search({ filters: { sectors: ['wipo-13'] } });
    expect(uk.hits.map((h) => h.id)).toEqual(['imaging-offer']);
    expect(uk.facets?.sector).toEqual([
      { value: 'wipo-01', count: 1 },
      { value: 'wipo-13', count: 1 },
    ]);
  });

  it('filters by TRL range, budget and IPC prefix', () => {
    const e = build(offers);
    expect(e.search({ filters: { trl: { min: 5, max: 7 } } }).hits.map((h) => h.id)).toEqual(['battery-offer']);
    expect(e.search({ filters: { trl: { min: 7 } } }).total).toBe(0);
    expect(e.search({ filters: { budgetCny: { min: 400_000_00 } } }).total).toBe(1);
    expect(e.search({ filters: { budgetCny: { min: 600_000_00 } } }).total).toBe(0);
    expect(e.search({ filters: { ipc: ['H01M'] } }).total).toBe(1);
    expect(e.search({ filters: { ipc: ['H01M 10'] } }).total).toBe(1);
    expect(e.search({ filters: { ipc: ['H01L'] } }).total).toBe(0);
  });

  it('sorts by deadline, soonest first and undated last', () => {
    const e = build([
      { id: 'late', title: 'x', deadline: NOW + 30 * DAY },
      { id: 'none', title: 'x' },
      { id: 'soon', title: 'x', deadline: NOW + 3 * DAY },
    ]);
    expect(e.search({ sort: 'deadline' }).hits.map((h) => h.id)).toEqual(['soon', 'late', 'none']);
  });
});

describe('incremental index', () => {
  it('adds, replaces and removes documents at any time', () => {
    const e = build(offers);
    expect(e.size).toBe(3);
    e.add({ ...offers[2]!, title: 'Hydrogen fuel cell stack', summary: 'PEM fuel cell.' });
    expect(e.size).toBe(3);
    expect(e.search({ text: 'perovskite' }).total).toBe(0);
    expect(e.search({ text: 'hydrogen' }).hits.map((h) => h.id)).toEqual(['solar-offer']);
    expect(e.remove('solar-offer')).toBe(true);
    expect(e.remove('solar-offer')).toBe(false);
    expect(e.has('solar-offer')).toBe(false);
    expect(e.search({ text: 'hydrogen' }).total).toBe(0);
  });

  it('reports an unknown id with a coded error', () => {
    const e = build(offers);
    expect(() => e.matches('nope')).toThrow(expect.objectContaining({ code: 'MATCH_DOCUMENT_NOT_FOUND' }));
    expect(() => e.add({ id: '', title: 'x' })).toThrow(expect.objectContaining({ code: 'MATCH_DOCUMENT_INVALID' }));
  });

  it('keeps results right across compaction', () => {
    const e = createMatchEngine({ analyzer, compactAt: 0.2 });
    for (let i = 0; i < 3000; i++) e.add({ id: `d${i}`, title: i % 2 === 0 ? `even widget ${i}` : `odd gadget ${i}` });
    for (let i = 0; i < 3000; i += 2) e.remove(`d${i}`);
    expect(e.stats().deadDocuments).toBeLessThan(1000);
    expect(e.size).toBe(1500);
    e.compact();
    expect(e.stats().deadDocuments).toBe(0);
    expect(e.search({ text: 'widget' }).total).toBe(0);
    expect(e.search({ text: 'gadget', limit: 1 }).total).toBe(1500);
    e.add({ id: 'd0', title: 'even widget again' });
    expect(e.search({ text: 'widget' }).hits.map((h) => h.id)).toEqual(['d0']);
  });

  it('highlights a document’s own words after compaction renumbered the documents it was shown with', () => {
    const e = createMatchEngine({ analyzer, compactAt: 1 });
    for (let i = 0; i < 50; i++) e.add({ id: `a${i}`, title: `alpha sensor number ${i}` });
    // Shown once: the analyzed texts of these documents are remembered by document number.
    expect(e.search({ text: 'sensor', limit: 50 }).hits).toHaveLength(50);
    for (let i = 0; i < 50; i += 2) e.remove(`a${i}`);
    e.compact();
    e.add({ id: 'b1', title: 'beta sensor array for drones' });
    const hits = e.search({ text: 'sensor', limit: 100 }).hits;
    expect(hits).toHaveLength(26);
    for (const h of hits) {
      const expected = h.id === 'b1' ? 'beta sensor array for drones' : `alpha sensor number ${h.id.slice(1)}`;
      const hl = h.highlights[0]!;
      expect(hl.snippet, h.id).toBe(expected);
      // The marks come from this document's own words, not from one that had its number before.
      expect(hl.marks.map(([a, b]) => hl.snippet.slice(a, b)), h.id).toEqual(['sensor']);
    }
  });
});

describe('similar, classify and partners', () => {
  const corpus: MatchDoc[] = [
    { id: 'p1', kind: 'technology_offer', title: 'Lithium battery cathode coating', ipcCodes: ['H01M4/62'], sectors: ['wipo-01'], ownerOrganizationId: 'uni-a' },
    { id: 'p2', kind: 'technology_offer', title: 'Battery electrolyte additive for lithium cells', ipcCodes: ['H01M10/0567'], sectors: ['wipo-01'], ownerOrganizationId: 'uni-a' },
    { id: 'p3', kind: 'rd_partnership', title: 'Lithium battery thermal management', ipcCodes: ['H01M10/60'], ownerOrganizationId: 'uni-b' },
    { id: 'p4', kind: 'technology_offer', title: 'Tomato harvesting robot', ipcCodes: ['A01D46/30'], sectors: ['wipo-33'], ownerOrganizationId: 'uni-c' },
  ];

  it('finds similar listings of any kind or of the same kind', () => {
    const e = build(corpus);
    expect(e.similar('p1').map((h) => h.id).slice(0, 2).sort()).toEqual(['p2', 'p3']);
    expect(e.similar('p1', { sameKind: true }).map((h) => h.id)).toEqual(['p2']);
  });

  it('suggests the IPC subclass and sector of the nearest classified neighbours', () => {
    const e = build(corpus);
    const c = e.classify('new lithium battery separator');
    expect(c.ipc[0]?.code).toBe('H01M');
    expect(c.ipc[0]!.score).toBeGreaterThan(0.9);
    expect(c.sectors[0]?.code).toBe('wipo-01');
  });

  it('ranks organizations by their listings for a need', () => {
    const e = build(corpus);
    const p = e.partners({ id: 'need', kind: 'technology_request', title: 'lithium battery improvement' });
    expect(p[0]?.organizationId).toBe('uni-a');
    expect(p[0]!.listings.map((l) => l.id).sort()).toEqual(['p1', 'p2']);
    expect(p[0]!.why.some((r) => r.type === 'terms')).toBe(true);
    expect(p.map((x) => x.organizationId)).not.toContain('uni-c');
  });
});

describe("the public's view of an index that holds members-only documents", () => {
  const request: MatchDoc = {
    id: 'battery-request',
    kind: 'technology_request',
    language: 'en',
    title: 'We need battery recycling to recover cobalt',
    sectors: ['wipo-01'],
    ownerOrganizationId: 'org-cn',
  };
  const hidden: MatchDoc = {
    ...offers[0]!,
    id: 'battery-offer-members',
    title: 'Battery recycling: cobalt recovery line for members',
    ownerOrganizationId: 'org-fr',
    membersOnly: true,
  };
  const e = () => build([...offers, hidden, request]);

  it('leaves members-only documents out of public searches, totals and facets, and keeps them for members', () => {
    const engine = e();
    const pub = engine.search({ text: 'battery recycling cobalt', publicOnly: true });
    expect(pub.hits.map((h) => h.id)).not.toContain('battery-offer-members');
    expect(pub.total).toBe(pub.hits.length);
    const members = engine.search({ text: 'battery recycling cobalt' });
    expect(members.hits.map((h) => h.id)).toContain('battery-offer-members');
    expect(members.total).toBe(pub.total + 1);
    const count = (r: typeof pub, v: string) => r.facets!.kind.find((f) => f.value === v)?.count ?? 0;
    expect(count(members, 'technology_offer')).toBe(count(pub, 'technology_offer') + 1);
    const browse = engine.search({ publicOnly: true, facets: true });
    expect(browse.total).toBe(offers.length + 1);
    expect(engine.stats()).toMatchObject({ documents: offers.length + 2, publicDocuments: offers.length + 1 });
  });

  it('leaves them out of public matches, similar listings and partners', () => {
    const engine = e();
    expect(engine.matches('battery-request').map((h) => h.id)).toContain('battery-offer-members');
    expect(engine.matches('battery-request', { publicOnly: true }).map((h) => h.id)).not.toContain('battery-offer-members');
    expect(engine.similar('battery-offer', { publicOnly: true }).map((h) => h.id)).not.toContain('battery-offer-members');
    expect(engine.similar('battery-offer').map((h) => h.id)).toContain('battery-offer-members');
    expect(engine.partners('battery-request', { publicOnly: true }).map((p) => p.organizationId)).not.toContain('org-fr');
    expect(engine.partners('battery-request').map((p) => p.organizationId)).toContain('org-fr');
  });

  it('does not find a members-only document by its id for the public', () => {
    const engine = e();
    expect(() => engine.matches('battery-offer-members', { publicOnly: true })).toThrow(expect.objectContaining({ code: 'MATCH_DOCUMENT_NOT_FOUND' }));
    expect(() => engine.similar('battery-offer-members', { publicOnly: true })).toThrow(expect.objectContaining({ code: 'MATCH_DOCUMENT_NOT_FOUND' }));
    expect(engine.matches('battery-offer-members').length).toBeGreaterThan(0);
  });

  it('keeps the mark across replacement, removal and compaction', () => {
    const engine = e();
    engine.add({ ...hidden, membersOnly: false });
    expect(engine.search({ text: 'cobalt recovery line', publicOnly: true }).hits.map((h) => h.id)).toContain('battery-offer-members');
    engine.add(hidden);
    engine.remove('solar-offer');
    engine.compact();
    expect(engine.search({ text: 'cobalt recovery line', publicOnly: true }).hits.map((h) => h.id)).not.toContain('battery-offer-members');
    expect(engine.get('battery-offer-members')?.membersOnly).toBe(true);
    expect(engine.stats()).toMatchObject({ documents: offers.length + 1, publicDocuments: offers.length });
  });
});
