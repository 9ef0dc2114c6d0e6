import { Alert, Button, Checkbox, Input, Select } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatNumber } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { useDocumentTitle } from '../../ui/use-document-title';
import { fundingApi, type Application, type Assignment, type Call, type Review } from './api';
import { RefusalReasons } from './apply-form';
import { MoneyText, OrgName, useDate } from './parts';

type Item = { assignment: Assignment; application: Application; call: Call; review: Review | null };

function ReviewForm({ item, declaration, onDone }: { item: Item; declaration: string; onDone: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const { call } = item;
  const scale = Array.from({ length: call.score_scale.max - call.score_scale.min + 1 }, (_, i) => call.score_scale.min + i);
  const [scores, setScores] = useState<Record<string, number | undefined>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [declares, setDeclares] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [isSaving, setIsSaving] = useState(false);
  return (
    <form
      className="stack"
      aria-label={t('funding.review.formLabel', { title: item.application.title })}
      onSubmit={(e) => {
        e.preventDefault();
        setIsSaving(true);
        setError(undefined);
        fundingApi
          .submitReview(item.assignment.id, {
            scores: call.criteria.filter((c) => scores[c.key] !== undefined).map((c) => ({ criterion_key: c.key, score: scores[c.key]!, comment: comments[c.key] ?? '' })),
            comment,
            declares_no_conflict: declares,
          })
          .then(onDone, setError)
          .finally(() => setIsSaving(false));
      }}
    >
      {call.criteria.map((c) => (
        <div key={c.key} className="score-row field-row">
          <div className="field">
            <label htmlFor={`${ids}-${c.key}`}>{t('funding.review.scoreFor', { label: c.label, weight: c.weight, min: call.score_scale.min, max: call.score_scale.max })}</label>
            <Select
              id={`${ids}-${c.key}`}
              data-testid={`score-${c.key}`}
              value={scores[c.key]}
              placeholder={t('funding.review.pickScore')}
              onChange={(v: number) => setScores((s) => ({ ...s, [c.key]: v }))}
              options={scale.map((n) => ({ value: n, label: String(n) }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-${c.key}-comment`}>{t('funding.review.commentFor', { label: c.label })}</label>
            <Input.TextArea id={`${ids}-${c.key}-comment`} rows={2} value={comments[c.key] ?? ''} onChange={(e) => setComments((s) => ({ ...s, [c.key]: e.target.value }))} />
          </div>
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${ids}-comment`}>{t('funding.review.overall')}</label>
        <Input.TextArea id={`${ids}-comment`} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <Checkbox checked={declares} onChange={(e) => setDeclares(e.target.checked)} data-testid="declare-no-conflict">
        {t('funding.review.declare')} <q>{declaration}</q>
      </Checkbox>
      {error ? <RefusalReasons error={error} /> : null}
      <div>
        <Button type="primary" htmlType="submit" loading={isSaving} data-testid="review-submit">
          {t('funding.review.submit')}
        </Button>
      </div>
    </form>
  );
}

function AssignmentCard({ item, declaration, onDone }: { item: Item; declaration: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const date = useDate();
  const { application: a, call, review } = item;
  return (
    <li className="panel" data-testid="assignment">
      <h2>{a.title}</h2>
      <p className="muted">
        <Link to={`/calls/${call.id}`}>{call.title}</Link> · <OrgName id={a.applicant_organization_id} /> · {t('funding.review.submittedOn', { date: date(a.submitted_at) })}
      </p>
      <dl className="facts">
        <dt>{t('funding.manage.requested')}</dt>
        <dd>
          <MoneyText money={a.requested} />
        </dd>
        <dt>{t('funding.apply.trl')}</dt>
        <dd>{a.trl ?? t('funding.review.noTrl')}</dd>
        <dt>{t('funding.apply.plan')}</dt>
        <dd className="description">{a.plan}</dd>
        <dt>{t('funding.apply.milestones')}</dt>
        <dd>
          <ol className="reasons">
            {a.milestones.map((m) => (
              <li key={m.seq}>
                {m.title} · {date(m.due_on)} · <MoneyText money={{ amount_minor: m.amount_minor, currency: a.requested.currency }} />
              </li>
            ))}
          </ol>
        </dd>
      </dl>
      {review ? (
        <Alert
          type="success"
          showIcon
          data-testid="review-done"
          title={t('funding.review.done', { score: formatNumber(review.weighted_score, locale) })}
          description={review.scores.map((s) => `${call.criteria.find((c) => c.key === s.criterion_key)?.label ?? s.criterion_key}: ${s.score}`).join(t('common.listSeparator'))}
        />
      ) : a.status !== 'submitted' ? (
        <p className="muted">{t('funding.review.closed')}</p>
      ) : (
        <ReviewForm item={item} declaration={declaration} onDone={onDone} />
      )}
    </li>
  );
}

/** /reviews: the reviewer's own assignments; declare no conflict of interest and score each criterion. */
export default function ReviewsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  useDocumentTitle(t('funding.review.title'));
  const result = useApi((signal) => (me ? fundingApi.myAssignments({ signal }) : Promise.resolve(null)), [me?.user.id]);

  let body;
  if (me === undefined) body = <Loading />;
  else if (!me)
    body = (
      <p>
        <Link to={`/sign-in?returnTo=${encodeURIComponent(location.pathname)}`}>{t('funding.review.signIn')}</Link>
      </p>
    );
  else if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.items.length === 0) body = <EmptyState description={t('funding.review.none')} />;
  else {
    const open = result.data.items.filter((i) => !i.review).length;
    body = (
      <>
        <p role="status" className="muted">
          {t('funding.review.count', { count: result.data.items.length, open })}
        </p>
        <ol className="compact-list">
          {result.data.items.map((i) => (
            <AssignmentCard key={i.assignment.id} item={i} declaration={result.data!.conflict_declaration} onDone={result.reload} />
          ))}
        </ol>
      </>
    );
  }
  return (
    <div>
      <h1 className="page-title">{t('funding.review.title')}</h1>
      <p>{t('funding.review.intro')}</p>
      {body}
    </div>
  );
}
