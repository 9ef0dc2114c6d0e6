import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';

type Issue = { path: string; message: string; code?: string };

/**
 * The text of an API error or of one of its issues in the UI language: the API writes English;
 * Chinese readers get our translation of the codes we know, else the API's own words.
 */
export function useApiText() {
  const { t, i18n } = useTranslation();
  return (code: string | undefined, apiMessage: string): string => {
    if (!code || !i18n.language.startsWith('zh')) return apiMessage;
    const key = `account.apiErrors.${code}`;
    return i18n.exists(key) ? t(key) : apiMessage;
  };
}

/**
 * Puts an API error's issues next to the form fields they name (`fields` maps an issue path to
 * the form field, when they differ). Returns true when every issue found a field, so the caller
 * need not show the error again above the form.
 */
export function useShowIssues() {
  const text = useApiText();
  return (form: FormInstance, error: unknown, fields: readonly string[], rename: Record<string, string> = {}): boolean => {
    if (!(error instanceof ApiError)) return false;
    const issues = error.issues as Issue[];
    const byField = new Map<string, string[]>();
    let unplaced = issues.length === 0;
    for (const issue of issues) {
      const field = rename[issue.path] ?? issue.path;
      if (!fields.includes(field)) {
        unplaced = true;
        continue;
      }
      byField.set(field, [...(byField.get(field) ?? []), text(issue.code, issue.message)]);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    return !unplaced;
  };
}
