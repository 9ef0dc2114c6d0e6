import { isCountryCode } from '../taxonomy/countries.js';
import { isCurrencyCode } from '../taxonomy/currencies.js';
import { IssueCollector, isValidIsoDate } from '../shared/validation.js';
import {
  AGREEMENT_TYPES,
  DEAL_LIMITS,
  LOST_REASONS,
  type Agreement,
  type AgreementType,
  type Deal,
  type DealStage,
  type LostReason,
  type Registration,
} from './deal.js';
import type { TransitionNeeds } from './pipeline.js';

/** The fields a move may carry (camelCase; the HTTP layer maps snake_case). Fields a move does not need are ignored. */
export type StageFieldsInput = {
  /** Why the owner declines (declined), or the free text of a lost reason (closed_lost). */
  reason?: string | null | undefined;
  agreementType?: string | undefined;
  valueMinor?: number | undefined;
  currency?: string | undefined;
  signedOn?: string | undefined;
  registrationNumber?: string | undefined;
  registry?: string | undefined;
  registeredOn?: string | undefined;
  buyerCountry?: string | undefined;
  buyerRegion?: string | undefined;
  sellerCountry?: string | undefined;
  sellerRegion?: string | undefined;
  lostReason?: string | undefined;
};

export type StageChange =
  | { kind: 'nothing' }
  | { kind: 'decline'; reason: string }
  | { kind: 'agreement'; agreement: Agreement }
  | { kind: 'registration'; registration: Registration }
  | { kind: 'lost'; lostReason: LostReason; text: string | null };

/** Where buyer and seller sit, by default (from the organizations), for a registration. */
export type RegistrationDefaults = { buyerCountry: string; buyerRegion: string | null; sellerCountry: string; sellerRegion: string | null };

type Place = { country: string; region: string | null };

/**
 * Who buys and who sells in a deal on a listing of `kind`: the owner sells what it offers (and
 * the project it seeks money for), and buys what it requests or invests in.
 */
export function registrationDefaultsFor(kind: string, owner: Place, interested: Place): RegistrationDefaults {
  const ownerBuys = kind === 'technology_request' || kind === 'investment_offer';
  const [buyer, seller] = ownerBuys ? [owner, interested] : [interested, owner];
  return { buyerCountry: buyer.country, buyerRegion: buyer.region, sellerCountry: seller.country, sellerRegion: seller.region };
}

export type StageFieldsContext = {
  /** Today as YYYY-MM-DD (UTC): signing and registration dates may not be later. */
  today: string;
  agreement: Agreement | null;
  registrationDefaults: RegistrationDefaults | null;
};

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const clean = (s: string | null | undefined): string => (s ?? '').normalize('NFC').trim();
const len = (s: string) => [...s].length;

function text(issues: IssueCollector, path: string, raw: string | null | undefined, max: number, required: boolean): string {
  const v = clean(raw);
  if (required && v.length === 0) issues.add(path, 'DEAL_FIELD_REQUIRED', `${path} is required for this move.`);
  if (len(v) > max) issues.add(path, 'DEAL_TEXT_TOO_LONG', `${path} is ${len(v)} characters long; the limit is ${max}.`);
  return v;
}

function money(issues: IssueCollector, valueMinor: number | undefined, currencyRaw: string | undefined): { valueMinor: number; currency: string } {
  const currency = clean(currencyRaw).toUpperCase();
  if (valueMinor === undefined) issues.add('value_minor', 'DEAL_FIELD_REQUIRED', 'value_minor is required: the contract value in minor units.');
  else if (!Number.isSafeInteger(valueMinor) || valueMinor < 0) {
    issues.add('value_minor', 'DEAL_VALUE_INVALID', 'A value is a whole, non-negative number of minor units (e.g. cents, fen).');
  }
  if (currency.length === 0) issues.add('currency', 'DEAL_FIELD_REQUIRED', 'currency is required (ISO 4217, e.g. CNY).');
  else if (!isCurrencyCode(currency)) issues.add('currency', 'DEAL_CURRENCY_UNKNOWN', `"${currency.slice(0, 8)}" is not a supported ISO 4217 currency.`);
  return { valueMinor: valueMinor ?? 0, currency };
}

function date(issues: IssueCollector, path: string, raw: string | undefined, today: string, notBefore?: string): string {
  const v = clean(raw);
  if (v.length === 0) issues.add(path, 'DEAL_FIELD_REQUIRED', `${path} is required (YYYY-MM-DD).`);
  else if (!isValidIsoDate(v)) issues.add(path, 'DEAL_DATE_INVALID', `${path} must be a date as YYYY-MM-DD.`);
  else if (v > today) issues.add(path, 'DEAL_DATE_INVALID', `${path} cannot be in the future.`);
  else if (notBefore && v < notBefore) issues.add(path, 'DEAL_DATE_INVALID', `${path} cannot be before ${notBefore}.`);
  return v;
}

function country(issues: IssueCollector, path: string, raw: string | undefined, fallback: string | undefined): string {
  const v = clean(raw ?? fallback).toUpperCase();
  if (v.length === 0) issues.add(path, 'DEAL_FIELD_REQUIRED', `${path} is required (ISO 3166-1 alpha-2).`);
  else if (!isCountryCode(v)) issues.add(path, 'DEAL_COUNTRY_INVALID', `${path} must be an ISO 3166-1 alpha-2 code such as CN or DE.`);
  return v;
}

/**
 * Validates the fields a move needs and returns the change to apply. A registration takes its
 * value from the agreement and the parties' countries and regions from their organizations
 * unless given. Throws DealError with every problem found: DEAL_INVALID when several, else the
 * one problem's code (DEAL_FIELD_REQUIRED, DEAL_AGREEMENT_TYPE_INVALID, DEAL_VALUE_INVALID,
 * DEAL_CURRENCY_UNKNOWN, DEAL_DATE_INVALID, DEAL_COUNTRY_INVALID, DEAL_LOST_REASON_INVALID, DEAL_TEXT_TOO_LONG).
 */
export function validateStageFields(needs: TransitionNeeds, input: StageFieldsInput, ctx: StageFieldsContext): StageChange {
  const issues = new IssueCollector();
  let change: StageChange = { kind: 'nothing' };
  switch (needs) {
    case 'nothing':
      break;
    case 'decline_reason': {
      change = { kind: 'decline', reason: text(issues, 'reason', input.reason, DEAL_LIMITS.reason, true) };
      break;
    }
    case 'agreement': {
      const type = clean(input.agreementType);
      if (type.length === 0) issues.add('agreement_type', 'DEAL_FIELD_REQUIRED', 'agreement_type is required for an agreement.');
      else if (!oneOf(AGREEMENT_TYPES, type)) {
        issues.add('agreement_type', 'DEAL_AGREEMENT_TYPE_INVALID', `agreement_type must be one of ${AGREEMENT_TYPES.join(', ')}.`);
      }
      const value = money(issues, input.valueMinor, input.currency);
      const signedOn = date(issues, 'signed_on', input.signedOn, ctx.today);
      change = { kind: 'agreement', agreement: { type: type as AgreementType, ...value, signedOn } };
      break;
    }
    case 'registration': {
      const d = ctx.registrationDefaults;
      const value = money(issues, input.valueMinor ?? ctx.agreement?.valueMinor, input.currency ?? ctx.agreement?.currency);
      change = {
        kind: 'registration',
        registration: {
          registrationNumber: text(issues, 'registration_number', input.registrationNumber, DEAL_LIMITS.registrationNumber, true),
          registry: text(issues, 'registry', input.registry, DEAL_LIMITS.registry, true),
          registeredOn: date(issues, 'registered_on', input.registeredOn, ctx.today, ctx.agreement?.signedOn),
          buyerCountry: country(issues, 'buyer_country', input.buyerCountry, d?.buyerCountry),
          buyerRegion: text(issues, 'buyer_region', input.buyerRegion ?? d?.buyerRegion, DEAL_LIMITS.region, true),
          sellerCountry: country(issues, 'seller_country', input.sellerCountry, d?.sellerCountry),
          sellerRegion: text(issues, 'seller_region', input.sellerRegion ?? d?.sellerRegion, DEAL_LIMITS.region, true),
          ...value,
        },
      };
      break;
    }
    case 'lost_reason': {
      const reason = clean(input.lostReason);
      if (reason.length === 0) issues.add('lost_reason', 'DEAL_FIELD_REQUIRED', `lost_reason is required: one of ${LOST_REASONS.join(', ')}.`);
      else if (!oneOf(LOST_REASONS, reason)) issues.add('lost_reason', 'DEAL_LOST_REASON_INVALID', `lost_reason must be one of ${LOST_REASONS.join(', ')}.`);
      const t = text(issues, 'reason', input.reason, DEAL_LIMITS.reason, reason === 'other');
      change = { kind: 'lost', lostReason: reason as LostReason, text: t.length > 0 ? t : null };
      break;
    }
  }
  issues.throwIfAny('DEAL_INVALID', 'The move');
  return change;
}

/** The deal after a validated move to `to` at `now` (version unchanged; the caller saves it versioned). */
export function applyMove(deal: Deal, to: DealStage, change: StageChange, now: Date): Deal {
  const next: Deal = { ...deal, stage: to, updatedAt: now, stageChangedAt: now };
  switch (change.kind) {
    case 'decline':
      next.declineReason = change.reason;
      break;
    case 'agreement':
      next.agreement = change.agreement;
      break;
    case 'registration':
      next.registration = change.registration;
      break;
    case 'lost':
      next.lostReason = change.lostReason;
      next.lostReasonText = change.text;
      break;
  }
  if (to === 'declined' || to === 'closed_won' || to === 'closed_lost') next.closedAt = now;
  return next;
}

/** A non-confidential summary of a move's fields for the timeline and the audit log. */
export function summarizeChange(change: StageChange): Record<string, unknown> {
  switch (change.kind) {
    case 'nothing':
      return {};
    case 'decline':
      return { reason: change.reason };
    case 'agreement':
      return {
        agreement_type: change.agreement.type,
        value_minor: change.agreement.valueMinor,
        currency: change.agreement.currency,
        signed_on: change.agreement.signedOn,
      };
    case 'registration': {
      const r = change.registration;
      return {
        registration_number: r.registrationNumber,
        registry: r.registry,
        registered_on: r.registeredOn,
        buyer_country: r.buyerCountry,
        buyer_region: r.buyerRegion,
        seller_country: r.sellerCountry,
        seller_region: r.sellerRegion,
        value_minor: r.valueMinor,
        currency: r.currency,
      };
    }
    case 'lost':
      return { lost_reason: change.lostReason, ...(change.text ? { reason: change.text } : {}) };
  }
}
