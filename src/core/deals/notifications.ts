import type { NewMessage } from '../outbox/message.js';
import type { DealNotification, DealTx, Recipient } from './ports.js';

/**
 * E-mails of the deals context, in English and Chinese. They carry public facts only (listing
 * title, organization names, stages) and a link; what was said or disclosed stays on the platform.
 */

const STAGE_NAMES: Record<string, { en: string; zh: string }> = {
  interest: { en: 'expression of interest', zh: '合作意向' },
  accepted: { en: 'accepted', zh: '已接受' },
  declined: { en: 'declined', zh: '已谢绝' },
  nda: { en: 'NDA', zh: '保密协议' },
  negotiation: { en: 'negotiation', zh: '洽谈' },
  agreement: { en: 'agreement', zh: '签约' },
  registered: { en: 'contract registered', zh: '合同已登记' },
  follow_up: { en: 'follow-up', zh: '跟踪服务' },
  closed_won: { en: 'closed (won)', zh: '已成交' },
  closed_lost: { en: 'closed (lost)', zh: '未成交' },
};

const stage = (s: unknown) => STAGE_NAMES[String(s)] ?? { en: String(s), zh: String(s) };
const str = (v: unknown, fallback = '') => (typeof v === 'string' && v.length > 0 ? v : fallback);

type Rendered = { subject: string; en: string[]; zh: string[] };

function render(n: DealNotification): Rendered {
  const title = str(n.data.listing_title, n.listingId);
  const org = str(n.data.interested_organization_name, 'An organization');
  const orgZh = str(n.data.interested_organization_name, '一家机构');
  switch (n.kind) {
    case 'deal_interest_expressed':
      return {
        subject: `New expression of interest: ${title} / 新的合作意向`,
        en: [`${org} expressed interest in your listing "${title}". Read their message and accept or decline it:`],
        zh: [`${orgZh}对您发布的“${title}”表达了合作意向。请查看留言并接受或谢绝：`],
      };
    case 'deal_accepted':
      return {
        subject: `Your interest was accepted: ${title} / 合作意向已被接受`,
        en: [`The owner of "${title}" accepted your expression of interest. The next step is the NDA:`],
        zh: [`“${title}”的发布方接受了您的合作意向，下一步是签署保密协议：`],
      };
    case 'deal_declined':
      return {
        subject: `Your interest was declined: ${title} / 合作意向未被接受`,
        en: [`The owner of "${title}" declined your expression of interest. Their reason is on the deal page:`],
        zh: [`“${title}”的发布方谢绝了您的合作意向，原因见洽谈页面：`],
      };
    case 'deal_nda_accepted':
      return n.data.in_effect
        ? {
            subject: `NDA in effect: ${title} / 保密协议已生效`,
            en: [`Both sides accepted the NDA for "${title}". Confidential details are now disclosed to the parties:`],
            zh: [`双方均已接受“${title}”的保密协议，保密信息现已向双方披露：`],
          }
        : {
            subject: `NDA accepted by the other side: ${title} / 对方已接受保密协议`,
            en: [`The other side accepted the NDA for "${title}". Accept it too to continue:`],
            zh: [`对方已接受“${title}”的保密协议，请您也接受以继续：`],
          };
    case 'deal_stage_changed': {
      const s = stage(n.data.stage);
      return {
        subject: `Deal moved to ${s.en}: ${title} / 洽谈进入“${s.zh}”阶段`,
        en: [`The deal on "${title}" moved from ${stage(n.data.from_stage).en} to ${s.en}:`],
        zh: [`关于“${title}”的洽谈已从“${stage(n.data.from_stage).zh}”进入“${s.zh}”阶段：`],
      };
    }
    case 'listing_expiring': {
      const days = Number(n.data.days_left ?? 0);
      return {
        subject: `Your listing expires in ${days} days: ${title} / 您发布的信息将于 ${days} 天后到期`,
        en: [
          `Your listing "${title}" expires on ${str(n.data.expires_at).slice(0, 10)}.`,
          n.data.can_extend ? 'You can extend it once, by up to 365 days:' : 'It was extended once already; publish a new listing to keep it visible:',
        ],
        zh: [
          `您发布的“${title}”将于 ${str(n.data.expires_at).slice(0, 10)} 到期。`,
          n.data.can_extend ? '您可以延期一次，最长 365 天：' : '该信息已延期过一次；如需继续展示，请重新发布：',
        ],
      };
    }
    case 'listing_strong_matches': {
      const matches = (n.data.matches as { title: string }[] | undefined) ?? [];
      const list = matches.map((m) => `- ${m.title}`);
      return {
        subject: `New strong matches for ${title} / 新的高匹配度信息`,
        en: [`New listings match "${title}" closely:`, ...list, 'See all matches:'],
        zh: [`以下新发布的信息与“${title}”高度匹配：`, ...list, '查看全部匹配：'],
      };
    }
  }
}

/** The e-mail for one recipient of a notification. */
export function notificationMessage(n: DealNotification, to: Recipient, publicUrl: string, at: Date): NewMessage {
  const r = render(n);
  const link = n.dealId ? `${publicUrl}/deals/${n.dealId}` : `${publicUrl}/listings/${n.listingId}`;
  return {
    to: to.email,
    userId: to.userId,
    kind: n.kind,
    subject: r.subject,
    text: [`Hello ${to.name},`, '', ...r.en, link, '', `${to.name}，您好：`, ...r.zh, link].join('\n'),
    at,
  };
}

/**
 * Queues one message per recipient of `n` in the outbox of the current transaction: members of
 * the addressed organizations, and brokers when asked, each once, never the actor. Returns how many.
 */
export async function queueNotification(tx: Pick<DealTx, 'outbox' | 'recipients'>, n: DealNotification, publicUrl: string, at: Date): Promise<number> {
  const people = [...(await tx.recipients.membersOf(n.toOrganizationIds)), ...(n.toBrokers ? await tx.recipients.brokers() : [])];
  const seen = new Set<string>(n.actorUserId ? [n.actorUserId] : []);
  let queued = 0;
  for (const p of people) {
    if (seen.has(p.userId)) continue;
    seen.add(p.userId);
    await tx.outbox.enqueue(notificationMessage(n, p, publicUrl, at));
    queued++;
  }
  return queued;
}
