import { describe, expect, it } from 'vitest';
import type { DomainError } from '../shared/domain-error.js';
import { checkPassword, isCommonPassword } from './password-policy.js';

const codeOf = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('password policy', () => {
  it('needs at least 12 characters, counted as characters not bytes', () => {
    expect(codeOf(() => checkPassword('Kx8#mQ2!vLp'))).toBe('PASSWORD_TOO_SHORT');
    expect(codeOf(() => checkPassword('Kx8#mQ2!vLp9'))).toBeNull();
    expect(codeOf(() => checkPassword('蓝色河流上的灯笼照亮了'))).toBe('PASSWORD_TOO_SHORT'); // 11 characters, 33 bytes
    expect(codeOf(() => checkPassword('蓝色河流上的灯笼照亮了夜'))).toBeNull();
  });

  it('refuses more than 256 characters', () => {
    expect(codeOf(() => checkPassword('a quiet river '.repeat(20)))).toBe('PASSWORD_TOO_LONG');
  });

  it.each([
    'Password2024!',
    'p@ssw0rd12345',
    'P@55w0rd!!!!',
    'iloveyou1234',
    'dragondragon',
    'qwertyuiop12',
    '1q2w3e4r5t6y',
    'qazwsxedcrfv',
    '123456789012',
    '111111111111',
    'abcabcabcabc',
    'Welcome123456',
    'Administrator1',
    'supermanbatman',
    'woaini1314520',
    'correcthorsebatterystaple',
  ])('refuses the common password %s', (p) => {
    expect(isCommonPassword(p)).toBe(true);
    expect(codeOf(() => checkPassword(p))).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses a password made of the user’s own e-mail address or name', () => {
    expect(isCommonPassword('zhangwei19880512', { email: 'zhangwei@example.cn', name: 'Zhang Wei' })).toBe(true);
    expect(isCommonPassword('AnnaKeller2026!', { email: 'a.keller@rvi.example', name: 'Anna Keller' })).toBe(true);
    expect(isCommonPassword('AnnaKeller2026!', { email: 'someone@example.org', name: 'Wei Zhang' })).toBe(false);
  });

  it.each(['ittc-demo-2026', 'purple tractor sings loudly', 'hydrogen-membrane-42', 'Kx8#mQ2!vLp9', '839204716253', 'blue river 2026 lantern'])(
    'accepts the uncommon password %s',
    (p) => {
      expect(isCommonPassword(p, { email: 'wei@example.cn', name: 'Wei Zhang' })).toBe(false);
    },
  );
});
