import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../../ui/async-state';
import { useSession } from '../../ui/session';
import { useDocumentTitle } from '../../ui/use-document-title';

/** Only same-site paths are followed after signing in (no open redirect). */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

type Values = { email: string; password: string };

export default function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  useDocumentTitle(t('auth.signIn'));
  const returnTo = safeReturnPath(params.get('returnTo'));

  const submit = async (values: Values) => {
    setIsBusy(true);
    setError(null);
    try {
      await signIn(values.email.trim(), values.password);
      void navigate(returnTo, { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="form-layout" style={{ maxWidth: 420 }}>
      <h1 className="page-title">{t('auth.signIn')}</h1>
      <p>{t('auth.intro')}</p>
      {error ? <ErrorState error={error} title={t('auth.failed')} /> : null}
      <section className="form-section">
        <Form<Values> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, message: t('auth.emailRequired') }]}>
            <Input type="email" autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy} block>
            {t('auth.submit')}
          </Button>
        </Form>
      </section>
      <p className="row-wrap" style={{ justifyContent: 'space-between' }}>
        <Link to="/forgot-password" data-testid="forgot-password-link">
          {t('account.signIn.forgot')}
        </Link>
        <span>
          {t('account.signIn.noAccount')} <Link to="/sign-up">{t('account.signIn.signUp')}</Link>
        </span>
      </p>
    </div>
  );
}
