import type { PublicStats } from '../core/insight/get-public-stats.js';
import { FLOW_CLASS_LABELS } from '../core/insight/flows.js';

/**
 * The public statistics page at /stats: server-rendered HTML, no script, bilingual (or one
 * language with ?lang=en|zh), print-friendly. Every table links to its CSV download.
 */

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export type PageLang = 'en' | 'zh' | 'both';

export function renderStatsPage(s: PublicStats, lang: PageLang): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const n = new Intl.NumberFormat(locale);
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
  const t = (en: string, zh: string) => escape(lang === 'en' ? en : lang === 'zh' ? zh : `${en} · ${zh}`);
  const cell = (v: number | null, f: Intl.NumberFormat = n) => (v === null ? '–' : f.format(v));
  const headline: [string, string, string][] = [
    ['Technology offers', '技术供给', cell(s.headline.offers)],
    ['Technology requests', '技术需求', cell(s.headline.requests)],
    ['Organizations', '机构', cell(s.headline.organizations)],
    ['Countries and regions', '国家和地区', cell(s.headline.countries)],
    ['Agreements signed', '签署协议', cell(s.headline.agreements)],
    ['Contracts registered', '登记合同', cell(s.headline.registeredContracts)],
    ['Registered contract value', '登记合同金额', money.format(s.headline.registeredValueCnyMinor / 100)],
  ];
  const sectors = s.bySector
    .map(
      (r) =>
        `<tr><th scope="row">${t(r.label.en, r.label.zh)}</th><td>${cell(r.offers)}</td><td>${cell(r.requests)}</td><td>${cell(r.coverage, pct)}</td><td>${cell(r.gapIndex)}</td></tr>`,
    )
    .join('\n');
  const flows = s.flows
    .map((f) => `<tr><th scope="row">${t(FLOW_CLASS_LABELS[f.flow].en, FLOW_CLASS_LABELS[f.flow].zh)}</th><td>${cell(f.agreements)}</td><td>${cell(f.registered)}</td></tr>`)
    .join('\n');
  const trend = s.trend.map((p) => `<tr><th scope="row">${escape(p.period)}</th><td>${cell(p.offers)}</td><td>${cell(p.requests)}</td></tr>`).join('\n');
  const csv = (table: string) => `<a class="csv" href="/api/public/stats?format=csv&amp;table=${table}">${t('Download CSV', '下载 CSV')}</a>`;
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('ITTC public statistics', 'ITTC 公开统计')}</title>
<link rel="alternate" type="application/atom+xml" href="/feeds/listings.atom" title="${t('New listings', '最新发布')}">
<style>
  body { font: 15px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
  .meta, .note { color: #555; font-size: .9rem; }
  dl.headline { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; }
  dl.headline div { border: 1px solid #ccc; border-radius: 4px; padding: .5rem .75rem; }
  dl.headline dt { font-size: .85rem; color: #444; } dl.headline dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
  th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: right; } th[scope="row"], thead th:first-child { text-align: left; }
  thead th { border-bottom: 2px solid #999; }
  a.csv { font-size: .85rem; }
  nav a { margin-right: 1rem; }
  @media print { a.csv, nav { display: none; } body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<nav><a href="/stats?lang=en">English</a><a href="/stats?lang=zh">中文</a><a href="/stats">English · 中文</a></nav>
<h1>${t('Technology transfer in numbers', '技术转移数据')}</h1>
<p class="meta">${t(`Home region: ${s.home.label.en}`, `本地区域：${s.home.label.zh}`)} · ${t('Generated', '生成时间')} ${escape(s.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
<p class="note">${t('Public listings only; no confidential details. Counts of published listings as of today.', '仅统计公开信息，不含任何保密内容。发布数量截至今日。')}</p>
<dl class="headline">
${headline.map(([en, zh, v]) => `<div><dt>${t(en, zh)}</dt><dd>${escape(v)}</dd></div>`).join('\n')}
</dl>
<h2>${t('Supply and demand by sector', '分领域供需')}</h2>
<table>
<thead><tr><th>${t('Sector', '领域')}</th><th>${t('Offers', '供给')}</th><th>${t('Requests', '需求')}</th><th>${t('Coverage', '匹配覆盖率')}</th><th>${t('Gap index', '缺口指数')}</th></tr></thead>
<tbody>
${sectors || `<tr><td colspan="5">${t('No public listings yet.', '暂无公开信息。')}</td></tr>`}
</tbody>
</table>
<p class="note">${t('Gap index = (requests − offers) / (requests + offers): +1 only demand, −1 only supply. Coverage: share of requests sharing a sector with a published offer.', '缺口指数 =（需求 − 供给）/（需求 + 供给）：+1 表示只有需求，−1 表示只有供给。匹配覆盖率：与已发布供给同领域的需求所占比例。')}</p>
${csv('sectors')}
<h2>${t('Transfer flows (all time)', '技术转移流向（累计）')}</h2>
<table>
<thead><tr><th>${t('Flow', '流向')}</th><th>${t('Agreements', '协议')}</th><th>${t('Registered contracts', '登记合同')}</th></tr></thead>
<tbody>
${flows}
</tbody>
</table>
${csv('flows')}
<h2>${t(`Listings published per month (${s.trendPeriod})`, `每月发布数量（${s.trendPeriod}）`)}</h2>
<table>
<thead><tr><th>${t('Month', '月份')}</th><th>${t('Offers', '供给')}</th><th>${t('Requests', '需求')}</th></tr></thead>
<tbody>
${trend}
</tbody>
</table>
${csv('trend')}
</body>
</html>
`;
}
