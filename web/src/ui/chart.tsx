import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';

export type ChartOption = EChartsCoreOption;

type ChartProps = {
  /** An ECharts option; keep it memoized (useMemo) so the chart is not redrawn on every render. */
  option: ChartOption;
  /** What the chart shows, read by screen readers (the figure's accessible name). */
  label: string;
  height?: number;
  /** Called with the clicked item's data (bar, slice, node) where the page wants drill-down. */
  onSelect?: (params: { name: string; seriesName?: string; data?: unknown; dataIndex: number }) => void;
  testId?: string;
};

type Instance = {
  setOption: (option: ChartOption, opts?: { notMerge?: boolean }) => void;
  resize: () => void;
  dispose: () => void;
  on: (event: string, handler: (params: never) => void) => void;
};

/**
 * An ECharts chart in a labelled figure. ECharts loads on first use (its own chunk); the chart
 * follows the UI language (ECharts' own zh/en texts) and the container's width.
 * Pages should also offer the numbers as a table: a canvas is not readable by everyone.
 */
export function Chart({ option, label, height = 320, onSelect, testId }: ChartProps) {
  const { t } = useTranslation();
  const { ui } = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const instance = useRef<Instance | null>(null);
  const [failed, setFailed] = useState(false);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
  // The latest option: ECharts loads asynchronously, and an option set meanwhile must not be lost.
  const optionRef = useRef(option);
  optionRef.current = option;

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | undefined;
    import('./echarts-setup')
      .then(({ echarts }) => {
        if (cancelled || !ref.current) return;
        const chart = echarts.init(ref.current, undefined, { locale: ui === 'zh-CN' ? 'ZH' : 'EN', renderer: 'canvas' }) as unknown as Instance;
        instance.current = chart;
        chart.on('click', (params: { name: string; seriesName?: string; data?: unknown; dataIndex: number }) => selectRef.current?.(params));
        chart.setOption({ aria: { enabled: true }, ...optionRef.current }, { notMerge: true });
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => chart.resize());
          observer.observe(ref.current);
        }
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      observer?.disconnect();
      instance.current?.dispose();
      instance.current = null;
    };
    // The instance is rebuilt when the language changes (ECharts fixes its locale at init).
  }, [ui]);

  useEffect(() => {
    instance.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  return (
    <figure className="chart" aria-label={label} data-testid={testId} style={{ margin: 0 }}>
      {failed ? <p role="alert">{t('common.chartFailed')}</p> : <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />}
    </figure>
  );
}
