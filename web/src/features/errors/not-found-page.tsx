import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../ui/use-document-title';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="panel">
      <h1 className="page-title">{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p className="row-wrap">
        <Link to="/">{t('nav.home')}</Link>
        <Link to="/search">{t('nav.search')}</Link>
      </p>
    </div>
  );
}
