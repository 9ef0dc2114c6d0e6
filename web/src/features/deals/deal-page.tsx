import { message } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useLanguage } from '../../i18n';
import { ErrorState, Loading } from '../../ui/async-state';
import { formatDate, formatMoney } from '../../ui/format';
import { organizationName, useLabels } from '../../ui/labels';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { dealsApi, type Deal, type DealDetail, type NextActions, type OrgRef } from './api';
import { DealActions } from './deal-actions';
import { StageTag } from './deal-board';
import { DealDocuments, DealThread, DealTimeline } from './deal-thread';
import { PublishConsent } from './publish-consent';
import { SignInPrompt } from './my-deals-page';
import { roleKey } from './stages';
import './deals.css';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function OrgLink({ org }: { org: OrgRef | null }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  if (!org) return <>{t('deals.unknownOrganization')}</>;
  return <Link to={`/organizations/${org.id}`}>{organizationName(org, content) || t('deals.unnamedOrganization')}</Link>;
}

/** Who brokers the deal: the center's brokers always see it; the last broker action, when there was one. */
function BrokerFact({ dealId, refreshKey }: { dealId: string; refreshKey: number }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const events = useApi((signal) => dealsApi.timeline(dealId, { signal }), [dealId, refreshKey]);
  const last = events.data?.items.filter((e) => e.actor_role === 'broker').at(-1);
  return <>{last ? t('deals.brokerActive', { date: formatDate(last.at, locale) }) : t('deals.brokerWatching')}</>;
}

function DealHeader({ deal, refreshKey }: { deal: Deal; refreshKey: number }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const labels = useLabels();
  const nda = deal.nda;
  const acceptedText = (a: Deal['nda']['owner_accepted']) => (a ? t('deals.nda.acceptedOn', { date: formatDate(a.accepted_at, locale) }) : t('deals.nda.pending'));
  return (
    <section className="panel" aria-labelledby="deal-facts-title">
      <h2 id="deal-facts-title">{t('deals.factsTitle')}</h2>
      <dl className="facts">
        <Fact label={t('deals.fact.listing')}>
          {deal.listing ? <Link to={`/listings/${deal.listing_id}`}>{deal.listing.title}</Link> : t('deals.listingUnavailable')}
        </Fact>
        <Fact label={t('deals.fact.owner')}>
          <OrgLink org={deal.owner_organization} />
        </Fact>
        <Fact label={t('deals.fact.interested')}>
          <OrgLink org={deal.interested_organization} />
        </Fact>
        <Fact label={t('deals.fact.stage')} testId="deal-stage">
          <StageTag stage={deal.stage} />
          <span className="muted">{t('deals.since', { date: formatDate(deal.stage_changed_at, locale) })}</span>
        </Fact>
        <Fact label={t('deals.fact.broker')}>
          <BrokerFact dealId={deal.id} refreshKey={refreshKey} />
        </Fact>
        <Fact label={t('deals.fact.myRoles')}>
          {deal.my_roles.map((r) => t(roleKey(r))).join(t('common.listSeparator')) || '—'}
        </Fact>
        <Fact label={t('deals.fact.cooperation')}>{labels.enumLabel('cooperation', deal.cooperation_type)}</Fact>
        <Fact label={t('deals.fact.opened')}>{formatDate(deal.created_at, locale)}</Fact>
        {nda.version !== null ? (
          <Fact label={t('deals.fact.nda', { version: nda.version })} testId="nda-status">
            {nda.in_effect_since ? (
              t('deals.nda.inEffect', { date: formatDate(nda.in_effect_since, locale) })
            ) : (
              <>
                {t('deals.role.owner')}: {acceptedText(nda.owner_accepted)}
                <br />
                {t('deals.role.interested')}: {acceptedText(nda.interested_accepted)}
              </>
            )}
          </Fact>
        ) : null}
        {deal.agreement ? (
          <Fact label={t('deals.fact.agreement')} testId="agreement">
            {t(`deals.agreementType.${deal.agreement.type}`)}
            {t('common.listSeparator')}
            {formatMoney(deal.agreement.value_minor, deal.agreement.currency, locale)}
            {t('common.listSeparator')}
            {t('deals.signedOn', { date: formatDate(deal.agreement.signed_on, locale) })}
          </Fact>
        ) : null}
        {deal.registration ? (
          <Fact label={t('deals.fact.registration')} testId="registration">
            {deal.registration.registration_number} · {deal.registration.registry}
            <br />
            {t('deals.registeredOn', { date: formatDate(deal.registration.registered_on, locale) })}
            {t('common.listSeparator')}
            {formatMoney(deal.registration.value_minor, deal.registration.currency, locale)}
            <br />
            {t('deals.buyerSeller', {
              buyer: `${labels.country(deal.registration.buyer_country)}${t('common.placeSeparator')}${deal.registration.buyer_region}`,
              seller: `${labels.country(deal.registration.seller_country)}${t('common.placeSeparator')}${deal.registration.seller_region}`,
            })}
          </Fact>
        ) : null}
        {deal.decline_reason ? <Fact label={t('deals.fact.declineReason')}>{deal.decline_reason}</Fact> : null}
        {deal.lost_reason ? (
          <Fact label={t('deals.fact.lostReason')}>
            {t(`deals.lostReason.${deal.lost_reason}`)}
            {deal.lost_reason_text ? <span className="muted" style={{ display: 'block' }}>{deal.lost_reason_text}</span> : null}
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

type Loaded = DealDetail & { next: NextActions };

function DealView({ data, refreshKey, onChanged }: { data: Loaded; refreshKey: number; onChanged: (what?: 'moved' | 'nda' | 'thread' | 'reload') => void }) {
  const { t } = useTranslation();
  const { deal, next } = data;
  const title = deal.listing?.title ?? t('deals.dealTitle');
  useDocumentTitle(t('deals.pageTitle', { title }));
  return (
    <article data-testid="deal" data-deal-id={deal.id} data-stage={deal.stage} data-version={deal.version}>
      <p>
        <Link to="/my/deals">← {t('deals.backToMine')}</Link>
      </p>
      <div className="row-wrap">
        <StageTag stage={deal.stage} />
      </div>
      <h1 className="page-title">{t('deals.pageTitle', { title })}</h1>
      <div className="deal-layout">
        <div>
          <DealHeader deal={deal} refreshKey={refreshKey} />
          {deal.message !== null ? (
            <section className="panel" aria-labelledby="eoi-title">
              <h2 id="eoi-title">{t('deals.eoiTitle')}</h2>
              <div className="description">{deal.message}</div>
            </section>
          ) : null}
          {data.listing_confidential_details !== null ? (
            <section className="panel" aria-labelledby="deal-confidential-title" data-testid="deal-confidential">
              <h2 id="deal-confidential-title">{t('deals.confidentialTitle')}</h2>
              <div className="description">{data.listing_confidential_details}</div>
            </section>
          ) : null}
          <DealThread dealId={deal.id} canPost={next.can_post_message} refreshKey={refreshKey} onPosted={() => onChanged('thread')} />
          <DealDocuments dealId={deal.id} canAdd={next.can_add_document} refreshKey={refreshKey} onAdded={() => onChanged('thread')} />
        </div>
        <aside>
          <section className="panel" aria-labelledby="next-title">
            <h2 id="next-title">{t('deals.nextTitle')}</h2>
            <DealActions deal={deal} next={next} onDone={(_, what) => onChanged(what)} />
          </section>
          <PublishConsent deal={deal} onChanged={() => onChanged('reload')} />
          <DealTimeline dealId={deal.id} refreshKey={refreshKey} />
        </aside>
      </div>
    </article>
  );
}

function DealLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const [refreshKey, setRefreshKey] = useState(0);
  const [messageApi, messageHolder] = message.useMessage();
  const result = useApi(
    async (signal) => {
      const [detail, next] = await Promise.all([dealsApi.get(id, { signal }), dealsApi.nextActions(id, { signal })]);
      return { ...detail, next };
    },
    [id, refreshKey],
  );
  const onChanged = (what?: 'moved' | 'nda' | 'thread' | 'reload') => {
    setRefreshKey((k) => k + 1);
    if (what === 'moved') void messageApi.success(t('deals.moved'));
    if (what === 'nda') void messageApi.success(t('deals.nda.accepted'));
  };
  if (result.error) {
    const isMissing = result.error instanceof ApiError && result.error.status === 404;
    return (
      <>
        <h1 className="page-title">{isMissing ? t('deals.notFound') : t('deals.dealTitle')}</h1>
        <ErrorState error={result.error} onRetry={isMissing ? undefined : result.reload} />
        <Link to="/my/deals">{t('deals.backToMine')}</Link>
      </>
    );
  }
  if (!result.data || result.data.deal.id !== id) return <Loading />;
  return (
    <>
      {messageHolder}
      <DealView data={result.data} refreshKey={refreshKey} onChanged={onChanged} />
    </>
  );
}

/** /deals/:id: one deal with its next allowed actions, timeline, thread and documents. */
export default function DealPage() {
  const { id = '' } = useParams();
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (me === null) return <SignInPrompt />;
  return <DealLoader id={id} />;
}
