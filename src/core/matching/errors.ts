/** Every error code the matching context (and the engine in src/match) can raise. */
export const MATCHING_ERROR_CODES = ['MATCHING_QUERY_INVALID', 'MATCHING_UNAVAILABLE', 'MATCH_DOCUMENT_NOT_FOUND', 'MATCH_DOCUMENT_INVALID', 'MATCH_SNAPSHOT_INVALID', 'MATCH_SNAPSHOT_STALE'] as const;
export type MatchingErrorCode = (typeof MATCHING_ERROR_CODES)[number];
