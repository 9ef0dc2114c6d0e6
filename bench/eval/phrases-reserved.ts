/**
 * Patent phrase similarity on the RESERVED anchors (md5(anchor) first hex digit 0-7): the held-out
 * figure, reported once a model is final. Never fit, tune or look at per-pair results here; the task
 * returns aggregates only and runs only when ITTC_EVAL_RESERVED=1, so a plain `npm run eval` (used
 * while tuning) never touches the reserved pairs.
 */
import { runPhraseSplit, SPLIT_NAMES } from './phrases.js';
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'phrases-reserved',
  run: async (dataDir) =>
    process.env.ITTC_EVAL_RESERVED === '1'
      ? runPhraseSplit(dataDir, 'reserved')
      : {
          task: 'phrases-reserved',
          split: SPLIT_NAMES.reserved,
          queries: 0,
          metrics: [],
          seconds: 0,
          skipped: 'held-out split; set ITTC_EVAL_RESERVED=1 for the final run',
        },
};
