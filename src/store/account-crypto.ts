import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import type { PasswordHasher, Secrets } from '../core/accounts/ports.js';

/**
 * argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane) for real use; `low`
 * (1 MiB, 1 pass) for tests only. Verification reads the parameters from the stored hash,
 * so hashes made at either cost keep working.
 */
export const ARGON2_COSTS = {
  standard: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  low: { memoryCost: 1_024, timeCost: 1, parallelism: 1 },
} as const;

export type PasswordHashCost = keyof typeof ARGON2_COSTS;

export function createArgon2Hasher(cost: PasswordHashCost = 'standard'): PasswordHasher {
  // Algorithm.Argon2id: a const enum, which verbatimModuleSyntax cannot import.
  const options = { algorithm: 2 as Algorithm, ...ARGON2_COSTS[cost] };
  return {
    hash: (password) => hash(password, options),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false; // a malformed stored hash never signs anyone in
      }
    },
  };
}

/** 32 random bytes, base64url (43 characters); hashes are hex SHA-256. */
export const nodeSecrets: Secrets = {
  token: () => randomBytes(32).toString('base64url'),
  hash: (token) => createHash('sha256').update(token, 'utf8').digest('hex'),
};
