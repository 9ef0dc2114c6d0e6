import { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { COUNTRIES } from '../../core/taxonomy/countries.js';
import { CURRENCIES, isCurrencyCode } from '../../core/taxonomy/currencies.js';
import {
  COOPERATION_TYPE_LABELS,
  IPR_STATUS_LABELS,
  LISTING_KIND_LABELS,
  LISTING_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
  SIZE_CLASS_LABELS,
  VISIBILITY_LABELS,
  type Label,
} from '../../core/taxonomy/labels.js';
import { SECTORS } from '../../core/taxonomy/sectors.js';
import { IPC_SECTIONS, isIpcPrefix, labelIpc, lookupIpcByPrefix } from '../../core/taxonomy/lookup-ipc.js';
import { suggestClassification } from '../../core/matching/query-market.js';
import { EEN_STAGE_LABELS, TRL_DEFINITIONS, TRL_QUESTIONS } from '../../core/taxonomy/trl.js';
import { DomainError } from '../../core/shared/domain-error.js';
import { isValidIsoDate } from '../../core/shared/validation.js';
import type { ZApp } from '../app.js';
import { ErrorBody } from '../contracts.js';

const Labelled = z.object({ code: z.string(), en: z.string(), zh: z.string() });
const items = <T extends z.ZodType>(t: T) => z.object({ items: z.array(t) });
const fromLabels = (labels: Readonly<Record<string, Label>>) => ({
  items: Object.entries(labels).map(([code, l]) => ({ code, en: l.en, zh: l.zh })),
});

export function taxonomyRoutes(app: ZApp, deps: AppDeps) {
  const simple: [string, Readonly<Record<string, Label>>][] = [
    ['listing-kinds', LISTING_KIND_LABELS],
    ['ipr-status', IPR_STATUS_LABELS],
    ['cooperation-types', COOPERATION_TYPE_LABELS],
    ['listing-statuses', LISTING_STATUS_LABELS],
    ['visibilities', VISIBILITY_LABELS],
    ['organization-types', ORGANIZATION_TYPE_LABELS],
    ['size-classes', SIZE_CLASS_LABELS],
  ];
  for (const [name, labels] of simple) {
    const body = fromLabels(labels);
    app.get(`/api/taxonomies/${name}`, { config: { permission: 'public' }, schema: { tags: ['taxonomies'], summary: `Bilingual labels: ${name}`, response: { 200: items(Labelled) } } }, async () => body);
  }

  app.get(
    '/api/taxonomies/sectors',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['taxonomies'],
        summary: 'Sectors: the 35 WIPO technology fields and industry sectors',
        response: { 200: items(Labelled.extend({ group: z.string(), wipo_sector: z.string().nullable() })) },
      },
    },
    async () => ({ items: SECTORS.map((s) => ({ code: s.code, group: s.group, en: s.en, zh: s.zh, wipo_sector: s.wipoSector })) }),
  );

  app.get(
    '/api/taxonomies/trl',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['taxonomies'],
        summary: 'TRL 1-9 with plain meanings, EEN stage and GB/T 22900 level; the TRL helper questions',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                level: z.number(),
                en: z.string(),
                zh: z.string(),
                meaning_en: z.string(),
                meaning_zh: z.string(),
                een_stage: z.string(),
                een_stage_en: z.string(),
                een_stage_zh: z.string(),
                gbt22900_level: z.number(),
                gbt22900_en: z.string(),
                gbt22900_zh: z.string(),
              }),
            ),
            questions: z.array(z.object({ id: z.string(), level: z.number(), en: z.string(), zh: z.string() })),
          }),
        },
      },
    },
    async () => ({
      items: TRL_DEFINITIONS.map((t) => ({
        level: t.level,
        en: t.name.en,
        zh: t.name.zh,
        meaning_en: t.meaning.en,
        meaning_zh: t.meaning.zh,
        een_stage: t.eenStage,
        een_stage_en: EEN_STAGE_LABELS[t.eenStage].en,
        een_stage_zh: EEN_STAGE_LABELS[t.eenStage].zh,
        gbt22900_level: t.gbt22900.level,
        gbt22900_en: t.gbt22900.name.en,
        gbt22900_zh: t.gbt22900.name.zh,
      })),
      questions: TRL_QUESTIONS.map((q) => ({ id: q.id, level: q.level, en: q.question.en, zh: q.question.zh })),
    }),
  );

  const IpcItem = Labelled.extend({
    field: z.string().nullable().describe('WIPO technology field (sector code) the code belongs to'),
    source: z.enum(['prefix', 'text']).describe('prefix: the code starts with q; text: suggested from listings whose text is like q'),
    score: z.number().optional(),
  });
  app.get(
    '/api/taxonomies/ipc',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['taxonomies'],
        summary: 'IPC codes for a picker: by code prefix (h01m), or suggested for words (battery, 电池) by the nearest classified listings',
        querystring: z.object({ q: z.string().max(200).default(''), limit: z.coerce.number().int().min(1).max(50).default(20) }),
        response: { 200: items(IpcItem) },
      },
    },
    async (req) => {
      const q = req.query.q.trim();
      if (q.length === 0) return { items: Object.keys(IPC_SECTIONS).map((code) => ({ ...labelIpc(code)!, source: 'prefix' as const })) };
      if (isIpcPrefix(q)) return { items: lookupIpcByPrefix(q, req.query.limit).map((l) => ({ ...l, source: 'prefix' as const })) };
      const suggested = await suggestClassification(deps.matching, q);
      const labelled = suggested.ipc.flatMap((s) => {
        const l = labelIpc(s.code);
        return l ? [{ ...l, source: 'text' as const, score: Math.round(s.score * 1000) / 1000 }] : [];
      });
      return { items: labelled.slice(0, req.query.limit) };
    },
  );

  app.get(
    '/api/taxonomies/currencies',
    { config: { permission: 'public' }, schema: { tags: ['taxonomies'], summary: 'ISO 4217 currencies', response: { 200: items(Labelled.extend({ minor_units: z.number() })) } } },
    async () => ({ items: CURRENCIES.map((c) => ({ code: c.code, en: c.en, zh: c.zh, minor_units: c.minorUnits })) }),
  );

  app.get(
    '/api/taxonomies/countries',
    { config: { permission: 'public' }, schema: { tags: ['taxonomies'], summary: 'ISO 3166-1 alpha-2 countries and regions', response: { 200: items(Labelled) } } },
    async () => ({ items: COUNTRIES.map((c) => ({ code: c.code, en: c.en, zh: c.zh })) }),
  );

  const Rate = z.object({ currency: z.string(), cny_per_unit: z.number(), valid_from: z.string(), source: z.string() });
  app.get(
    '/api/exchange-rates',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['taxonomies'],
        summary: 'Exchange rates in force on a day (CNY per one unit)',
        querystring: z.object({ on: z.string().max(10).optional() }),
        response: { 200: items(Rate), 400: ErrorBody },
      },
    },
    async (req) => {
      const day = req.query.on ?? deps.clock.now().toISOString().slice(0, 10);
      if (!isValidIsoDate(day)) throw new DomainError('VALIDATION_FAILED', 'on must be a date as YYYY-MM-DD.', { issues: [{ path: 'on', message: 'Not a date.' }] });
      const rows = await deps.rates.ratesOn(day);
      return { items: rows.map((r) => ({ currency: r.currency, cny_per_unit: r.cnyPerUnit, valid_from: r.validFrom, source: r.source })) };
    },
  );

  app.put(
    '/api/exchange-rates/:currency',
    {
      config: { permission: 'exchange_rate:write' },
      schema: {
        tags: ['taxonomies'],
        summary: 'Set a rate from a date on (CNY per one unit)',
        params: z.object({ currency: z.string().max(8) }),
        body: z.object({ cny_per_unit: z.number().positive().max(1e9), valid_from: z.string().max(10), source: z.string().max(200).optional() }).strict(),
        response: { 200: Rate, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => {
      const currency = req.params.currency.toUpperCase();
      const issues = [];
      if (!isCurrencyCode(currency)) issues.push({ path: 'currency', message: 'Unknown ISO 4217 currency.' });
      if (!isValidIsoDate(req.body.valid_from)) issues.push({ path: 'valid_from', message: 'Must be a date as YYYY-MM-DD.' });
      if (issues.length) throw new DomainError('VALIDATION_FAILED', 'The rate is not valid.', { issues });
      const row = { currency, validFrom: req.body.valid_from, cnyPerUnit: req.body.cny_per_unit, source: req.body.source ?? 'manual' };
      await deps.rates.set(row);
      deps.rates.invalidate();
      return { currency, cny_per_unit: row.cnyPerUnit, valid_from: row.validFrom, source: row.source };
    },
  );
}
