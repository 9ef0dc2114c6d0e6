import { apiRequest } from '../../api/client';
import type { User } from '../../api/types';

type Signal = { signal?: AbortSignal };

export type TokenScope = 'read' | 'write';

/** A personal API token as GET /api/tokens lists it (never its secret). */
export type ApiToken = {
  id: string;
  name: string;
  scope: TokenScope;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type ApiTokenCreated = { token: ApiToken; secret: string };

/** The accounts API (src/server/routes/auth.ts, me.ts, tokens.ts). */
export const accountApi = {
  signUp: (body: { email: string; password: string; name: string }) =>
    apiRequest<{ status: 'verification_sent'; email: string }>('/api/auth/sign-up', { method: 'POST', body }),
  verifyEmail: (token: string) => apiRequest<{ user: User }>('/api/auth/verify', { method: 'POST', body: { token } }),
  resendVerification: (email: string) =>
    apiRequest<{ status: 'accepted' }>('/api/auth/resend-verification', { method: 'POST', body: { email } }),
  requestPasswordReset: (email: string) =>
    apiRequest<{ status: 'accepted' }>('/api/auth/request-password-reset', { method: 'POST', body: { email } }),
  resetPassword: (token: string, password: string) =>
    apiRequest<{ status: 'password_reset' }>('/api/auth/reset-password', { method: 'POST', body: { token, password } }),
  signOutEverywhere: () => apiRequest<{ sessions_ended: number }>('/api/auth/sign-out-everywhere', { method: 'POST' }),
  rename: (name: string) => apiRequest<{ user: User }>('/api/me', { method: 'PATCH', body: { name } }),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiRequest<null>('/api/me/password', {
      method: 'POST',
      body: { current_password: currentPassword, new_password: newPassword },
    }),
  listTokens: (o: Signal = {}) => apiRequest<{ items: ApiToken[] }>('/api/tokens', o),
  createToken: (body: { name: string; scope: TokenScope; expires_in_days?: number | null }) =>
    apiRequest<ApiTokenCreated>('/api/tokens', { method: 'POST', body }),
  revokeToken: (id: string) => apiRequest<null>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

/** The password length the API asks for (src/core/accounts/password-policy.ts PASSWORD_MIN). */
export const PASSWORD_MIN = 12;
