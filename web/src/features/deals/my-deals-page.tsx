import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { dealsApi } from './api';
import { DealBoard, DealTable, StageCounts, ViewToggle } from './deal-board';
import { viewOf } from './stages';

const SIDES = ['all', 'owner', 'interested'] as const;
type Side = (typeof SIDES)[number];
const sideOf = (v: string | null): Side => (v === 'owner' || v === 'interested' ? v : 'all');

/** Asks a signed-out visitor to sign in, coming back here after. */
export function SignInPrompt() {
  const { t } = useTranslation();
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;
  return (
    <EmptyState description={t('deals.signInFirst')}>
      <Link to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>{t('auth.signIn')}</Link>
    </EmptyState>
  );
}

function MyDeals() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [params, setParams] = useSearchParams();
  const view = viewOf(params.get('view'));
  const side = sideOf(params.get('side'));
  const result = useApi((signal) => dealsApi.myDeals({ signal, role: side === 'all' ? undefined : side }), [side]);

  const changeSide = (next: Side) => {
    const copy = new URLSearchParams(params);
    if (next === 'all') copy.delete('side');
    else copy.set('side', next);
    setParams(copy, { replace: true });
  };

  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) {
    body = (
      <EmptyState description={side === 'all' ? t('deals.empty') : t('deals.emptySide')}>
        <Link to="/search">{t('deals.findListings')}</Link>
      </EmptyState>
    );
  } else if (view === 'list') {
    body = (
      <>
        <StageCounts deals={result.data.items} />
        <DealTable deals={result.data.items} />
      </>
    );
  } else body = <DealBoard deals={result.data.items} />;

  return (
    <>
      <div className="deal-toolbar">
        <p className="muted grow" style={{ margin: 0 }} data-testid="deal-total" aria-live="polite">
          {result.data ? t('deals.total', { count: result.data.total, formatted: formatNumber(result.data.total, locale) }) : null}
        </p>
        <Radio.Group
          aria-label={t('deals.side.label')}
          optionType="button"
          value={side}
          onChange={(e) => changeSide(e.target.value as Side)}
          options={SIDES.map((s) => ({ value: s, label: t(`deals.side.${s}`) }))}
        />
        <ViewToggle />
      </div>
      {body}
    </>
  );
}

/** /my/deals: the signed-in user's deals as a kanban by stage, or as a list (?view=list). */
export default function MyDealsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useDocumentTitle(t('deals.myTitle'));
  return (
    <>
      <h1 className="page-title">{t('deals.myTitle')}</h1>
      {me === undefined ? <Loading /> : me === null ? <SignInPrompt /> : <MyDeals />}
    </>
  );
}
