/**
 * Why a document matched: typed, machine-readable reasons. Every string in a reason comes from
 * the public fields of the two documents (or from the query text): matched words as written in
 * the matched document, the query word a translated match came from, shared codes, and numbers.
 */
import type { CooperationType } from '../core/listings/listing.js';
import type { TextField } from './doc.js';
import type { IpcMatch } from './ipc.js';

export type MatchedTerm = {
  /** The word as it appears in the matched document. */
  term: string;
  /** The query word it translates, when the match crossed languages (e.g. term 'battery', via '电池'). */
  via?: string;
  /** The field of the matched document where it appears. */
  field: TextField;
};

export type MatchReason =
  | { type: 'terms'; terms: MatchedTerm[]; score: number }
  | { type: 'sector'; codes: string[]; score: number }
  | { type: 'ipc'; codes: IpcMatch[]; score: number }
  | { type: 'trl'; query: number; match: number; score: number }
  | { type: 'cooperation'; types: CooperationType[]; score: number }
  | {
      type: 'budget';
      query: { min: number | null; max: number | null };
      match: { min: number | null; max: number | null };
      overlap: boolean;
      score: number;
    }
  | { type: 'country'; countries: string[]; score: number }
  | { type: 'freshness'; ageDays: number; score: number };

export type MatchReasonType = MatchReason['type'];
