import type { MatchReason } from '../../api/types';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Labels = {
  sector: (code: string) => string;
  country: (code: string) => string;
  enumLabel: (name: 'cooperation', value: string) => string;
};

/** i18n keys of the reason types the matching engine gives (src/match/explain.ts). */
const REASON_KEYS: Record<string, string> = {
  terms: 'match.reason.terms',
  sector: 'match.reason.sector',
  ipc: 'match.reason.ipc',
  trl: 'match.reason.trl',
  cooperation: 'match.reason.cooperation',
  budget: 'match.reason.budget',
  budgetNear: 'match.reason.budgetNear',
  country: 'match.reason.country',
  freshness: 'match.reason.freshness',
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** One match reason as a sentence in the viewer's language; unknown types are named, never dropped. */
export function describeReason(reason: MatchReason, t: Translate, labels: Labels, separator: string): string {
  const r = reason as Record<string, unknown>;
  switch (reason.type) {
    case 'terms': {
      const terms = (Array.isArray(r.terms) ? r.terms : []) as { term?: string; via?: string }[];
      const words = terms
        .slice(0, 5)
        .map((x) => (x.via ? `${x.term} (${x.via})` : (x.term ?? '')))
        .filter(Boolean);
      return t(REASON_KEYS.terms!, { terms: words.join(separator) });
    }
    case 'sector':
      return t(REASON_KEYS.sector!, { sectors: strings(r.codes).map(labels.sector).join(separator) });
    case 'ipc': {
      const codes = (Array.isArray(r.codes) ? r.codes : []) as { query?: string; match?: string }[];
      const pairs = codes.slice(0, 3).map((c) => (c.query === c.match ? (c.match ?? '') : `${c.query} ~ ${c.match}`));
      return t(REASON_KEYS.ipc!, { codes: pairs.join(separator) });
    }
    case 'trl':
      return t(REASON_KEYS.trl!, { query: r.query, match: r.match });
    case 'cooperation':
      return t(REASON_KEYS.cooperation!, {
        types: strings(r.types).map((c) => labels.enumLabel('cooperation', c)).join(separator),
      });
    case 'budget':
      return t(r.overlap ? REASON_KEYS.budget! : REASON_KEYS.budgetNear!);
    case 'country':
      return t(REASON_KEYS.country!, { countries: strings(r.countries).map(labels.country).join(separator) });
    case 'freshness': {
      const days = Number(r.ageDays ?? r.age_days ?? 0);
      return t(REASON_KEYS.freshness!, { count: days });
    }
    default:
      return reason.type.replace(/_/g, ' ');
  }
}
