import { Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import type { Classification } from '../../api/types';
import { useLanguage } from '../../i18n';
import { useErrorMessage } from '../../ui/async-state';
import { pickLabel } from '../../ui/labels';

type Props = {
  /** The listing's text so far. */
  text: () => { title: string; text: string };
  sectors: string[];
  ipcCodes: string[];
  onAddSector: (code: string) => void;
  onAddIpc: (code: string) => void;
};

/** Sectors and IPC classes suggested from the title and description (POST /api/classify), added with a click. */
export function ClassifySuggestions({ text, sectors, ipcCodes, onAddSector, onAddIpc }: Props) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const messageOf = useErrorMessage();
  const [result, setResult] = useState<Classification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const suggest = async () => {
    const { title, text: body } = text();
    if (!title.trim() && !body.trim()) {
      setError(t('form.suggestNeedsText'));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      setResult(await api.classify(body, title || undefined));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setIsBusy(false);
    }
  };

  const newSectors = (result?.sectors ?? []).filter((s) => !sectors.includes(s.code)).slice(0, 5);
  const newIpc = (result?.ipc ?? []).filter((c) => !ipcCodes.includes(c.code)).slice(0, 5);
  return (
    <div className="suggestions" data-testid="classify-suggestions">
      <Button size="small" onClick={() => void suggest()} loading={isBusy}>
        {t('form.suggest')}
      </Button>
      {error ? (
        <span className="muted" role="alert">
          {' '}
          {error}
        </span>
      ) : null}
      {result ? (
        <div className="row-wrap" style={{ marginTop: 8 }} aria-live="polite">
          {newSectors.length === 0 && newIpc.length === 0 ? <span className="muted">{t('form.noSuggestions')}</span> : null}
          {newSectors.map((s) => (
            <Tag.CheckableTag key={s.code} checked={false} onChange={() => onAddSector(s.code)}>
              {t('form.addSuggestion', { label: pickLabel(s, content) })}
            </Tag.CheckableTag>
          ))}
          {newIpc.map((c) => (
            <Tag.CheckableTag key={c.code} checked={false} onChange={() => onAddIpc(c.code)}>
              {t('form.addSuggestion', { label: c.code })}
            </Tag.CheckableTag>
          ))}
        </div>
      ) : null}
    </div>
  );
}
