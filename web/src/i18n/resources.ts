import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

/**
 * Each feature may keep its own texts in `features/<name>/locales/{en,zh-CN}.json`; their
 * top-level keys are namespaces of their own and must not repeat one of another file.
 */
const featureLocales = import.meta.glob<{ default: Tree }>('../features/*/locales/*.json', { eager: true });

function merged(base: Tree, language: string): Tree {
  const out: Tree = { ...base };
  for (const [path, module] of Object.entries(featureLocales)) {
    if (!path.endsWith(`/${language}.json`)) continue;
    for (const [key, value] of Object.entries(module.default)) {
      if (key in out) throw new Error(`translation namespace "${key}" is defined twice (${path})`);
      out[key] = value;
    }
  }
  return out;
}

export const translations = { en: merged(en as Tree, 'en'), 'zh-CN': merged(zhCN as Tree, 'zh-CN') } as const;
