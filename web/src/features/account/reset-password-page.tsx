import { Button, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorState } from '../../ui/async-state';
import { useSession } from '../../ui/session';
import { useDocumentTitle } from '../../ui/use-document-title';
import { accountApi, PASSWORD_MIN } from './api';
import { useShowIssues } from './form-errors';

type Values = { password: string; confirm: string };

/** /reset-password?token=...: choose a new password; every session of the account ends. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { refresh } = useSession();
  const [form] = Form.useForm<Values>();
  const showIssues = useShowIssues();
  const [error, setError] = useState<unknown>(null);
  const [isDone, setIsDone] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  useDocumentTitle(t('account.reset.title'));

  const submit = async (values: Values) => {
    setIsBusy(true);
    setError(null);
    try {
      await accountApi.resetPassword(token, values.password);
      setIsDone(true);
      // The reset ended every session, this browser's too.
      void refresh();
    } catch (failure) {
      if (!showIssues(form, failure, ['password'])) setError(failure);
    } finally {
      setIsBusy(false);
    }
  };

  if (isDone) {
    return (
      <div className="form-layout" style={{ maxWidth: 560 }}>
        <h1 className="page-title">{t('account.reset.title')}</h1>
        <Result
          status="success"
          data-testid="password-reset-done"
          title={t('account.reset.done')}
          subTitle={t('account.reset.doneText')}
          extra={
            <Link className="button-link" to="/sign-in">
              {t('auth.signIn')}
            </Link>
          }
        />
      </div>
    );
  }

  const linkInvalid = error instanceof ApiError && error.code === 'ACCOUNT_LINK_INVALID';
  return (
    <div className="form-layout" style={{ maxWidth: 460 }}>
      <h1 className="page-title">{t('account.reset.title')}</h1>
      {!token ? <ErrorState error={new Error(t('account.reset.noToken'))} /> : null}
      {error ? <ErrorState error={error} title={t('account.reset.failed')} /> : null}
      {!token || linkInvalid ? (
        <p>
          <Link to="/forgot-password">{t('account.reset.askNew')}</Link>
        </p>
      ) : (
        <section className="form-section">
          <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
            <Form.Item
              name="password"
              label={t('account.newPassword')}
              extra={t('account.passwordHint', { min: PASSWORD_MIN })}
              rules={[
                { required: true, message: t('auth.passwordRequired') },
                { min: PASSWORD_MIN, message: t('account.passwordTooShort', { min: PASSWORD_MIN }) },
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('account.confirmPassword')}
              dependencies={['password']}
              rules={[
                { required: true, message: t('account.confirmRequired') },
                ({ getFieldValue }) => ({
                  validator: (_rule, value) =>
                    !value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('account.passwordsDiffer'))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={isBusy} block>
              {t('account.reset.submit')}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}
