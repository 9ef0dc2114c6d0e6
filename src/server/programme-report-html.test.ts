import { describe, expect, it } from 'vitest';
import { measureProgramme } from '../core/programs/measure-programme.js';
import type { ProgrammeReport } from '../core/programs/programme-report.js';
import type { Programme } from '../core/programs/programme.js';
import { renderProgrammeReport } from './programme-report-html.js';

const at = new Date('2026-11-26T09:00:00Z');
const programme: Programme = {
  id: 'p1',
  name: '<script>alert(1)</script> & Co',
  nameZh: '技术转移补贴计划',
  description: 'Subsidies "for" SMEs',
  ownerOrganizationId: null,
  currency: 'CNY',
  homeCountry: 'CN',
  startYear: 2026,
  endYear: 2026,
  status: 'active',
  managerUserIds: [],
  budgetLines: [{ year: 2026, key: 'grants', label: 'Grants <b>', amountMinor: 1_000_000 }],
  targets: [{ year: 2026, kpi: 'startups_formed', value: 2 }],
  catalogueVersion: 'kpi-2026.1',
  createdAt: at,
  updatedAt: at,
  version: 1,
};
const outcomes = [
  {
    id: 'r1',
    programmeId: 'p1',
    grantId: null,
    year: 2026,
    note: '',
    values: [{ kpi: 'startups_formed' as const, value: 1, unit: 'count', evidenceKind: 'url' as const, evidenceNote: 'Licence <img src=x>', evidenceUrl: 'https://example.org/a?b=1&c=2' }],
    submittedAt: at,
    submittedByUserId: null,
  },
];

describe('renderProgrammeReport', () => {
  const report: ProgrammeReport = {
    programme,
    generatedAt: at,
    measurement: measureProgramme({ programme, grantLinks: [], dealLinks: [], grants: [], deals: [], reports: outcomes, rates: new Map(), asOf: at }),
    spending: [{ year: 2026, key: 'grants', label: 'Grants <b>', budgetMinor: 1_000_000, spentMinor: 0 }],
    outcomes,
    organizationNames: {},
    topDeals: [],
  };
  const html = renderProgrammeReport(report);

  it('escapes every text that comes from users', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('Grants &lt;b&gt;');
    expect(html).toContain('Licence &lt;img src=x&gt;');
    expect(html).toContain('https://example.org/a?b=1&amp;c=2');
  });

  it('shows targets against actuals with declared values flagged, and money in major units', () => {
    expect(html).toContain('Startups formed<br><span class="zh">新创企业数</span>');
    expect(html).toMatch(/<td>2<\/td><td>0<\/td><td>1 <span class="flag">declared<\/span><\/td><td>1<\/td><td>50\.0%<\/td>/);
    expect(html).toContain('10,000.00 CNY');
  });
});
