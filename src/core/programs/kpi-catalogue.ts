/**
 * The KPI catalogue: what a programme may set targets for and report on, as versioned code.
 * Definitions follow the AUTM Licensing Activity Survey (licenses and options executed, license
 * income, new patent applications filed, startups formed) and China's technology-contract
 * registration statistics (registered contracts, their turnover, technology imports and exports).
 * docs/programmes.md cites the sources. Changing a definition means a new catalogue version.
 */

export const KPI_CATALOGUE_VERSION = 'kpi-2026.1';

export const KPI_KEYS = [
  'contracts_registered',
  'contract_value',
  'licenses_executed',
  'license_income',
  'assignments',
  'startups_formed',
  'follow_on_investment',
  'jobs_created',
  'patents_filed',
  'international_transfers_inbound',
  'international_transfers_outbound',
  'smes_served',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/**
 * `count`: a whole number of things (contracts, startups, jobs). `money`: integer minor units
 * of the programme's currency (values in other currencies are refused, deal values converted).
 */
export type KpiUnit = 'count' | 'money';

/** Output KPIs measure what a programme produces; effect KPIs what that produces in the economy. */
export type KpiCategory = 'output' | 'effect';

/** How ITTC fills a KPI from deals attached to a programme, or null when it is declared only. */
export type KpiDerivation =
  | 'registered_contract'
  | 'registered_value'
  | 'license_agreement'
  | 'assignment_agreement'
  | 'investment_value'
  | 'inbound_contract'
  | 'outbound_contract'
  | null;

export type KpiDefinition = {
  key: KpiKey;
  unit: KpiUnit;
  category: KpiCategory;
  label: { en: string; zh: string };
  definition: string;
  /** The statistic it follows. */
  source: string;
  derivation: KpiDerivation;
};

const AUTM = 'AUTM Licensing Activity Survey';
const MOST = 'China technology-contract registration statistics (技术合同认定登记)';

export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  {
    key: 'contracts_registered',
    unit: 'count',
    category: 'output',
    label: { en: 'Technology contracts registered', zh: '登记技术合同数' },
    definition:
      'Technology contracts (development, transfer, consulting, service, licence) registered with a technology-contract registration office in the year, counted on the registration date.',
    source: MOST,
    derivation: 'registered_contract',
  },
  {
    key: 'contract_value',
    unit: 'money',
    category: 'effect',
    label: { en: 'Registered contract value', zh: '技术合同成交额' },
    definition: 'The total value of those registered contracts (turnover), in the programme currency.',
    source: MOST,
    derivation: 'registered_value',
  },
  {
    key: 'licenses_executed',
    unit: 'count',
    category: 'output',
    label: { en: 'Licenses and options executed', zh: '许可及期权协议数' },
    definition: 'License and option agreements signed in the year (exclusive and non-exclusive), counted on the signing date.',
    source: `${AUTM} (Q4.1 licenses, Q4.2 options)`,
    derivation: 'license_agreement',
  },
  {
    key: 'license_income',
    unit: 'money',
    category: 'effect',
    label: { en: 'License income received', zh: '许可收入' },
    definition: 'Royalties, fees and cashed-in equity received under licenses in the year.',
    source: `${AUTM} (Q5.4 total license income)`,
    derivation: null,
  },
  {
    key: 'assignments',
    unit: 'count',
    category: 'output',
    label: { en: 'Assignments', zh: '技术转让（所有权转让）数' },
    definition: 'Agreements transferring ownership of a technology or patent (technology transfer contracts), counted on the signing date.',
    source: MOST,
    derivation: 'assignment_agreement',
  },
  {
    key: 'startups_formed',
    unit: 'count',
    category: 'effect',
    label: { en: 'Startups formed', zh: '新创企业数' },
    definition: 'Companies formed in the year whose initiation depended on a technology transferred under the programme.',
    source: `${AUTM} (Q8.1 startups formed)`,
    derivation: null,
  },
  {
    key: 'follow_on_investment',
    unit: 'money',
    category: 'effect',
    label: { en: 'Follow-on investment raised', zh: '后续融资额' },
    definition: 'Private investment raised in the year by funded projects and startups, beyond the programme’s own money.',
    source: 'ITTC (investment agreements in the deal pipeline; declared otherwise)',
    derivation: 'investment_value',
  },
  {
    key: 'jobs_created',
    unit: 'count',
    category: 'effect',
    label: { en: 'Jobs created', zh: '新增就业岗位' },
    definition: 'Full-time-equivalent jobs created in the year by funded projects and the firms that adopted their technology.',
    source: 'ITTC (declared by grant recipients)',
    derivation: null,
  },
  {
    key: 'patents_filed',
    unit: 'count',
    category: 'output',
    label: { en: 'Patent applications filed', zh: '专利申请数' },
    definition: 'New patent applications filed in the year on inventions of funded projects (first filings only).',
    source: `${AUTM} (Q7.4 new patent applications filed)`,
    derivation: null,
  },
  {
    key: 'international_transfers_inbound',
    unit: 'count',
    category: 'output',
    label: { en: 'International transfers, inbound', zh: '国际技术转移（引进）' },
    definition: 'Registered contracts in the year whose buyer is in the programme’s home country and whose seller is abroad (technology import).',
    source: MOST,
    derivation: 'inbound_contract',
  },
  {
    key: 'international_transfers_outbound',
    unit: 'count',
    category: 'output',
    label: { en: 'International transfers, outbound', zh: '国际技术转移（输出）' },
    definition: 'Registered contracts in the year whose seller is in the programme’s home country and whose buyer is abroad (technology export).',
    source: MOST,
    derivation: 'outbound_contract',
  },
  {
    key: 'smes_served',
    unit: 'count',
    category: 'output',
    label: { en: 'SMEs served', zh: '服务中小企业数' },
    definition: 'Distinct small and medium-sized enterprises (under 250 staff) that received a service, voucher or grant in the year.',
    source: 'ITTC (declared by grant recipients)',
    derivation: null,
  },
];

const byKey = new Map(KPI_CATALOGUE.map((k) => [k.key, k]));

export const isKpiKey = (key: string): key is KpiKey => byKey.has(key as KpiKey);

export function kpiDefinition(key: KpiKey): KpiDefinition {
  return byKey.get(key)!;
}
