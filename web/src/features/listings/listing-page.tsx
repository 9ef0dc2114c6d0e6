import { Alert, Button, message, Popconfirm, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import type { Listing } from '../../api/types';
import { useLanguage } from '../../i18n';
import { ErrorState, Loading, useErrorMessage } from '../../ui/async-state';
import { daysUntil, formatDate, formatNumber } from '../../ui/format';
import { organizationName, pickLabel, useLabels, useTaxonomy } from '../../ui/labels';
import { canManageListing, useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { KIND_COLORS } from './listing-card';
import { HTML_LANG, otherText, textForViewer } from './listing-text';
import { describeReason } from './match-reasons';
import { PRICE_LABEL_KEYS, PriceFacts } from './price';
import { ExpressInterest } from '../deals/express-interest';
import { MatchFeedback } from '../deals/match-feedback';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function TrlFact({ level }: { level: number | null }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const trl = useTaxonomy('trl');
  if (level === null) return <span>{t('listing.trlUnknown')}</span>;
  const item = trl?.items.find((i) => i.level === level);
  return (
    <span data-testid="trl">
      <strong>{t('listing.trlShort', { level })}</strong>
      {item ? (
        <>
          {' '}
          {pickLabel(item, content)}
          <span className="muted" style={{ display: 'block' }}>
            {content === 'zh' ? item.meaning_zh : item.meaning_en}
          </span>
          {item.een_stage ? (
            <span className="muted" style={{ display: 'block' }}>
              {t('listing.eenStage', {
                stage: (content === 'zh' ? item.een_stage_zh : item.een_stage_en) ?? item.een_stage.replace(/_/g, ' '),
              })}
            </span>
          ) : null}
          {item.gbt22900_level && (item.gbt22900_zh || item.gbt22900_en) ? (
            <span className="muted" style={{ display: 'block' }}>
              {t('listing.gbt22900', {
                level: item.gbt22900_level,
                text: content === 'zh' ? item.gbt22900_zh : item.gbt22900_en,
              })}
            </span>
          ) : null}
        </>
      ) : null}
    </span>
  );
}

/** Similar listings and matches: shown only when their endpoint answers 200. */
function RelatedPanels({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const labels = useLabels();
  const similar = useApi((signal) => api.similar(listing.id, 5, { signal }), [listing.id]);
  const matches = useApi((signal) => api.matches(listing.id, 5, { signal }), [listing.id]);
  const titleOf = (l: Listing) => textForViewer(l, content).title;
  return (
    <>
      {matches.data ? (
        <section className="panel" aria-labelledby="matches-title" data-testid="matches-panel">
          <h2 id="matches-title">{t('listing.matches')}</h2>
          {matches.data.items.length === 0 ? (
            <p className="muted">{t('listing.noMatches')}</p>
          ) : (
            <ul className="compact-list">
              {matches.data.items.map((item) => (
                <li key={item.listing.id}>
                  <Link to={`/listings/${item.listing.id}`}>{titleOf(item.listing)}</Link>
                  {item.reasons.length > 0 ? (
                    <ul className="reasons muted">
                      {item.reasons.slice(0, 4).map((r, i) => (
                        <li key={i}>{describeReason(r, t, labels, t('common.listSeparator'))}</li>
                      ))}
                    </ul>
                  ) : null}
                  <MatchFeedback listingId={listing.id} otherId={item.listing.id} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {similar.data ? (
        <section className="panel" aria-labelledby="similar-title" data-testid="similar-panel">
          <h2 id="similar-title">{t('listing.similar')}</h2>
          {similar.data.items.length === 0 ? (
            <p className="muted">{t('listing.noSimilar')}</p>
          ) : (
            <ul className="compact-list">
              {similar.data.items.map((item) => (
                <li key={item.listing.id}>
                  <Link to={`/listings/${item.listing.id}`}>{titleOf(item.listing)}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

function Actions({ listing, onChange }: { listing: Listing; onChange: (next: Listing) => void }) {
  const { t } = useTranslation();
  const [messageApi, messageHolder] = message.useMessage();
  const messageOf = useErrorMessage();
  const [isBusy, setIsBusy] = useState(false);
  const run = async (action: () => Promise<Listing>, done: string) => {
    setIsBusy(true);
    try {
      onChange(await action());
      void messageApi.success(done);
    } catch (error) {
      void messageApi.error(messageOf(error));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="row-wrap" style={{ marginBottom: 12 }}>
      {messageHolder}
      <Link to={`/listings/${listing.id}/edit`}>{t('listing.edit')}</Link>
      {listing.status === 'draft' ? (
        <Button
          type="primary"
          loading={isBusy}
          onClick={() => void run(() => api.publishListing(listing.id, listing.version), t('listing.published'))}
        >
          {t('listing.publish')}
        </Button>
      ) : null}
      {listing.status === 'published' ? (
        <Popconfirm
          title={t('listing.withdrawConfirm')}
          okText={t('listing.withdraw')}
          cancelText={t('common.cancel')}
          onConfirm={() => run(() => api.withdrawListing(listing.id, listing.version), t('listing.withdrawn'))}
        >
          <Button loading={isBusy}>{t('listing.withdraw')}</Button>
        </Popconfirm>
      ) : null}
    </div>
  );
}

const FLASH_KEYS: Record<string, string> = { published: 'listing.published', saved: 'form.saved' };

function ListingView({ listing, onChange }: { listing: Listing; onChange: (next: Listing) => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { me } = useSession();
  // A message handed over by the page that navigated here (the form after publishing).
  const flash = FLASH_KEYS[(location.state as { flash?: string } | null)?.flash ?? ''];
  const { content, locale } = useLanguage();
  const labels = useLabels();
  const shown = textForViewer(listing, content);
  const other = otherText(listing, shown);
  useDocumentTitle(shown.title);
  const languageName = (lang: 'zh' | 'en') => t(`language.${lang}`);
  const deadlineDays = listing.deadline ? daysUntil(listing.deadline) : null;

  return (
    <article data-testid="listing" data-listing-id={listing.id}>
      <p>
        <Link to="/search">← {t('listing.backToSearch')}</Link>
      </p>
      <div className="row-wrap">
        <Tag color={KIND_COLORS[listing.kind]}>{labels.enumLabel('kind', listing.kind)}</Tag>
        <Tag>{labels.enumLabel('status', listing.status)}</Tag>
        {listing.visibility === 'members' ? <Tag>{labels.enumLabel('visibility', 'members')}</Tag> : null}
      </div>
      <h1 className="page-title" lang={HTML_LANG[shown.language]}>
        {shown.title}
      </h1>
      <p className="muted" data-testid="language-note">
        {shown.isOriginal
          ? t('listing.originalLanguage', { language: languageName(listing.language) })
          : t('listing.translatedFrom', { language: languageName(listing.language) })}
      </p>
      {flash ? <Alert type="success" showIcon title={t(flash)} style={{ marginBottom: 12 }} data-testid="flash" /> : null}
      {canManageListing(me, listing) ? <Actions listing={listing} onChange={onChange} /> : null}
      <ExpressInterest listing={listing} />
      <div className="listing-layout">
        <div>
          <section className="panel" aria-labelledby="summary-title">
            <h2 id="summary-title">{t('listing.summary')}</h2>
            <p lang={HTML_LANG[shown.language]} style={{ margin: 0 }}>
              {shown.summary}
            </p>
          </section>
          <section className="panel" aria-labelledby="description-title">
            <h2 id="description-title">{t('listing.description')}</h2>
            <div className="description" lang={HTML_LANG[shown.language]}>
              {shown.description}
            </div>
          </section>
          {other ? (
            <section className="panel" aria-labelledby="other-language-title" data-testid="other-language">
              <details>
                <summary>
                  <h2 id="other-language-title" style={{ display: 'inline', fontSize: 16 }}>
                    {other.isOriginal
                      ? t('listing.showOriginal', { language: languageName(other.language) })
                      : t('listing.alsoIn', { language: languageName(other.language) })}
                  </h2>
                </summary>
                <div className="other-language" lang={HTML_LANG[other.language]}>
                  <h3>{other.title}</h3>
                  <p>{other.summary}</p>
                  <div className="description">{other.description}</div>
                </div>
              </details>
            </section>
          ) : null}
          {listing.confidential_details !== null ? (
            <section className="panel" aria-labelledby="confidential-title" data-testid="confidential">
              <h2 id="confidential-title">{t('listing.confidential')}</h2>
              <div className="description">{listing.confidential_details}</div>
            </section>
          ) : listing.has_confidential_details ? (
            <p className="muted" data-testid="confidential-note">
              {t('listing.confidentialAvailable')}
            </p>
          ) : null}
        </div>
        <aside>
          <section className="panel" aria-labelledby="facts-title">
            <h2 id="facts-title">{t('listing.facts')}</h2>
            <dl className="facts">
              <Fact label={t('listing.owner')}>
                {listing.owner ? (
                  <Link to={`/organizations/${listing.owner.id}`}>{organizationName(listing.owner, content)}</Link>
                ) : (
                  '—'
                )}
              </Fact>
              <Fact label={t('listing.country')}>{labels.country(listing.country)}</Fact>
              {listing.target_countries.length > 0 ? (
                <Fact label={t('listing.targetCountries')}>
                  {listing.target_countries.map(labels.country).join(t('common.listSeparator'))}
                </Fact>
              ) : null}
              <Fact label={t('listing.trl')}>
                <TrlFact level={listing.trl} />
              </Fact>
              <Fact label={t('listing.ipr')}>{labels.enumLabel('ipr', listing.ipr_status)}</Fact>
              {listing.patent_numbers.length > 0 ? (
                <Fact label={t('listing.patents')}>
                  <span data-testid="patents">{listing.patent_numbers.join(t('common.listSeparator'))}</span>
                </Fact>
              ) : null}
              <Fact label={t('listing.cooperation')}>
                {listing.cooperation_types.length > 0
                  ? listing.cooperation_types.map((c) => labels.enumLabel('cooperation', c)).join(t('common.listSeparator'))
                  : '—'}
              </Fact>
              <Fact label={t(PRICE_LABEL_KEYS[listing.kind])}>
                <PriceFacts listing={listing} />
              </Fact>
              {listing.sectors.length > 0 ? (
                <Fact label={t('listing.sectors')}>
                  <span className="row-wrap" style={{ gap: 4 }}>
                    {listing.sectors.map((code) => (
                      <Link key={code} to={`/search?sector=${encodeURIComponent(code)}`}>
                        <Tag>{labels.sector(code)}</Tag>
                      </Link>
                    ))}
                  </span>
                </Fact>
              ) : null}
              {listing.ipc_codes.length > 0 ? (
                <Fact label={t('listing.ipc')}>{listing.ipc_codes.join(t('common.listSeparator'))}</Fact>
              ) : null}
              {listing.keywords.length > 0 ? (
                <Fact label={t('listing.keywords')}>{listing.keywords.join(t('common.listSeparator'))}</Fact>
              ) : null}
              <Fact label={t('listing.deadline')}>
                {listing.deadline ? (
                  <>
                    {formatDate(listing.deadline, locale)}
                    {deadlineDays !== null && deadlineDays >= 0 ? (
                      <span className="muted">
                        {' '}
                        {t('listing.daysLeft', { count: deadlineDays, formatted: formatNumber(deadlineDays, locale) })}
                      </span>
                    ) : null}
                  </>
                ) : (
                  t('listing.noDeadline')
                )}
              </Fact>
              {listing.published_at ? (
                <Fact label={t('listing.publishedAt')}>{formatDate(listing.published_at, locale)}</Fact>
              ) : null}
              {listing.expires_at ? (
                <Fact label={t('listing.expiresAt')}>{formatDate(listing.expires_at, locale)}</Fact>
              ) : null}
            </dl>
          </section>
          <RelatedPanels listing={listing} />
        </aside>
      </div>
    </article>
  );
}

export default function ListingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [updated, setUpdated] = useState<Listing | null>(null);
  const result = useApi(
    (signal) => {
      setUpdated(null);
      return api.getListing(id, { signal });
    },
    [id],
  );
  const listing = updated ?? result.data;
  if (result.error) {
    const isMissing = result.error instanceof ApiError && result.error.status === 404;
    return (
      <>
        <h1 className="page-title">{isMissing ? t('listing.notFound') : t('listing.title')}</h1>
        <ErrorState error={result.error} onRetry={isMissing ? undefined : result.reload} />
        <Link to="/search">{t('listing.backToSearch')}</Link>
      </>
    );
  }
  if (!listing || (result.isLoading && listing.id !== id)) return <Loading />;
  return <ListingView listing={listing} onChange={setUpdated} />;
}
