import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/client';
import { api } from '../../api/endpoints';
import type { ListingOwner, MembershipOfMe, Organization } from '../../api/types';
import { useLanguage } from '../../i18n';
import { cached } from '../../ui/cache';
import { organizationName, pickLabel, useLabels } from '../../ui/labels';
import { useDebounced } from '../../ui/use-api';

type OrgOption = { value: string; label: string };

/**
 * The owner organization. Members choose among their own organizations (`memberships`); staff
 * (memberships null) search all of /api/organizations. The current owner stays selectable.
 */
export function OrganizationSelect({
  id,
  value,
  onChange,
  initialOwner,
  memberships,
  status,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  initialOwner?: ListingOwner | null;
  memberships: MembershipOfMe[] | null;
  status?: 'error';
}) {
  if (memberships) {
    return (
      <MemberOrganizationSelect id={id} value={value} onChange={onChange} memberships={memberships} status={status} />
    );
  }
  return <AnyOrganizationSelect id={id} value={value} onChange={onChange} initialOwner={initialOwner} status={status} />;
}

function MemberOrganizationSelect({
  id,
  value,
  onChange,
  memberships,
  status,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  memberships: MembershipOfMe[];
  status?: 'error';
}) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const options = memberships.map((m) => ({
    value: m.organization_id,
    label: organizationName({ name: m.organization_name, name_zh: m.organization_name_zh }, content),
  }));
  return (
    <Select<string>
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={options}
      status={status}
      placeholder={t('form.ownerPlaceholder')}
      notFoundContent={t('form.noOrganizations')}
      style={{ width: '100%' }}
    />
  );
}

function AnyOrganizationSelect({
  id,
  value,
  onChange,
  initialOwner,
  status,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  initialOwner?: ListingOwner | null;
  status?: 'error';
}) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const labels = useLabels();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 250);
  const [orgs, setOrgs] = useState<Organization[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    api
      .listOrganizations({ q: settled || undefined, page_size: 30 }, { signal: controller.signal })
      .then((page) => {
        setOrgs(page.items);
        setHasFailed(false);
      })
      .catch(() => !controller.signal.aborted && setHasFailed(true))
      .finally(() => !controller.signal.aborted && setIsLoading(false));
    return () => controller.abort();
  }, [settled]);

  const options = useMemo(() => {
    const list: OrgOption[] = orgs.map((org) => ({
      value: org.id,
      label: `${organizationName(org, content)} · ${labels.country(org.country)}`,
    }));
    if (initialOwner && !list.some((o) => o.value === initialOwner.id)) {
      list.unshift({
        value: initialOwner.id,
        label: `${organizationName(initialOwner, content)} · ${labels.country(initialOwner.country)}`,
      });
    }
    return list;
  }, [orgs, initialOwner, content, labels]);

  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={onChange}
      options={options}
      loading={isLoading}
      status={status}
      placeholder={t('form.ownerPlaceholder')}
      notFoundContent={hasFailed ? t('error.network') : t('form.noOrganizations')}
      style={{ width: '100%' }}
    />
  );
}

/** The eight IPC sections, the top of the hierarchy; deeper codes are typed or suggested by the server. */
const IPC_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

type IpcSuggestion = { code: string; en: string; zh: string };

/** Optional server suggestions (GET /api/taxonomies/ipc?q=); absent when the endpoint does not exist. */
function fetchIpcSuggestions(q: string, signal: AbortSignal): Promise<IpcSuggestion[]> {
  return cached('ipc-available', () =>
    apiRequest<{ items: IpcSuggestion[] }>('/api/taxonomies/ipc', { query: { q: 'A', limit: 1 } }).then(
      () => true,
      () => false,
    ),
  ).then((isAvailable) =>
    isAvailable
      ? apiRequest<{ items: IpcSuggestion[] }>('/api/taxonomies/ipc', { query: { q, limit: 20 }, signal }).then(
          (r) => r.items,
        )
      : [],
  );
}

/** IPC codes as tags, e.g. "H01M 10/052"; suggests the sections and, when the server offers it, matching codes. */
export function IpcPicker({
  id,
  value,
  onChange,
  status,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  status?: 'error';
}) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 250);
  const [suggestions, setSuggestions] = useState<IpcSuggestion[]>([]);
  useEffect(() => {
    if (settled.trim().length < 1) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    fetchIpcSuggestions(settled.trim(), controller.signal).then(setSuggestions, () => setSuggestions([]));
    return () => controller.abort();
  }, [settled]);

  const options = [
    ...suggestions.map((s) => ({ value: s.code, label: `${s.code} · ${pickLabel(s, content)}` })),
    ...IPC_SECTIONS.filter((code) => !suggestions.some((s) => s.code === code)).map((code) => ({
      value: code,
      label: `${code} · ${t(`ipc.section.${code}`)}`,
    })),
  ];
  return (
    <Select<string[]>
      id={id}
      mode="tags"
      value={value}
      status={status}
      onChange={(codes) => onChange?.(codes.map((c) => c.trim().toUpperCase()).filter(Boolean))}
      showSearch={{ onSearch: setQuery, optionFilterProp: 'label' }}
      tokenSeparators={[',', ';']}
      options={options}
      placeholder={t('form.ipcPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}

/** Sector codes from /api/taxonomies/sectors, searchable in both languages. */
export function SectorPicker({
  id,
  value,
  onChange,
  status,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  status?: 'error';
}) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const labels = useLabels();
  const options = useMemo(
    () =>
      labels.sectors
        .map((s) => ({ value: s.code, label: pickLabel(s, content), search: `${s.en} ${s.zh} ${s.code}` }))
        .sort((a, b) => a.label.localeCompare(b.label, content === 'zh' ? 'zh-CN' : 'en')),
    [labels.sectors, content],
  );
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      status={status}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'search' }}
      options={options}
      placeholder={t('form.sectorsPlaceholder')}
      loading={labels.sectors.length === 0}
      style={{ width: '100%' }}
    />
  );
}
