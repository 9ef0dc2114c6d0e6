/**
 * Bilingual labels for the closed sets of listings and organizations. Keyed by the values
 * in listing.ts and organization.ts, so a new value there fails typecheck here.
 */
import type { CooperationType, IprStatus, ListingKind, ListingStatus, Visibility } from '../listings/listing.js';
import type { OrganizationType, SizeClass } from '../organizations/organization.js';

export type Label = { readonly en: string; readonly zh: string };

export const LISTING_KIND_LABELS: Readonly<Record<ListingKind, Label>> = {
  technology_offer: { en: 'Technology offer', zh: '技术供给' },
  technology_request: { en: 'Technology request', zh: '技术需求' },
  funding_request: { en: 'Funding request', zh: '项目融资需求' },
  investment_offer: { en: 'Investment offer', zh: '投资意向' },
  rd_partnership: { en: 'R&D partnership', zh: '研发合作' },
};

export const IPR_STATUS_LABELS: Readonly<Record<IprStatus, Label>> = {
  none: { en: 'No IPR', zh: '无知识产权' },
  secret_know_how: { en: 'Secret know-how', zh: '技术秘密' },
  applied: { en: 'Patent applied for', zh: '专利申请中' },
  granted: { en: 'Patent granted', zh: '已授权专利' },
};

export const COOPERATION_TYPE_LABELS: Readonly<Record<CooperationType, Label>> = {
  license: { en: 'License agreement', zh: '许可' },
  assignment: { en: 'Assignment (sale of rights)', zh: '转让' },
  joint_development: { en: 'Joint development', zh: '合作开发' },
  technical_service: { en: 'Technical service or consulting', zh: '技术服务与咨询' },
  investment: { en: 'Investment', zh: '投资入股' },
  commercial_agreement: { en: 'Commercial agreement with technical assistance', zh: '附带技术支持的商业合作' },
};

export const LISTING_STATUS_LABELS: Readonly<Record<ListingStatus, Label>> = {
  draft: { en: 'Draft', zh: '草稿' },
  published: { en: 'Published', zh: '已发布' },
  expired: { en: 'Expired', zh: '已过期' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
  archived: { en: 'Archived', zh: '已归档' },
};

export const VISIBILITY_LABELS: Readonly<Record<Visibility, Label>> = {
  public: { en: 'Public', zh: '公开' },
  members: { en: 'Members only', zh: '仅会员可见' },
};

export const ORGANIZATION_TYPE_LABELS: Readonly<Record<OrganizationType, Label>> = {
  university: { en: 'University', zh: '高校' },
  research_institute: { en: 'Research institute', zh: '科研院所' },
  enterprise: { en: 'Enterprise', zh: '企业' },
  investor: { en: 'Investor', zh: '投资机构' },
  government: { en: 'Government body', zh: '政府机构' },
  intermediary: { en: 'Intermediary', zh: '中介服务机构' },
  other: { en: 'Other', zh: '其他' },
};

export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, Label>> = {
  '1-10': { en: '1-10 employees', zh: '1-10人' },
  '11-49': { en: '11-49 employees', zh: '11-49人' },
  '50-249': { en: '50-249 employees', zh: '50-249人' },
  '250+': { en: '250 or more employees', zh: '250人及以上' },
};
