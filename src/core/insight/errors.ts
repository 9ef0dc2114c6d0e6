/** Every error code the insight context can raise. */
export const INSIGHT_ERROR_CODES = [
  'INSIGHT_PERIOD_INVALID',
  'INSIGHT_DIMENSION_INVALID',
  'INSIGHT_HOME_REGION_INVALID',
  'INSIGHT_QUERY_INVALID',
  'INDICATOR_ROW_INVALID',
  'INDICATOR_MAPPING_INVALID',
  'INDICATOR_REGION_INVALID',
] as const;
export type InsightErrorCode = (typeof INSIGHT_ERROR_CODES)[number];
