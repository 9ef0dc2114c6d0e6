import { kpiDefinition } from '../core/programs/kpi-catalogue.js';
import { SCORE_WEIGHTS } from '../core/programs/performance.js';
import type { ProgrammeReport } from '../core/programs/programme-report.js';
import { formatMoney } from '../core/programs/format-money.js';

/**
 * The programme report as one print-styled HTML page (GET /api/programmes/:id/report.html):
 * no script, bilingual labels, every number as in the JSON report. Print it or save it as PDF
 * from the browser.
 */

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '–' : x.toLocaleString('en-US'));

export function renderProgrammeReport(r: ProgrammeReport): string {
  const p = r.programme;
  const m = r.measurement;
  const cur = p.currency;
  const value = (kpi: Parameters<typeof kpiDefinition>[0], v: number | null) => (v === null ? '–' : kpiDefinition(kpi).unit === 'money' ? formatMoney(v, cur) : num(v));
  const label = (kpi: Parameters<typeof kpiDefinition>[0]) => {
    const l = kpiDefinition(kpi).label;
    return `${escape(l.en)}<br><span class="zh">${escape(l.zh)}</span>`;
  };

  const years = m.years
    .map((y) => {
      const rows = y.kpis
        .map(
          (k) =>
            `<tr><th scope="row">${label(k.kpi)}</th><td>${value(k.kpi, k.target)}</td><td>${value(k.kpi, k.verified)}</td><td>${value(k.kpi, k.declared)}${k.declared > 0 ? ' <span class="flag">declared</span>' : ''}</td><td>${value(k.kpi, k.actual)}</td><td>${pct(k.attainment)}</td><td>${k.costPerOutcome === null ? '–' : k.unit === 'count' ? formatMoney(k.costPerOutcome, cur) : k.costPerOutcome.toFixed(4)}</td></tr>`,
        )
        .join('\n');
      const s = y.ipoe;
      return `<section class="year">
<h2>${y.year}</h2>
<dl class="headline">
  <div><dt>Budget · 预算</dt><dd>${formatMoney(y.budgetMinor, cur)}</dd></div>
  <div><dt>Spent · 支出</dt><dd>${formatMoney(y.spentMinor, cur)}</dd></div>
  <div><dt>Budget execution · 预算执行率</dt><dd>${pct(y.executionRate)}</dd></div>
  <div><dt>Score · 绩效得分</dt><dd>${s.score === null ? '–' : s.score.toFixed(2)}</dd></div>
</dl>
<p class="note">Input ${pct(s.input)} · process ${pct(s.process)} · output ${pct(s.output)} · effect ${pct(s.effect)} (weights ${escape(s.weightsVersion)}: ${SCORE_WEIGHTS.input}/${SCORE_WEIGHTS.process}/${SCORE_WEIGHTS.output}/${SCORE_WEIGHTS.effect}; declared values count ${SCORE_WEIGHTS.declaredCreditPercent}%). Grants reporting: ${y.grantsReported} of ${y.grantsActive}.</p>
${y.notes.length ? `<ul class="note">${y.notes.map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : ''}
<table>
<thead><tr><th>KPI</th><th>Target · 目标</th><th>Verified · 核实</th><th>Declared · 申报</th><th>Actual · 实际</th><th>Attainment · 完成率</th><th>Cost per outcome · 单位成本</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="7">No targets or outcomes.</td></tr>'}
</tbody>
</table>
</section>`;
    })
    .join('\n');

  const spending = r.spending
    .map(
      (s) =>
        `<tr><th scope="row">${s.year}</th><td class="l">${escape(s.label)} <span class="key">${escape(s.key)}</span></td><td>${formatMoney(s.budgetMinor, cur)}</td><td>${formatMoney(s.spentMinor, cur)}</td><td>${s.budgetMinor > 0 ? pct(s.spentMinor / s.budgetMinor) : '–'}</td></tr>`,
    )
    .join('\n');

  const grants = m.grants
    .map(
      (g) =>
        `<tr><th scope="row">${escape(g.title)}</th><td class="l">${escape(r.organizationNames[g.recipientOrganizationId] ?? g.recipientOrganizationId)}</td><td>${formatMoney(g.amountMinor, cur)}</td><td>${formatMoney(g.disbursedMinor, cur)}</td><td>${pct(g.executionRate)}</td><td>${g.yearsReported.join(', ') || '–'}</td></tr>`,
    )
    .join('\n');

  const outcomes = r.outcomes
    .flatMap((o) =>
      o.values.map(
        (v) =>
          `<tr><th scope="row">${o.year}</th><td class="l">${label(v.kpi)}</td><td>${value(v.kpi, v.value)} <span class="flag">declared</span></td><td class="l">${escape(v.evidenceKind)}: ${escape(v.evidenceNote)}${v.evidenceUrl ? ` <span class="key">${escape(v.evidenceUrl)}</span>` : ''}</td></tr>`,
      ),
    )
    .join('\n');

  const deals = r.topDeals
    .map(
      (d) =>
        `<tr><th scope="row">${escape(d.title ?? d.dealId)}</th><td class="l">${escape(d.ownerName ?? '–')} → ${escape(d.interestedName ?? '–')}</td><td class="l">${escape(d.agreementType ?? '–')}</td><td>${escape(d.registeredOn)}</td><td>${escape(d.sellerCountry)} → ${escape(d.buyerCountry)}</td><td>${d.valueMinor === null ? '–' : formatMoney(d.valueMinor, cur)}</td></tr>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(p.name)}: programme report</title>
<style>
  body { font: 14px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; color: #1a1a1a; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 1.75rem; border-bottom: 1px solid #999; }
  .meta, .note { color: #555; font-size: .88rem; } .zh { color: #555; font-size: .85em; } .key { color: #777; font-size: .8em; }
  .flag { font-size: .75em; border: 1px solid #b26b00; color: #b26b00; border-radius: 3px; padding: 0 .25em; }
  dl.headline { display: grid; grid-template-columns: repeat(4, 1fr); gap: .5rem; }
  dl.headline div { border: 1px solid #ccc; border-radius: 4px; padding: .4rem .6rem; }
  dl.headline dt { font-size: .8rem; color: #444; } dl.headline dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
  th, td { border-bottom: 1px solid #ddd; padding: .25rem .45rem; text-align: right; vertical-align: top; }
  th[scope="row"], thead th:first-child, td.l { text-align: left; } thead th { border-bottom: 2px solid #999; font-size: .85rem; }
  @page { size: A4; margin: 15mm; }
  @media print { body { margin: 0; max-width: none; font-size: 11px; } section, tr { break-inside: avoid; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>${escape(p.name)}${p.nameZh ? ` · ${escape(p.nameZh)}` : ''}</h1>
<p class="meta">Programme report · 项目绩效报告 · ${p.startYear}–${p.endYear} · ${escape(cur)} · status ${escape(p.status)} · KPI catalogue ${escape(p.catalogueVersion)} · generated ${escape(r.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
${p.description ? `<p>${escape(p.description)}</p>` : ''}
<p class="note">Verified values come from deals registered in ITTC; declared values come from outcome reports and are flagged. Money is in ${escape(cur)}.</p>
${years}
<h2>Spending by budget line · 分项支出</h2>
<table><thead><tr><th>Year</th><th>Line</th><th>Budget</th><th>Spent</th><th>Execution</th></tr></thead><tbody>
${spending || '<tr><td colspan="5">No budget lines.</td></tr>'}
</tbody></table>
<h2>Grants · 资助项目</h2>
<table><thead><tr><th>Grant</th><th>Recipient</th><th>Amount</th><th>Disbursed</th><th>Execution</th><th>Reported</th></tr></thead><tbody>
${grants || '<tr><td colspan="6">No grants attached.</td></tr>'}
</tbody></table>
<h2>Declared outcomes · 申报成果</h2>
<table><thead><tr><th>Year</th><th>KPI</th><th>Value</th><th>Evidence</th></tr></thead><tbody>
${outcomes || '<tr><td colspan="4">No outcome reports.</td></tr>'}
</tbody></table>
<h2>Top registered deals · 主要登记合同</h2>
<table><thead><tr><th>Technology</th><th>Parties</th><th>Agreement</th><th>Registered</th><th>Flow</th><th>Value</th></tr></thead><tbody>
${deals || '<tr><td colspan="6">No registered deals attached.</td></tr>'}
</tbody></table>
</body>
</html>`;
}
