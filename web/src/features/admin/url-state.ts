import { useSearchParams } from 'react-router';

/** Filters kept in the address bar (shareable, back button works); changing one returns to page 1. */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (change: Partial<Record<K | 'page', string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change) as [string, string | undefined][]) {
      if (value && value.trim()) next.set(key, value.trim());
      else next.delete(key);
    }
    if (!('page' in change)) next.delete('page');
    setParams(next);
  };
  return { values, page, set };
}
