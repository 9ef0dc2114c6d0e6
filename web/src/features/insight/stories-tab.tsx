import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { EmptyState, ErrorState, Loading } from '../../ui/async-state';
import { formatDate } from '../../ui/format';
import { useApi } from '../../ui/use-api';
import { insightApi, type SuccessStory } from './api';
import { toCsv, downloadCsv } from './csv';
import { Button } from 'antd';

/** A feed link's path on this site (the feed's links carry the server's public address). */
export function localPath(link: string): string | null {
  try {
    const url = new URL(link, window.location.origin);
    return url.pathname.startsWith('/listings/') ? url.pathname : null;
  } catch {
    return null;
  }
}

/** Success stories: closed deals both parties agreed to publish, as the public feed serves them. */
export default function StoriesTab() {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const result = useApi((signal) => insightApi.successStories(content, { signal }), [content]);
  let body;
  if (result.error) body = <ErrorState error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else if (result.data.length === 0) body = <EmptyState description={t('insight.stories.empty')} />;
  else {
    const stories = result.data;
    body = (
      <>
        <div className="row-wrap">
          <Button
            data-testid="csv-download"
            onClick={() =>
              downloadCsv(
                'success-stories.csv',
                toCsv(
                  ['id', 'title', 'summary', 'published', 'sectors'],
                  stories.map((s) => [s.id, s.title, s.summary, s.published, s.categories.map((c) => c.label).join('; ')]),
                ),
              )
            }
          >
            {t('insight.csv')}
          </Button>
        </div>
        <ul className="results" data-testid="stories">
          {stories.map((s: SuccessStory) => {
            const path = localPath(s.link);
            return (
              <li key={s.id} className="listing-card">
                <h2>{path ? <Link to={path}>{s.title}</Link> : s.title}</h2>
                <p className="summary">{s.summary}</p>
                <div className="meta">
                  <span>{formatDate(s.published, locale)}</span>
                  {s.categories.map((c) => (
                    <Tag key={c.term}>{c.label}</Tag>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  return (
    <div className="stack">
      <p className="muted">
        {t('insight.stories.intro')} <a href={`/feeds/success-stories.atom?lang=${content}`}>{t('insight.stories.feed')}</a>
      </p>
      {body}
    </div>
  );
}
