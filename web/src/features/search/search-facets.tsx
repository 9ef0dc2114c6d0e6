import { Button, Checkbox, InputNumber, Slider } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetBucket, SearchFacets as Facets } from '../../api/types';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../ui/format';
import { useLabels, type EnumName } from '../../ui/labels';
import { activeFilterCount, withChange, type SearchState } from './search-state';

type ListField = 'kind' | 'sector' | 'country' | 'iprStatus' | 'cooperationType';

type Props = {
  state: SearchState;
  facets: Facets | undefined;
  onChange: (next: SearchState) => void;
};

const COLLAPSED_SIZE = 8;

function FacetGroup({
  legend,
  buckets,
  selected,
  labelOf,
  onToggle,
  testId,
}: {
  legend: string;
  buckets: FacetBucket[];
  selected: string[];
  labelOf: (value: string) => string;
  onToggle: (values: string[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [isExpanded, setIsExpanded] = useState(false);
  // Selected values stay listed even when the current results no longer count them.
  const counts = new Map(buckets.map((b) => [b.value, b.count]));
  const values = [...new Set([...selected, ...buckets.filter((b) => b.count > 0).map((b) => b.value)])];
  if (values.length === 0) return null;
  const shown = isExpanded ? values : values.slice(0, Math.max(COLLAPSED_SIZE, selected.length));
  return (
    <fieldset className="facet" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="stack" style={{ gap: 4 }}>
        {shown.map((value) => (
          <Checkbox
            key={value}
            checked={selected.includes(value)}
            onChange={(event) =>
              onToggle(event.target.checked ? [...selected, value] : selected.filter((v) => v !== value))
            }
            data-facet-value={value}
          >
            <span className="facet-option">
              <span>{labelOf(value)}</span>
              {counts.has(value) ? (
                <span className="facet-count">({formatNumber(counts.get(value) ?? 0, locale)})</span>
              ) : null}
            </span>
          </Checkbox>
        ))}
      </div>
      {values.length > shown.length || isExpanded ? (
        <Button type="link" size="small" style={{ paddingLeft: 0 }} onClick={() => setIsExpanded(!isExpanded)}>
          {isExpanded ? t('search.showFewer') : t('search.showAll', { count: values.length })}
        </Button>
      ) : null}
    </fieldset>
  );
}

function TrlFilter({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const { t } = useTranslation();
  const legendId = useId();
  const current: [number, number] = [state.trlMin ?? 1, state.trlMax ?? 9];
  const [value, setValue] = useState<[number, number]>(current);
  useEffect(() => setValue([state.trlMin ?? 1, state.trlMax ?? 9]), [state.trlMin, state.trlMax]);
  return (
    <fieldset className="facet" data-testid="facet-trl">
      <legend id={legendId}>{t('search.facet.trl')}</legend>
      <div className="muted" aria-live="polite">
        {t('search.trlRange', { min: value[0], max: value[1] })}
      </div>
      <Slider
        range
        min={1}
        max={9}
        step={1}
        dots
        value={value}
        ariaLabelForHandle={[t('search.trlMin'), t('search.trlMax')]}
        onChange={(next) => setValue([next[0] ?? 1, next[1] ?? 9])}
        onChangeComplete={(next) =>
          onChange(withChange(state, { trlMin: next[0] ?? 1, trlMax: next[1] ?? 9 }))
        }
      />
    </fieldset>
  );
}

function BudgetFilter({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const minId = useId();
  const maxId = useId();
  const [min, setMin] = useState<number | null>(state.budgetMinCny);
  const [max, setMax] = useState<number | null>(state.budgetMaxCny);
  useEffect(() => {
    setMin(state.budgetMinCny);
    setMax(state.budgetMaxCny);
  }, [state.budgetMinCny, state.budgetMaxCny]);
  const apply = () => {
    if (min !== state.budgetMinCny || max !== state.budgetMaxCny) {
      onChange(withChange(state, { budgetMinCny: min, budgetMaxCny: max }));
    }
  };
  const formatter = (value: number | string | undefined) =>
    value === undefined || value === '' ? '' : formatNumber(Number(value), locale);
  const parser = (text: string | undefined) => Number((text ?? '').replace(/[^\d]/g, '')) || 0;
  return (
    <fieldset className="facet" data-testid="facet-budget">
      <legend>{t('search.facet.budget')}</legend>
      <div className="stack" style={{ gap: 6 }}>
        <label htmlFor={minId}>{t('search.budgetMin')}</label>
        <InputNumber<number>
          id={minId}
          min={0}
          style={{ width: '100%' }}
          value={min}
          prefix="¥"
          formatter={formatter}
          parser={parser}
          onChange={(value) => setMin(value ?? null)}
          onBlur={apply}
          onPressEnter={apply}
        />
        <label htmlFor={maxId}>{t('search.budgetMax')}</label>
        <InputNumber<number>
          id={maxId}
          min={0}
          style={{ width: '100%' }}
          value={max}
          prefix="¥"
          formatter={formatter}
          parser={parser}
          onChange={(value) => setMax(value ?? null)}
          onBlur={apply}
          onPressEnter={apply}
        />
      </div>
    </fieldset>
  );
}

/** The filter panel: one group per facet with counts, TRL range and budget in CNY. */
export function SearchFacets({ state, facets, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const list = (field: ListField, values: string[]) => onChange(withChange(state, { [field]: values }));
  const enumOf = (name: EnumName) => (value: string) => labels.enumLabel(name, value);
  return (
    <div className="facets-inner">
      <div className="results-head">
        <h2 className="section-title" style={{ margin: 0, fontSize: 18 }}>
          {t('search.filters')}
        </h2>
        {activeFilterCount(state) > 0 ? (
          <Button
            size="small"
            onClick={() =>
              onChange(
                withChange(state, {
                  kind: [],
                  sector: [],
                  country: [],
                  iprStatus: [],
                  cooperationType: [],
                  trlMin: null,
                  trlMax: null,
                  budgetMinCny: null,
                  budgetMaxCny: null,
                }),
              )
            }
          >
            {t('search.clearFilters')}
          </Button>
        ) : null}
      </div>
      <FacetGroup
        testId="facet-kind"
        legend={t('search.facet.kind')}
        buckets={facets?.kind ?? []}
        selected={state.kind}
        labelOf={enumOf('kind')}
        onToggle={(v) => list('kind', v)}
      />
      <FacetGroup
        testId="facet-sector"
        legend={t('search.facet.sector')}
        buckets={facets?.sector ?? []}
        selected={state.sector}
        labelOf={labels.sector}
        onToggle={(v) => list('sector', v)}
      />
      <TrlFilter state={state} onChange={onChange} />
      <FacetGroup
        testId="facet-country"
        legend={t('search.facet.country')}
        buckets={facets?.country ?? []}
        selected={state.country}
        labelOf={labels.country}
        onToggle={(v) => list('country', v)}
      />
      <FacetGroup
        testId="facet-ipr"
        legend={t('search.facet.ipr')}
        buckets={facets?.ipr_status ?? []}
        selected={state.iprStatus}
        labelOf={enumOf('ipr')}
        onToggle={(v) => list('iprStatus', v)}
      />
      <FacetGroup
        testId="facet-cooperation"
        legend={t('search.facet.cooperation')}
        buckets={facets?.cooperation_type ?? []}
        selected={state.cooperationType}
        labelOf={enumOf('cooperation')}
        onToggle={(v) => list('cooperationType', v)}
      />
      <BudgetFilter state={state} onChange={onChange} />
    </div>
  );
}
