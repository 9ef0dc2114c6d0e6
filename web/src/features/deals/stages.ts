import type { Deal, DealStage } from './api';

/** The board's columns, in pipeline order; the terminal stages come last. */
export const BOARD_STAGES: readonly DealStage[] = [
  'interest',
  'accepted',
  'nda',
  'negotiation',
  'agreement',
  'registered',
  'follow_up',
  'closed_won',
  'closed_lost',
  'declined',
];

export const TERMINAL_STAGES: readonly DealStage[] = ['declined', 'closed_won', 'closed_lost'];

/** Tag colours per stage: dark enough for white text at AA contrast (antd draws a custom colour solid). */
export const STAGE_COLORS: Record<DealStage, string> = {
  interest: '#0b57d0',
  accepted: '#0e7490',
  declined: '#4b5563',
  nda: '#6d28d9',
  negotiation: '#1e40af',
  agreement: '#b45309',
  registered: '#047857',
  follow_up: '#3f6212',
  closed_won: '#166534',
  closed_lost: '#b91c1c',
};

export const stageKey = (stage: string) => `deals.stage.${stage}`;
export const roleKey = (role: string) => `deals.role.${role}`;

/** The views a deal list offers; persisted in the URL as ?view=. */
export const VIEWS = ['board', 'list'] as const;
export type View = (typeof VIEWS)[number];
export const viewOf = (value: string | null): View => (value === 'list' ? 'list' : 'board');

export function countByStage(deals: readonly Pick<Deal, 'stage'>[]): Map<DealStage, number> {
  const counts = new Map<DealStage, number>();
  for (const d of deals) counts.set(d.stage, (counts.get(d.stage) ?? 0) + 1);
  return counts;
}

/** The organization on the other side of the deal from the viewer; null when the viewer is on neither (staff). */
export function counterpartyOf(deal: Deal) {
  if (deal.my_roles.includes('owner') && !deal.my_roles.includes('interested')) return deal.interested_organization;
  if (deal.my_roles.includes('interested') && !deal.my_roles.includes('owner')) return deal.owner_organization;
  return null;
}

/** Days since the deal last changed stage. */
export function daysInStage(deal: Pick<Deal, 'stage_changed_at'>, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(deal.stage_changed_at)) / 86_400_000));
}
