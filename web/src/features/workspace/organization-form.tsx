import { Button, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../api/types';
import { useLanguage } from '../../i18n';
import { ENUMS, pickLabel, useLabels, useTaxonomy } from '../../ui/labels';
import type { OrganizationInput } from './api';

export type OrganizationValues = {
  name?: string;
  name_zh?: string;
  type?: string;
  country?: string;
  region?: string;
  city?: string;
  website?: string;
  size_class?: string;
  ror_id?: string;
  description?: string;
};

/** Form fields, in the order the API's issue paths name them. */
export const ORGANIZATION_FIELDS = ['name', 'name_zh', 'type', 'country', 'region', 'city', 'website', 'size_class', 'ror_id', 'description'] as const;

const SIZE_CLASSES = ['1-10', '11-49', '50-249', '250+'] as const;

const blankToNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

export function toInput(values: OrganizationValues): OrganizationInput {
  return {
    name: blankToNull(values.name),
    name_zh: blankToNull(values.name_zh),
    type: values.type ?? '',
    country: values.country ?? '',
    region: blankToNull(values.region),
    city: blankToNull(values.city),
    website: blankToNull(values.website),
    size_class: values.size_class ?? null,
    ror_id: blankToNull(values.ror_id),
    description: blankToNull(values.description),
  };
}

export function toValues(org: Organization): OrganizationValues {
  const v = (s: string | null) => s ?? undefined;
  return {
    name: v(org.name),
    name_zh: v(org.name_zh),
    type: org.type,
    country: org.country,
    region: v(org.region),
    city: v(org.city),
    website: v(org.website),
    size_class: v(org.size_class),
    ror_id: v(org.ror_id),
    description: v(org.description),
  };
}

/** The organization profile fields, for creating and for editing. */
export function OrganizationForm({
  form,
  initialValues,
  isBusy,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: {
  form: ReturnType<typeof Form.useForm<OrganizationValues>>[0];
  initialValues?: OrganizationValues;
  isBusy: boolean;
  submitLabel: string;
  onSubmit: (values: OrganizationValues) => void;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const { content, locale } = useLanguage();
  const labels = useLabels();
  const countries = useTaxonomy('countries');
  const countryOptions = useMemo(
    () =>
      (countries ?? [])
        .map((c) => ({ value: c.code, label: pickLabel(c, content), search: `${c.en} ${c.zh} ${c.code}` }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [countries, content, locale],
  );
  const nameRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: () =>
      String(getFieldValue('name') ?? '').trim() || String(getFieldValue('name_zh') ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('workspace.org.nameRequired'))),
  });

  return (
    <Form<OrganizationValues>
      form={form}
      name={testId}
      layout="vertical"
      requiredMark={false}
      initialValues={initialValues}
      onFinish={onSubmit}
      data-testid={testId}
    >
      <div className="workspace-two-columns">
        <Form.Item name="name" label={t('workspace.org.nameEn')} dependencies={['name_zh']} rules={[nameRule]}>
          <Input lang="en" maxLength={300} />
        </Form.Item>
        <Form.Item name="name_zh" label={t('workspace.org.nameZh')} dependencies={['name']} rules={[nameRule]}>
          <Input lang="zh-CN" maxLength={300} />
        </Form.Item>
        <Form.Item name="type" label={t('org.type')} rules={[{ required: true, message: t('workspace.org.typeRequired') }]}>
          <Select options={ENUMS.org_type.map((code) => ({ value: code, label: labels.enumLabel('org_type', code) }))} />
        </Form.Item>
        <Form.Item name="country" label={t('org.country')} rules={[{ required: true, message: t('workspace.org.countryRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'search' }}
            options={countryOptions}
            loading={!countries}
          />
        </Form.Item>
        <Form.Item name="region" label={t('org.region')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="city" label={t('org.city')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="website" label={t('org.website')}>
          <Input type="url" inputMode="url" />
        </Form.Item>
        <Form.Item name="size_class" label={t('org.size')}>
          <Select allowClear options={SIZE_CLASSES.map((size) => ({ value: size, label: t('org.sizeValue', { size }) }))} />
        </Form.Item>
        <Form.Item name="ror_id" label={t('org.ror')} extra={t('workspace.org.rorHint')}>
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <Form.Item name="description" label={t('workspace.org.description')}>
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <div className="row-wrap">
        <Button type="primary" htmlType="submit" loading={isBusy}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </div>
    </Form>
  );
}
