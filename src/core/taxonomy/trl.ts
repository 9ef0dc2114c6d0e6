/**
 * Technology readiness levels (TRL 1-9) after the EU Horizon 2020 scale (General Annex G),
 * written in our own words in English and Chinese, with a plain-language meaning for each,
 * the crosswalk to the Enterprise Europe Network's stage of development and to the nine
 * levels of China's GB/T 22900-2022 (技术就绪水平), and a small yes/no questionnaire that
 * helps an owner find the level of a technology.
 */
import { DomainError } from '../shared/domain-error.js';
import type { TaxonomyErrorCode } from './errors.js';

export const TRL_MIN = 1;
export const TRL_MAX = 9;
export type TrlLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** True when `n` is an integer TRL 1..9. */
export const isTrl = (n: unknown): n is TrlLevel => Number.isInteger(n) && (n as number) >= TRL_MIN && (n as number) <= TRL_MAX;

/** `n` as a TRL; throws DomainError TRL_OUT_OF_RANGE (details.value, min, max) otherwise. */
export function toTrl(n: number): TrlLevel {
  if (!isTrl(n)) {
    throw new DomainError<TaxonomyErrorCode>('TRL_OUT_OF_RANGE', `TRL must be an integer from ${TRL_MIN} to ${TRL_MAX}.`, {
      value: n,
      min: TRL_MIN,
      max: TRL_MAX,
    });
  }
  return n;
}

/** The Enterprise Europe Network's "stage of development" of a technology profile. */
export const EEN_STAGES = ['concept', 'under_development', 'lab_tested', 'available_for_demonstration', 'already_on_market'] as const;
export type EenStage = (typeof EEN_STAGES)[number];

export const EEN_STAGE_LABELS: Record<EenStage, { en: string; zh: string }> = {
  concept: { en: 'Concept stage', zh: '概念阶段' },
  under_development: { en: 'Under development', zh: '开发中' },
  lab_tested: { en: 'Lab tested', zh: '已通过实验室测试' },
  available_for_demonstration: { en: 'Available for demonstration', zh: '可供演示' },
  already_on_market: { en: 'Already on the market', zh: '已上市' },
};

export type Bilingual = { en: string; zh: string };

export type TrlDefinition = {
  level: TrlLevel;
  /** Short name after the EU scale. */
  name: Bilingual;
  /** What it means in plain words for a non-specialist. */
  meaning: Bilingual;
  eenStage: EenStage;
  /** The level of GB/T 22900-2022 (same number) and its name. */
  gbt22900: { level: TrlLevel; name: Bilingual };
};

export const TRL_DEFINITIONS: readonly TrlDefinition[] = [
  {
    level: 1,
    name: { en: 'Basic principles observed', zh: '观察到基本原理' },
    meaning: {
      en: 'A scientific effect has been seen and reported; there is no application yet.',
      zh: '已观察并报道了某种科学现象或原理，尚无具体应用。',
    },
    eenStage: 'concept',
    gbt22900: { level: 1, name: { en: 'Basic principles discovered or reported', zh: '发现基本原理或看到基本原理的报道' } },
  },
  {
    level: 2,
    name: { en: 'Technology concept formulated', zh: '形成技术概念' },
    meaning: {
      en: 'Someone has worked out how the effect could be used; the idea exists on paper or in simulation.',
      zh: '已提出如何利用该原理的设想，方案停留在纸面或仿真阶段。',
    },
    eenStage: 'concept',
    gbt22900: { level: 2, name: { en: 'Technology concept or application scheme formed', zh: '形成技术概念或应用方案' } },
  },
  {
    level: 3,
    name: { en: 'Experimental proof of concept', zh: '实验验证概念' },
    meaning: {
      en: 'First experiments show that the key function works, usually with simple set-ups in a lab.',
      zh: '初步实验证明关键功能可行，通常在实验室用简易装置完成。',
    },
    eenStage: 'under_development',
    gbt22900: { level: 3, name: { en: 'Key functions verified by analysis and experiment', zh: '关键功能通过分析和实验验证' } },
  },
  {
    level: 4,
    name: { en: 'Technology validated in the laboratory', zh: '实验室环境中验证技术' },
    meaning: {
      en: 'The main components work together in the lab as a rough breadboard.',
      zh: '主要部件在实验室中集成为原理样机并能协同工作。',
    },
    eenStage: 'lab_tested',
    gbt22900: { level: 4, name: { en: 'Key components validated in the laboratory', zh: '实验室环境中关键部件或功能模块通过验证' } },
  },
  {
    level: 5,
    name: { en: 'Technology validated in a relevant environment', zh: '相关环境中验证技术' },
    meaning: {
      en: 'The components have been tested under conditions close to real use (for industrial technologies: an industrially relevant setting).',
      zh: '部件已在接近实际使用的条件下测试（工业技术指与工业相关的环境）。',
    },
    eenStage: 'lab_tested',
    gbt22900: { level: 5, name: { en: 'Components validated in a relevant environment', zh: '相关环境中部件或功能模块通过验证' } },
  },
  {
    level: 6,
    name: { en: 'Technology demonstrated in a relevant environment', zh: '相关环境中演示技术' },
    meaning: {
      en: 'A representative prototype of the whole system has been demonstrated under realistic conditions, e.g. a pilot line.',
      zh: '完整系统的代表性样机已在接近真实的条件下演示，例如中试线。',
    },
    eenStage: 'available_for_demonstration',
    gbt22900: { level: 6, name: { en: 'System prototype demonstrated in a relevant environment', zh: '相关环境中系统样机通过演示验证' } },
  },
  {
    level: 7,
    name: { en: 'System prototype demonstrated in an operational environment', zh: '实际运行环境中演示系统原型' },
    meaning: {
      en: 'A near-final prototype has run where it will be used, for example at a customer site.',
      zh: '接近最终形态的样机已在实际使用场所运行，例如在客户现场。',
    },
    eenStage: 'available_for_demonstration',
    gbt22900: { level: 7, name: { en: 'Engineering prototype validated in the real environment', zh: '实际环境中工程样机通过验证' } },
  },
  {
    level: 8,
    name: { en: 'System complete and qualified', zh: '系统完成并通过鉴定' },
    meaning: {
      en: 'The final product is finished and has passed its tests and certifications; pilot production is possible.',
      zh: '最终产品已完成并通过测试与认证，可以试生产。',
    },
    eenStage: 'available_for_demonstration',
    gbt22900: { level: 8, name: { en: 'Actual system completed and qualified through testing', zh: '实际系统完成并通过试验鉴定' } },
  },
  {
    level: 9,
    name: { en: 'Actual system proven in an operational environment', zh: '实际系统在运行环境中得到验证' },
    meaning: {
      en: 'The product is in regular use or competitive manufacturing and has proven itself in service.',
      zh: '产品已正常使用或批量生产，并在实际运行中经受住考验。',
    },
    eenStage: 'already_on_market',
    gbt22900: { level: 9, name: { en: 'Actual system proven in successful operation', zh: '实际系统通过任务运行的成功考验' } },
  },
];

/** The definition of a TRL; throws DomainError TRL_OUT_OF_RANGE for anything but 1..9. */
export function trlDefinition(level: number): TrlDefinition {
  return TRL_DEFINITIONS[toTrl(level) - 1]!;
}

/** The EEN stage of development a TRL falls in (1-2 concept … 9 already on the market). */
export const eenStageForTrl = (level: number): EenStage => trlDefinition(level).eenStage;

/** The TRL range [min, max] an EEN stage of development covers. */
export function trlRangeForEenStage(stage: EenStage): { min: TrlLevel; max: TrlLevel } {
  const levels = TRL_DEFINITIONS.filter((d) => d.eenStage === stage).map((d) => d.level);
  return { min: levels[0]!, max: levels[levels.length - 1]! };
}

/** The GB/T 22900-2022 level of a TRL (the two scales have the same nine steps). */
export const gbt22900LevelForTrl = (level: number): TrlLevel => trlDefinition(level).gbt22900.level;

export type TrlQuestion = {
  id: string;
  /** The level reached when this and every earlier question is answered yes. */
  level: TrlLevel;
  question: Bilingual;
};

/** The TRL helper questionnaire: one yes/no question per level, asked in order. */
export const TRL_QUESTIONS: readonly TrlQuestion[] = [
  {
    id: 'principle',
    level: 1,
    question: {
      en: 'Has the scientific principle behind the technology been observed and described (e.g. in a paper or lab notebook)?',
      zh: '该技术所依据的科学原理是否已被观察到并有记录（如论文或实验记录）？',
    },
  },
  {
    id: 'concept',
    level: 2,
    question: {
      en: 'Is there a written concept of how the principle would be applied in a product or process?',
      zh: '是否已形成书面的技术概念，说明如何将该原理应用于产品或工艺？',
    },
  },
  {
    id: 'proof_of_concept',
    level: 3,
    question: {
      en: 'Have experiments shown that the key function actually works?',
      zh: '是否已有实验证明关键功能确实可行？',
    },
  },
  {
    id: 'lab_validation',
    level: 4,
    question: {
      en: 'Have the main components been put together and tested as a working set-up in the lab?',
      zh: '主要部件是否已在实验室中组装成可工作的装置并完成测试？',
    },
  },
  {
    id: 'relevant_validation',
    level: 5,
    question: {
      en: 'Has it been tested under conditions close to real use (realistic inputs, loads, temperatures, samples)?',
      zh: '是否已在接近实际使用的条件下（真实的输入、负载、温度或样品）进行测试？',
    },
  },
  {
    id: 'relevant_demonstration',
    level: 6,
    question: {
      en: 'Has a prototype of the complete system been demonstrated in such conditions, e.g. on a pilot line or test bench?',
      zh: '完整系统的样机是否已在此类条件下进行演示，例如在中试线或试验台上？',
    },
  },
  {
    id: 'operational_prototype',
    level: 7,
    question: {
      en: 'Has a near-final prototype run in the place where it will be used, such as a customer site or a hospital?',
      zh: '接近最终形态的样机是否已在实际使用场所（如客户现场或医院）运行？',
    },
  },
  {
    id: 'qualified',
    level: 8,
    question: {
      en: 'Is the final version complete and has it passed the required tests, certifications or approvals?',
      zh: '最终版本是否已完成，并通过所需的测试、认证或审批？',
    },
  },
  {
    id: 'proven',
    level: 9,
    question: {
      en: 'Is it sold, manufactured or in regular use, with a record of reliable operation?',
      zh: '该技术是否已销售、批量生产或正常使用，并有可靠运行的记录？',
    },
  },
];

/** Answers by question id; an absent answer counts as not yet answered. */
export type TrlAnswers = Readonly<Record<string, boolean | undefined>>;

/**
 * The TRL the answers support: the highest level whose question and every earlier one is
 * answered yes. Null when the first question is not answered yes. Answers past the first
 * "no" or unanswered question are ignored, since each level builds on the one before.
 */
export function trlFromAnswers(answers: TrlAnswers): TrlLevel | null {
  let reached: TrlLevel | null = null;
  for (const q of TRL_QUESTIONS) {
    if (answers[q.id] !== true) break;
    reached = q.level;
  }
  return reached;
}

/** The next question to ask, or null when the answers already settle the level. */
export function nextTrlQuestion(answers: TrlAnswers): TrlQuestion | null {
  for (const q of TRL_QUESTIONS) {
    const a = answers[q.id];
    if (a === undefined) return q;
    if (a === false) return null;
  }
  return null;
}
