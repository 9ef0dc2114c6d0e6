import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> · ITTC" (localized). */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? t('brand.pageTitle', { page: title }) : t('brand.title');
  }, [title, t]);
}
