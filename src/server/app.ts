import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from '../compose.js';
import type { Actor } from '../core/shared/actor.js';
import { isDomainError } from '../core/shared/domain-error.js';
import { registerAuth, requestLogSerializer } from './auth.js';
import { statusOf, type ErrorCode } from './error-status.js';
import { ROUTE_MODULES } from './routes/index.js';
import { VERSION } from './version.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

export type ZApp = FastifyInstance<any, any, any, FastifyBaseLogger, ZodTypeProvider>;

/** Extra route plugins contributed by other modules (search, accounts...) through the composition root. */
export type RouteModule = (app: ZApp, deps: AppDeps) => void | Promise<void>;

export type BuildAppOptions = {
  logger?: boolean | object | FastifyBaseLogger;
  routes?: RouteModule[];
};

export const sendError = (reply: FastifyReply, code: ErrorCode, message: string, details?: Record<string, unknown>) =>
  reply.code(statusOf(code)).send({ error: { code, message, ...(details ? { details } : {}) } });

/** Builds the Fastify app from its dependencies. Nothing here opens a database or a port. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<ZApp> {
  const app = Fastify({
    // A logger configuration gets a request serializer that keeps link tokens (/reset-password?token=) out of the logs.
    logger:
      typeof options.logger === 'object' && options.logger !== null && !('info' in options.logger)
        ? { ...options.logger, serializers: { req: requestLogSerializer, ...(options.logger as { serializers?: object }).serializers } }
        : (options.logger ?? false),
    bodyLimit: deps.config.bodyLimit,
    genReqId: () => randomUUID(),
    trustProxy: deps.config.trustProxy,
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // JSON only: a text/plain body gets 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null as never);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  // Sessions, API tokens, CSRF and every route's declared permission (src/server/auth.ts).
  registerAuth(app, deps);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'ITTC API',
        version: VERSION,
        description: 'The HTTP API of ITTC, an open platform for an international technology transfer center. JSON, snake_case.',
      },
      tags: [
        { name: 'system' },
        { name: 'organizations' },
        { name: 'listings' },
        { name: 'taxonomies' },
        { name: 'auth', description: 'Sign-up, sign-in, e-mail verification, password reset' },
        { name: 'account', description: 'The signed-in user, memberships, personal API tokens' },
        { name: 'admin', description: 'Administrators: users and roles, audit log, outbox' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { permission: 'public' } }, async () => app.swagger());

  app.setErrorHandler((error: unknown, req: FastifyRequest, reply: FastifyReply) => {
    if (isDomainError(error)) {
      const err = error;
      return reply
        .code(statusOf(err.code))
        .send({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const err = error;
      const where = (err as { validationContext?: string }).validationContext ?? 'body';
      const issues = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where,
        message: v.message ?? 'Invalid value.',
      }));
      return sendError(reply, 'VALIDATION_FAILED', `The request ${where} is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, {
        issues,
      });
    }
    const err = error as FastifyError;
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(reply, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${deps.config.bodyLimit} bytes.`);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendError(reply, 'MALFORMED_JSON', 'The request body is empty; send a JSON object.');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendError(reply, 'MALFORMED_JSON', 'The request body is not valid JSON.');
    }
    if (err.statusCode === 429) return sendError(reply, 'RATE_LIMITED', 'Too many requests; slow down and retry later.');
    if (error instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
      return sendError(reply, 'MALFORMED_JSON', 'The request body is not valid JSON.');
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500 && !isResponseSerializationError(err)) {
      return sendError(reply, err.statusCode === 404 ? 'NOT_FOUND' : err.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : err.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED', err.message);
    }
    req.log.error({ err, request_id: req.id }, 'request failed');
    return sendError(reply, 'INTERNAL_ERROR', 'Something went wrong on our side. Quote the request id when reporting it.', {
      request_id: req.id,
    });
  });

  const webDir = path.resolve(deps.config.webDir);
  const indexHtml = path.join(webDir, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });

  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (url.startsWith('/api/') || url === '/api' || req.method !== 'GET' || !hasWeb) {
      return sendError(reply, 'NOT_FOUND', `No route ${req.method} ${url}.`);
    }
    return reply.type('text/html').send(fs.createReadStream(indexHtml));
  });

  for (const r of [...ROUTE_MODULES, ...(options.routes ?? [])]) await r(app, deps);
  return app;
}
