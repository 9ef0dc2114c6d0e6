/**
 * Random documents for the engine's property tests (snapshots, search pruning): both languages,
 * every structured field, members-only listings and versions. Test support only.
 */
import type { MatchDoc } from './doc.js';

export const NOW = Date.UTC(2026, 0, 1);

/** A deterministic pseudo-random pick in [0, k) from a seed (a linear congruential generator). */
export const seededPick = (seed: number): ((k: number) => number) => {
  let s = seed;
  return (k) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % k;
  };
};

export const ZH = ['锂电池', '回收', '正极材料', '石墨烯', '传感器', '机器人', '视觉检测', '催化剂', '氢能', '燃料电池', '膜', '焊接', '芯片', '封装'];
export const EN = ['lithium', 'battery', 'recycling', 'cathode', 'graphene', 'sensor', 'robot', 'vision', 'inspection', 'catalyst', 'hydrogen', 'membrane', 'welding', 'chip'];
export const KINDS = ['technology_offer', 'technology_request', 'funding_request', 'investment_offer', 'rd_partnership'] as const;

export const makeDoc = (i: number, pick: (n: number) => number): MatchDoc => {
  const zh = pick(2) === 0;
  const words = (k: number) => Array.from({ length: k }, () => (zh ? ZH : EN)[pick(ZH.length)]).join(zh ? '' : ' ');
  return {
    id: `doc-${i}`,
    kind: KINDS[pick(KINDS.length)],
    language: zh ? 'zh' : 'en',
    title: words(3),
    summary: words(8),
    description: pick(3) === 0 ? null : words(15),
    keywords: [words(1), words(1)],
    translations: pick(4) === 0 ? { [zh ? 'en' : 'zh']: { title: words(3) } } : null,
    sectors: [`wipo-0${1 + pick(5)}`],
    ipcCodes: pick(2) === 0 ? [`H01M ${1 + pick(9)}/0${pick(9)}`] : [],
    trl: pick(3) === 0 ? null : 1 + pick(9),
    iprStatus: pick(2) === 0 ? 'granted' : null,
    cooperationTypes: pick(2) === 0 ? ['license'] : ['joint_development', 'technical_service'],
    priceCny: pick(2) === 0 ? null : { min: 1000 * pick(100), max: pick(3) === 0 ? null : 200_000 },
    country: ['CN', 'DE', 'US'][pick(3)],
    targetCountries: pick(2) === 0 ? ['CN'] : [],
    ownerOrganizationId: `org-${pick(6)}`,
    publishedAt: NOW - pick(400) * 86_400_000,
    deadline: pick(4) === 0 ? NOW + 30 * 86_400_000 : null,
    membersOnly: pick(5) === 0,
    version: pick(1000) / 7,
  };
};

