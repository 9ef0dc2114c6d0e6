import { Alert, Button, Modal, Progress } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrlTaxonomy } from '../../api/types';
import { useLanguage } from '../../i18n';
import { pickLabel } from '../../ui/labels';

/** `isQuestion` is false when the text is a level's meaning, to be asked about. */
export type TrlStep = { level: number; text: string; isQuestion: boolean };

/** One yes/no question per level, from the taxonomy's own questions or else its level meanings. */
export function trlSteps(taxonomy: TrlTaxonomy, lang: 'zh' | 'en'): TrlStep[] {
  const levels = [...taxonomy.items].sort((a, b) => a.level - b.level);
  return levels.map((item) => {
    const asked = taxonomy.questions?.find((q) => q.level === item.level);
    return asked
      ? { level: item.level, text: pickLabel(asked, lang), isQuestion: true }
      : { level: item.level, text: lang === 'zh' ? item.meaning_zh : item.meaning_en, isQuestion: false };
  });
}

/** The level reached: the last level whose question was answered yes before the first no. */
export function levelFromAnswers(steps: TrlStep[], answers: boolean[]): number | null {
  let level: number | null = null;
  for (let i = 0; i < answers.length && i < steps.length; i += 1) {
    if (!answers[i]) break;
    level = steps[i]?.level ?? level;
  }
  return level;
}

type Props = {
  open: boolean;
  taxonomy: TrlTaxonomy | undefined;
  onClose: () => void;
  onChoose: (level: number) => void;
};

/** Questions leading to a TRL: walks the levels upward and stops at the first "no". */
export function TrlHelper({ open, taxonomy, onClose, onChoose }: Props) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const [answers, setAnswers] = useState<boolean[]>([]);
  const steps = taxonomy ? trlSteps(taxonomy, content) : [];
  const isDone = answers.length > 0 && (answers[answers.length - 1] === false || answers.length >= steps.length);
  const level = levelFromAnswers(steps, answers);
  const current = steps[answers.length];
  const levelItem = taxonomy?.items.find((i) => i.level === level);
  const close = () => {
    setAnswers([]);
    onClose();
  };

  let body;
  if (!taxonomy) body = <p>{t('common.loading')}</p>;
  else if (isDone || !current) {
    body = (
      <div data-testid="trl-helper-result">
        {level === null ? (
          <Alert type="info" showIcon title={t('trlHelper.belowOne')} />
        ) : (
          <>
            <p className="trl-question">{t('trlHelper.result', { level })}</p>
            {levelItem ? (
              <p>
                <strong>{pickLabel(levelItem, content)}</strong>
                <br />
                {content === 'zh' ? levelItem.meaning_zh : levelItem.meaning_en}
              </p>
            ) : null}
          </>
        )}
      </div>
    );
  } else {
    body = (
      <div>
        <Progress
          percent={Math.round((answers.length / steps.length) * 100)}
          showInfo={false}
          aria-label={t('trlHelper.progress', { current: answers.length + 1, total: steps.length })}
        />
        <p className="muted">{t('trlHelper.progress', { current: answers.length + 1, total: steps.length })}</p>
        <p className="trl-question" id="trl-question">
          {current.isQuestion ? current.text : t('trlHelper.ask', { question: current.text })}
        </p>
      </div>
    );
  }

  const footer =
    !taxonomy ? null : isDone || !current ? (
      <div className="row-wrap" style={{ justifyContent: 'flex-end' }}>
        <Button onClick={() => setAnswers([])}>{t('trlHelper.restart')}</Button>
        {level !== null ? (
          <Button
            type="primary"
            onClick={() => {
              onChoose(level);
              close();
            }}
          >
            {t('trlHelper.use', { level })}
          </Button>
        ) : null}
      </div>
    ) : (
      <div className="row-wrap" style={{ justifyContent: 'flex-end' }}>
        {answers.length > 0 ? <Button onClick={() => setAnswers(answers.slice(0, -1))}>{t('common.back')}</Button> : null}
        <Button onClick={() => setAnswers([...answers, false])} aria-describedby="trl-question">
          {t('common.no')}
        </Button>
        <Button type="primary" onClick={() => setAnswers([...answers, true])} aria-describedby="trl-question">
          {t('common.yes')}
        </Button>
      </div>
    );

  return (
    <Modal open={open} title={t('trlHelper.title')} onCancel={close} footer={footer} destroyOnHidden>
      {body}
    </Modal>
  );
}
