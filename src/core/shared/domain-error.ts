/**
 * The one error type that `core` throws. `code` comes from a context's closed union
 * (see each context's errors.ts); `message` is safe to show a user and never carries
 * confidential text; `details` carries structured, non-confidential facts
 * (field paths, limits) for clients.
 */
export class DomainError<C extends string = string> extends Error {
  readonly code: C;
  readonly details?: DomainErrorDetails;

  constructor(code: C, message: string, details?: DomainErrorDetails) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

export type FieldIssue = { path: string; message: string; code?: string };

export type DomainErrorDetails = {
  issues?: FieldIssue[];
  [key: string]: unknown;
};

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
