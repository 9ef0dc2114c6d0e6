import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../ui/async-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { accountApi } from './api';

/** After sign-up: "we sent you a link"; a new link can be asked for (the API always answers 202). */
export default function CheckEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const known = params.get('email') ?? '';
  const [email, setEmail] = useState(known);
  const [isBusy, setIsBusy] = useState(false);
  const [isResent, setIsResent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('account.checkEmail.title'));

  const resend = async () => {
    setIsBusy(true);
    setError(null);
    setIsResent(false);
    try {
      await accountApi.resendVerification(email.trim());
      setIsResent(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="form-layout" style={{ maxWidth: 520 }} data-testid="check-email">
      <h1 className="page-title">{t('account.checkEmail.title')}</h1>
      {known ? <p>{t('account.checkEmail.sent', { email: known })}</p> : <p>{t('account.checkEmail.askAgain')}</p>}
      <p className="muted">{t('account.checkEmail.hint')}</p>
      {error ? <ErrorState error={error} /> : null}
      {isResent ? (
        <Alert type="success" showIcon role="status" style={{ marginBottom: 16 }} title={t('account.checkEmail.resent')} />
      ) : null}
      <section className="form-section">
        <Form layout="vertical" requiredMark={false} onFinish={() => void resend()}>
          {known ? null : (
            <Form.Item label={t('auth.email')} htmlFor="resend-email" required>
              <Input id="resend-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
            </Form.Item>
          )}
          <Button htmlType="submit" loading={isBusy} disabled={!email.trim()}>
            {t('account.checkEmail.resend')}
          </Button>
        </Form>
      </section>
      <p>
        <Link to="/sign-in">{t('auth.signIn')}</Link>
      </p>
    </div>
  );
}
