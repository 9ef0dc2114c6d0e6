import { DomainError } from '../shared/domain-error.js';
import { IssueCollector } from '../shared/validation.js';
import { checkPassword } from './password-policy.js';
import { isValidEmail, isValidName, normalizeEmail, normalizeName, NAME_MAX } from './user.js';

export type SignUpInput = { email: string; password: string; name: string };

/**
 * Validates a sign-up: e-mail address, name (1 to 200 characters), password policy.
 * Throws ACCOUNT_INVALID listing every problem, or the single problem's own code
 * (EMAIL_INVALID, NAME_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON).
 */
export function validateSignUp(input: SignUpInput): { email: string; name: string; password: string } {
  const issues = new IssueCollector();
  const email = normalizeEmail(input.email);
  const name = normalizeName(input.name);
  if (!isValidEmail(email)) issues.add('email', 'EMAIL_INVALID', 'Give a valid e-mail address, such as name@example.org.');
  if (!isValidName(name)) issues.add('name', 'NAME_INVALID', `Give your name (1 to ${NAME_MAX} characters).`);
  try {
    checkPassword(input.password, { email, name });
  } catch (e) {
    const issue = (e as DomainError).details?.issues?.[0];
    if (issue) issues.add(issue.path, issue.code ?? (e as DomainError).code, issue.message);
  }
  issues.throwIfAny('ACCOUNT_INVALID', 'The sign-up');
  return { email, name, password: input.password };
}

/** Validates an e-mail address; throws EMAIL_INVALID. */
export function validateEmail(raw: string, path = 'email'): string {
  const email = normalizeEmail(raw);
  if (!isValidEmail(email)) {
    throw new DomainError('EMAIL_INVALID', 'Give a valid e-mail address, such as name@example.org.', { issues: [{ path, message: 'Not an e-mail address.' }] });
  }
  return email;
}
