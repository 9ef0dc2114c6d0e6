/** Every error code the matching context can raise. */
export const MATCHING_ERROR_CODES = ['MATCHING_QUERY_INVALID', 'MATCHING_UNAVAILABLE'] as const;
export type MatchingErrorCode = (typeof MATCHING_ERROR_CODES)[number];
