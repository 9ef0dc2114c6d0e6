/** The taxonomy context's closed union of error codes. */
export const TAXONOMY_ERROR_CODES = ['IPC_CODE_INVALID', 'CURRENCY_CODE_UNKNOWN', 'COUNTRY_CODE_UNKNOWN', 'TRL_OUT_OF_RANGE'] as const;
export type TaxonomyErrorCode = (typeof TAXONOMY_ERROR_CODES)[number];
