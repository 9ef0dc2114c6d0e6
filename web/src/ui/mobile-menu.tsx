import { Drawer } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The navigation drawer of small screens; its own chunk, loaded the first time it opens. */
export default function MobileMenu({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Drawer title={t('nav.menu')} placement="right" size={280} open={open} onClose={onClose}>
      <nav aria-label={t('nav.main')} className="nav-drawer">
        {children}
      </nav>
    </Drawer>
  );
}
