import { Result } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { User } from '../../api/types';
import { ErrorState, Loading } from '../../ui/async-state';
import { useSession } from '../../ui/session';
import { useDocumentTitle } from '../../ui/use-document-title';
import { accountApi } from './api';

/**
 * A link's token works once; React may run an effect twice (StrictMode, remounts), so each
 * token is sent once per visit and later calls share the answer.
 */
const verifications = new Map<string, Promise<{ user: User }>>();

export function verifyOnce(token: string): Promise<{ user: User }> {
  let pending = verifications.get(token);
  if (!pending) {
    pending = accountApi.verifyEmail(token);
    verifications.set(token, pending);
  }
  return pending;
}

type State = { status: 'pending' } | { status: 'verified'; user: User } | { status: 'failed'; error: unknown };

/** /verify-email?token=...: verifies the address and offers to sign in. */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { me, refresh } = useSession();
  const [state, setState] = useState<State>({ status: 'pending' });
  useDocumentTitle(t('account.verify.title'));

  useEffect(() => {
    if (!token) return;
    let isCurrent = true;
    verifyOnce(token).then(
      (result) => {
        if (!isCurrent) return;
        setState({ status: 'verified', user: result.user });
        void refresh();
      },
      (error: unknown) => isCurrent && setState({ status: 'failed', error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [token, refresh]);

  let body;
  if (!token) body = <ErrorState error={new Error(t('account.verify.noToken'))} title={t('account.verify.failed')} />;
  else if (state.status === 'pending') body = <Loading label={t('account.verify.checking')} />;
  else if (state.status === 'failed')
    body = (
      <>
        <ErrorState error={state.error} title={t('account.verify.failed')} />
        <p>
          <Link to="/check-email">{t('account.verify.askNew')}</Link>
        </p>
      </>
    );
  else {
    const signedInAsThem = me?.user.id === state.user.id;
    body = (
      <Result
        status="success"
        title={t('account.verify.done')}
        subTitle={t('account.verify.doneText', { email: state.user.email })}
        extra={
          signedInAsThem ? (
            <Link className="button-link" to="/my/organization">
              {t('account.verify.continue')}
            </Link>
          ) : (
            <Link className="button-link" to="/sign-in?returnTo=%2Fmy%2Forganization" data-testid="verified-sign-in">
              {t('auth.signIn')}
            </Link>
          )
        }
      />
    );
  }

  return (
    <div className="form-layout" style={{ maxWidth: 560 }} data-testid="verify-email">
      <h1 className="page-title">{t('account.verify.title')}</h1>
      {body}
    </div>
  );
}
