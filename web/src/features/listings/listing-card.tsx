import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Listing, SearchHit } from '../../api/types';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../ui/format';
import { Highlighted, highlightOf, MarkedText } from '../../ui/highlight';
import { organizationName, useLabels } from '../../ui/labels';
import { HTML_LANG, textForViewer } from './listing-text';

// Solid colours with white text: each passes WCAG AA (antd's light presets do not all).
export const KIND_COLORS: Record<string, string> = {
  technology_offer: '#0b57d0',
  technology_request: '#b45309',
  funding_request: '#6d28d9',
  investment_offer: '#047857',
  rd_partnership: '#0e7490',
};

type Props = {
  listing: Listing;
  highlights?: SearchHit['highlights'];
  /** Query words to mark where the server's highlights are of another language version. */
  terms?: string[];
  headingLevel?: 2 | 3;
};

/** A listing in a list: kind, title, summary, owner, country, TRL, deadline. */
export function ListingCard({ listing, highlights, terms = [], headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const labels = useLabels();
  const shown = textForViewer(listing, content);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Highlights are used where they are snippets of the version on screen (the viewer's language
  // when it exists); a match in the description shows as an extra snippet.
  const titleHtml = highlightOf(highlights?.title, shown.title);
  const summaryHtml = highlightOf(highlights?.summary, shown.summary);
  const descriptionHtml = summaryHtml ? undefined : highlightOf(highlights?.description, shown.description);
  return (
    <article className="listing-card" data-testid="listing-card" data-listing-id={listing.id}>
      <div className="row-wrap">
        <Tag color={KIND_COLORS[listing.kind]}>{labels.enumLabel('kind', listing.kind)}</Tag>
        {listing.status !== 'published' ? <Tag>{labels.enumLabel('status', listing.status)}</Tag> : null}
      </div>
      <Heading lang={HTML_LANG[shown.language]}>
        <Link to={`/listings/${listing.id}`}>
          {titleHtml ? <Highlighted html={titleHtml} fallback={shown.title} /> : <MarkedText text={shown.title} terms={terms} />}
        </Link>
      </Heading>
      <p className="summary" lang={HTML_LANG[shown.language]}>
        {summaryHtml ? (
          <Highlighted html={summaryHtml} fallback={shown.summary} />
        ) : (
          <MarkedText text={shown.summary} terms={terms} />
        )}
      </p>
      {descriptionHtml ? (
        <p className="snippet" lang={HTML_LANG[shown.language]} data-testid="description-snippet">
          <Highlighted html={descriptionHtml} fallback="" />
        </p>
      ) : null}
      <div className="meta">
        {listing.owner ? <span>{organizationName(listing.owner, content)}</span> : null}
        <span>{labels.country(listing.country)}</span>
        {listing.trl !== null ? <span>{t('listing.trlShort', { level: listing.trl })}</span> : null}
        {listing.deadline ? <span>{t('listing.deadlineOn', { date: formatDate(listing.deadline, locale) })}</span> : null}
        {listing.sectors.slice(0, 3).map((code) => (
          <span key={code}>#{labels.sector(code)}</span>
        ))}
      </div>
    </article>
  );
}
