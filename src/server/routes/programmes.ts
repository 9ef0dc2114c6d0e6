import type { z } from 'zod';
import type { AppDeps } from '../../compose.js';
import { attachDeal, attachGrant } from '../../core/programs/attach-to-programme.js';
import { createProgramme } from '../../core/programs/create-programme.js';
import { KPI_CATALOGUE, KPI_CATALOGUE_VERSION } from '../../core/programs/kpi-catalogue.js';
import { buildProgrammeReport, REPORT_COLUMNS, reportRows } from '../../core/programs/programme-report.js';
import type { ProgrammeStatus } from '../../core/programs/programme.js';
import { getProgramme, getProgrammePerformance, listProgrammes } from '../../core/programs/query-programmes.js';
import { submitOutcomeReport } from '../../core/programs/submit-outcome-report.js';
import { updateProgramme } from '../../core/programs/update-programme.js';
import type { ProgrammeInput } from '../../core/programs/validate-programme.js';
import { CSV_BOM, csvLine } from '../../store/csv.js';
import type { ZApp } from '../app.js';
import { ErrorBody } from '../contracts.js';
import * as C from '../funding-contracts.js';
import { presentOutcomeReport, presentPerformance, presentProgramme, presentReport } from '../funding-presenters.js';
import { sendCsv } from '../insight-presenters.js';
import { renderProgrammeReport } from '../programme-report-html.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

function programmeInputFromBody(b: Partial<z.infer<typeof C.ProgrammeBody>>): Partial<ProgrammeInput> {
  return {
    name: b.name,
    nameZh: b.name_zh,
    description: b.description,
    ownerOrganizationId: b.owner_organization_id,
    currency: b.currency,
    homeCountry: b.home_country,
    startYear: b.start_year,
    endYear: b.end_year,
    budgetLines: b.budget_lines?.map((l) => ({ year: l.year, key: l.key, label: l.label, amountMinor: l.amount_minor })),
    targets: b.targets,
  };
}

/** Renders the programme report as CSV (REPORT_COLUMNS), with a BOM for spreadsheet programs. */
export function programmeReportCsv(report: Parameters<typeof reportRows>[0]): string {
  return CSV_BOM + csvLine([...REPORT_COLUMNS]) + reportRows(report).map(csvLine).join('');
}

/** Programmes, their outcome reports, performance and reports (JSON, CSV, print-styled HTML). */
export function programmeRoutes(app: ZApp, deps: AppDeps) {
  const p = deps.programmes;

  app.get(
    '/api/programmes/kpis',
    { config: { permission: 'public' }, schema: { tags: ['programmes'], summary: 'The KPI catalogue (versioned): units, definitions, sources, which are counted automatically', response: { 200: C.KpiCatalogue } } },
    async () => ({
      version: KPI_CATALOGUE_VERSION,
      items: KPI_CATALOGUE.map((k) => ({
        key: k.key,
        unit: k.unit,
        category: k.category,
        en: k.label.en,
        zh: k.label.zh,
        definition: k.definition,
        source: k.source,
        automatic: k.derivation !== null,
      })),
    }),
  );

  app.get(
    '/api/programmes',
    { config: { permission: 'programme:read' }, schema: { tags: ['programmes'], summary: 'Programmes with this year’s budget', querystring: C.ProgrammeQuery, response: { 200: C.ProgrammeList, ...errors } } },
    async (req) => ({
      items: (await listProgrammes(p, req.actor, { statuses: req.query.status as ProgrammeStatus[] | undefined })).map((x) => presentProgramme(x, x.budgetThisYearMinor)),
    }),
  );

  app.post(
    '/api/programmes',
    { config: { permission: 'programme:manage' }, schema: { tags: ['programmes'], summary: 'Create a programme (you become its manager)', body: C.ProgrammeBody, response: { 201: C.Programme, ...errors } } },
    async (req, reply) => reply.code(201).send(presentProgramme(await createProgramme(p, req.actor, programmeInputFromBody(req.body) as ProgrammeInput))),
  );

  app.get(
    '/api/programmes/:id',
    { config: { permission: 'programme:read' }, schema: { tags: ['programmes'], summary: 'One programme with its grants, deals and outcome reports', params: C.IdParams, response: { 200: C.ProgrammeDetail, ...errors } } },
    async (req) => {
      const d = await getProgramme(p, req.actor, req.params.id);
      return {
        programme: presentProgramme(d.programme),
        grants: d.grantLinks.map((l) => ({ grant_id: l.grantId, budget_line_key: l.budgetLineKey, attached_at: l.attachedAt.toISOString() })),
        deals: d.dealLinks.map((l) => ({ deal_id: l.dealId, grant_id: l.grantId, attached_at: l.attachedAt.toISOString() })),
        outcome_reports: d.reports.map(presentOutcomeReport),
      };
    },
  );

  app.patch(
    '/api/programmes/:id',
    {
      config: { permission: 'programme:manage' },
      schema: { tags: ['programmes'], summary: 'Change a programme you manage: texts, period, budget lines, targets, status (send its version)', params: C.IdParams, body: C.ProgrammePatch, response: { 200: C.Programme, ...errors } },
    },
    async (req) => {
      const { version, status, ...rest } = req.body;
      const patch = Object.fromEntries(Object.entries(programmeInputFromBody(rest)).filter(([, v]) => v !== undefined));
      return presentProgramme(await updateProgramme(p, req.actor, req.params.id, version, { ...patch, status }));
    },
  );

  app.get(
    '/api/programmes/:id/performance',
    {
      config: { permission: 'programme:read' },
      schema: {
        tags: ['programmes'],
        summary: 'Performance per year and per grant: targets vs actuals (verified and declared), cost per outcome, budget execution, IPOE score; every verified value traced to its deal',
        params: C.IdParams,
        response: { 200: C.Performance, ...errors },
      },
    },
    async (req) => {
      const r = await getProgrammePerformance(p, req.actor, req.params.id);
      return presentPerformance(r.programme, r);
    },
  );

  app.get(
    '/api/programmes/:id/report',
    { config: { permission: 'programme:read' }, schema: { tags: ['programmes'], summary: 'The programme report: targets vs actuals, spending, outcomes, top deals', params: C.IdParams, response: { 200: C.ProgrammeReport, ...errors } } },
    async (req) => presentReport(await buildProgrammeReport(p, req.actor, req.params.id)),
  );

  app.get(
    '/api/programmes/:id/report.csv',
    { config: { permission: 'programme:read' }, schema: { tags: ['programmes'], summary: 'The programme report as CSV (one flat table; money in minor units)', params: C.IdParams } },
    async (req, reply) => {
      const report = await buildProgrammeReport(p, req.actor, req.params.id);
      return sendCsv(reply, `programme-${report.programme.id}-report.csv`, programmeReportCsv(report));
    },
  );

  app.get(
    '/api/programmes/:id/report.html',
    { config: { permission: 'programme:read' }, schema: { tags: ['programmes'], summary: 'The programme report as a print-styled HTML page', params: C.IdParams } },
    async (req, reply) => {
      const report = await buildProgrammeReport(p, req.actor, req.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .serializer((x: unknown) => x as string)
        .send(renderProgrammeReport(report));
    },
  );

  app.post(
    '/api/programmes/:id/grants',
    {
      config: { permission: 'programme:manage' },
      schema: { tags: ['programmes'], summary: 'Attach a grant to a programme you manage (charged to a budget line)', params: C.IdParams, body: C.AttachGrantBody, response: { 201: C.GrantLink, ...errors } },
    },
    async (req, reply) => {
      const l = await attachGrant(p, req.actor, req.params.id, { grantId: req.body.grant_id, budgetLineKey: req.body.budget_line_key });
      return reply.code(201).send({ programme_id: l.programmeId, grant_id: l.grantId, budget_line_key: l.budgetLineKey, attached_at: l.attachedAt.toISOString() });
    },
  );

  app.post(
    '/api/programmes/:id/deals',
    {
      config: { permission: 'programme:manage' },
      schema: { tags: ['programmes'], summary: 'Attach a deal to a programme you manage: its registered contract then counts automatically', params: C.IdParams, body: C.AttachDealBody, response: { 201: C.DealLink, ...errors } },
    },
    async (req, reply) => {
      const l = await attachDeal(p, req.actor, req.params.id, { dealId: req.body.deal_id, grantId: req.body.grant_id });
      return reply.code(201).send({ programme_id: l.programmeId, deal_id: l.dealId, grant_id: l.grantId, attached_at: l.attachedAt.toISOString() });
    },
  );

  app.post(
    '/api/programmes/:id/outcome-reports',
    {
      config: { permission: 'verified:write' },
      schema: {
        tags: ['programmes'],
        summary: 'File a yearly outcome report, per grant (its recipient) or for the programme (its managers): declared KPI values with evidence, in each KPI’s unit',
        params: C.IdParams,
        body: C.OutcomeReportBody,
        response: { 201: C.OutcomeReport, ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const r = await submitOutcomeReport(p, req.actor, req.params.id, {
        grantId: b.grant_id,
        year: b.year,
        note: b.note,
        values: b.values.map((v) => ({ kpi: v.kpi, value: v.value, unit: v.unit, evidenceKind: v.evidence?.kind, evidenceNote: v.evidence?.note, evidenceUrl: v.evidence?.url })),
      });
      return reply.code(201).send(presentOutcomeReport(r));
    },
  );
}
