import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { ErrorState } from '../../ui/async-state';
import { formatDate } from '../../ui/format';
import { dealsApi, type Deal } from './api';

/** Stages from which the parties may agree to publish the deal (the server decides; this hides the panel before). */
const CONSENT_STAGES = ['registered', 'follow_up', 'closed_won'];

/**
 * Each side's consent to publishing the deal as a success story, and the caller's own switch.
 * Only members of the two organizations can give it; others see the state.
 */
export function PublishConsent({ deal, onChanged }: { deal: Deal; onChanged: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (!CONSENT_STAGES.includes(deal.stage)) return null;
  const consent = deal.publish_consent;
  const mySides = (['owner', 'interested'] as const).filter((side) => deal.my_roles.includes(side));
  const isGiven = mySides.length > 0 && mySides.every((side) => (side === 'owner' ? consent.owner_at : consent.interested_at) !== null);
  const state = (at: string | null) => (at ? t('deals.consent.given', { date: formatDate(at, locale) }) : t('deals.consent.notGiven'));

  const toggle = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await dealsApi.setPublishConsent(deal.id, !isGiven, deal.version);
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="consent-title" data-testid="publish-consent">
      <h2 id="consent-title">{t('deals.consent.title')}</h2>
      <p>{t('deals.consent.intro')}</p>
      <dl className="facts">
        <dt>{t('deals.consent.owner')}</dt>
        <dd data-testid="consent-owner">{state(consent.owner_at)}</dd>
        <dt>{t('deals.consent.interested')}</dt>
        <dd data-testid="consent-interested">{state(consent.interested_at)}</dd>
      </dl>
      {consent.owner_at && consent.interested_at ? <p role="status">{t('deals.consent.published')}</p> : null}
      {error ? <ErrorState error={error} /> : null}
      {mySides.length > 0 ? (
        <Button onClick={() => void toggle()} loading={isBusy} type={isGiven ? 'default' : 'primary'} data-testid="consent-toggle">
          {isGiven ? t('deals.consent.withdraw') : t('deals.consent.give')}
        </Button>
      ) : null}
    </section>
  );
}
