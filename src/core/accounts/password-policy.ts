import { DomainError } from '../shared/domain-error.js';
import { COMMON_PASSWORD_WORDS } from './common-passwords.js';
import type { AccountErrorCode } from './errors.js';

/** Length limits in characters (code points). The upper one keeps hashing cheap for hostile input. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

const WORDS = new Set(COMMON_PASSWORD_WORDS);

/** Keyboard rows, walks and sequences: a password that is one stretch of these is guessed at once. */
const WALKS = [
  '0123456789012345678901234567890',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz',
  'qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm',
  'qwertzuiopasdfghjklyxcvbnm',
  'azertyuiopqsdfghjklmwxcvbn',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'qazwsxedcrfvtgbyhnujmikolp',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  '1a2b3c4d5e6f7g8h9i0j',
  'a1b2c3d4e5f6g7h8i9j0',
  '147258369147258369',
  '159753159753159753',
];

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '0': 'o', $: 's', '5': 's', '7': 't', '!': 'i', '+': 't', '8': 'b', '9': 'g' };

const deLeet = (s: string, one: 'i' | 'l') => [...s].map((c) => (c === '1' ? one : (LEET[c] ?? c))).join('');

const isWalk = (s: string) => s.length >= 6 && WALKS.some((w) => w.includes(s) || [...w].reverse().join('').includes(s));

/** The word, a repetition of the word, or two words glued together, all from the common list. */
function isCommonCore(core: string): boolean {
  if (core.length === 0) return true;
  if (WORDS.has(core)) return true;
  const unit = /^(.+?)\1+$/.exec(core)?.[1];
  if (unit && (unit.length < 4 || WORDS.has(unit))) return true;
  for (let i = 3; i <= core.length - 3; i++) {
    if (WORDS.has(core.slice(0, i)) && WORDS.has(core.slice(i))) return true;
  }
  return false;
}

/** Words a guesser tries first for this person: parts of the e-mail address and of the name. */
function contextWords(context: PasswordContext): string[] {
  const parts = [
    ...(context.email ?? '').toLowerCase().split('@')[0]!.split(/[^\p{L}\p{N}]+/u),
    ...(context.email ?? '').toLowerCase().split('@')[1]?.split('.').slice(0, -1) ?? [],
    ...(context.name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u),
  ];
  return [...new Set(parts.filter((p) => p.length >= 3))].sort((a, b) => b.length - a.length);
}

export type PasswordContext = { email?: string; name?: string };

/**
 * Whether a password is among those guessed first: built from a common word (with digits or
 * symbols at its ends and simple character swaps), a keyboard walk or sequence, a short
 * pattern repeated, very few distinct characters, or little more than the user's own e-mail
 * address or name.
 */
export function isCommonPassword(password: string, context: PasswordContext = {}): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  if (new Set(lower).size < 5) return true;
  if (/^(.{1,6})\1+$/su.test(lower)) return true;
  const compact = lower.replace(/[\s\-_.]+/g, '');
  if (isWalk(compact)) return true;
  const trimmed = compact.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (isWalk(trimmed) || trimmed.length === 0) {
    // Digits and symbols only: refuse sequences and dates-with-filler, keep long random ones.
    if (trimmed.length === 0 && new Set(compact).size >= 7 && !isWalk(compact)) return false;
    return true;
  }
  for (const variant of [trimmed, deLeet(trimmed, 'i'), deLeet(trimmed, 'l')]) {
    const letters = variant.replace(/[^\p{L}]+$/u, '');
    if (isCommonCore(letters) || isCommonCore(variant)) return true;
  }
  let rest = compact;
  for (const w of contextWords(context)) rest = rest.split(w).join('');
  return rest.replace(/[^\p{L}]/gu, '').length < 4 && rest.length < 10;
}

/**
 * Checks a new password against the policy: 12 to 256 characters, not common, not built from
 * the user's e-mail or name. Throws PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG or PASSWORD_TOO_COMMON
 * (with `path` as the field path in details).
 */
export function checkPassword(password: string, context: PasswordContext = {}, path = 'password'): void {
  const length = [...password].length;
  const fail = (code: AccountErrorCode, message: string) => {
    throw new DomainError(code, message, { issues: [{ path, code, message }] });
  };
  if (length < PASSWORD_MIN) fail('PASSWORD_TOO_SHORT', `A password needs at least ${PASSWORD_MIN} characters; a few words make a good one.`);
  if (length > PASSWORD_MAX) fail('PASSWORD_TOO_LONG', `A password may have at most ${PASSWORD_MAX} characters.`);
  if (isCommonPassword(password, context)) {
    fail('PASSWORD_TOO_COMMON', 'This password is too easy to guess (a common word, pattern or your own name). Choose another.');
  }
}
