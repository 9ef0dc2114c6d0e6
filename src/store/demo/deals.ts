/**
 * Demo deals: a dozen and a half brokerage cases between demo organizations, at every stage of
 * the pipeline, including registered technology contracts with values, currencies and the
 * parties' countries and regions (for the insight dashboards). Written for ITTC, deterministic:
 * keys and day offsets only; the seeder turns them into ids and dates relative to its `now`.
 *
 * Each deal is replayed through the pipeline's own rules (pipeline.ts, stage-fields.ts), so the
 * seeded state is one the API could have produced: one timeline event per write, an audit entry
 * per write, NDA acceptances with who and when.
 */
import type { Transaction } from 'kysely';
import { summarizeChange } from '../../core/audit/summarize.js';
import type { Deal, DealEvent, DealRole, DealStage } from '../../core/deals/deal.js';
import { CURRENT_NDA_VERSION } from '../../core/deals/nda.js';
import { checkTransition } from '../../core/deals/pipeline.js';
import { applyMove, registrationDefaultsFor, summarizeChange as summarizeMove, validateStageFields, type StageFieldsInput } from '../../core/deals/stage-fields.js';
import { DEAL_AUDIT_OPTIONS } from '../../core/deals/deal-helpers.js';
import type { CooperationType } from '../../core/listings/listing.js';
import { DAY_MS } from '../../core/shared/validation.js';
import { createAuditStore } from '../audit-store.js';
import { createDealMessageStore, createDealStore } from '../deal-store.js';
import { createDealOrganizationReader } from '../deal-directory-store.js';
import { createListingStore } from '../listing-store.js';
import { createMembershipStore } from '../membership-store.js';
import { createUserStore } from '../user-store.js';
import type { DB } from '../schema.js';
import { demoListings } from './index.js';

type Step =
  /** A move made `day` days after the EOI, by a member of that side (or the broker). */
  | { day: number; to: DealStage; by: 'owner' | 'interested' | 'broker'; fields?: StageFieldsInput }
  /** NDA acceptances `day` days after the EOI, by the sides listed. */
  | { day: number; nda: ('owner' | 'interested')[] }
  /** Consent to publish the deal as a success story, by the sides listed. */
  | { day: number; consent: ('owner' | 'interested')[] }
  | { day: number; say: string; by: 'owner' | 'interested' | 'broker' };

export type DemoDeal = {
  key: string;
  listing: string;
  interested: string;
  cooperation_type: CooperationType;
  message: string;
  /** The EOI, in days before the seeding day (after the listing's publication). */
  days_ago: number;
  steps: Step[];
};

const accept = (day: number): Step => ({ day, to: 'accepted', by: 'owner' });
const toNda = (day: number): Step => ({ day, to: 'nda', by: 'broker' });
const both = (day: number): Step => ({ day, nda: ['owner', 'interested'] });
const negotiate = (day: number): Step => ({ day, to: 'negotiation', by: 'broker' });

export const DEMO_DEALS: DemoDeal[] = [
  {
    key: 'deal-puxin-xinjing-sic',
    listing: 'cn-off-puxin-sic-trench-process',
    interested: 'cn-sz-xinjing-power',
    cooperation_type: 'license',
    message: '我司计划2026年导入1200 V 沟槽栅 MOSFET，希望了解工艺包授权范围及流片支持方式。',
    days_ago: 12,
    steps: [
      accept(1),
      toNda(1),
      both(2),
      negotiate(2),
      { day: 3, say: '请提供工艺包的交付清单和双方联合流片的时间表草案。', by: 'interested' },
      { day: 6, to: 'agreement', by: 'owner', fields: { agreementType: 'license_non_exclusive', valueMinor: 680_000_000, currency: 'CNY' } },
      { day: 8, to: 'registered', by: 'broker', fields: { registrationNumber: '2026440305000871', registry: '深圳市技术合同登记处' } },
      { day: 10, to: 'follow_up', by: 'broker' },
      { day: 11, to: 'closed_won', by: 'broker' },
      { day: 11, consent: ['owner', 'interested'] },
    ],
  },
  {
    key: 'deal-elbtal-pengyuan-sulfide',
    listing: 'de-elbtal-sulfide-electrolyte-synthesis',
    interested: 'cn-sz-pengyuan-storage',
    cooperation_type: 'license',
    message: 'We are looking for a scalable argyrodite route for our 2027 solid-state pilot line in Bao’an and would like to discuss an exclusive licence for China.',
    days_ago: 58,
    steps: [
      accept(2),
      toNda(3),
      both(5),
      negotiate(6),
      { day: 9, say: 'Could we see the yield figures at 10 kg batch scale before the term sheet?', by: 'interested' },
      { day: 30, to: 'agreement', by: 'interested', fields: { agreementType: 'license_exclusive', valueMinor: 120_000_000, currency: 'EUR' } },
      { day: 41, to: 'registered', by: 'broker', fields: { registrationNumber: '2026440306001452', registry: '深圳市技术合同登记处' } },
    ],
  },
  {
    key: 'deal-thameside-kangheng-ct',
    listing: 'gb-thameside-lung-nodule-ct-ai',
    interested: 'cn-sz-kangheng-medical',
    cooperation_type: 'license',
    message: '希望将贵方肺结节 AI 软件集成到我司低剂量 CT 产品，用于国内注册与销售。',
    days_ago: 20,
    steps: [
      accept(1),
      toNda(1),
      both(2),
      negotiate(3),
      { day: 9, to: 'agreement', by: 'owner', fields: { agreementType: 'technology_transfer', valueMinor: 45_000_000, currency: 'GBP' } },
      { day: 13, to: 'registered', by: 'broker', fields: { registrationNumber: '2026440304002210', registry: '深圳市技术合同登记处' } },
      { day: 15, to: 'follow_up', by: 'broker' },
      { day: 16, say: '已安排 NMPA 注册检验的数据对接会议，请双方确认参会人员。', by: 'broker' },
    ],
  },
  {
    key: 'deal-jinghua-pengyuan-hardcarbon',
    listing: 'cn-off-jinghua-hard-carbon',
    interested: 'cn-sz-pengyuan-storage',
    cooperation_type: 'assignment',
    message: '我司钠离子电池产线需要高首效硬碳负极，拟受让竹基硬碳工艺并共建吨级产线。',
    days_ago: 80,
    steps: [
      accept(3),
      toNda(4),
      both(6),
      negotiate(7),
      { day: 40, to: 'agreement', by: 'owner', fields: { agreementType: 'technology_transfer', valueMinor: 1_200_000_000, currency: 'CNY' } },
      { day: 46, to: 'registered', by: 'owner', fields: { registrationNumber: '2026110108003390', registry: '北京技术市场管理办公室' } },
      { day: 50, to: 'follow_up', by: 'broker' },
      { day: 75, to: 'closed_won', by: 'broker' },
      { day: 76, consent: ['owner', 'interested'] },
    ],
  },
  {
    key: 'deal-qinchuan-zhixin-harmonic',
    listing: 'cn-off-qinchuan-harmonic-tooth',
    interested: 'cn-sz-zhixin-robotics',
    cooperation_type: 'joint_development',
    message: '协作机器人关节需要长寿命谐波减速器，希望以委托开发方式完成样机与寿命验证。',
    days_ago: 30,
    steps: [
      accept(2),
      toNda(2),
      both(3),
      negotiate(4),
      { day: 16, to: 'agreement', by: 'interested', fields: { agreementType: 'technology_development', valueMinor: 350_000_000, currency: 'CNY' } },
      { day: 22, to: 'registered', by: 'owner', fields: { registrationNumber: '2026610103000588', registry: '陕西省技术市场管理办公室' } },
    ],
  },
  {
    key: 'deal-binhai-straits-thyroid',
    listing: 'cn-off-binhai-thyroid-ultrasound-ai',
    interested: 'sg-straits-medtech',
    cooperation_type: 'license',
    message: 'We would like a non-exclusive licence of the thyroid nodule AI for Singapore and Malaysia, bundled with our handheld probes.',
    days_ago: 45,
    steps: [
      accept(2),
      toNda(3),
      both(4),
      negotiate(5),
      { day: 25, to: 'agreement', by: 'owner', fields: { agreementType: 'license_non_exclusive', valueMinor: 30_000_000, currency: 'USD' } },
      {
        day: 33,
        to: 'registered',
        by: 'broker',
        fields: { registrationNumber: '2026440303001776', registry: '深圳市技术合同登记处', buyerRegion: 'Singapore' },
      },
      { day: 36, to: 'follow_up', by: 'broker' },
    ],
  },
  {
    key: 'deal-yangcheng-chiyuan-wireless',
    listing: 'cn-off-yangcheng-wireless-charging-portfolio',
    interested: 'cn-sz-chiyuan-nev',
    cooperation_type: 'assignment',
    message: '拟受让其中电动汽车无线充电相关专利，请提供专利清单、法律状态及估值依据。',
    days_ago: 100,
    steps: [
      accept(2),
      toNda(2),
      both(4),
      negotiate(5),
      { day: 50, to: 'agreement', by: 'owner', fields: { agreementType: 'technology_transfer', valueMinor: 900_000_000, currency: 'CNY' } },
      { day: 57, to: 'registered', by: 'owner', fields: { registrationNumber: '2026440106000412', registry: '广州市技术合同登记处' } },
      { day: 60, to: 'follow_up', by: 'broker' },
      { day: 90, to: 'closed_won', by: 'broker' },
      { day: 91, consent: ['interested'] },
    ],
  },
  {
    key: 'deal-shenjiang-chiyuan-hairpin',
    listing: 'cn-req-chiyuan-hairpin-insulation',
    interested: 'cn-sh-shenjiang-univ',
    cooperation_type: 'joint_development',
    message: '我校纳米杂化耐电晕漆包扁线已完成中试，可按贵司 800 V 平台要求联合开发并提供样线。',
    days_ago: 40,
    steps: [
      accept(1),
      toNda(2),
      both(3),
      negotiate(4),
      { day: 20, to: 'agreement', by: 'owner', fields: { agreementType: 'technology_development', valueMinor: 240_000_000, currency: 'CNY' } },
    ],
  },
  {
    key: 'deal-chaohu-pengyuan-warning',
    listing: 'cn-req-pengyuan-thermal-runaway-warning',
    interested: 'cn-hf-chaohu-energy',
    cooperation_type: 'technical_service',
    message: '我方多参量融合预警系统已在两座储能电站试运行，可提供现场测试与技术服务。',
    days_ago: 25,
    steps: [accept(2), toNda(3), both(4), negotiate(6), { day: 10, say: '建议先在宝安电站一个电池簇上做 30 天对比测试。', by: 'owner' }],
  },
  {
    key: 'deal-hongtu-ruishi-seriesc',
    listing: 'cn-fund-ruishi-series-c',
    interested: 'cn-sz-hongtu-vc',
    cooperation_type: 'investment',
    message: '鸿途硬科技基金关注车规激光雷达赛道，拟参与本轮并愿意领投部分份额。',
    days_ago: 8,
    steps: [accept(1), toNda(1), both(2), negotiate(3)],
  },
  {
    key: 'deal-xinjing-kessler-sic-module',
    listing: 'de-kessler-req-sic-inverter-module',
    interested: 'cn-sz-xinjing-power',
    cooperation_type: 'commercial_agreement',
    message: 'Our automotive-grade 1200 V SiC half-bridge modules fit your 800 V axial-flux drive; we propose a joint design-in.',
    days_ago: 18,
    steps: [accept(3), toNda(4), { day: 6, nda: ['interested'] }],
  },
  {
    key: 'deal-binhai-lantu-fewshot',
    listing: 'cn-req-lantu-fewshot-inspection',
    interested: 'cn-sz-binhai-univ',
    cooperation_type: 'license',
    message: '我校少样本缺陷检测算法已在3C产线验证，换线时间小于2小时，可许可并提供技术服务。',
    days_ago: 10,
    steps: [accept(2)],
  },
  {
    key: 'deal-ruishi-rvi-fmcw',
    listing: 'de-rvi-fmcw-lidar-chip',
    interested: 'cn-sz-ruishi-lidar',
    cooperation_type: 'joint_development',
    message: '我司正在开发 1550 nm FMCW 激光雷达，希望就硅光芯片的联合开发与国内量产合作进行交流。',
    days_ago: 4,
    steps: [],
  },
  {
    key: 'deal-nongzhi-fenland-weeding',
    listing: 'gb-fenland-laser-weeding-robot',
    interested: 'cn-sz-nongzhi-iot',
    cooperation_type: 'commercial_agreement',
    message: 'We run vegetable farms services in Guangdong and would like to pilot the laser weeding robot in the 2027 season.',
    days_ago: 2,
    steps: [],
  },
  {
    key: 'deal-zhuyun-jiangcheng-das',
    listing: 'cn-off-jiangcheng-das-pipeline',
    interested: 'cn-sz-zhuyun-building',
    cooperation_type: 'commercial_agreement',
    message: '城市燃气管网项目需要分布式光纤监测，希望采购设备并获得二次开发接口。',
    days_ago: 60,
    steps: [{ day: 5, to: 'declined', by: 'owner', fields: { reason: '本年度产能已排满，暂不承接新的城市燃气项目；明年可再联系。' } }],
  },
  {
    key: 'deal-kangheng-shenjiang-tpu',
    listing: 'cn-off-shenjiang-medical-tpu',
    interested: 'cn-sz-kangheng-medical',
    cooperation_type: 'assignment',
    message: '拟受让介入导管级 TPU 合成与挤出工艺，用于国产化替代。',
    days_ago: 120,
    steps: [
      accept(3),
      toNda(4),
      both(6),
      negotiate(8),
      { day: 70, to: 'closed_lost', by: 'interested', fields: { lostReason: 'price', reason: '转让价格超出预算，双方未能就分期付款达成一致。' } },
    ],
  },
];

/** The ids the seeder uses (stable, from keys). */
export type DemoIdOf = (key: string) => string;

type Side = 'owner' | 'interested';

/**
 * Seeds the demo deals in the seeder's transaction: replays each through the pipeline rules,
 * writing deals, timeline events, thread messages and audit entries. Organizations without a
 * demo user get a contact member (no password: they cannot sign in) who acts for them.
 * Returns how many deals were written.
 */
export async function seedDemoDeals(tx: Transaction<DB>, now: Date, idOf: DemoIdOf, options: { brokerUserId: string; passwordlessHash: string }): Promise<number> {
  const deals = createDealStore(tx);
  const messages = createDealMessageStore(tx);
  const listings = createListingStore(tx);
  const orgs = createDealOrganizationReader(tx);
  const users = createUserStore(tx);
  const memberships = createMembershipStore(tx);
  const audit = createAuditStore(tx);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (daysAgo: number, hour = 10) => new Date(today - daysAgo * DAY_MS + hour * 3_600_000);

  /** The member who acts for an organization: its first member, else a new contact. */
  const contactOf = new Map<string, string>();
  const actFor = async (orgId: string, orgKey: string): Promise<string> => {
    const known = contactOf.get(orgId);
    if (known) return known;
    const members = await memberships.listForOrganization(orgId);
    let userId = members[0]?.userId;
    if (!userId) {
      const org = await orgs.findById(orgId);
      userId = idOf(`contact-${orgKey}`);
      await users.insert({
        id: userId,
        email: `contact.${orgKey}@demo.ittc`,
        name: `${org?.name ?? org?.nameZh ?? orgKey} (demo contact)`,
        passwordHash: options.passwordlessHash,
        emailVerifiedAt: now,
        roles: [],
        createdAt: now,
        updatedAt: now,
      });
      await memberships.insert({ organizationId: orgId, userId, role: 'member', createdAt: now });
    }
    contactOf.set(orgId, userId);
    return userId;
  };

  let n = 0;
  for (const spec of DEMO_DEALS) {
    const listing = await listings.findById(idOf(spec.listing));
    if (!listing || listing.status !== 'published') throw new Error(`demo deal ${spec.key}: listing ${spec.listing} is not a published demo listing`);
    const ownerKey = demoListings.find((l) => l.key === spec.listing)!.owner;
    const interestedId = idOf(spec.interested);
    const created = at(spec.days_ago, 9);
    if (listing.publishedAt && created < listing.publishedAt) throw new Error(`demo deal ${spec.key} starts before its listing was published`);
    const userOf = async (side: Side | 'broker') =>
      side === 'broker' ? options.brokerUserId : side === 'owner' ? actFor(listing.ownerOrganizationId, ownerKey) : actFor(interestedId, spec.interested);
    const roleOf = (side: Side | 'broker'): DealRole => side;

    let deal: Deal = {
      id: idOf(spec.key),
      listingId: listing.id,
      ownerOrganizationId: listing.ownerOrganizationId,
      interestedOrganizationId: interestedId,
      createdByUserId: await userOf('interested'),
      stage: 'interest',
      message: spec.message,
      cooperationType: spec.cooperation_type,
      declineReason: null,
      ndaVersion: null,
      ndaOwnerAcceptance: null,
      ndaInterestedAcceptance: null,
      ndaUnlockedAt: null,
      agreement: null,
      registration: null,
      lostReason: null,
      lostReasonText: null,
      createdAt: created,
      updatedAt: created,
      stageChangedAt: created,
      closedAt: null,
      publishConsentOwnerAt: null,
      publishConsentInterestedAt: null,
      version: 1,
    };
    const events: DealEvent[] = [];
    const event = (kind: DealEvent['kind'], when: Date, by: Side | 'broker', userId: string, data: Record<string, unknown>, from: DealStage | null, to: DealStage | null) =>
      events.push({ id: idOf(`${spec.key}-e${events.length + 1}`), dealId: deal.id, kind, actorUserId: userId, actorRole: roleOf(by), fromStage: from, toStage: to, dealVersion: deal.version, data, at: when });
    const audits: { action: string; at: Date; before: Deal | null; after: Deal; userId: string }[] = [];
    event('interest_expressed', created, 'interested', deal.createdByUserId!, { cooperation_type: deal.cooperationType }, null, 'interest');
    audits.push({ action: 'deal.create', at: created, before: null, after: deal, userId: deal.createdByUserId! });

    const thread: { id: string; by: Side | 'broker'; userId: string; body: string; at: Date }[] = [];
    for (const step of spec.steps) {
      const when = at(spec.days_ago - step.day, 11 + (thread.length % 5));
      if ('say' in step) {
        const userId = await userOf(step.by);
        const id = idOf(`${spec.key}-m${thread.length + 1}`);
        thread.push({ id, by: step.by, userId, body: step.say, at: when });
        event('message_posted', when, step.by, userId, { message_id: id }, null, null);
        continue;
      }
      const before = deal;
      if ('consent' in step) {
        for (const side of step.consent) {
          const userId = await userOf(side);
          deal = { ...deal, ...(side === 'owner' ? { publishConsentOwnerAt: when } : { publishConsentInterestedAt: when }), updatedAt: when, version: deal.version + 1 };
          event('publish_consent_changed', when, side, userId, { sides: [side], consent: true }, null, null);
          audits.push({ action: 'deal.publish_consent', at: when, before, after: deal, userId });
        }
        continue;
      }
      if ('nda' in step) {
        for (const side of step.nda) {
          const userId = await userOf(side);
          const acceptance = { userId, acceptedAt: when, version: deal.ndaVersion! };
          deal = { ...deal, ...(side === 'owner' ? { ndaOwnerAcceptance: acceptance } : { ndaInterestedAcceptance: acceptance }), updatedAt: when, version: deal.version + 1 };
          const inEffect = deal.ndaOwnerAcceptance !== null && deal.ndaInterestedAcceptance !== null;
          if (inEffect) deal = { ...deal, ndaUnlockedAt: when };
          event('nda_accepted', when, side, userId, { sides: [side], nda_version: deal.ndaVersion, in_effect: inEffect }, null, null);
          audits.push({ action: 'deal.nda_accept', at: when, before, after: deal, userId });
        }
        continue;
      }
      const userId = await userOf(step.by);
      const rule = checkTransition(deal, step.to, [roleOf(step.by)]);
      const day = when.toISOString().slice(0, 10);
      const fields: StageFieldsInput = { ...step.fields, ...(rule.needs === 'agreement' ? { signedOn: day } : {}), ...(rule.needs === 'registration' ? { registeredOn: day } : {}) };
      const [owner, interested] = await Promise.all([orgs.findById(deal.ownerOrganizationId), orgs.findById(deal.interestedOrganizationId)]);
      const defaults = rule.needs === 'registration' && owner && interested ? registrationDefaultsFor(listing.kind, owner, interested) : null;
      const change = validateStageFields(rule.needs, fields, { today: day, agreement: deal.agreement, registrationDefaults: defaults });
      const from = deal.stage;
      deal = { ...applyMove(deal, step.to, change, when), version: deal.version + 1 };
      if (step.to === 'nda') deal = { ...deal, ndaVersion: CURRENT_NDA_VERSION };
      event('stage_changed', when, step.by, userId, { ...summarizeMove(change), ...(step.to === 'nda' ? { nda_version: CURRENT_NDA_VERSION } : {}) }, from, step.to);
      audits.push({ action: 'deal.transition', at: when, before, after: deal, userId });
    }

    if ((await deals.insert(deal)) !== 'inserted') throw new Error(`demo deal ${spec.key} duplicates an open deal`);
    for (const e of events) await deals.appendEvent(e);
    for (const m of thread) {
      await messages.insert({ id: m.id, dealId: deal.id, authorUserId: m.userId, authorRole: roleOf(m.by), body: m.body, createdAt: m.at });
      await audit.record({
        actor: { kind: 'user', userId: m.userId, organizationIds: [], roles: [] },
        action: 'deal.message',
        entityType: 'deal_message',
        entityId: m.id,
        summary: { changed: ['body'], note: { deal_id: deal.id, author_role: m.by, length: [...m.body].length, demo: true } },
        at: m.at,
      });
    }
    for (const a of audits) {
      await audit.record({
        actor: { kind: 'user', userId: a.userId, organizationIds: [], roles: [] },
        action: a.action,
        entityType: 'deal',
        entityId: deal.id,
        summary: { ...summarizeChange(a.before, a.after, DEAL_AUDIT_OPTIONS), note: { demo: true } },
        at: a.at,
      });
    }
    n++;
  }
  return n;
}

