/** Every error code the accounts context can raise (sign-up, sessions, tokens, memberships, roles, authorization). */
export const ACCOUNT_ERROR_CODES = [
  // Authorization (raised by authorize.ts for every route and resource).
  'AUTH_REQUIRED',
  'AUTH_TOKEN_INVALID',
  'CSRF_TOKEN_INVALID',
  'EMAIL_NOT_VERIFIED',
  'PERMISSION_DENIED',
  'TOKEN_SCOPE_INSUFFICIENT',
  'SESSION_REQUIRED',
  // Sign-up, sign-in, passwords, e-mail links.
  'ACCOUNT_INVALID',
  'EMAIL_INVALID',
  'NAME_INVALID',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_INCORRECT',
  'AUTH_INVALID_CREDENTIALS',
  'SIGN_IN_LOCKED',
  'ACCOUNT_LINK_INVALID',
  // Users, roles, memberships, API tokens.
  'USER_NOT_FOUND',
  'ROLE_INVALID',
  'ROLE_LAST_ADMIN',
  'MEMBERSHIP_NOT_FOUND',
  'MEMBERSHIP_EXISTS',
  'MEMBERSHIP_LAST_ADMIN',
  'API_TOKEN_INVALID',
  'API_TOKEN_NOT_FOUND',
] as const;
export type AccountErrorCode = (typeof ACCOUNT_ERROR_CODES)[number];
