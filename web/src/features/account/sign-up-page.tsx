import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../ui/async-state';
import { useDocumentTitle } from '../../ui/use-document-title';
import { accountApi, PASSWORD_MIN } from './api';
import { useShowIssues } from './form-errors';

type Values = { name: string; email: string; password: string };

const FIELDS = ['name', 'email', 'password'] as const;

/** Sign-up: name, e-mail, password (12 characters or more); then "check your e-mail". */
export default function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const showIssues = useShowIssues();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  useDocumentTitle(t('account.signUp.title'));

  const submit = async (values: Values) => {
    setIsBusy(true);
    setError(null);
    try {
      const result = await accountApi.signUp({ name: values.name.trim(), email: values.email.trim(), password: values.password });
      void navigate(`/check-email?email=${encodeURIComponent(result.email)}`);
    } catch (failure) {
      if (!showIssues(form, failure, FIELDS)) setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="form-layout" style={{ maxWidth: 460 }}>
      <h1 className="page-title">{t('account.signUp.title')}</h1>
      <p>{t('account.signUp.intro')}</p>
      {error ? <ErrorState error={error} title={t('account.signUp.failed')} /> : null}
      <section className="form-section">
        <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} data-testid="sign-up-form">
          <Form.Item name="name" label={t('account.name')} rules={[{ required: true, whitespace: true, message: t('account.nameRequired') }]}>
            <Input autoComplete="name" maxLength={200} />
          </Form.Item>
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
          <Form.Item
            name="password"
            label={t('auth.password')}
            extra={t('account.passwordHint', { min: PASSWORD_MIN })}
            rules={[
              { required: true, message: t('auth.passwordRequired') },
              { min: PASSWORD_MIN, message: t('account.passwordTooShort', { min: PASSWORD_MIN }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={isBusy} block>
            {t('account.signUp.submit')}
          </Button>
        </Form>
      </section>
      <p>
        {t('account.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signIn')}</Link>
      </p>
    </div>
  );
}
