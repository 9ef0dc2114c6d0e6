import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../ui/async-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { accountApi } from './api';

type Values = { email: string };

/** Asks for a password-reset link; the answer is the same whether or not the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  useDocumentTitle(t('account.forgot.title'));

  const submit = async ({ email }: Values) => {
    setIsBusy(true);
    setError(null);
    try {
      await accountApi.requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="form-layout" style={{ maxWidth: 460 }}>
      <h1 className="page-title">{t('account.forgot.title')}</h1>
      <p>{t('account.forgot.intro')}</p>
      {error ? <ErrorState error={error} /> : null}
      {sentTo ? (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="reset-requested"
          title={t('account.forgot.sentTitle')}
          description={t('account.forgot.sentText', { email: sentTo })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <section className="form-section">
        <Form<Values> layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
          <Form.Item
            name="email"
            label={t('auth.email')}
            rules={[
              { required: true, message: t('auth.emailRequired') },
              { type: 'email', message: t('account.emailInvalid') },
            ]}
          >
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy} block>
            {t('account.forgot.submit')}
          </Button>
        </Form>
      </section>
      <p>
        <Link to="/sign-in">{t('account.backToSignIn')}</Link>
      </p>
    </div>
  );
}
