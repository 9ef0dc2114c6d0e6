import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderAt, type FakeRoute } from '../../test-utils';
import { SessionProvider } from '../../ui/session';
import type { BalanceResponse, FlowResponse, IndicatorCatalogue, KpiResponse } from './api';
import { parseAtom } from './api';
import InsightPage from './insight-page';

// The canvas is not drawable in jsdom: the chart shows the option it was given, so tests can
// check that the chart and the table carry the same numbers.
vi.mock('../../ui/chart', () => ({
  Chart: ({ option, label, testId }: { option: { series?: unknown }; label: string; testId?: string }) => (
    <figure aria-label={label} data-testid={testId ?? 'chart'} data-series={JSON.stringify(option.series ?? null)} />
  ),
}));

const row = (key: string, en: string, zh: string, offers: number, requests: number, matched: number) => ({
  key,
  label: en,
  label_en: en,
  label_zh: zh,
  keys: [key],
  labels: [{ en, zh }],
  period: null,
  offers,
  requests,
  requests_matched: matched,
  coverage: requests ? matched / requests : null,
  gap_index: offers + requests ? Number(((requests - offers) / (requests + offers)).toFixed(4)) : null,
});

const balance: BalanceResponse = {
  dimensions: ['sector'],
  period: null,
  interval: null,
  region_level: 'city',
  coverage_method: 'engine',
  gap_index_formula: 'gap_index = (requests - offers) / (requests + offers)',
  totals: { offers: 9, requests: 7, requests_matched: 4, coverage: 4 / 7, gap_index: -0.125 },
  rows: [row('ind-nev', 'New-energy vehicles', '新能源汽车', 5, 2, 2), row('ind-marine', 'Marine economy', '海洋经济', 0, 3, 0), row('ind-fintech', 'Financial technology', '金融科技', 4, 2, 2), row('wipo-01', 'Electrical machinery', '电机', 7, 1, 1)],
};

const listing = (id: string, title: string, visibility: 'public' | 'members', kind: string) => ({
  id,
  kind,
  language: 'en',
  title,
  summary: 's',
  description: 'd',
  translations: {},
  confidential_details: null,
  has_confidential_details: false,
  keywords: [],
  sectors: ['ind-marine'],
  ipc_codes: [],
  trl: 6,
  ipr_status: 'granted',
  patent_numbers: [],
  cooperation_types: [],
  price: null,
  price_cny: null,
  country: 'CN',
  target_countries: [],
  owner_organization_id: 'o1',
  owner: { id: 'o1', name: 'Org', name_zh: null, country: 'CN', type: 'enterprise' },
  visibility,
  status: 'published',
  deadline: null,
  published_at: '2026-01-01T00:00:00Z',
  expires_at: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  version: 1,
});

const broker = {
  user: { id: 'u1', email: 'broker@x', name: 'Broker', email_verified: true, roles: ['broker'], created_at: '2026-01-01T00:00:00Z' },
  memberships: [],
  roles: ['broker'],
  csrf_token: 'x',
  auth: 'session',
  token_scope: null,
};

const kpis: KpiResponse = {
  period: '2026Q1..2026Q2',
  interval: 'quarter',
  periods: ['2026Q1', '2026Q2'],
  as_of: '2026-07-01T00:00:00Z',
  kpis: [
    { code: 'listings_published', label: 'Listings published', label_en: 'Listings published', label_zh: '发布信息数', unit: 'count', kind: 'flow', definition: 'd', total: 17, series: [{ period: '2026Q1', value: 8 }, { period: '2026Q2', value: 9 }] },
    { code: 'eois', label: 'Expressions of interest', label_en: 'Expressions of interest', label_zh: '合作意向数', unit: 'count', kind: 'flow', definition: 'd', total: 5, series: [{ period: '2026Q1', value: 2 }, { period: '2026Q2', value: 3 }] },
    { code: 'registered_value_cny_minor', label: 'Registered value (CNY)', label_en: 'Registered value (CNY)', label_zh: '登记合同金额（人民币）', unit: 'cny_minor', kind: 'flow', definition: 'd', total: 1234500, series: [{ period: '2026Q1', value: 0 }, { period: '2026Q2', value: 1234500 }] },
    { code: 'stale_listings', label: 'Stale listings', label_en: 'Stale listings', label_zh: '陈旧信息数', unit: 'count', kind: 'snapshot', definition: 'd', total: 4, series: [] },
  ],
  funnel: [
    { stage: 'interest', label: 'Expression of interest', label_en: 'Expression of interest', label_zh: '合作意向', deals: 5, from_previous: null, from_start: 1 },
    { stage: 'nda', label: 'NDA', label_en: 'NDA', label_zh: '保密协议', deals: 2, from_previous: 0.4, from_start: 0.4 },
  ],
};

const flows: FlowResponse = {
  period: null,
  home: { key: 'CN-GD-SZ', country: 'CN', region: 'Guangdong', city: 'Shenzhen', label_en: 'Shenzhen, Guangdong, China', label_zh: '中国广东深圳' },
  measure: 'deals',
  rows: [
    { flow: 'inbound', flow_label_en: 'Inbound international', flow_label_zh: '国际引进', seller_country: 'DE', buyer_country: 'CN', sector: null, deals: 3, agreements: 1, registered: 1, registered_value_cny_minor: 939600000, registered_value_usd_minor: 144553846, unconverted: 0 },
    { flow: 'local', flow_label_en: 'Local to local', flow_label_zh: '本地对本地', seller_country: 'CN', buyer_country: 'CN', sector: null, deals: 2, agreements: 0, registered: 0, registered_value_cny_minor: 0, registered_value_usd_minor: 0, unconverted: 0 },
    { flow: 'domestic_inbound', flow_label_en: 'Domestic to home region', flow_label_zh: '国内引入本地', seller_country: 'CN', buyer_country: 'CN', sector: null, deals: 4, agreements: 1, registered: 0, registered_value_cny_minor: 0, registered_value_usd_minor: 0, unconverted: 0 },
  ],
  totals: [
    { flow: 'local', flow_label_en: 'Local to local', flow_label_zh: '本地对本地', deals: 2, agreements: 0, registered: 0, registered_value_cny_minor: 0, registered_value_usd_minor: 0, unconverted: 0 },
    { flow: 'domestic_inbound', flow_label_en: 'Domestic to home region', flow_label_zh: '国内引入本地', deals: 4, agreements: 1, registered: 0, registered_value_cny_minor: 0, registered_value_usd_minor: 0, unconverted: 0 },
    { flow: 'inbound', flow_label_en: 'Inbound international', flow_label_zh: '国际引进', deals: 3, agreements: 1, registered: 1, registered_value_cny_minor: 939600000, registered_value_usd_minor: 144553846, unconverted: 0 },
  ],
  sankey: {
    nodes: [
      { id: 'seller:CN', side: 'seller', label_en: 'China', label_zh: '中国' },
      { id: 'seller:DE', side: 'seller', label_en: 'Germany', label_zh: '德国' },
      { id: 'buyer:CN', side: 'buyer', label_en: 'China', label_zh: '中国' },
    ],
    links: [
      { source: 'seller:CN', target: 'buyer:CN', value: 4, flow: 'domestic_inbound' },
      { source: 'seller:CN', target: 'buyer:CN', value: 2, flow: 'local' },
      { source: 'seller:DE', target: 'buyer:CN', value: 3, flow: 'inbound' },
    ],
  },
};

const DEMO_SOURCE = 'ITTC demo data: illustrative values written for the demo, not official statistics';
const catalogue: IndicatorCatalogue = {
  indicators: [
    { code: 'rd_intensity_pct', label_en: 'R&D intensity (GERD / GDP)', label_zh: '研发投入强度', unit: 'percent', higher_is_better: true, regions: 2, year_min: 2021, year_max: 2022, sources: [DEMO_SOURCE] },
    { code: 'vc_firms', label_en: 'Firms receiving VC', label_zh: '获得风投的企业', unit: 'firms', higher_is_better: true, regions: 0, year_min: null, year_max: null, sources: [] },
  ],
  regions: [
    { region: 'CN-GD-SZ', label_en: 'Shenzhen, Guangdong', label_zh: '广东深圳', indicators: 1, values: 2 },
    { region: 'DE', label_en: 'Germany', label_zh: '德国', indicators: 1, values: 2 },
  ],
};
const indicatorValue = (region: string, en: string, zh: string, year: number, value: number) => ({
  region,
  region_label_en: en,
  region_label_zh: zh,
  indicator: 'rd_intensity_pct',
  indicator_label_en: 'R&D intensity (GERD / GDP)',
  indicator_label_zh: '研发投入强度',
  year,
  value,
  unit: 'percent',
  source: DEMO_SOURCE,
  source_url: null,
  note: 'Illustrative demo value.',
});

const routes = (extra: FakeRoute[] = []): FakeRoute[] => [
  ...extra,
  { match: (u) => u.pathname === '/api/insight/balance', body: balance },
  { match: (u) => u.pathname === '/api/insight/kpis', body: kpis },
  { match: (u) => u.pathname === '/api/insight/flows', body: flows },
  { match: (u) => u.pathname === '/api/insight/gaps', body: { direction: 'import', home: flows.home, period: null, rows: [] } },
  { match: (u) => u.pathname === '/api/taxonomies/sectors', body: { items: [] } },
  { match: (u) => u.pathname === '/api/organizations', body: { items: [], total: 0, page: 1, page_size: 20 } },
  { match: (u) => u.pathname === '/api/indicators/catalogue', body: catalogue },
  {
    match: (u) => u.pathname === '/api/indicators',
    body: { items: [indicatorValue('CN-GD-SZ', 'Shenzhen, Guangdong', '广东深圳', 2021, 5.5), indicatorValue('CN-GD-SZ', 'Shenzhen, Guangdong', '广东深圳', 2022, 5.8), indicatorValue('DE', 'Germany', '德国', 2022, 3.1)] },
  },
  {
    match: (u) => u.pathname === '/api/indicators/compare',
    body: {
      regions: ['CN-GD-SZ', 'DE'],
      year: null,
      indicators: [
        {
          code: 'rd_intensity_pct',
          label_en: 'R&D intensity (GERD / GDP)',
          label_zh: '研发投入强度',
          unit: 'percent',
          higher_is_better: true,
          series: [],
          latest: [
            { region: 'CN-GD-SZ', label_en: 'Shenzhen, Guangdong', label_zh: '广东深圳', year: 2022, value: 5.8, normalized: 100, unit: 'percent', source: DEMO_SOURCE },
            { region: 'DE', label_en: 'Germany', label_zh: '德国', year: 2022, value: 3.1, normalized: 53.4, unit: 'percent', source: DEMO_SOURCE },
          ],
        },
      ],
    },
  },
];

function open(url: string, { staff = false, language = 'en' as 'en' | 'zh-CN', extra = [] as FakeRoute[] } = {}) {
  const me: FakeRoute = staff ? { match: (u) => u.pathname === '/api/me', body: broker } : { match: (u) => u.pathname === '/api/me', status: 401, body: { error: { code: 'AUTH_REQUIRED', message: 'Sign in first.' } } };
  const mock = mockFetch(routes([me, ...extra]));
  renderAt(
    <SessionProvider>
      <InsightPage />
    </SessionProvider>,
    { url, path: '/insight/*', language },
  );
  return mock;
}

const seriesOf = (testId: string) => JSON.parse(screen.getByTestId(testId).getAttribute('data-series') ?? 'null') as { data: unknown[] }[];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('supply and demand balance', () => {
  it('draws offers against requests per sector of the chosen group, with unmet demand first and in red', async () => {
    open('/insight/balance');
    await screen.findByTestId('balance-chart');
    const [offers, requests] = seriesOf('balance-chart');
    // Industries only (wipo-01 is another group); most unmet demand first: marine (+3), fintech (-2), nev (-3).
    expect(offers?.data).toEqual([0, -4, -5]);
    expect((requests?.data[0] as { value: number; itemStyle: { color: string } }).value).toBe(3);
    expect((requests?.data[0] as { itemStyle: { color: string } }).itemStyle.color).toBe('#b42318');
    expect(requests?.data.slice(1)).toEqual([2, 2]);
    expect(screen.getByTestId('balance-totals').textContent).toContain('In total 9 offers and 7 requests');
  });

  it('shows the same numbers as a table, flags demand without supply and links the server CSV', async () => {
    open('/insight/balance');
    await screen.findByTestId('balance-chart');
    fireEvent.click(screen.getByText('Table'));
    const table = await screen.findByTestId('balance-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.querySelectorAll('td')).slice(0, 7).map((c) => c.textContent))).toEqual([
      ['Marine economy', '0', '3', '0', '0%', '+1', 'Demand without supply'],
      ['Financial technology', '4', '2', '2', '100%', '-0.33', ''],
      ['New-energy vehicles', '5', '2', '2', '100%', '-0.43', ''],
    ]);
    const csv = screen.getByTestId('csv-download');
    const href = new URL(csv.getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/api/insight/balance');
    expect(href.searchParams.get('by')).toBe('sector');
    expect(href.searchParams.get('format')).toBe('csv');
  });

  it('switches to the WIPO fields and to a sector-by-country heatmap', async () => {
    const { calls } = open('/insight/balance');
    await screen.findByTestId('balance-chart');
    fireEvent.mouseDown(screen.getByLabelText('Sectors'));
    fireEvent.click(await screen.findByText('WIPO technology fields'));
    await waitFor(() => expect(seriesOf('balance-chart')[0]?.data).toEqual([-7]));
    fireEvent.mouseDown(screen.getByLabelText('Break down by'));
    fireEvent.click(await screen.findByText('Sector and country'));
    await waitFor(() => expect(calls.some((u) => u.pathname === '/api/insight/balance' && u.searchParams.get('by') === 'sector,country')).toBe(true));
  });

  it('drills down to a sector and lists its public listings only', async () => {
    open('/insight/balance', {
      extra: [
        {
          match: (u) => u.pathname === '/api/listings' && u.searchParams.get('kind') === 'technology_request',
          body: { items: [listing('r1', 'Public buoy sensor need', 'public', 'technology_request'), listing('r2', 'Members-only hull need', 'members', 'technology_request')], total: 2, page: 1, page_size: 100 },
        },
        { match: (u) => u.pathname === '/api/listings', body: { items: [], total: 0, page: 1, page_size: 100 } },
      ],
    });
    await screen.findByTestId('balance-chart');
    fireEvent.click(screen.getByText('Table'));
    fireEvent.click(await screen.findByLabelText('Show the listings of Marine economy'));
    const drill = await screen.findByTestId('balance-drill');
    await within(drill).findByText('Public buoy sensor need');
    expect(within(drill).queryByText('Members-only hull need')).toBeNull();
    expect(within(drill).getByText('1 public request')).toBeTruthy();
    expect(within(drill).getByText('0 public offers')).toBeTruthy();
  });

  it('shows the API error message', async () => {
    open('/insight/balance', { extra: [{ match: (u) => u.pathname === '/api/insight/balance', status: 400, body: { error: { code: 'INSIGHT_PERIOD_INVALID', message: 'The period is not valid.' } } }] });
    expect((await screen.findByTestId('error-message')).textContent).toBe('The period is not valid.');
  });

  it('says so when nothing is published', async () => {
    open('/insight/balance', { extra: [{ match: (u) => u.pathname === '/api/insight/balance', body: { ...balance, rows: [] } }] });
    await screen.findByText('No published offers or requests in this selection.');
  });
});

describe('staff-only views', () => {
  it('asks a visitor to sign in instead of calling the KPI and flow routes', async () => {
    const { calls } = open('/insight/kpis');
    const notice = await screen.findByTestId('staff-only');
    expect(within(notice).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?returnTo=%2Finsight%2Fkpis');
    fireEvent.click(screen.getByTestId('tab-flows'));
    await screen.findByTestId('staff-only');
    expect(calls.some((u) => u.pathname === '/api/insight/kpis' || u.pathname === '/api/insight/flows')).toBe(false);
  });

  it('shows a broker the KPI totals, series and funnel, in Chinese', async () => {
    const { calls } = open('/insight/kpis', { staff: true, language: 'zh-CN' });
    const headline = await screen.findByTestId('kpi-headline');
    expect(headline.querySelector('[data-kpi="listings_published"] .stat-value')?.textContent).toBe('17');
    expect(headline.querySelector('[data-kpi="registered_value_cny_minor"] .stat-value')?.textContent).toBe('¥12,345');
    expect(headline.querySelector('[data-kpi="stale_listings"]')?.textContent).toContain('陈旧信息数');
    const series = seriesOf('kpi-chart');
    expect(series.map((s) => s.data)).toEqual([
      [8, 9],
      [2, 3],
    ]);
    expect(calls.find((u) => u.pathname === '/api/insight/kpis')?.searchParams.get('interval')).toBe('month');
    expect(seriesOf('funnel-chart')[0]?.data).toEqual([
      { name: '合作意向', value: 5 },
      { name: '保密协议', value: 2 },
    ]);
  });

  it('sends the grain to the API and lists KPIs per period in the table', async () => {
    const { calls } = open('/insight/kpis', { staff: true });
    await screen.findByTestId('kpi-chart');
    fireEvent.mouseDown(screen.getByLabelText('Grain'));
    fireEvent.click(await screen.findByText('Quarter'));
    await waitFor(() => expect(calls.at(-1)?.searchParams.get('interval')).toBe('quarter'));
    const panel = screen.getByTestId('kpi-series');
    fireEvent.click(within(panel).getByText('Table'));
    const table = await within(panel).findByTestId('kpi-table');
    const cells = within(table).getAllByRole('row').slice(1).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));
    expect(cells).toEqual([
      ['Listings published', '8', '9', '17'],
      ['Expressions of interest', '2', '3', '5'],
      ['Registered value (CNY)', 'CN¥0', 'CN¥12,345', 'CN¥12,345'],
    ]);
    const href = new URL(within(panel).getByTestId('csv-download').getAttribute('href') ?? '', 'http://localhost');
    expect(href.pathname).toBe('/api/insight/kpis');
    expect(href.searchParams.get('interval')).toBe('quarter');
  });

  it('shows a broker the flows as a diagram whose links sum the classes, and a table in CNY and USD', async () => {
    open('/insight/flows', { staff: true });
    await screen.findByTestId('flows-chart');
    const [sankey] = seriesOf('flows-chart') as unknown as { links: { source: string; target: string; value: number }[] }[];
    expect(sankey?.links).toEqual([
      { source: 'seller:CN', target: 'buyer:CN', value: 6 },
      { source: 'seller:DE', target: 'buyer:CN', value: 3 },
    ]);
    expect(seriesOf('flows-bars')[0]?.data).toEqual([2, 4, 3]);
    const panel = screen.getByTestId('flows-sankey');
    fireEvent.click(within(panel).getByText('Table'));
    const table = await within(panel).findByTestId('flows-table');
    const first = Array.from(within(table).getAllByRole('row')[1]!.querySelectorAll('td')).map((c) => c.textContent);
    expect(first).toEqual(['Inbound international', 'Germany', 'China', '3', '1', '1', 'CN¥9,396,000', '$1,445,538', '0']);
  });
});

describe('benchmarks', () => {
  it('plots the region against its peers with the source and the demo note shown', async () => {
    const { calls } = open('/insight/benchmarks');
    await screen.findByTestId('benchmark-chart');
    const sources = screen.getByTestId('benchmark-sources');
    expect(sources.textContent).toContain(DEMO_SOURCE);
    expect(sources.textContent).toContain('Illustrative demo value.');
    expect(seriesOf('benchmark-chart').map((s) => s.data)).toEqual([
      [5.5, 5.8],
      [null, 3.1],
    ]);
    const sent = calls.find((u) => u.pathname === '/api/indicators');
    expect(sent?.searchParams.get('region')).toBe('CN-GD-SZ,DE');
    expect(sent?.searchParams.get('indicator')).toBe('rd_intensity_pct');
    await screen.findByTestId('benchmark-latest-chart');
    expect(seriesOf('benchmark-latest-chart')[0]?.data).toEqual([100, 53.4]);
  });

  it('says so when no indicator has values', async () => {
    open('/insight/benchmarks', { extra: [{ match: (u) => u.pathname === '/api/indicators/catalogue', body: { indicators: catalogue.indicators.slice(1), regions: [] } }] });
    await screen.findByText('No indicators have been loaded yet.');
  });
});

describe('success stories', () => {
  it('reads the entries of the Atom feed as text', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:uuid:d1</id><title type="text">Success story: &lt;b&gt;Battery&lt;/b&gt;</title>
      <updated>2026-10-01T00:00:00Z</updated><published>2026-10-01T00:00:00Z</published><link rel="alternate" href="http://example.org/listings/l1"/>
      <summary type="text">A and B closed a transfer.</summary><category term="ind-nev" label="New-energy vehicles"/></entry></feed>`;
    expect(parseAtom(xml)).toEqual([
      {
        id: 'urn:uuid:d1',
        title: 'Success story: <b>Battery</b>',
        summary: 'A and B closed a transfer.',
        link: 'http://example.org/listings/l1',
        published: '2026-10-01T00:00:00Z',
        categories: [{ term: 'ind-nev', label: 'New-energy vehicles' }],
      },
    ]);
  });
});
