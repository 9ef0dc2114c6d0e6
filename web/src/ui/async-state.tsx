import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, CLIENT_ERROR_CODES } from '../api/client';

/** A page-region loading indicator that screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <div className="state-block" role="status" aria-live="polite">
      <Spin />
      <span className="state-label">{text}</span>
    </div>
  );
}

/** The message to show for an error: the API's own message, or ours for network trouble. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.code === CLIENT_ERROR_CODES.network) return t('error.network');
      if (error.code === CLIENT_ERROR_CODES.badResponse) return t('error.badResponse');
      return error.message || t('error.unknown');
    }
    return error instanceof Error && error.message ? error.message : t('error.unknown');
  };
}

/** Shows an API error's message (and request id for a 500), with a retry when given. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="state-error"
      title={title ?? t('error.title')}
      description={
        <>
          <span data-testid="error-message">{messageOf(error)}</span>
          {requestId ? <div className="muted">{t('error.requestId', { id: requestId })}</div> : null}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function EmptyState({ description, children }: { description: string; children?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {children}
    </Empty>
  );
}
