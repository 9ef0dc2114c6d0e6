import { Alert, Button, Input, Select } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/async-state';
import { useSession } from '../../ui/session';
import { dealsApi, MATCH_FEEDBACK_REASONS, type MatchFeedbackReason } from './api';

type Saved = { relevant: boolean; reason: string | null };

/**
 * "Relevant" / "Not relevant (why)" on one suggested match, for signed-in users; the ranker is tuned
 * with it. A new judgement replaces the earlier one.
 */
export function MatchFeedback({ listingId, otherId }: { listingId: string; otherId: string }) {
  const { me } = useSession();
  if (!me) return null;
  return <MatchFeedbackControls listingId={listingId} otherId={otherId} />;
}

function MatchFeedbackControls({ listingId, otherId }: { listingId: string; otherId: string }) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const ids = { reason: useId(), comment: useId() };
  const [isAsking, setIsAsking] = useState(false);
  const [reason, setReason] = useState<MatchFeedbackReason | undefined>(undefined);
  const [comment, setComment] = useState('');
  const [saved, setSaved] = useState<Saved | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const send = async (relevant: boolean) => {
    setIsBusy(true);
    setFailure(null);
    try {
      const r = await dealsApi.matchFeedback(listingId, otherId, {
        relevant,
        reason: relevant ? null : (reason ?? null),
        comment: relevant ? null : comment.trim() || null,
      });
      setSaved({ relevant: r.feedback.relevant, reason: r.feedback.reason });
      setIsAsking(false);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="match-feedback" data-testid="match-feedback">
      {saved ? (
        <p className="muted" role="status" style={{ margin: '4px 0' }}>
          {saved.relevant
            ? t('deals.feedback.savedRelevant')
            : t('deals.feedback.savedNotRelevant', { reason: t(`deals.feedback.reason.${saved.reason ?? 'other'}`) })}
        </p>
      ) : null}
      {!isAsking ? (
        <div className="row-wrap" style={{ gap: 4 }}>
          <Button size="small" loading={isBusy} onClick={() => void send(true)}>
            {t('deals.feedback.relevant')}
          </Button>
          <Button size="small" onClick={() => setIsAsking(true)}>
            {t('deals.feedback.notRelevant')}
          </Button>
        </div>
      ) : (
        <form
          className="stack"
          style={{ gap: 6 }}
          onSubmit={(e) => {
            e.preventDefault();
            void send(false);
          }}
        >
          <label htmlFor={ids.reason}>{t('deals.feedback.why')}</label>
          <Select<MatchFeedbackReason>
            id={ids.reason}
            size="small"
            value={reason}
            onChange={setReason}
            placeholder={t('deals.form.choose')}
            options={MATCH_FEEDBACK_REASONS.map((r) => ({ value: r, label: t(`deals.feedback.reason.${r}`) }))}
          />
          <label htmlFor={ids.comment}>{reason === 'other' ? t('deals.feedback.commentRequired') : t('deals.feedback.comment')}</label>
          <Input.TextArea id={ids.comment} rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
          <div className="row-wrap" style={{ gap: 4 }}>
            <Button size="small" type="primary" htmlType="submit" loading={isBusy} disabled={!reason || (reason === 'other' && !comment.trim())}>
              {t('deals.feedback.send')}
            </Button>
            <Button size="small" onClick={() => setIsAsking(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {failure ? <Alert type="error" showIcon role="alert" title={messageOf(failure)} style={{ marginTop: 4 }} /> : null}
    </div>
  );
}
