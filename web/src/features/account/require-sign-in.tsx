import { Alert, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Me } from '../../api/types';
import { Loading } from '../../ui/async-state';
import { useSession } from '../../ui/session';

/** The sign-in link that comes back to this page afterwards. */
export function SignInLink({ children }: { children: ReactNode }) {
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;
  return <Link to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>{children}</Link>;
}

/**
 * Renders `children(me)` for a signed-in user; a loading state while the session is looked up,
 * and a sign-in prompt for visitors.
 */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (!me) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="sign-in-required"
        title={t('account.signInRequired')}
        description={<SignInLink>{t('auth.signIn')}</SignInLink>}
      />
    );
  }
  return <>{children(me)}</>;
}

/** A 403 page for a signed-in user who lacks the role a page needs. */
export function Forbidden({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid="forbidden" role="alert">
      <Result status="403" title={t('account.forbiddenTitle')} subTitle={message} extra={<Link to="/">{t('account.backHome')}</Link>} />
    </div>
  );
}

/** A notice that the e-mail address is not verified yet (the API refuses most writes until then). */
export function UnverifiedNotice({ me }: { me: Me }) {
  const { t } = useTranslation();
  if (me.user.email_verified) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="unverified"
      style={{ marginBottom: 16 }}
      title={t('account.unverifiedTitle')}
      description={
        <>
          {t('account.unverifiedText')} <Link to={`/check-email?email=${encodeURIComponent(me.user.email)}`}>{t('account.resendLink')}</Link>
        </>
      }
    />
  );
}
