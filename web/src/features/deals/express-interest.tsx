import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { COOPERATION_TYPES, type Listing } from '../../api/types';
import { useLanguage } from '../../i18n';
import { useErrorMessage } from '../../ui/async-state';
import { organizationName, useLabels } from '../../ui/labels';
import { useSession } from '../../ui/session';
import { useApi } from '../../ui/use-api';
import { DEAL_LIMITS, dealsApi, type Deal } from './api';
import { stageKey, TERMINAL_STAGES } from './stages';

type EoiValues = { message: string; cooperation_type: string; interested_organization_id?: string };

/**
 * "Express interest" on a published listing, for signed-in members of an organization other than
 * the owner: a form with the message and the intended cooperation, then a link to the new deal.
 * When the caller's organization already has an open deal on the listing, a link to it instead.
 */
export function ExpressInterest({ listing }: { listing: Pick<Listing, 'id' | 'status' | 'owner_organization_id' | 'cooperation_types'> }) {
  const { me } = useSession();
  if (!me || listing.status !== 'published') return null;
  const candidates = me.memberships.filter((m) => m.organization_id !== listing.owner_organization_id);
  if (candidates.length === 0 || me.memberships.some((m) => m.organization_id === listing.owner_organization_id)) return null;
  return <ExpressInterestBox listing={listing} candidates={candidates} />;
}

function ExpressInterestBox({
  listing,
  candidates,
}: {
  listing: Pick<Listing, 'id' | 'cooperation_types'>;
  candidates: { organization_id: string; organization_name: string | null; organization_name_zh: string | null }[];
}) {
  const { t } = useTranslation();
  const { content } = useLanguage();
  const labels = useLabels();
  const messageOf = useErrorMessage();
  const [form] = Form.useForm<EoiValues>();
  const [isOpen, setIsOpen] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<Deal | null>(null);
  const existing = useApi((signal) => dealsApi.dealsOnListing(listing.id, { signal }), [listing.id]);
  const open = existing.data?.items.find((d) => d.my_roles.includes('interested') && !TERMINAL_STAGES.includes(d.stage));
  const shown = created ?? open;

  const submit = async (values: EoiValues) => {
    setIsBusy(true);
    setFailure(null);
    try {
      const r = await dealsApi.expressInterest(listing.id, {
        message: values.message,
        cooperation_type: values.cooperation_type,
        ...(candidates.length > 1 ? { interested_organization_id: values.interested_organization_id } : {}),
      });
      setCreated(r.deal);
      setIsOpen(false);
      form.resetFields();
    } catch (error) {
      setFailure(error);
      if (error instanceof ApiError) {
        form.setFields(error.issues.filter((i) => ['message', 'cooperation_type', 'interested_organization_id'].includes(i.path)).map((i) => ({ name: i.path as keyof EoiValues, errors: [i.message] })));
      }
    } finally {
      setIsBusy(false);
    }
  };

  if (shown) {
    return (
      <Alert
        type={created ? 'success' : 'info'}
        showIcon
        data-testid="eoi-deal"
        style={{ marginBottom: 12 }}
        title={created ? t('deals.eoi.sent') : t('deals.eoi.existing', { stage: t(stageKey(shown.stage)) })}
        description={<Link to={`/deals/${shown.id}`}>{t('deals.eoi.openDeal')}</Link>}
      />
    );
  }
  const alreadyOpenId = failure instanceof ApiError && failure.code === 'DEAL_ALREADY_OPEN' ? (failure.details?.deal_id as string | undefined) : undefined;
  const preferred = [...listing.cooperation_types, ...COOPERATION_TYPES.filter((c) => !listing.cooperation_types.includes(c))];
  return (
    <div className="row-wrap" style={{ marginBottom: 12 }}>
      <Button type="primary" onClick={() => setIsOpen(true)} data-testid="express-interest">
        {t('deals.eoi.button')}
      </Button>
      <Modal
        open={isOpen}
        title={t('deals.eoi.title')}
        onCancel={() => setIsOpen(false)}
        okText={t('deals.eoi.submit')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: isBusy, htmlType: 'submit', form: 'eoi-form' }}
        destroyOnHidden
      >
        <p className="muted">{t('deals.eoi.intro')}</p>
        <Form
          form={form}
          id="eoi-form"
          name="eoi"
          layout="vertical"
          initialValues={{ cooperation_type: preferred[0], interested_organization_id: candidates[0]?.organization_id }}
          onFinish={(v) => void submit(v)}
        >
          {candidates.length > 1 ? (
            <Form.Item name="interested_organization_id" label={t('deals.eoi.organization')} rules={[{ required: true, message: t('deals.form.required') }]}>
              <Select
                options={candidates.map((m) => ({
                  value: m.organization_id,
                  label: organizationName({ name: m.organization_name, name_zh: m.organization_name_zh }, content),
                }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="cooperation_type" label={t('deals.eoi.cooperation')} rules={[{ required: true, message: t('deals.form.required') }]}>
            <Select options={preferred.map((c) => ({ value: c, label: labels.enumLabel('cooperation', c) }))} />
          </Form.Item>
          <Form.Item
            name="message"
            label={t('deals.eoi.message')}
            extra={t('deals.eoi.messageHint')}
            rules={[{ required: true, whitespace: true, message: t('deals.form.required') }]}
          >
            <Input.TextArea rows={5} maxLength={DEAL_LIMITS.message} showCount />
          </Form.Item>
        </Form>
        {failure ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="eoi-error"
            title={messageOf(failure)}
            description={alreadyOpenId ? <Link to={`/deals/${alreadyOpenId}`}>{t('deals.eoi.openDeal')}</Link> : undefined}
          />
        ) : null}
      </Modal>
    </div>
  );
}
