/** The taxonomy context's closed union of error codes. */
export type TaxonomyErrorCode = 'IPC_CODE_INVALID' | 'CURRENCY_CODE_UNKNOWN' | 'COUNTRY_CODE_UNKNOWN' | 'TRL_OUT_OF_RANGE';
