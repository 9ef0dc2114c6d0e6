import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { translations } from './resources';

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** The API's language codes: listings are written in 'zh' or 'en'. */
export type ContentLanguage = 'zh' | 'en';

export const LANGUAGE_STORAGE_KEY = 'ittc.language';

export const resources = { en: { translation: translations.en }, 'zh-CN': { translation: translations['zh-CN'] } } as const;

function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice, else the browser's preference (any zh-* gives Chinese), else English. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode); fall through to the browser's language.
  }
  const preferred = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  return preferred.some((lang) => lang?.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function contentLanguageOf(lang: string): ContentLanguage {
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function createI18n(lng: UiLanguage = initialLanguage()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: false,
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}

/** Switches the UI language, remembers it and updates <html lang>. */
export async function changeLanguage(instance: typeof i18next, lng: UiLanguage): Promise<void> {
  await instance.changeLanguage(lng);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Not persisted when storage is unavailable; the switch still applies to this visit.
  }
}

/** The UI language plus the derived content language and Intl locale. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const ui: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'en';
  const content = contentLanguageOf(ui);
  return { ui, content, locale: ui === 'zh-CN' ? 'zh-CN' : 'en-US' };
}
