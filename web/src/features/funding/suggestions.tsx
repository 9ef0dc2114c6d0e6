import { Select, Tag } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { useLabels } from '../../ui/labels';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { fundingApi, type Call, type MatchReason, type MatchScore } from './api';
import { TAG_COLORS, useMoney } from './parts';

/** One line per reason of a call <-> funding request match, in the UI language. */
function useDescribe() {
  const { t } = useTranslation();
  const labels = useLabels();
  const money = useMoney();
  return (r: MatchReason): string => {
    switch (r.kind) {
      case 'sector':
        return t('funding.match.sector', { list: (r.shared ?? []).map((s) => labels.sector(s)).join(t('common.listSeparator')) });
      case 'trl':
        return r.trl === null || r.trl === undefined
          ? t('funding.match.trlUnknown', { min: r.min ?? 1, max: r.max ?? 9 })
          : t(r.fits ? 'funding.match.trlFits' : 'funding.match.trlOutside', { trl: r.trl, min: r.min ?? 1, max: r.max ?? 9 });
      case 'amount':
        return r.requested_minor === null || r.requested_minor === undefined
          ? t('funding.match.amountUnknown')
          : t(r.fits ? 'funding.match.amountFits' : 'funding.match.amountAbove', {
              requested: money(r.requested_minor, r.currency ?? 'CNY'),
              ceiling: money(r.ceiling_minor ?? 0, r.currency ?? 'CNY'),
            });
      case 'text':
        return t('funding.match.text', { terms: (r.terms ?? []).join(t('common.listSeparator')) });
      case 'eligibility':
        return r.eligible ? t('funding.match.eligible') : t('funding.match.notEligible', { reasons: (r.problems ?? []).map((p) => p.message).join(' ') });
    }
  };
}

function Score({ m }: { m: MatchScore }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <div className="row-wrap">
      <Tag color={m.eligible ? TAG_COLORS.green : TAG_COLORS.grey}>{m.eligible ? t('funding.match.eligibleTag') : t('funding.match.notEligibleTag')}</Tag>
      <span className="muted">{t('funding.match.score', { score: formatNumber(Math.round(m.score * 100), locale) })}</span>
    </div>
  );
}

function Reasons({ m }: { m: MatchScore }) {
  const describe = useDescribe();
  return (
    <ul className="reasons">
      {m.reasons.map((r) => (
        <li key={r.kind}>{describe(r)}</li>
      ))}
    </ul>
  );
}

/** Published funding requests ranked for a call (on the call page). */
export function SuggestedRequests({ call }: { call: Call }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const result = useApi((signal) => fundingApi.suggestedRequests(call.id, { signal }), [call.id]);
  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('funding.match.noRequests')} />;
  else
    body = (
      <ol className="compact-list" data-testid="suggested-requests">
        {result.data.items.map((s) => {
          const own = s.listing.language === content ? s.listing : (s.listing.translations[content] ?? s.listing);
          const owner = (content === 'zh' ? (s.listing.owner_name_zh ?? s.listing.owner_name) : (s.listing.owner_name ?? s.listing.owner_name_zh)) ?? '';
          return (
            <li key={s.listing.id} className="listing-card">
              <h3>
                <Link to={`/listings/${s.listing.id}`}>{own.title}</Link>
              </h3>
              {owner ? <span className="muted">{owner}</span> : null}
              <Score m={s} />
              <Reasons m={s} />
            </li>
          );
        })}
      </ol>
    );
  return (
    <section className="panel" aria-labelledby="suggested-requests-title">
      <h2 id="suggested-requests-title">{t('funding.match.requestsTitle')}</h2>
      <p className="muted">{t('funding.match.requestsIntro')}</p>
      {body}
    </section>
  );
}

/** Open calls ranked for one of the signed-in user's funding requests (on the calls page). */
export function SuggestedCalls() {
  const { t } = useTranslation();
  const { me } = useSession();
  const inputId = useId();
  const orgIds = (me?.memberships ?? []).map((m) => m.organization_id);
  const requests = useApi(
    async (signal) => (await Promise.all(orgIds.map((o) => fundingApi.myFundingRequests(o, { signal })))).flatMap((p) => p.items).filter((l) => l.status === 'published'),
    [orgIds.join(',')],
  );
  const [listingId, setListingId] = useState<string | undefined>(undefined);
  const chosen = listingId ?? requests.data?.[0]?.id;
  const result = useApi((signal) => (chosen ? fundingApi.suggestedCalls(chosen, { signal }) : Promise.resolve(null)), [chosen]);
  if (!me || orgIds.length === 0 || !requests.data || requests.data.length === 0) return null;
  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('funding.match.noCalls')} />;
  else
    body = (
      <ol className="compact-list" data-testid="suggested-calls">
        {result.data.items.map((s) => (
          <li key={s.call.id}>
            <Link to={`/calls/${s.call.id}`}>{s.call.title}</Link>
            <Score m={s} />
            <Reasons m={s} />
          </li>
        ))}
      </ol>
    );
  return (
    <section className="panel" aria-labelledby="suggested-calls-title">
      <h2 id="suggested-calls-title">{t('funding.match.callsTitle')}</h2>
      <div className="field" style={{ maxWidth: 480, marginBottom: 12 }}>
        <label htmlFor={inputId}>{t('funding.match.forRequest')}</label>
        <Select id={inputId} value={chosen} onChange={(v: string) => setListingId(v)} options={requests.data.map((l) => ({ value: l.id, label: l.title }))} />
      </div>
      {body}
    </section>
  );
}
