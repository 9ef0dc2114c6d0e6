import type { AppDeps } from '../../compose.js';
import { resetPassword, requestPasswordReset } from '../../core/accounts/password-reset.js';
import { signOut, signOutEverywhere } from '../../core/accounts/sessions.js';
import { signIn } from '../../core/accounts/sign-in.js';
import { resendVerification, signUp } from '../../core/accounts/sign-up.js';
import { verifyEmail } from '../../core/accounts/verify-email.js';
import { isDomainError } from '../../core/shared/domain-error.js';
import { z } from 'zod';
import {
  Accepted,
  EmailBody,
  PasswordReset,
  ResetPasswordBody,
  SignedIn,
  SignInBody,
  SignUpAccepted,
  SignUpBody,
  TokenBody,
  User,
} from '../account-contracts.js';
import { presentUser } from '../account-presenters.js';
import type { ZApp } from '../app.js';
import { clearSessionCookie, rateLimit, setSessionCookie } from '../auth.js';
import { ErrorBody } from '../contracts.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody };

/** Sign-up, e-mail verification, sign-in and out, password reset. */
export function authRoutes(app: ZApp, deps: AppDeps) {
  const d = deps.accounts;

  app.post(
    '/api/auth/sign-up',
    {
      config: { permission: 'auth:public', ...rateLimit(deps, 'signUp') },
      schema: {
        tags: ['auth'],
        summary: 'Sign up; a verification link is e-mailed (same answer whether or not the address has an account)',
        body: SignUpBody,
        response: { 201: SignUpAccepted, ...errors },
      },
    },
    async (req, reply) => {
      const r = await signUp(d, req.body);
      return reply.code(201).send({ status: 'verification_sent' as const, email: r.email });
    },
  );

  app.post(
    '/api/auth/verify',
    {
      config: { permission: 'auth:public', ...rateLimit(deps, 'verification') },
      schema: { tags: ['auth'], summary: 'Verify an e-mail address with the token of the link', body: TokenBody, response: { 200: z.object({ user: User }), ...errors } },
    },
    async (req) => ({ user: presentUser(await verifyEmail(d, req.body.token)) }),
  );

  app.post(
    '/api/auth/resend-verification',
    {
      config: { permission: 'auth:public', ...rateLimit(deps, 'verification') },
      schema: { tags: ['auth'], summary: 'E-mail a new verification link (always 202)', body: EmailBody, response: { 202: Accepted, ...errors } },
    },
    async (req, reply) => {
      await resendVerification(d, req.actor, req.body.email.trim().toLowerCase());
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { permission: 'auth:public', ...rateLimit(deps, 'signIn') },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the session cookie and returns the CSRF token for X-CSRF-Token',
        body: SignInBody,
        response: { 200: SignedIn, ...errors },
      },
    },
    async (req, reply) => {
      let r;
      try {
        r = await signIn(d, req.body);
      } catch (err) {
        const retry = isDomainError(err) ? err.details?.retry_after_seconds : undefined;
        if (typeof retry === 'number') reply.header('retry-after', String(retry));
        throw err;
      }
      // A new sign-in replaces the session this browser had.
      if (req.session) await d.sessions.delete(req.session.id);
      setSessionCookie(req, reply, r.sessionToken, r.session.expiresAt);
      return { user: presentUser(r.user), csrf_token: r.session.csrfToken };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { permission: 'auth:public' },
      schema: { tags: ['auth'], summary: 'Sign out of this session (always 204)', response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await signOut(d, req.actor, req.session?.id ?? null);
      clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      config: { permission: 'auth:session' },
      schema: {
        tags: ['auth'],
        summary: 'End every session of the signed-in user, on every device',
        response: { 200: z.object({ sessions_ended: z.number().int() }), ...errors },
      },
    },
    async (req, reply) => {
      const n = await signOutEverywhere(d, req.actor);
      clearSessionCookie(req, reply);
      return { sessions_ended: n };
    },
  );

  app.post(
    '/api/auth/request-password-reset',
    {
      config: { permission: 'auth:public', ...rateLimit(deps, 'passwordReset') },
      schema: {
        tags: ['auth'],
        summary: 'E-mail a password-reset link (always 202: nobody learns whether the address has an account)',
        body: EmailBody,
        response: { 202: Accepted, ...errors },
      },
    },
    async (req, reply) => {
      await requestPasswordReset(d, req.body.email);
      return reply.code(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/auth/reset-password',
    {
      config: { permission: 'auth:public', ...rateLimit(deps, 'passwordReset') },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the token of a reset link; every session of the account ends',
        body: ResetPasswordBody,
        response: { 200: PasswordReset, ...errors },
      },
    },
    async (req) => {
      await resetPassword(d, req.body.token, req.body.password);
      return { status: 'password_reset' as const };
    },
  );
}
