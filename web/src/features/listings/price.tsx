import { useTranslation } from 'react-i18next';
import type { Listing, MoneyRange } from '../../api/types';
import { useLanguage } from '../../i18n';
import { convertRange, formatDate, formatMoneyRange } from '../../ui/format';
import { useTaxonomy } from '../../ui/labels';

export const PRICE_LABEL_KEYS: Record<Listing['kind'], string> = {
  technology_offer: 'listing.price.technology_offer',
  technology_request: 'listing.price.technology_request',
  funding_request: 'listing.price.funding_request',
  investment_offer: 'listing.price.investment_offer',
  rd_partnership: 'listing.price.rd_partnership',
};

/** The price in its original currency, and converted to the viewer's (CNY for zh, USD for en). */
export function PriceFacts({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const rates = useTaxonomy('rates');
  const price = listing.price;
  if (!price) return <span>{t('listing.price.none')}</span>;
  const words = {
    from: (amount: string) => t('money.from', { amount }),
    upTo: (amount: string) => t('money.upTo', { amount }),
  };
  const original = formatMoneyRange(price, locale, words);
  if (!original) return <span>{t('listing.price.none')}</span>;
  const target = content === 'zh' ? 'CNY' : 'USD';
  let converted: MoneyRange | null = null;
  if (price.currency !== target) {
    if (target === 'CNY' && listing.price_cny) converted = { ...listing.price_cny, currency: 'CNY' };
    else if (rates) converted = convertRange(price, target, rates);
  }
  const convertedText = converted ? formatMoneyRange(converted, locale, words, true) : null;
  const rate = rates?.find((r) => r.currency === (target === 'CNY' ? price.currency : target));
  const asOf = rate?.as_of ?? rate?.valid_from;
  return (
    <span data-testid="price">
      <span data-testid="price-original">{original}</span>
      {convertedText ? (
        <span className="muted" data-testid="price-converted">
          {' '}
          {t('money.approx', { amount: convertedText })}
          {asOf ? ` ${t('money.rateAsOf', { date: formatDate(asOf, locale) })}` : ''}
        </span>
      ) : null}
    </span>
  );
}
